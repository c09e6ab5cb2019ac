/**
 * Doubt said aloud, dates as meant (issue 8, items 3 and 5), end to end: each case is a copy of the example
 * reports with one slip, run through `validate` or `build` both in-process and as the built binary.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, RUNNERS } from './run-cli.js';

const PLAN = join(ROOT, 'examples/lang-son-2025/plan.yaml');
const REPORTS = join(ROOT, 'examples/lang-son-2025/reports');
const tmp = mkdtempSync(join(tmpdir(), 'cr-doubt-e2e-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A folder holding the example reports with `from` replaced by `to` (exactly once) in `file`. */
function variant(name: string, file: string, from: string, to: string): string {
  const dir = join(tmp, name);
  cpSync(REPORTS, dir, { recursive: true });
  const text = readFileSync(join(dir, file), 'utf8');
  if (text.split(from).length !== 2) throw new Error(`${file}: expected one ${JSON.stringify(from)}`);
  writeFileSync(join(dir, file), text.replace(from, to));
  return dir;
}

const FIRST_ACTIVITY = [
  '      - date: 05/12/2025',
  '        form: conference',
  '        title: Hội nghị quán triệt nội dung quyền được chăm sóc sức khỏe trong công tác bảo đảm quyền con người',
  '        place: Hội trường Sở Y tế',
  '        themes: [2.1.a, 2.1.c]',
  '        participants: 120',
  '        quantities: { sessions: 1 }',
  '        cost: 4500000',
  '',
].join('\n');
// The same activity pasted again, its title carrying a zero-width space and a no-break space.
const PASTED_AGAIN = FIRST_ACTIVITY.replace('Hội nghị quán triệt', 'Hội\u00A0nghị quán\u200B triệt');

const DIRS = {
  date2024: variant('date-2024', '09-so-y-te.yaml', '\ndate: 26/12/2025\n', '\ndate: 26/12/2024\n'),
  dateBeforeActivities: variant('date-early', '09-so-y-te.yaml', '\ndate: 26/12/2025\n', '\ndate: 06/12/2025\n'),
  dateDashes: variant('date-dashes', '09-so-y-te.yaml', '\ndate: 26/12/2025\n', '\ndate: 26-12-2025\n'),
  periodPastCampaign: variant('period-past', '09-so-y-te.yaml', '\nperiod: 01/12/2025 - 31/12/2025\n', '\nperiod: 01/12/2025 - 15/01/2026\n'),
  cost42: variant('cost-42', '09-so-y-te.yaml', '        cost: 4500000\n', '        cost: 42\n'),
  notStarted: variant('not-started', '08-so-giao-duc-dao-tao.yaml', '  III.8:\n    status: done\n', '  III.8:\n    status: not_started\n    reason: Chờ hướng dẫn.\n'),
  duplicate: variant('duplicate', '09-so-y-te.yaml', FIRST_ACTIVITY, FIRST_ACTIVITY + PASTED_AGAIN),
};

interface Case {
  name: string;
  argv: (out: string) => string[];
  code: number;
  stdout?: string[];
  stderr?: string[];
  /** Whether build leaves a document behind. */
  writes?: boolean;
}

const validate = (dir: string) => (): string[] => ['validate', '--plan', PLAN, dir, '--no-config'];
const build = (dir: string) => (out: string): string[] => ['build', '--plan', PLAN, dir, '--out', out, '--no-config'];

