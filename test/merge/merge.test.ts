import { describe, expect, it } from 'vitest';
import { MergeError, mergeReports, type MergedReport } from '../../src/merge/index.js';
import type { Plan } from '../../src/plan/types.js';
import type { Report } from '../../src/plan/report-types.js';
import { exampleExists, loadExample, loadFixture } from '../render/helpers.js';

type Input = { file: string; report: Report };

/** Sums computed the plain way, straight from the report files, for comparison with the merge. */
function independentTotals(plan: Plan, reports: Input[]) {
  const agencyOf = (id: string): string | undefined =>
    plan.agencies.find((a) => a.id === id || (a.aliases ?? []).some((x) => x.id === id))?.id;
  const sums = {
    activities: 0,
    participants: 0,
    cost: 0,
    quantities: Object.fromEntries(plan.quantities.map((q) => [q.id, 0])) as Record<string, number>,
    byAgency: {} as Record<string, { activities: number; participants: number; cost: number }>,
    byForm: {} as Record<string, number>,
  };
  for (const { report } of reports) {
    const agency = agencyOf(report.agency);
    if (!agency) continue;
    const own = new Set(plan.agencies.find((a) => a.id === agency)?.tasks.map((t) => t.id));
    for (const [taskId, tr] of Object.entries(report.tasks)) {
      if (!own.has(taskId)) continue;
      for (const a of tr.activities ?? []) {
        sums.activities += 1;
        sums.participants += a.participants ?? 0;
        sums.cost += a.cost ?? 0;
        for (const [k, v] of Object.entries(a.quantities ?? {})) if (k in sums.quantities) sums.quantities[k]! += v;
        const b = (sums.byAgency[agency] ??= { activities: 0, participants: 0, cost: 0 });
        b.activities += 1;
        b.participants += a.participants ?? 0;
        b.cost += a.cost ?? 0;
        sums.byForm[a.form] = (sums.byForm[a.form] ?? 0) + 1;
      }
    }
  }
  return sums;
}

function small(): { plan: Plan; reports: Input[] } {
  return loadFixture('merge', 'small');
}

