/** The status end-to-end table and the folder it runs in: run by status.e2e.test.ts, and in both languages by languages.e2e.test.ts. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { expect } from 'vitest';
import { ROOT, type CliRun } from '../run-cli.js';
import type { CliCase } from './cli-case.js';

/**
 * A copy of the example without the report of Xã Lộc Bình, and a plan whose group holds only the six
 * communes and wards that have example reports (so that "everyone reported" can be tested too).
 */
export function statusProject(): string {
  const tmp = mkdtempSync(join(tmpdir(), 'cr-status-e2e-'));
  cpSync(join(ROOT, 'examples/lang-son-2025/plan.yaml'), join(tmp, 'plan.yaml'));
  cpSync(join(ROOT, 'examples/lang-son-2025/reports'), join(tmp, 'reports'), { recursive: true });
  rmSync(join(tmp, 'reports/12-xa-loc-binh.yaml'));
  cpSync(join(ROOT, 'examples/lang-son-2025/reports'), join(tmp, 'all'), { recursive: true });
  const doc = parseDocument(readFileSync(join(tmp, 'plan.yaml'), 'utf8'));
  const SIX = ['Xã Lộc Bình', 'Xã Đồng Đăng', 'Phường Tam Thanh', 'Phường Lương Văn Tri', 'Phường Kỳ Lừa', 'Phường Đông Kinh'];
  doc.setIn(['agencies', 11, 'group', 'units'], SIX);
  writeFileSync(join(tmp, 'plan-six.yaml'), String(doc));
  mkdirSync(join(tmp, 'empty'));
  writeFileSync(join(tmp, 'reports-broken.yaml'), readFileSync(join(ROOT, 'test/cli/fixtures/unknown-key/09-so-y-te.yaml')));
  return tmp;
}


export interface StatusJson {
  asOf: string;
  pastDeadline: boolean;
  counts: { expected: number; reported: number; missing: number; overdue: number; invalidFiles: number; agencies: { expected: number; reported: number }; groupUnits: { expected: number; reported: number } };
  units: { agency: string; unit?: string; name: string; state: string; file: string | null }[];
  tasks: { task: string; done: number; in_progress: number; not_started: number; not_reported: number }[];
  invalid: { file: string; first: { code: string } }[];
}

/** A check of the JSON status prints. */
const json = (check: (doc: StatusJson) => void) => (r: CliRun): void => check(JSON.parse(r.stdout) as StatusJson);

const AFTER = { SOURCE_DATE_EPOCH: '1767571200' }; // 2026-01-05, after the deadline 2025-12-31
const BEFORE = { SOURCE_DATE_EPOCH: '1766188800' }; // 2025-12-20

