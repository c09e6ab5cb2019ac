import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateInputs } from '../../src/app/validate-inputs.js';
import { vi as viMessages } from '../../src/messages/diagnostics.js';
import { loadPlan } from '../../src/plan/load-plan.js';
import type { Plan } from '../../src/plan/types.js';
import { placeReports } from '../../src/merge/place.js';
import { formatStatusJson } from '../../src/status/format-json.js';
import { formatStatusTable } from '../../src/status/format-table.js';
import { width } from '../../src/text/terminal.js';
import { computeStatus, identifyLeniently, type CheckedFile } from '../../src/status/model.js';
import { ROOT } from '../cli/run-cli.js';
import { fakeIo } from '../app/helpers.js';

const plan = (await loadPlan(join(ROOT, 'examples/lang-son-2025/plan.yaml'), 'plan.yaml', viMessages)).plan as Plan;
const checksOf = async (paths: string[]): Promise<CheckedFile[]> => (await validateInputs(paths, plan, fakeIo(ROOT), viMessages)).run.checks;
const examples = await checksOf(['examples/lang-son-2025/reports']);

describe('computeStatus on the example reports', () => {
  const m = computeStatus({ plan, checks: examples, asOf: '2025-12-31' });

  it('expects 11 agencies and 65 communes and wards, and has 17 reports', () => {
    expect(m.counts).toEqual({
      expected: 76,
      reported: 17,
      onTime: 17,
      late: 0,
      missing: 59,
      overdue: 0,
      invalidOnly: 0,
      invalidFiles: 0,
      agencies: { expected: 11, reported: 11 },
      groupUnits: { expected: 65, reported: 6 },
    });
    expect(m.units).toHaveLength(76);
    expect(m.pastDeadline).toBe(false);
  });

  it('names each unit, the successor bodies under their own names', () => {
    expect(m.units.find((u) => u.agencyId === 'so-thong-tin-truyen-thong')).toMatchObject({
      name: 'Sở Khoa học và Công nghệ',
      reportedAs: 'so-khoa-hoc-cong-nghe',
      state: 'on_time',
      file: 'examples/lang-son-2025/reports/05-so-khoa-hoc-cong-nghe.yaml',
      date: '2025-12-30',
    });
    expect(m.units.find((u) => u.unit === 'Xã Lộc Bình')).toMatchObject({ state: 'on_time', agencyId: 'ubnd-xa-phuong', number: expect.any(String) });
    expect(m.units.find((u) => u.unit === 'Xã Thất Khê')).toMatchObject({ state: 'missing', reported: false, overdue: false, invalidFiles: [] });
  });

  it('counts every task: done, in progress, not started, not reported', () => {
    const byId = Object.fromEntries(m.tasks.map((t) => [t.taskId, t.counts]));
    expect(m.tasks).toHaveLength(plan.agencies.flatMap((a) => a.tasks).length);
    expect(byId['III.9']).toEqual({ done: 1, in_progress: 0, not_started: 0, not_reported: 0, total: 1 });
    expect(byId['III.10']).toEqual({ done: 0, in_progress: 1, not_started: 0, not_reported: 0, total: 1 });
    expect(byId['III.12.a']).toEqual({ done: 6, in_progress: 0, not_started: 0, not_reported: 59, total: 65 });
    expect(byId['III.12.b']).toEqual({ done: 4, in_progress: 1, not_started: 1, not_reported: 59, total: 65 });
  });

  it('after the deadline the missing ones are overdue', () => {
    const later = computeStatus({ plan, checks: examples, asOf: '2026-01-01' });
    expect(later.pastDeadline).toBe(true);
    expect(later.counts).toMatchObject({ missing: 59, overdue: 59, reported: 17 });
    expect(later.units.find((u) => u.unit === 'Xã Thất Khê')).toMatchObject({ state: 'overdue', overdue: true });
    // On the deadline itself nobody is overdue yet.
    expect(computeStatus({ plan, checks: examples, asOf: '2025-12-31' }).counts.overdue).toBe(0);
  });

  it('a report dated after the deadline is late (and still reported)', () => {
    const checks = examples.map((c) => (c.report?.agency === 'so-y-te' ? { ...c, report: { ...c.report, date: '02/01/2026' } } : c));
    const s = computeStatus({ plan, checks, asOf: '2026-01-05' });
    expect(s.units.find((u) => u.agencyId === 'so-y-te')).toMatchObject({ state: 'late', late: true, reported: true, date: '2026-01-02' });
    expect(s.counts).toMatchObject({ reported: 17, late: 1, onTime: 16 });
  });
});

describe('status places a report where merge does', () => {
  it('a group report naming its commune in other spacing and case counts for that commune, in both', () => {
    const loc = examples.find((c) => c.report?.unit === 'Xã Lộc Bình')!;
    const typed = { ...loc, report: { ...loc.report!, unit: '  xã  LỘC bình ' } };
    const unit = computeStatus({ plan, checks: [typed], asOf: '2025-12-31' }).units.find((u) => u.unit === 'Xã Lộc Bình');
    expect(unit).toMatchObject({ state: 'on_time', reported: true, file: loc.file });
    const placed = placeReports(plan, [{ file: typed.file, report: typed.report }]).placed;
    expect(placed.map((p) => [p.file, p.unit, p.listed])).toEqual([[loc.file, 'Xã Lộc Bình', true]]);
  });
});

