import { describe, expect, it } from 'vitest';
import { vi } from '../../../src/messages/diagnostics.js';
import type { Plan } from '../../../src/plan/types.js';
import { deriveReportSchema } from '../../../src/schema/derive-report-schema.js';
import { compilePlan } from '../../../src/validate/compile.js';
import { SchemaShape } from '../../../src/validate/source-text/schema-shape.js';
import { validateReportBytes } from '../../../src/validate/validate-report.js';
import { brief, edit, examplePlan, exampleReportText, positionOf, utf8 } from '../support.js';

const shape = new SchemaShape(deriveReportSchema(examplePlan()));
const at = (...path: (string | number)[]) => path.reduce((set, key) => shape.child(set, key), shape.root);

describe('SchemaShape', () => {
  it('reads from the schema which positions hold whole numbers, whatever the agency', () => {
    const activity = ['tasks', 'III.9', 'activities', 0] as const;
    expect(shape.kind(at(...activity, 'participants'))).toBe('whole-number');
    expect(shape.kind(at(...activity, 'cost'))).toBe('whole-number');
    for (const q of examplePlan().quantities) expect(shape.kind(at(...activity, 'quantities', q.id)), q.id).toBe('whole-number');
    expect(shape.kind(at('tasks', 'III.12.a', 'activities', 3, 'participants'))).toBe('whole-number');
  });

  it('tells free text from text chosen from a list, and knows nothing of unknown keys', () => {
    expect(shape.kind(at('tasks', 'III.9', 'summary'))).toBe('free-text');
    expect(shape.kind(at('tasks', 'III.9', 'activities', 0, 'title'))).toBe('free-text');
    expect(shape.kind(at('difficulties', 0))).toBe('free-text');
    expect(shape.kind(at('tasks', 'III.9', 'status'))).toBe('listed-text');
    expect(shape.kind(at('tasks', 'III.9', 'activities', 0, 'themes', 0))).toBe('listed-text');
    expect(shape.kind(at('date'))).toBe('listed-text');
    expect(shape.kind(at('unit'))).toBe('listed-text');
    expect(shape.kind(at('tasks', 'III.9', 'activities', 0, 'partcipants'))).toBe('other');
    expect(shape.kind(at('no-such-key', 'deeper'))).toBe('other');
  });

  it('says which mapping or list declares a key, for putting a swallowed line back', () => {
    expect(shape.declares(at('tasks', 'III.9'), 'activities')).toBe(true);
    expect(shape.declares(shape.root, 'proposals')).toBe(true);
    expect(shape.declares(shape.root, 'activities')).toBe(false);
    expect(shape.itemsDeclare(at('tasks', 'III.9', 'activities'), 'date')).toBe(true);
    expect(shape.itemsDeclare(at('difficulties'), 'date')).toBe(false);
  });
});

describe('a quantity a plan declares is a number field with no code change', () => {
  const plan: Plan = structuredClone(examplePlan());
  plan.quantities.push({ id: 'trees', name: 'Cây xanh', unit: 'cây' } as Plan['quantities'][number]);
  const conference = plan.activity_forms.find((f) => f.id === 'conference')!;
  conference.counts = [...conference.counts, 'trees'];
  const compiled = compilePlan(plan);

  it('trees: 1.000 is said at its scalar, with the number meant', () => {
    const text = edit(exampleReportText('09-so-y-te.yaml'), '{ sessions: 1 }', '{ sessions: 1, trees: 1.000 }');
    expect(validateReportBytes(utf8(text), 'r.yaml', compiled, vi).diagnostics.map(brief)).toEqual([
      {
        code: 'CR414',
        ...positionOf(text, '1.000'),
        message: 'Số "1.000" của "quantities.trees" (hoạt động thứ 1 của nhiệm vụ III.9) có dấu phân cách hàng nghìn: YAML đọc thành 1. Có phải ý bạn là 1000?',
      },
    ]);
  });
});