const CASES: Case[] = [
  {
    name: 'date: 26/12/2024 on a report of the December-2025 campaign: exit 1',
    argv: validate(DIRS.date2024),
    code: 1,
    stdout: ['09-so-y-te.yaml:6:7 - lỗi CR425: Ngày báo cáo "26/12/2024" trước ngày ban hành Kế hoạch 400/KH-BCĐNQ-CQTT (04/12/2025); kiểm tra lại năm.'],
  },
  { name: '…and build writes nothing', argv: build(DIRS.date2024), code: 1, stderr: ['CR425'], writes: false },
  {
    name: 'date: 06/12/2025 while the report lists later activities: exit 1',
    argv: validate(DIRS.dateBeforeActivities),
    code: 1,
    stdout: ['lỗi CR425: Ngày báo cáo "06/12/2025" trước ngày bắt đầu hoạt động thứ 3 của nhiệm vụ III.9 (20/12/2025) mà báo cáo kê khai.'],
  },
  {
    name: 'date: 26-12-2025 is an error that shows the date converted',
    argv: validate(DIRS.dateDashes),
    code: 1,
    stdout: ['lỗi CR305: Giá trị "26-12-2025" của "date" sai định dạng', 'Có phải ý bạn là "26/12/2025"?'],
  },
  {
    name: 'a period running past the campaign: exit 1',
    argv: validate(DIRS.periodPastCampaign),
    code: 1,
    stdout: ['lỗi CR403: Ngày "01/12/2025 - 15/01/2026" của "period" nằm ngoài thời gian triển khai kế hoạch 01/12/2025 - 31/12/2025.'],
  },
  {
    name: 'cost: 42 asks whether nghìn or triệu was meant; a warning, exit 0',
    argv: validate(DIRS.cost42),
    code: 0,
    stdout: ['09-so-y-te.yaml:28:15 - cảnh báo CR427: Kinh phí 42 đồng của "cost" (hoạt động thứ 1 của nhiệm vụ III.9) dưới 1.000 đồng: có phải 42 nghìn (42.000) hay 42 triệu (42.000.000) đồng?'],
  },
  {
    name: 'a task not_started that lists activities: exit 1 at its status',
    argv: validate(DIRS.notStarted),
    code: 1,
    stdout: ['08-so-giao-duc-dao-tao.yaml:13:13 - lỗi CR428: Nhiệm vụ III.8 ghi status: not_started nhưng kê khai 5 hoạt động.'],
  },
  { name: '…and build refuses it: its activities never reach the totals', argv: build(DIRS.notStarted), code: 1, stderr: ['CR428'], writes: false },
  {
    name: 'the same activity pasted twice, invisible characters in the copy: CR407 names the first',
    argv: validate(DIRS.duplicate),
    code: 0,
    stdout: ['09-so-y-te.yaml:31:16 - cảnh báo CR407: Hoạt động trùng với hoạt động ở dòng 21 (cùng ngày, hình thức và tên); chỉ được tính một lần vào tổng số.'],
  },
];

for (const runner of RUNNERS) {
  describe(`doubt said aloud (${runner.name})`, () => {
    it.each(CASES)('$name', async (c) => {
      const out = join(tmp, `${runner.name}-${CASES.indexOf(c)}.docx`);
      const r = await runner.run(c.argv(out));
      expect(r.code, r.stdout + r.stderr).toBe(c.code);
      for (const s of c.stdout ?? []) expect(r.stdout).toContain(s);
      for (const s of c.stderr ?? []) expect(r.stderr).toContain(s);
      if (c.writes !== undefined) expect(existsSync(out)).toBe(c.writes);
      expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    });

    it('a repeated activity is counted once in the DOCX and the CSV: totals computed here from the YAML', async () => {
      const out = join(tmp, `${runner.name}-dup.docx`);
      const r = await runner.run(build(DIRS.duplicate)(out));
      expect(r.code, r.stderr).toBe(0);
      const sums = distinctSums(DIRS.duplicate);
      const all = distinctSums(DIRS.duplicate, false);
      // The copy really is in the input, and really left out.
      expect(all.activities - sums.activities).toBe(1);
      expect(all.cost - sums.cost).toBe(4_500_000);
      expect(r.stdout).toContain(`17/76 báo cáo, ${sums.activities} hoạt động, ${vn(sums.participants)} lượt người, kinh phí ${vn(sums.cost)} đồng.`);
      const lines = documentText(out).split('\n');
      const total = lines.indexOf('Tổng cộng');
      expect(lines.slice(total, total + 5)).toEqual(['Tổng cộng', '17/76', String(sums.activities), vn(sums.participants), vn(sums.cost)]);
      const csv = readFileSync(out.replace(/\.docx$/, '.hoat-dong.csv'), 'utf8').trimEnd().split('\r\n');
      expect(csv).toHaveLength(sums.activities + 1);
      expect(csv.filter((row) => row.includes('quán triệt nội dung quyền được chăm sóc sức khỏe'))).toHaveLength(1);
    });
  });
}

const vn = (n: number): string => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** Sums over a folder's reports; with `distinct`, an activity repeated in one report (invisible characters aside) counts once. */
function distinctSums(dir: string, distinct = true): { activities: number; participants: number; cost: number } {
  const sums = { activities: 0, participants: 0, cost: 0 };
  for (const name of readdirSync(dir)) {
    const report = parse(readFileSync(join(dir, name), 'utf8')) as { tasks: Record<string, { activities?: { date: string; form: string; title: string; participants?: number; cost?: number }[] }> };
    const seen = new Set<string>();
    for (const task of Object.values(report.tasks)) {
      for (const a of task.activities ?? []) {
        const key = `${a.date}|${a.form}|${a.title.replace(/[\u200B\u00AD\uFEFF\u2060]/g, '').replace(/\s+/gu, ' ')}`;
        if (distinct && seen.has(key)) continue;
        seen.add(key);
        sums.activities++;
        sums.participants += a.participants ?? 0;
        sums.cost += a.cost ?? 0;
      }
    }
  }
  return sums;
}

function documentText(docx: string): string {
  const xml = strFromU8(unzipSync(readFileSync(docx))['word/document.xml']!);
  return xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&');
}
