/**
 * Errors of how the tool was called (commander's, and the options' values), in the run's language, even those that
 * come before a command has read its options: run by error-language.e2e.test.ts, and in both languages by
 * languages.e2e.test.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../run-cli.js';
import type { CliCase } from './cli-case.js';

const PLAN = join(ROOT, 'examples/lang-son-2025/plan.yaml');
const REPORTS = join(ROOT, 'examples/lang-son-2025/reports');

/** The table; `dir` is the working folder, with a sub-folder whose configuration says lang: en. */
export function errorLanguageTable(dir: string): CliCase[] {
  const english = join(dir, 'en');
  mkdirSync(english, { recursive: true });
  writeFileSync(join(english, 'compile-report.config.yaml'), 'lang: en\n');
  const error = (name: string, argv: string[], stderrIs: string, cwd = dir): CliCase => ({ name, argv, cwd, code: 2, stdoutIs: '', stderrIs });
  return [
    error('a misspelt option, in Vietnamese by default', ['validate', '--plna', 'x'], 'compile-report: Không có tùy chọn --plna. Có phải ý bạn là --plan?\n(xem --help)\n'),
    error('…in English with --lang en, wherever it is', ['validate', '--plna', 'x', '--lang', 'en'], 'compile-report: Unknown option --plna. Did you mean --plan?\n(see --help)\n'),
    error('…in English when the configuration says lang: en', ['validate', '--plna', 'x'], 'compile-report: Unknown option --plna. Did you mean --plan?\n(see --help)\n', english),
    error('a missing --config file, in the language of --lang', ['status', '--config', 'khong-co.yaml', '--lang', 'en'], 'compile-report: Configuration file khong-co.yaml not found.\n'),
    error('an unknown command', ['bulid'], 'compile-report: Không có lệnh "bulid". Có phải ý bạn là build?\n(xem --help)\n'),
    error('a missing argument', ['new'], 'compile-report: Thiếu tham số <thư-mục>.\n(xem --help)\n'),
    error('…in English', ['new', '--lang', 'en'], 'compile-report: Missing argument <dir>.\n(see --help)\n'),
    error('too many arguments', ['new', 'a', 'b'], 'compile-report: Lệnh new nhận tối đa 1 tham số; thừa tham số.\n(xem --help)\n'),
    error('an --as-of date that does not exist', ['status', '--as-of', '31/02/2025', '--plan', PLAN, REPORTS], 'compile-report: Ngày "31/02/2025" của --as-of không hợp lệ (dd/mm/yyyy hoặc yyyy-mm-dd).\n'),
    error(
      'a period of no form',
      ['build', '--period', '2025-13', '--plan', PLAN, REPORTS, '--out', join(dir, 'bc.docx')],
      'compile-report: Kỳ báo cáo "2025-13" không hợp lệ. Viết một trong các dạng: 2025-12, 2025-Q4, 2025-H1, 2025-H2, 2025, campaign (tháng yyyy-mm, quý yyyy-Qn, 6 tháng yyyy-H1/H2, năm yyyy, hoặc campaign: cả đợt của kế hoạch).\n',
    ),
  ];
}