export const CASES: CliCase[] = [
  {
    name: 'the removed unit is missing, and overdue after the deadline',
    argv: ['status', '--plan', 'plan.yaml', 'reports'],
    env: AFTER,
    code: 0,
    stdout: [
      'Hạn báo cáo: 31/12/2025 · ngày xem 05/01/2026 (đã quá hạn)',
      /^ {6}Xã Lộc Bình +✖ quá hạn$/m,
      /^ {6}Xã Đồng Đăng +✔ đã báo cáo +27\/12\/2025 +reports\/12-xa-dong-dang\.yaml$/m,
      /^ 9 +Sở Y tế +✔ đã báo cáo +26\/12\/2025 +reports\/09-so-y-te\.yaml$/m,
      'Đã báo cáo 16/76 (cơ quan 11/11, UBND xã, phường 5/65); đúng hạn 16, muộn 0; chưa báo cáo 60 (quá hạn 60); tệp lỗi 0.',
    ],
  },
  {
    name: 'before the deadline nobody is overdue',
    argv: ['status', '--plan', 'plan.yaml', 'reports'],
    env: BEFORE,
    code: 0,
    stdout: [/^ {6}Xã Lộc Bình +· chưa báo cáo$/m, '(chưa đến hạn)'],
    notStdout: ['quá hạn'],
  },
  {
    name: '--fail-on-missing: exit 1 while a unit is missing',
    argv: ['status', '--plan', 'plan.yaml', 'reports', '--fail-on-missing'],
    env: AFTER,
    code: 1,
    stdout: ['chưa báo cáo 60'],
  },
  {
    name: '--fail-on-missing with everyone in: exit 0',
    argv: ['status', '--plan', 'plan-six.yaml', 'all', '--fail-on-missing'],
    env: AFTER,
    code: 0,
    stdout: ['Đã báo cáo 17/17 (cơ quan 11/11, UBND xã, phường 6/6)'],
  },
  {
    name: '--fail-on-missing with one missing from the complete set: exit 1',
    argv: ['status', '--plan', 'plan-six.yaml', 'reports', '--fail-on-missing', '--format', 'json'],
    env: AFTER,
    code: 1,
    after: json((d) => {
      expect(d.counts).toMatchObject({ expected: 17, reported: 16, missing: 1 });
      expect(d.units.filter((u) => u.state !== 'on_time').map((u) => u.name)).toEqual(['Xã Lộc Bình']);
    }),
  },
  {
    name: 'JSON: 11 agencies + 65 units expected, 16 reported here',
    argv: ['status', '--plan', 'plan.yaml', 'reports', '--format', 'json', '--as-of', '02/01/2026'],
    code: 0,
    after: json((d) => {
      expect(d.asOf).toBe('2026-01-02');
      expect(d.pastDeadline).toBe(true);
      expect(d.counts).toMatchObject({ expected: 76, reported: 16, missing: 60, overdue: 60, invalidFiles: 0, agencies: { expected: 11, reported: 11 }, groupUnits: { expected: 65, reported: 5 } });
      expect(d.units).toHaveLength(76);
      expect(d.units.find((u) => u.unit === 'Xã Lộc Bình')).toMatchObject({ state: 'overdue', file: null });
      expect(d.tasks.find((t) => t.task === 'III.12.a')).toMatchObject({ done: 5, not_reported: 60 });
    }),
  },
  {
    name: 'JSON of the untouched examples: 17 reported',
    argv: ['status', '--plan', 'plan.yaml', 'all', '--format', 'json'],
    env: BEFORE,
    code: 0,
    after: json((d) => expect(d.counts).toMatchObject({ expected: 76, reported: 17, agencies: { expected: 11, reported: 11 }, groupUnits: { expected: 65, reported: 6 } })),
  },
  {
    name: 'an invalid file is listed as invalid, not counted',
    argv: ['status', '--plan', 'plan.yaml', 'reports', 'reports-broken.yaml'],
    env: AFTER,
    code: 0,
    stdout: ['Tệp có lỗi (không tính là đã báo cáo; xem: compile-report validate):', /reports-broken\.yaml:25:9 — 1 lỗi \(so-y-te\) CR301: Khóa "partcipants"/, 'tệp lỗi 1.'],
  },
  {
    name: 'English',
    argv: ['status', '--plan', 'plan.yaml', 'reports', '--lang', 'en'],
    env: AFTER,
    code: 0,
    stdout: ['Deadline: 31/12/2025 · as of 05/01/2026 (past the deadline)', /^ {6}Xã Lộc Bình +✖ overdue$/m, 'Reported 16/76'],
  },
  {
    name: 'no colour when not on a terminal',
    argv: ['status', '--plan', 'plan.yaml', 'reports'],
    env: AFTER,
    code: 0,
    notStdout: [/\u001b/],
  },
  {
    name: '--color forces it',
    argv: ['status', '--plan', 'plan.yaml', 'reports', '--color'],
    env: AFTER,
    code: 0,
    stdout: ['\u001b[31m✖ quá hạn'],
  },
  {
    name: 'day one: an empty reports folder lists every unit as not reported, exit 0',
    argv: ['status', '--plan', 'plan.yaml', 'empty'],
    env: BEFORE,
    code: 0,
    stdout: [/^ 9 +Sở Y tế +· chưa báo cáo$/m, /^ {6}Xã Lộc Bình +· chưa báo cáo$/m, 'Đã báo cáo 0/76 (cơ quan 0/11, UBND xã, phường 0/65); đúng hạn 0, muộn 0; chưa báo cáo 76'],
    notStdout: ['Không tìm thấy'],
  },
  {
    name: 'day one with --fail-on-missing: exit 1, JSON lists all 76',
    argv: ['status', '--plan', 'plan.yaml', 'empty', '--fail-on-missing', '--format', 'json'],
    env: BEFORE,
    code: 1,
    after: json((d) => {
      expect(d.counts).toMatchObject({ expected: 76, reported: 0, missing: 76, overdue: 0, invalidFiles: 0 });
      expect(d.units.every((u) => u.state === 'missing' && u.file === null)).toBe(true);
    }),
  },
  { name: 'a reports folder that does not exist is still exit 2', argv: ['status', '--plan', 'plan.yaml', 'khong-co'], code: 2, stderr: ['Không tìm thấy tệp báo cáo (.yaml, .yml) nào tại:\n  khong-co'] },
  {
    name: 'the day is the plan\'s (Hà Nội): 17:30 UTC on 31/12 is already 01/01, past the deadline',
    argv: ['status', '--plan', 'plan.yaml', 'reports', '--format', 'json'],
    now: new Date('2025-12-31T17:30:00Z'),
    code: 0,
    after: json((d) => expect(d).toMatchObject({ asOf: '2026-01-01', pastDeadline: true, counts: { overdue: 60 } })),
  },
  {
    name: '…and 16:30 UTC is still 31/12, the deadline itself',
    argv: ['status', '--plan', 'plan.yaml', 'reports', '--format', 'json'],
    now: new Date('2025-12-31T16:30:00Z'),
    code: 0,
    after: json((d) => expect(d).toMatchObject({ asOf: '2025-12-31', pastDeadline: false, counts: { overdue: 0 } })),
  },
  { name: 'no --plan: exit 2', argv: ['status', 'reports', '--no-config'], code: 2, stderr: ['Thiếu tùy chọn --plan <tệp kế hoạch>.'] },
  { name: 'no reports: exit 2', argv: ['status', '--plan', 'plan.yaml', '--no-config'], code: 2, stderr: ['Chưa chỉ ra tệp hoặc thư mục báo cáo nào'] },
  { name: 'a bad --as-of: exit 2', argv: ['status', '--plan', 'plan.yaml', 'reports', '--as-of', '32/12/2025'], code: 2, stderr: ['Ngày "32/12/2025" của --as-of không hợp lệ'] },
  { name: 'an unknown format: exit 2', argv: ['status', '--plan', 'plan.yaml', 'reports', '--format', 'sarif'], code: 2, stderr: ['Giá trị "sarif" của --format không hợp lệ. Chọn một trong: text, json.'] },
  {
    name: '--help has examples, in Vietnamese by default',
    argv: ['status', '--help'],
    code: 0,
    stdout: ['Ví dụ:', '# Trong CI: thất bại khi còn đơn vị chưa báo cáo', '--fail-on-missing', '--as-of <ngày>', '--quiet', '--config <tệp>', 'Mã thoát: 0 xong'],
  },
  {
    name: '--help --lang en: in English',
    argv: ['status', '--help', '--lang', 'en'],
    code: 0,
    stdout: ['Examples:', '# In CI: fail while any unit has not reported', '--as-of <date>', '--config <file>', 'Exit codes: 0 done'],
  },
];
