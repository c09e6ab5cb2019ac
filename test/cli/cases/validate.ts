/** The validate end-to-end table: run by validate.e2e.test.ts, and in both languages by languages.e2e.test.ts. */
import type { CliCase } from './cli-case.js';

export const PLAN = 'examples/lang-son-2025/plan.yaml';
export const fixture = (name: string): string => `test/cli/fixtures/${name}`;

export const BAD = [
  { dir: 'unknown-key', code: 'CR301', line: 25, column: 9 },
  { dir: 'task-not-assigned', code: 'CR308', line: 12, column: 3 },
  { dir: 'date-after-campaign', code: 'CR403', line: 21, column: 15 },
];

export const CASES: CliCase[] = [
  {
    name: 'the example reports are valid',
    argv: ['validate', '--plan', PLAN, 'examples/lang-son-2025/reports'],
    code: 0,
    stdout: ['✔ 17 tệp hợp lệ, không có lỗi'],
  },
  {
    name: 'a glob selects the communes only',
    argv: ['validate', '--plan', PLAN, 'examples/lang-son-2025/reports/12-*.yaml'],
    code: 0,
    stdout: ['✔ 6 tệp hợp lệ, không có lỗi'],
  },
  ...BAD.flatMap((b): CliCase[] => [
    {
      name: `${b.dir}: text names file, line and column`,
      argv: ['validate', '--plan', PLAN, fixture(b.dir)],
      code: 1,
      stdout: [`${fixture(b.dir)}/09-so-y-te.yaml:${b.line}:${b.column} - lỗi ${b.code}:`],
    },
    {
      name: `${b.dir}: github annotations`,
      argv: ['validate', '--plan', PLAN, fixture(b.dir), '--format', 'github'],
      code: 1,
      stdout: [`::error file=${fixture(b.dir)}/09-so-y-te.yaml,line=${b.line},col=${b.column},`],
    },
    {
      name: `${b.dir}: GITHUB_ACTIONS=true chooses annotations by itself`,
      argv: ['validate', '--plan', PLAN, fixture(b.dir)],
      env: { GITHUB_ACTIONS: 'true' },
      code: 1,
      stdout: [`::error file=${fixture(b.dir)}/09-so-y-te.yaml,line=${b.line},col=${b.column},`],
    },
  ]),
  {
    name: 'English messages with --lang en',
    argv: ['validate', '--plan', PLAN, fixture('unknown-key'), '--lang', 'en'],
    code: 1,
    stdout: ['Unknown key "partcipants" in activity 1 of task III.9. Did you mean "participants"?'],
  },
  {
    name: '--lang may come before the command, as --debug may',
    argv: ['--lang', 'en', 'validate', '--plan', PLAN, fixture('unknown-key')],
    code: 1,
    stdout: ['Unknown key "partcipants" in activity 1 of task III.9. Did you mean "participants"?'],
  },
  {
    name: 'a path that does not exist is exit 2',
    argv: ['validate', '--plan', PLAN, 'khong-co-thu-muc-nay'],
    code: 2,
    stderr: ['Không tìm thấy tệp báo cáo (.yaml, .yml) nào tại:\n  khong-co-thu-muc-nay'],
    stdoutEmpty: true,
  },
  {
    name: 'no --plan is exit 2',
    argv: ['validate', 'examples/lang-son-2025/reports'],
    code: 2,
    stderr: ['Thiếu tùy chọn --plan <tệp kế hoạch>.'],
  },
  {
    name: 'an invalid plan is exit 2 with its own diagnostic',
    argv: ['validate', '--plan', `${fixture('broken-plan')}/plan.yaml`, 'examples/lang-son-2025/reports'],
    code: 2,
    stderr: [/test\/cli\/fixtures\/broken-plan\/plan\.yaml:183:\d+ - lỗi CR601: Kế hoạch: chỉ tiêu "sesions" chưa khai báo trong quantities/],
    stdoutEmpty: true,
  },
  {
    name: 'an unknown format is exit 2',
    argv: ['validate', '--plan', PLAN, 'examples/lang-son-2025/reports', '--format', 'xml'],
    code: 2,
    stderr: ['compile-report: Giá trị "xml" của --format không hợp lệ. Chọn một trong: text, json, github, junit, sarif.\n(xem --help)\n'],
  },
  { name: '--version', argv: ['--version'], code: 0, stdout: [/^\d+\.\d+\.\d+\n$/] },
  { name: '--help', argv: ['--help'], code: 0, stdout: ['Cách dùng: compile-report [tùy-chọn] [lệnh]', 'validate [tùy-chọn] [đường-dẫn...]', 'Lệnh:\n', 'help [lệnh]'] },
  { name: '--help --lang en', argv: ['--help', '--lang', 'en'], code: 0, stdout: ['Usage: compile-report [options] [command]', 'validate [options] [paths...]', 'Commands:\n'] },
  { name: 'help validate: the command\'s help', argv: ['help', 'validate'], code: 0, stdout: ['Cách dùng: compile-report validate [tùy-chọn] [đường-dẫn...]', 'Tham số:\n', 'Tùy chọn:\n'] },
  { name: 'no command at all is a usage error, with the help', argv: [], code: 2, stderr: ['Cách dùng: compile-report [tùy-chọn] [lệnh]'] },
  { name: '--lang en alone: no command, the help in English', argv: ['--lang', 'en'], code: 2, stderr: ['Usage: compile-report [options] [command]', 'Commands:\n'] },
  { name: "a command's help lists the program's options too", argv: ['schema', '--help'], code: 0, stdout: ['Tùy chọn chung:\n', '--lang <ngôn-ngữ>', '--debug'] },
  { name: 'a misspelt command is exit 2 with a suggestion', argv: ['valdate'], code: 2, stderr: ['compile-report: Không có lệnh "valdate". Có phải ý bạn là validate?\n'] },
];
