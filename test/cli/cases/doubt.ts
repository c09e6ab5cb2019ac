import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../run-cli.js';

export const PLAN = join(ROOT, 'examples/lang-son-2025/plan.yaml');
export const REPORTS = join(ROOT, 'examples/lang-son-2025/reports');

export interface Case {
  name: string;
  argv: (out: string) => string[];
  code: number;
  stdout?: string[];
  stderr?: string[];
  /** Whether build leaves a document behind. */
  writes?: boolean;
}

/**
 * The doubt table and the report folders it runs on (copies of the examples with one slip each, made in `tmp`):
 * run by doubt.e2e.test.ts, and in both languages by languages.e2e.test.ts.
 */
export function doubtTable(tmp: string) {
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
  return { DIRS, CASES, build };
}