describe('invalid files are listed, not counted', () => {
  it('a unit whose only file has errors is "invalid", and missing', async () => {
    const checks = [
      ...examples.filter((c) => c.report?.agency !== 'so-y-te'),
      ...(await checksOf(['test/cli/fixtures/unknown-key/09-so-y-te.yaml'])),
    ];
    const m = computeStatus({ plan, checks, asOf: '2026-01-05' });
    expect(m.counts).toMatchObject({ reported: 16, missing: 60, invalidOnly: 1, invalidFiles: 1 });
    expect(m.units.find((u) => u.agencyId === 'so-y-te')).toMatchObject({
      state: 'invalid',
      reported: false,
      overdue: true,
      invalidFiles: ['test/cli/fixtures/unknown-key/09-so-y-te.yaml'],
    });
    expect(m.invalid).toEqual([
      {
        file: 'test/cli/fixtures/unknown-key/09-so-y-te.yaml',
        errors: 1,
        warnings: 0,
        first: { code: 'CR301', line: 25, column: 9, message: expect.stringContaining('"partcipants"') },
        agencyId: 'so-y-te',
        unit: undefined,
      },
    ]);
  });

  it('the second report of a unit (CR501) is invalid; the first counts', async () => {
    const checks = await checksOf(['examples/lang-son-2025/invalid/CR501-duplicate-unit']);
    const m = computeStatus({ plan, checks, asOf: '2025-12-31' });
    expect(m.counts).toMatchObject({ reported: 1, invalidFiles: 1 });
    const unit = m.units.find((u) => u.unit === 'Xã Lộc Bình')!;
    expect(unit.state).toBe('on_time');
    expect(unit.invalidFiles).toHaveLength(1);
    expect(m.invalid[0]).toMatchObject({ unit: 'Xã Lộc Bình', first: { code: 'CR501' } });
  });

  it('reads who a broken file is from when it can, and shrugs when it cannot', () => {
    const base = { file: 'x.yaml', diagnostics: [] };
    expect(identifyLeniently({ ...base, text: 'agency: ubnd-xa-phuong\nunit: Xã Lộc Bình\ntasks: 3\n' })).toEqual({ agency: 'ubnd-xa-phuong', unit: 'Xã Lộc Bình' });
    expect(identifyLeniently({ ...base, text: 'agency: [\n' })).toEqual({});
    expect(identifyLeniently({ ...base, text: '- a\n' })).toEqual({});
    expect(identifyLeniently(base)).toEqual({});
  });
});

describe('formatting', () => {
  const m = computeStatus({ plan, checks: examples.filter((c) => !c.file.endsWith('12-xa-loc-binh.yaml')), asOf: '2026-01-05' });

  it('a table: aligned columns, Vietnamese, no escape codes without colour', () => {
    const text = formatStatusTable(m, { lang: 'vi', color: false });
    expect(text).not.toContain('\u001b');
    expect(text).toContain('Tình hình báo cáo — Kế hoạch 400/KH-BCĐNQ-CQTT');
    expect(text).toContain('Hạn báo cáo: 31/12/2025 · ngày xem 05/01/2026 (đã quá hạn)');
    expect(text).toContain('12  UBND xã, phường: 5/65 đơn vị đã báo cáo');
    expect(text).toMatch(/^ {6}Xã Lộc Bình +✖ quá hạn$/m);
    expect(text).toContain('Đã báo cáo 16/76 (cơ quan 11/11, UBND xã, phường 5/65); đúng hạn 16, muộn 0; chưa báo cáo 60 (quá hạn 60); tệp lỗi 0.');
    // Every unit row puts its state in the same column.
    const lines = text.split('\n').filter((l) => /(✔ đã báo cáo|✖ quá hạn)/.test(l));
    expect(lines).toHaveLength(76);
    const columns = new Set(lines.map((l) => width(l.slice(0, l.search(/[✔✖]/)))));
    expect(columns.size).toBe(1);
    // The task table right-aligns its counts under their headings.
    const head = text.split('\n').find((l) => l.startsWith('Nhiệm vụ'))!;
    const row = text.split('\n').find((l) => l.startsWith('III.12.a'))!;
    expect(width(row)).toBe(width(head));
    expect(row).toMatch(/ 5 +0 +0 +60$/);
  });

  it('colour only when asked', () => {
    const text = formatStatusTable(m, { lang: 'vi', color: true });
    expect(text).toContain('\u001b[31m✖ quá hạn');
    expect(text).toContain('\u001b[32m✔ đã báo cáo');
  });

  it('English', () => {
    const text = formatStatusTable(m, { lang: 'en', color: false });
    expect(text).toContain('Reporting status — Plan 400/KH-BCĐNQ-CQTT');
    expect(text).toContain('Reported 16/76 (agencies 11/11, UBND xã, phường 5/65); on time 16, late 0; missing 60 (overdue 60); invalid files 0.');
  });

  it('JSON for programs', () => {
    const doc = JSON.parse(formatStatusJson(m, { toolVersion: '9.9.9' })) as Record<string, unknown> & { units: Record<string, unknown>[] };
    expect(doc).toMatchObject({ version: 1, tool: { name: 'compile-report', version: '9.9.9' }, deadline: '2025-12-31', asOf: '2026-01-05', pastDeadline: true });
    expect(doc.units.find((u) => u.unit === 'Xã Lộc Bình')).toEqual({
      agency: 'ubnd-xa-phuong',
      number: 12,
      unit: 'Xã Lộc Bình',
      name: 'Xã Lộc Bình',
      state: 'overdue',
      reported: false,
      late: false,
      overdue: true,
      file: null,
      reportedAs: null,
      reportNumber: null,
      date: null,
      invalidFiles: [],
      tasks: { 'III.12.a': 'not_reported', 'III.12.b': 'not_reported' },
    });
  });
});
