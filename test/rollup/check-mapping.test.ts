import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/types.js';
import { resolveRollup } from '../../src/rollup/check-mapping.js';
import { renderKeyed } from '../../src/messages/index.js';
import { LANG_SON_DIR, NATIONAL_PLAN_PATH, readPlan } from './helpers.js';
import { join } from 'node:path';

const national = readPlan(NATIONAL_PLAN_PATH);
const langSon = readPlan(join(LANG_SON_DIR, 'plan.yaml'));
const withRollup = (change: (r: NonNullable<Plan['rollup']>) => void, plan: Plan = langSon): Plan => {
  const copy = structuredClone(plan);
  change(copy.rollup!);
  return copy;
};
const problems = (plan: Plan, parent: Plan = national): string[] => resolveRollup(plan, parent).problems.map((p) => `${p.path.join('.')}: ${renderKeyed('vi', p.message)}`);

describe('resolveRollup: the mapping against the parent plan', () => {
  it('the example maps cleanly: the parent agency’s tasks in its order, defaults filled in', () => {
    const r = resolveRollup(langSon, national);
    expect(r.problems).toEqual([]);
    expect(r.rollup!.tasks.map(([id, own]) => [id, own.length])).toEqual([['10.a', 19], ['10.b', 4]]);
    expect(r.rollup!.forms.get('loudspeaker')).toBe('broadcast');
    expect(r.rollup!.forms.get('conference')).toBe('conference');
    expect(r.rollup!.quantities.get('views')).toBe('views');
    expect(r.rollup!.themes.get('2.2.b')).toEqual(['A3', 'B1']);
  });

  it('another agency’s task, an unknown one, and a parent task left unfed', () => {
    const plan = withRollup((r) => {
      r.tasks = { '10.a': [...r.tasks['10.a']!, ...r.tasks['10.b']!.slice(0, 2)], '7': r.tasks['10.b']!.slice(2, 3), '99': r.tasks['10.b']!.slice(3) };
    });
    expect(problems(plan)).toEqual([
      'rollup.tasks.7: nhiệm vụ 7 của kế hoạch cấp trên giao cho Bộ Y tế, không phải UBND các tỉnh, thành phố trực thuộc trung ương',
      'rollup.tasks.99: kế hoạch cấp trên không có nhiệm vụ "99"; nhiệm vụ giao cho UBND các tỉnh, thành phố trực thuộc trung ương: 10.a, 10.b',
      'rollup.tasks: nhiệm vụ 10.b mà kế hoạch cấp trên giao cho UBND các tỉnh, thành phố trực thuộc trung ương chưa có nhiệm vụ nào của kế hoạch này đưa lên',
    ]);
  });

  it('a theme, a form or a quantity with no counterpart, and a form whose counterpart does not count what it counts', () => {
    const parent = structuredClone(national);
    parent.activity_forms = parent.activity_forms.filter((f) => f.id !== 'contest');
    parent.activity_forms.find((f) => f.id === 'broadcast')!.counts = [];
    parent.quantities = parent.quantities.filter((q) => q.id !== 'entries');
    const plan = withRollup((r) => {
      delete r.themes!['2.3.b'];
      r.themes!['2.3.a'] = ['Z9'];
    });
    expect(problems(plan, parent)).toEqual([
      'rollup.themes.2.3.a.0: kế hoạch cấp trên không có nội dung "Z9"',
      'campaign.phases.2.themes.1.id: nội dung 2.3.b chưa có trong rollup.themes (mã nội dung tương ứng của kế hoạch cấp trên, hoặc [] nếu không có)',
      'quantities.7.id: kế hoạch cấp trên không có chỉ tiêu "entries"; ghi chỉ tiêu tương ứng trong rollup.quantities',
      'activity_forms.4.id: hình thức "broadcast" của kế hoạch cấp trên không đếm chỉ tiêu "broadcasts" mà hình thức broadcast đếm; số liệu đó sẽ bị bỏ sót',
      'rollup.forms.loudspeaker: hình thức "broadcast" của kế hoạch cấp trên không đếm chỉ tiêu "broadcasts" mà hình thức loudspeaker đếm; số liệu đó sẽ bị bỏ sót',
      'activity_forms.9.id: kế hoạch cấp trên không có hình thức "contest"; ghi hình thức tương ứng trong rollup.forms',
    ]);
  });

  it('the wrong parent plan, and a unit for an agency that is not a group', () => {
    const plan = withRollup((r) => {
      r.report_as = { agency: 'bo-y-te', unit: 'Tỉnh Lạng Sơn' };
    });
    const other = { ...national, document: { ...national.document, number: '1/KH-KHAC' } };
    expect(problems(plan, other).slice(0, 2)).toEqual([
      'implements.number: kế hoạch này thực hiện "705/KH-BCĐNQ" nhưng kế hoạch cấp trên là "1/KH-KHAC"',
      'rollup.report_as.unit: Bộ Y tế không phải nhóm đơn vị; bỏ unit',
    ]);
  });
});
