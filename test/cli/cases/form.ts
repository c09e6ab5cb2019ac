/** The form end-to-end table: run by form.e2e.test.ts, and in both languages by languages.e2e.test.ts. */
import { join } from 'node:path';
import { ROOT } from '../run-cli.js';
import type { CliCase } from './cli-case.js';

export const PLAN = join(ROOT, 'examples/lang-son-2025/plan.yaml');

export const CASES: CliCase[] = [
  {
    name: 'a group without --unit: exit 2 with the list',
    argv: ['form', '-p', PLAN, '-a', 'ubnd-xa-phuong', '-o', 'x.html'],
    code: 2,
    stderr: ['cần --unit <tên đơn vị>', 'Phường Đông Kinh'],
  },
  {
    name: 'an unknown agency: did you mean, in English',
    argv: ['form', '-p', PLAN, '-a', 'so-y-tee', '-o', 'x.html', '--lang', 'en'],
    code: 2,
    stderr: ['The plan has no agency "so-y-tee". Did you mean "so-y-te"?'],
  },
  { name: '--all with --unit: exit 2', argv: ['form', '-p', PLAN, '--all', '-u', 'Xã Lộc Bình', '-o', 'x.html'], code: 2, stderr: ['--all đã tạo biểu mẫu cho mọi đơn vị; bỏ --unit'] },
  { name: 'no --out: exit 2', argv: ['form', '-p', PLAN, '-a', 'so-y-te'], code: 2, stderr: ['Thiếu --out <tệp.html>: nơi ghi biểu mẫu.'] },
  { name: 'no --plan: exit 2', argv: ['form', '-a', 'so-y-te', '-o', 'x.html', '--no-config'], code: 2, stderr: ['Thiếu tùy chọn --plan <tệp kế hoạch>.'] },
  {
    name: '--help has examples, in Vietnamese by default',
    argv: ['form', '--help'],
    code: 0,
    stdout: ['Ví dụ:\n  # Biểu mẫu cho Sở Y tế\n  $ compile-report form', '--all', '--schema <đường-dẫn|url>', 'Tệp HTML tự chứa mọi thứ'],
  },
  {
    name: '--help --lang en: in English',
    argv: ['form', '--help', '--lang', 'en'],
    code: 0,
    stdout: ['Examples:\n  # The form of the health department\n  $ compile-report form', '--schema <path|url>', 'The HTML file holds everything'],
  },
  { name: 'the main help lists form', argv: ['--help'], code: 0, stdout: [/form \[tùy-chọn\] +Tạo biểu mẫu HTML/] },
];