describe('mergeReports on the small fixture', () => {
  const { plan, reports } = small();
  const model = mergeReports(plan, reports, { excluded: [{ file: 'reports/bad.yaml', reason: 'CR201 YAML' }] });

  it('totals equal the sums computed independently', () => {
    const s = independentTotals(plan, reports);
    expect(model.totals.activities).toBe(s.activities);
    expect(model.totals.participants).toBe(s.participants);
    expect(model.totals.cost).toBe(s.cost);
    expect(model.totals.quantities).toEqual(s.quantities);
    // Hand-checked values for this fixture.
    expect(model.totals).toEqual({
      activities: 6,
      participants: 1200 + 30 + 80 + 45,
      cost: 1500000 + 250000 + 700000,
      quantities: { sessions: 4, articles: 7, views: 1234567 },
    });
    for (const a of model.agencies) {
      const want = s.byAgency[a.agency.id] ?? { activities: 0, participants: 0, cost: 0 };
      expect({ activities: a.totals.activities, participants: a.totals.participants, cost: a.totals.cost }).toEqual(want);
    }
    for (const f of model.totalsByForm) expect(f.totals.activities).toBe(s.byForm[f.form.id] ?? 0);
    // every plan quantity is present, in plan order, in every Totals
    expect(Object.keys(model.agencies[1]!.totals.quantities)).toEqual(['sessions', 'articles', 'views']);
  });

  it('task totals add up to agency totals and agency totals to the grand total', () => {
    let sum = 0;
    for (const a of model.agencies) {
      expect(a.tasks.reduce((n, t) => n + t.totals.activities, 0)).toBe(a.totals.activities);
      sum += a.totals.cost;
    }
    expect(sum).toBe(model.totals.cost);
  });

  it('finds the agencies and group units that did not report', () => {
    expect(model.missing.agencies.map((a) => a.id)).toEqual(['so-hai']);
    expect(model.missing.units.map((u) => u.unit)).toEqual(['Xã Cà Mau']);
    expect(model.agencies[2]!.missingUnits).toEqual(['Xã Cà Mau']);
    expect(model.reportsExpected).toBe(1 + 1 + 3);
    expect(model.reportsMerged).toBe(3);
  });

  it('counts task statuses per assignment (task × unit)', () => {
    // so-mot: III.1.a done, III.1.b not reported; so-hai: III.2 not reported;
    // xã: Ấp Bắc done/done, Bình Minh in progress/not started, Cà Mau not reported ×2.
    expect(model.statusCounts).toEqual({ done: 3, in_progress: 1, not_started: 1, not_reported: 4, total: 9 });
    const xa = model.agencies[2]!;
    expect(xa.tasks[1]!.statusCounts).toEqual({ done: 1, in_progress: 0, not_started: 1, not_reported: 1, total: 3 });
    expect(xa.tasks[1]!.units.map((u) => [u.unit, u.status])).toEqual([
      ['Xã Ấp Bắc', 'done'],
      ['Xã Bình Minh', 'not_started'],
      ['Xã Cà Mau', 'not_reported'],
    ]);
    expect(xa.tasks[1]!.units[1]!.reason).toBe('Chưa có người phụ trách');
  });

  it('computes theme coverage and the themes nobody covered', () => {
    const byId = Object.fromEntries(model.coverage.themes.map((c) => [c.theme.id, c]));
    expect(byId['1.1.a']!.count).toBe(3);
    expect(byId['1.1.b']!.count).toBe(3);
    expect(byId['1.1.b']!.byAgency).toEqual({ 'so-mot': 1, 'so-hai': 0, 'ubnd-xa': 2 });
    expect(byId['1.2.a']!.count).toBe(0);
    expect(model.coverage.uncovered.map((t) => t.id)).toEqual(['1.2.a']);
    expect(model.coverage.unknownThemeIds).toEqual(['9.9.z']);
    expect(model.coverage.activitiesWithThemes).toBe(5);
  });

  it('counts an alias report for the canonical agency, under the alias name', () => {
    const mot = model.agencies[0]!;
    expect(mot.agency.id).toBe('so-mot');
    expect(mot.reportingUnits).toHaveLength(1);
    expect(mot.reportingUnits[0]!.name).toBe('Sở Một Mới');
    expect(mot.reportingUnits[0]!.aliasId).toBe('so-mot-moi');
    expect(mot.missingUnits).toEqual([]);
    expect(model.proposals[0]).toEqual({
      text: 'Đề nghị cấp thêm kinh phí',
      unit: 'Sở Một Mới',
      agencyId: 'so-mot',
      file: 'reports/a-so-mot-moi.yaml',
    });
  });

  it('matches a group unit written with other case and spacing to the plan name', () => {
    const units = model.agencies[2]!.reportingUnits.map((u) => [u.name, u.listed]);
    expect(units).toEqual([
      ['Xã Ấp Bắc', true],
      ['Xã Bình Minh', true],
    ]);
  });

  it('orders activities by date, then title', () => {
    const titles = model.agencies[0]!.tasks[0]!.units[0]!.activities.map((a) => a.title);
    expect(titles).toEqual(['Bài báo Z', 'Hội nghị A', 'Hội nghị B']);
    expect(model.activities.map((a) => a.title)).toEqual([
      'Bài báo Z',
      'Hội nghị A',
      'Hội nghị B',
      'Họp dân',
      'Hội nghị an ninh',
      'Đăng bài trên trang xã',
    ]);
    const range = model.activities.find((a) => a.title === 'Đăng bài trên trang xã')!;
    expect(range.date).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  });

  it('lists difficulties and proposals with the unit that raised them, plan order', () => {
    expect(model.difficulties.map((d) => [d.unit, d.text])).toEqual([
      ['Sở Một Mới', 'Thiếu kinh phí'],
      ['Xã Ấp Bắc', 'Đường xa'],
    ]);
    expect(model.proposals.map((d) => d.unit)).toEqual(['Sở Một Mới', 'Xã Bình Minh']);
  });

  it('keeps the excluded files and excludes a report whose agency is not in the plan', () => {
    expect(model.excluded.map((e) => e.file)).toEqual(['reports/bad.yaml', 'reports/d-unknown.yaml']);
    expect(model.excluded[1]!.reason).toMatch(/so-khong-co/);
  });
});

