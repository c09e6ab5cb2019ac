import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Plan } from '../../src/plan/types.js';
import { compilePlan } from '../../src/validate/compile.js';
import { examplePlan, MINI_REPORT } from './support.js';

/** A copy of the example plan with one agency's id changed: its report schema differs in the agency enum. */
function renamed(id: string, to: string): Plan {
  const plan = structuredClone(examplePlan());
  plan.agencies.find((a) => a.id === id)!.id = to;
  return plan;
}

describe('compilePlan', () => {
  const report = parse(MINI_REPORT) as unknown;

  it('compiles a plan once per process: the same schema gets the same validator', () => {
    const first = compilePlan(structuredClone(examplePlan())).validate;
    expect(compilePlan(structuredClone(examplePlan())).validate).toBe(first);
    expect(first(report)).toBe(true);
  });

  it('never answers for a changed plan with the validator of the old one', () => {
    const old = compilePlan(examplePlan()).validate;
    const changed = compilePlan(renamed('so-tu-phap', 'so-tu-phap-moi')).validate;
    expect(changed).not.toBe(old);
    expect(changed(report)).toBe(false);
    expect(changed.errors?.map((e) => [e.instancePath, e.keyword])).toContainEqual(['/agency', 'enum']);
    expect(old(report)).toBe(true);
  });

  it('keeps the last four schemas and compiles a fifth one anew', () => {
    const first = compilePlan(renamed('so-y-te', 'so-y-te-0')).validate;
    for (let i = 1; i <= 4; i++) compilePlan(renamed('so-y-te', `so-y-te-${i}`)).validate;
    const again = compilePlan(renamed('so-y-te', 'so-y-te-0')).validate;
    expect(again).not.toBe(first);
    expect(compilePlan(renamed('so-y-te', 'so-y-te-4')).validate).toBe(compilePlan(renamed('so-y-te', 'so-y-te-4')).validate);
  });
});
