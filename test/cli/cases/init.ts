/** The init end-to-end table: run by init.e2e.test.ts, and in both languages by languages.e2e.test.ts. */
import { join } from 'node:path';
import { ROOT } from '../run-cli.js';
import type { CliCase } from './cli-case.js';

export const PLAN = join(ROOT, 'examples/lang-son-2025/plan.yaml');

export const CASES: CliCase[] = [
  {
    name: 'a template on stdout, the $schema line first',
    argv: ['init', '--plan', PLAN, '--agency', 'so-y-te'],
    code: 0,
    stdout: [/^# yaml-language-server: \$schema=\S+schemas\/report\.schema\.json\n/, '  # Nhiệm vụ III.9:', 'agency: so-y-te', 'number: ""', 'date: dd/mm/yyyy', '    status:\n'],
  },
  {
    name: 'a unit of the group',
    argv: ['init', '-p', PLAN, '-a', 'ubnd-xa-phuong', '--unit', 'Phường Tam Thanh'],
    code: 0,
    stdout: ['unit: Phường Tam Thanh', '  III.12.a:', '  III.12.b:', '# Đơn vị báo cáo: Phường Tam Thanh (UBND xã, phường)'],
  },
  {
    name: 'a group without --unit: exit 2 with the list',
    argv: ['init', '-p', PLAN, '-a', 'ubnd-xa-phuong'],
    code: 2,
    stderr: ['cần --unit <tên đơn vị>', 'Phường Đông Kinh'],
    stdoutEmpty: true,
  },
  {
    name: 'a misspelt unit: did you mean',
    argv: ['init', '-p', PLAN, '-a', 'ubnd-xa-phuong', '--unit', 'Phuong Tam Thanh'],
    code: 2,
    stderr: ['Có phải ý bạn là "Phường Tam Thanh"?'],
    stdoutEmpty: true,
  },
  {
    name: 'an unknown agency: did you mean, in English',
    argv: ['init', '-p', PLAN, '-a', 'so-tu-phapp', '--lang', 'en'],
    code: 2,
    stderr: ['The plan has no agency "so-tu-phapp". Did you mean "so-tu-phap"?'],
  },
  { name: 'no --plan: exit 2', argv: ['init', '-a', 'so-y-te', '--no-config'], code: 2, stderr: ['Thiếu tùy chọn --plan <tệp kế hoạch>.'] },
  {
    name: '--help has examples, in Vietnamese by default',
    argv: ['init', '--help'],
    code: 0,
    stdout: ['Ví dụ:', '# Cho một xã trong nhóm UBND xã, phường', '--unit <tên>', '--schema <đường-dẫn|url>', 'Mẫu chưa điền KHÔNG hợp lệ'],
  },
  {
    name: '--help --lang en: in English',
    argv: ['init', '--help', '--lang=en'],
    code: 0,
    stdout: ['Examples:', '# For one commune of the group', '--unit <name>', '--schema <path|url>', 'An unfilled template FAILS'],
  },
  {
    name: 'the main help lists init and status',
    argv: ['--help'],
    code: 0,
    stdout: [/init \[tùy-chọn\] +Tạo báo cáo mẫu/, /status \[tùy-chọn\] \[đường-dẫn\.\.\.\] +Ai đã báo cáo/],
  },
];