describe('determinism', () => {
  it('gives the same model whatever the order of the inputs', () => {
    const { plan, reports } = small();
    const a = mergeReports(plan, reports);
    const shuffled = [reports[2]!, reports[0]!, reports[3]!, reports[1]!];
    const b = mergeReports(plan, shuffled);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(mergeReports(plan, [...reports].reverse())).toEqual(a);
  });
});

describe('edge cases', () => {
  it('merges a second report for the same unit too (validation is what refuses it: CR501)', () => {
    const { plan, reports } = small();
    const dup = { file: 'reports/z-dup.yaml', report: structuredClone(reports[2]!.report) };
    const m = mergeReports(plan, [...reports, dup]);
    expect(m.agencies[2]!.reportingUnits.filter((u) => u.file === 'reports/z-dup.yaml')).toHaveLength(1);
    expect(m.agencies[2]!.reportingUnits).toHaveLength(3);
  });

  it('refuses a count that is not a non-negative integer', () => {
    const { plan, reports } = small();
    const bad = structuredClone(reports[0]!);
    bad.report.tasks['III.1.a']!.activities![0]!.cost = 1.5;
    expect(() => mergeReports(plan, [bad])).toThrow(MergeError);
    bad.report.tasks['III.1.a']!.activities![0]!.cost = -3;
    expect(() => mergeReports(plan, [bad])).toThrow(/không âm|non-negative/);
  });

  it('refuses totals beyond the safe integer range instead of rounding', () => {
    const { plan, reports } = small();
    const big = structuredClone(reports[0]!);
    for (const a of big.report.tasks['III.1.a']!.activities!) a.cost = Number.MAX_SAFE_INTEGER - 1;
    expect(() => mergeReports(plan, [big])).toThrow(MergeError);
  });

  it('places a group report for a unit the plan does not list after the listed ones, marked as not listed', () => {
    const { plan, reports } = small();
    const extra = structuredClone(reports[1]!);
    extra.file = 'reports/e-extra.yaml';
    extra.report.unit = 'Xã Mới Lập';
    const m = mergeReports(plan, [...reports, extra]);
    const xa = m.agencies[2]!;
    expect(xa.reportingUnits.map((u) => [u.name, u.listed])).toContainEqual(['Xã Mới Lập', false]);
    expect(xa.tasks[0]!.units.map((u) => u.unit)).toEqual(['Xã Ấp Bắc', 'Xã Bình Minh', 'Xã Cà Mau', 'Xã Mới Lập']);
    expect(xa.expectedUnits).toHaveLength(3);
  });

  it('with no reports at all, every agency and unit is missing and totals are zero', () => {
    const { plan } = small();
    const m = mergeReports(plan, []);
    expect(m.totals.activities).toBe(0);
    expect(m.missing.agencies.map((a) => a.id)).toEqual(['so-mot', 'so-hai', 'ubnd-xa']);
    expect(m.missing.units).toHaveLength(3);
    expect(m.statusCounts.not_reported).toBe(m.statusCounts.total);
    expect(m.coverage.uncovered).toHaveLength(3);
  });
});

describe.runIf(exampleExists())('the Lạng Sơn example', () => {
  let model: MergedReport;
  let input: { plan: Plan; reports: Input[] };
  it('merges every report', () => {
    input = loadExample();
    model = mergeReports(input.plan, input.reports);
    expect(model.reportsMerged).toBe(input.reports.length);
    expect(model.excluded).toEqual([]);
  });

  it('totals equal the sums computed independently', () => {
    const s = independentTotals(input.plan, input.reports);
    expect(model.totals.activities).toBe(s.activities);
    expect(model.totals.participants).toBe(s.participants);
    expect(model.totals.cost).toBe(s.cost);
    expect(model.totals.quantities).toEqual(s.quantities);
    for (const a of model.agencies) {
      expect(a.totals.activities).toBe(s.byAgency[a.agency.id]?.activities ?? 0);
      expect(a.totals.cost).toBe(s.byAgency[a.agency.id]?.cost ?? 0);
    }
  });

  it('knows which communes did not report', () => {
    const group = model.agencies.find((a) => a.isGroup)!;
    const reported = input.reports.filter((r) => r.report.agency === group.agency.id).length;
    expect(group.missingUnits).toHaveLength(group.expectedUnits.length - reported);
    expect(model.missing.units).toHaveLength(group.missingUnits.length);
  });
});
