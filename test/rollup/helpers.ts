import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { generateCorpus, type Corpus } from '../../bench/corpus.js';
import { vi } from '../../src/messages/diagnostics.js';
import { renderKeyed } from '../../src/messages/index.js';
import { mergeReports } from '../../src/merge/index.js';
import type { MergedReport } from '../../src/merge/types.js';
import type { Report } from '../../src/plan/report-types.js';
import type { Plan } from '../../src/plan/types.js';
import { rollupReport } from '../../src/rollup/build-rollup.js';
import { resolveRollup } from '../../src/rollup/check-mapping.js';
import { rollupYaml } from '../../src/rollup/rollup-yaml.js';
import { compilePlan, type CompiledPlan } from '../../src/validate/compile.js';
import { validateReportBytes } from '../../src/validate/validate-report.js';
import { ROOT } from '../cli/run-cli.js';

export const NATIONAL_DIR = join(ROOT, 'examples/national-2025');
export const NATIONAL_PLAN_PATH = join(NATIONAL_DIR, 'plan.yaml');
export const LANG_SON_DIR = join(ROOT, 'examples/lang-son-2025');

export const readPlan = (path: string): Plan => parse(readFileSync(path, 'utf8')) as Plan;

export interface ProvincesFile {
  seed: string;
  activities: [number, number];
  generated: { province: string; file: string; reports: number; number: string }[];
}
export const PROVINCES = JSON.parse(readFileSync(join(NATIONAL_DIR, 'provinces.json'), 'utf8')) as ProvincesFile;

/** A province's plan and reports as the merge takes them (the generator writes only valid reports). */
export function provinceInputs(corpus: Corpus): { plan: Plan; reports: { file: string; report: Report }[] } {
  return { plan: corpus.plan, reports: corpus.reports.map((r) => ({ file: r.name, report: parse(r.text) as Report })) };
}

export function exampleInputs(): { plan: Plan; reports: { file: string; report: Report }[] } {
  const dir = join(LANG_SON_DIR, 'reports');
  return {
    plan: readPlan(join(LANG_SON_DIR, 'plan.yaml')),
    reports: readdirSync(dir).sort().map((f) => ({ file: f, report: parse(readFileSync(join(dir, f), 'utf8')) as Report })),
  };
}

export function generatedProvince(g: ProvincesFile['generated'][number]): Corpus {
  return generateCorpus({ reports: g.reports, seed: PROVINCES.seed, province: g.province, activities: PROVINCES.activities });
}

/**
 * The pipeline `build --rollup` runs, in process: merge the province, map it up, write the YAML, and read it
 * back through the validator of the parent plan (which must accept it).
 */
export function rollUp(
  input: { plan: Plan; reports: { file: string; report: Report }[] },
  parent: Plan,
  compiledParent: CompiledPlan,
  name: string,
): { model: MergedReport; text: string; report: Report; errors: string[] } {
  const model = mergeReports(input.plan, input.reports);
  const resolved = resolveRollup(input.plan, parent);
  if (!resolved.rollup) throw new Error(resolved.problems.map((p) => `${p.path.join('.')}: ${renderKeyed('en', p.message)}`).join('\n'));
  const report = rollupReport(model, resolved.rollup, { number: input.plan.report.number, date: input.plan.report.date!, signer: { name: 'A', title: 'B' } });
  const text = rollupYaml(report, ['rolled up']);
  const check = validateReportBytes(Buffer.from(text), name, compiledParent, vi);
  return { model, text, report: check.report ?? report, errors: check.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.path.join('.')}: ${d.message}`) };
}

export { compilePlan };
