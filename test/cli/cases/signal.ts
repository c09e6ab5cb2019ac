/**
 * Issue 8, items 4, 6 and 8, end to end: one diagnostic at the cause (CR310, CR311, CR312, empty values, misspelt
 * keys, abbreviated unit names), signal above noise (grouped warnings, --quiet, --max-warnings, `validate .`) and
 * cross-file checks for CI (--against; the recipes themselves run in test/docs/ci-recipes.test.ts), with exit codes
 * and exact lines: run by signal.e2e.test.ts, and in both languages by languages.e2e.test.ts.
 */
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from '../run-cli.js';
import type { CliCase } from './cli-case.js';

const PLAN = 'examples/lang-son-2025/plan.yaml';
const INVALID = 'examples/lang-son-2025/invalid';
const fixture = (name: string): string => `test/cli/fixtures/${name}`;

/** The signal table; `dir` becomes a project folder as `init`-style users have it: plan, configuration and reports side by side. */
export function signalTable(dir: string): CliCase[] {
  const project = dir;
  mkdirSync(project, { recursive: true });
  for (const name of ['plan.yaml', 'compile-report.config.yaml', 'reports']) {
    cpSync(join(ROOT, 'examples/lang-son-2025', name), join(project, name), { recursive: true });
  }
  const out = join(project, 'bao-cao.docx');

  const WARNINGS = fixture('repeated-warnings');
  const GROUP = [
    'cảnh báo CR413 ở 3 tệp: Dòng $schema trỏ tới "../../../../schemas/bao-cao.schema.json", nhưng không có tệp schemas/bao-cao.schema.json; trình soạn thảo sẽ không kiểm tra được báo cáo khi gõ.',
    `  ${WARNINGS}/04-so-tu-phap.yaml:1:33`,
    `  ${WARNINGS}/09-so-y-te.yaml:1:33`,
    `  ${WARNINGS}/12-xa-loc-binh.yaml:1:33`,
    '  → Sửa dòng "# yaml-language-server: $schema=…" cho trỏ tới schema sinh từ kế hoạch đang dùng (compile-report schema --plan … --out …), hoặc tạo lại báo cáo mẫu bằng "compile-report init".',
    '',
    '✔ 3 tệp hợp lệ, không có lỗi, 3 cảnh báo',
    '',
  ].join('\n');

  const ITEM_4: CliCase[] = [
    {
      name: 'CR310: a key indented one space too far is reported at its own line, alone',
      argv: ['validate', '--plan', PLAN, `${INVALID}/CR310-wrong-indent.yaml`],
      code: 1,
      stdout: [
        `${INVALID}/CR310-wrong-indent.yaml:50:10 - lỗi CR310: Khóa "place" thụt lề 9 dấu cách, còn khóa cùng cấp "title" ở dòng 49 thụt 8: xóa 1 dấu cách ở đầu dòng.\n  50 |          place: Hội trường UBND tỉnh\n     |          ^~~~~\n`,
        '✖ 1 lỗi trong 1 tệp (đã kiểm tra 1 tệp)',
      ],
    },
    {
      name: 'CR310 in English',
      argv: ['validate', '--plan', PLAN, `${INVALID}/CR310-wrong-indent.yaml`, '--lang', 'en'],
      code: 1,
      stdout: [`${INVALID}/CR310-wrong-indent.yaml:50:10 - error CR310: Key "place" is indented 9 spaces, but its sibling "title" on line 49 is indented 8: remove 1 space at the start of the line.`],
    },
    {
      name: 'CR311: a list item missing its "- " is one diagnostic, not seven CR202',
      argv: ['validate', '--plan', PLAN, `${INVALID}/CR311-missing-dash.yaml`],
      code: 1,
      stdout: [
        `${INVALID}/CR311-missing-dash.yaml:37:9 - lỗi CR311: Khóa "date" mở một mục mới của danh sách (như mục ở dòng 30) nhưng thiếu "- " ở đầu; viết "      - date: …".`,
        '✖ 1 lỗi trong 1 tệp (đã kiểm tra 1 tệp)',
      ],
      notStdout: ['CR202'],
    },
    {
      name: 'a misspelt top-level key: CR301 with the suggestion, no CR302 "missing tasks"',
      argv: ['validate', '--plan', PLAN, fixture('misspelt-top-level-key')],
      code: 1,
      stdout: [
        `${fixture('misspelt-top-level-key')}/09-so-y-te.yaml:11:1 - lỗi CR301: Khóa "taks" không hợp lệ trong báo cáo. Có phải ý bạn là "tasks"? Các khóa hợp lệ: plan, agency, unit, number, date, period, signer, tasks, difficulties, proposals.`,
        '✖ 1 lỗi trong 1 tệp (đã kiểm tra 1 tệp)',
      ],
      notStdout: ['CR302'],
    },
    {
      name: 'an empty value says "để trống" and what belongs there, never "null"',
      argv: ['validate', '--plan', PLAN, fixture('empty-value')],
      code: 1,
      stdout: [
        `${fixture('empty-value')}/09-so-y-te.yaml:10:3 - lỗi CR302: "signer.title" đang để trống; cần ghi chuỗi văn bản.`,
        `${fixture('empty-value')}/09-so-y-te.yaml:13:5 - lỗi CR302: "status" của nhiệm vụ III.9 đang để trống; cần ghi một trong: done, in_progress, not_started.`,
        '✖ 2 lỗi trong 1 tệp (đã kiểm tra 1 tệp)',
      ],
      notStdout: ['null', 'giá trị rỗng'],
    },
    {
      name: 'an empty value in English: "left empty"',
      argv: ['validate', '--plan', PLAN, fixture('empty-value'), '--lang', 'en'],
      code: 1,
      stdout: [`${fixture('empty-value')}/09-so-y-te.yaml:13:5 - error CR302: "status" of task III.9 is left empty; write one of: done, in_progress, not_started.`],
      notStdout: ['null'],
    },
    {
      name: 'CR312: a zero-width space in an id is shown by its code point',
      argv: ['validate', '--plan', PLAN, `${INVALID}/CR312-invisible-character.yaml`],
      code: 1,
      stdout: [
        `${INVALID}/CR312-invisible-character.yaml:5:9 - lỗi CR312: Giá trị "cong-an-tinh⟨U+200B⟩" của "agency" có ký tự ẩn U+200B; bỏ ký tự đó thì là "cong-an-tinh", giá trị hợp lệ.\n  5 | agency: cong-an-tinh⟨U+200B⟩\n    |         ^~~~~~~~~~~~~~~~~~~~\n`,
        '✖ 1 lỗi trong 1 tệp (đã kiểm tra 1 tệp)',
      ],
    },
    {
      name: 'CR312 in machine output too (the code point is in the message itself)',
      argv: ['validate', '--plan', PLAN, `${INVALID}/CR312-invisible-character.yaml`, '--format', 'github'],
      code: 1,
      stdout: ['title=CR312 invisible-character::Giá trị "cong-an-tinh⟨U+200B⟩" của "agency" có ký tự ẩn U+200B'],
    },
    {
      name: 'an abbreviated unit name ("P. Tam Thanh") is an error that names the unit meant',
      argv: ['validate', '--plan', PLAN, fixture('unit-abbreviation')],
      code: 1,
      stdout: [
        `${fixture('unit-abbreviation')}/12-phuong-tam-thanh.yaml:5:7 - lỗi CR304: Giá trị "P. Tam Thanh" của "unit" không có trong danh mục. Có phải ý bạn là "Phường Tam Thanh"?`,
        '✖ 1 lỗi trong 1 tệp (đã kiểm tra 1 tệp)',
      ],
    },
  ];

  const ITEM_6: CliCase[] = [
    {
      name: 'a warning repeated in several files is shown once, with one line per place',
      argv: ['validate', '--plan', PLAN, WARNINGS],
      code: 0,
      stdoutIs: GROUP,
    },
    {
      name: 'grouped in English',
      argv: ['validate', '--plan', PLAN, WARNINGS, '--lang', 'en'],
      code: 0,
      stdout: ['warning CR413 in 3 files: The $schema line points at "../../../../schemas/bao-cao.schema.json"', `  ${WARNINGS}/04-so-tu-phap.yaml:1:33\n`],
    },
    {
      name: '--quiet: errors only; warnings neither shown nor counted',
      argv: ['validate', '--plan', PLAN, WARNINGS, '--quiet'],
      code: 0,
      stdoutIs: '✔ 3 tệp hợp lệ, không có lỗi\n',
    },
    {
      name: '--quiet with an error among warnings: only the error',
      argv: ['validate', '--plan', PLAN, WARNINGS, fixture('misspelt-top-level-key'), '-q'],
      code: 1,
      stdout: ['lỗi CR301: Khóa "taks"', '✖ 1 lỗi trong 1 tệp (đã kiểm tra 4 tệp)'],
      notStdout: ['CR413', 'cảnh báo'],
    },
    {
      name: '--max-warnings 2 with 3 warnings: exit 1, said on stderr',
      argv: ['validate', '--plan', PLAN, WARNINGS, '--max-warnings', '2'],
      code: 1,
      stdout: [GROUP],
      stderrIs: '✖ Có 3 cảnh báo, vượt mức cho phép --max-warnings 2.\n',
    },
    {
      name: '--max-warnings 3 with 3 warnings: exit 0',
      argv: ['validate', '--plan', PLAN, WARNINGS, '--max-warnings', '3'],
      code: 0,
      stderrIs: '',
    },
    {
      name: '--max-warnings counts warnings that --quiet hides (as ESLint does)',
      argv: ['validate', '--plan', PLAN, WARNINGS, '--max-warnings', '0', '--quiet', '--lang', 'en'],
      code: 1,
      stdoutIs: '✔ 3 files valid, no errors\n',
      stderrIs: '✖ 3 warnings, more than --max-warnings 0 allows.\n',
    },
    {
      name: '--max-warnings needs a whole number ≥ 0',
      argv: ['validate', '--plan', PLAN, WARNINGS, '--max-warnings', '-1'],
      code: 2,
      stderr: ['compile-report: Giá trị "-1" của --max-warnings không hợp lệ. Chọn một trong: 0, 1, 2, ….\n(xem --help)\n'],
    },
    {
      name: 'validate . in a project folder skips the plan and the configuration, and says so',
      argv: ['validate', '.'],
      cwd: project,
      code: 0,
      stdout: ['cảnh báo CR413 ở 17 tệp: ', '✔ 17 tệp hợp lệ, không có lỗi, 17 cảnh báo\n'],
      stderrIs: 'Bỏ qua compile-report.config.yaml, plan.yaml: tệp kế hoạch và tệp cấu hình không phải báo cáo.\n',
      notStdout: ['plan.yaml', 'compile-report.config.yaml'],
    },
    {
      name: 'validate . in English, quiet',
      argv: ['validate', '.', '--lang', 'en', '-q'],
      cwd: project,
      code: 0,
      stdoutIs: '✔ 17 files valid, no errors\n',
      stderrIs: 'Skipped compile-report.config.yaml, plan.yaml: the plan and the configuration file are not reports.\n',
    },
    {
      name: 'naming only the plan finds no report: exit 2',
      argv: ['validate', 'plan.yaml'],
      cwd: project,
      code: 2,
      stderr: ['Không tìm thấy tệp báo cáo (.yaml, .yml) nào tại:\n  plan.yaml'],
    },
  ];

  const SECOND = `${fixture('second-report')}/00-so-y-te-ban-moi.yaml`;
  const ITEM_8: CliCase[] = [
    {
      name: '--against: a second report for a unit is caught on the file checked, though it sorts first',
      argv: ['validate', '--plan', PLAN, SECOND, '--against', 'examples/lang-son-2025/reports'],
      code: 1,
      stdout: [
        `${SECOND}:4:9 - lỗi CR501: Sở Y tế đã có báo cáo trong tệp examples/lang-son-2025/reports/09-so-y-te.yaml.`,
        '✖ 1 lỗi trong 1 tệp (đã kiểm tra 1 tệp)',
      ],
    },
    {
      name: 'without --against the same file alone is valid',
      argv: ['validate', '--plan', PLAN, SECOND],
      code: 0,
      stdoutIs: '✔ 1 tệp hợp lệ, không có lỗi\n',
    },
    {
      name: '--against reports only the files checked: the others\' own problems stay out',
      argv: ['validate', '--plan', PLAN, SECOND, '--against', fixture('misspelt-top-level-key'), '--against', 'examples/lang-son-2025/reports/04-so-tu-phap.yaml'],
      code: 0,
      stdoutIs: '✔ 1 tệp hợp lệ, không có lỗi\n',
    },
    {
      name: '--against a path that names nothing: exit 2',
      argv: ['validate', '--plan', PLAN, SECOND, '--against', 'khong-co-thu-muc-nay'],
      code: 2,
      stderr: ['Không tìm thấy tệp báo cáo (.yaml, .yml) nào tại:\n  khong-co-thu-muc-nay'],
    },
  ];

  const BUILD: CliCase[] = [
    {
      name: 'build --max-warnings 0 with warnings: exit 1 and nothing written',
      argv: ['build', '--plan', PLAN, WARNINGS, '--out', out, '--max-warnings', '0', '--date', '05/01/2026'],
      code: 1,
      stderr: ['cảnh báo CR413 ở 3 tệp: ', '✖ Có 3 cảnh báo, vượt mức cho phép --max-warnings 0.\n'],
      after: () => expect(existsSync(out)).toBe(false),
    },
    {
      name: 'build --quiet hides the warnings, and builds',
      argv: ['build', '--plan', PLAN, WARNINGS, '--out', out, '--quiet', '--date', '05/01/2026'],
      code: 0,
      notStderr: ['CR413'],
      after: () => expect(existsSync(out)).toBe(true),
    },
  ];
  return [...ITEM_4, ...ITEM_6, ...ITEM_8, ...BUILD];
}
