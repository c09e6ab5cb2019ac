import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../run-cli.js';
import type { CliCase } from './cli-case.js';

export const EXAMPLE = join(ROOT, 'examples/lang-son-2025');

export interface Case extends CliCase {
  cwd: string;
}

/** The configuration table and the projects it runs in (made in `tmp`): run by config.e2e.test.ts, and in both languages by languages.e2e.test.ts. */
export function configTable(tmp: string): Case[] {
  // A project whose configuration sits in a sub-folder and points elsewhere.
  const project = join(tmp, 'project');
  mkdirSync(join(project, 'cau-hinh'), { recursive: true });
  mkdirSync(join(project, 'deep/er'), { recursive: true });
  cpSync(join(EXAMPLE, 'plan.yaml'), join(project, 'du-lieu/plan.yaml'));
  cpSync(join(EXAMPLE, 'reports'), join(project, 'du-lieu/bao-cao'), { recursive: true });
  writeFileSync(join(project, 'cau-hinh/mine.yaml'), 'plan: ../du-lieu/plan.yaml\nreports: ["../du-lieu/bao-cao/12-*.yaml"]\nlang: en\n');
  writeFileSync(join(project, 'compile-report.config.yaml'), 'plan: du-lieu/plan.yaml\nreports: [du-lieu/bao-cao]\n');
  // A broken configuration.
  const broken = join(tmp, 'broken');
  mkdirSync(broken);
  writeFileSync(join(broken, 'compile-report.config.yaml'), '# cấu hình\nplan: plan.yaml\nreport: [reports]\n');


  const CASES: Case[] = [
    { name: 'the example folder: validate with no arguments', cwd: EXAMPLE, argv: ['validate'], code: 0, stdout: ['✔ 17 tệp hợp lệ, không có lỗi'] },
    { name: 'found walking up from a sub-folder', cwd: join(EXAMPLE, 'reports'), argv: ['validate'], code: 0, stdout: ['✔ 17 tệp hợp lệ, không có lỗi'] },
    {
      name: 'status in the example folder',
      cwd: EXAMPLE,
      argv: ['status', '--as-of', '20/12/2025'],
      code: 0,
      stdout: ['Đã báo cáo 17/76', /^ 9 +Sở Y tế +✔ đã báo cáo +26\/12\/2025 +reports\/09-so-y-te\.yaml$/m],
    },
    {
      name: 'init in the example folder takes the plan from the config (--out - prints)',
      cwd: join(EXAMPLE, 'reports'),
      argv: ['init', '--agency', 'so-y-te', '--out', '-'],
      code: 0,
      stdout: ['# yaml-language-server: $schema=../../../schemas/report.schema.json\n', 'agency: so-y-te'],
    },
    {
      name: 'paths on the command line replace the config reports',
      cwd: EXAMPLE,
      argv: ['validate', 'reports/09-so-y-te.yaml'],
      code: 0,
      stdout: ['✔ 1 tệp hợp lệ, không có lỗi'],
    },
    {
      name: '--plan on the command line replaces the config plan',
      cwd: EXAMPLE,
      argv: ['validate', '--plan', join(ROOT, 'test/cli/fixtures/broken-plan/plan.yaml')],
      code: 2,
      stderr: ['lỗi CR601'],
    },
    {
      name: '--lang en overrides the config lang vi',
      cwd: EXAMPLE,
      argv: ['validate', '--lang', 'en'],
      code: 0,
      stdout: ['✔ 17 files valid, no errors'],
    },
    {
      name: 'the config of a deep working folder is the nearest above, paths relative to it',
      cwd: join(project, 'deep/er'),
      argv: ['validate'],
      code: 0,
      stdout: ['✔ 17 tệp hợp lệ, không có lỗi'],
    },
    {
      name: '--config: another file, its globs and lang relative to it',
      cwd: join(project, 'deep/er'),
      argv: ['validate', '--config', '../../cau-hinh/mine.yaml'],
      code: 0,
      stdout: ['✔ 6 files valid, no errors'],
    },
    {
      name: '--config to a missing file: exit 2',
      cwd: project,
      argv: ['validate', '--config', 'khong-co.yaml'],
      code: 2,
      stderr: ['compile-report: Không tìm thấy tệp cấu hình khong-co.yaml.'],
      stdoutEmpty: true,
    },
    {
      name: '--no-config ignores it',
      cwd: EXAMPLE,
      argv: ['validate', '--no-config'],
      code: 2,
      stderr: ['Thiếu tùy chọn --plan <tệp kế hoạch>.'],
    },
    {
      name: 'an invalid config: exit 2 with a positioned message, for every command',
      cwd: broken,
      argv: ['validate'],
      code: 2,
      stderr: [
        'compile-report.config.yaml:3:1 - lỗi CR602: Khóa "report" không có trong tệp cấu hình. Có phải ý bạn là "reports"?',
        '  3 | report: [reports]',
        'compile-report.config.yaml:2:7 - lỗi CR602: Tệp kế hoạch "plan.yaml" không tồn tại',
        'compile-report: Không dùng được tệp cấu hình compile-report.config.yaml.',
      ],
      stdoutEmpty: true,
    },
    { name: 'an invalid config stops status too', cwd: broken, argv: ['status'], code: 2, stderr: ['lỗi CR602'] },
    { name: 'an invalid config stops init too', cwd: broken, argv: ['init', '-a', 'so-y-te'], code: 2, stderr: ['lỗi CR602'] },
    {
      name: 'validate --help names the config and has examples, in Vietnamese',
      cwd: ROOT,
      argv: ['validate', '--help'],
      code: 0,
      stdout: ['--config <tệp>', '--no-config', '--quiet', '# Trong thư mục có compile-report.config.yaml: không cần tham số', 'cảnh báo CR413', 'Tệp cấu hình: compile-report.config.yaml'],
    },
    {
      name: 'validate --help --lang en: the same, in English',
      cwd: ROOT,
      argv: ['validate', '--help', '--lang', 'en'],
      code: 0,
      stdout: ['--config <file>', '--no-config', '# In a folder with compile-report.config.yaml: no arguments needed', 'warning CR413', 'Configuration: compile-report.config.yaml'],
    },
    {
      name: 'help takes lang from the configuration file in force',
      cwd: project,
      argv: ['validate', '--help', '--config', 'cau-hinh/mine.yaml'],
      code: 0,
      stdout: ['Usage: compile-report validate [options] [paths...]', '  # In a folder with compile-report.config.yaml: no arguments needed'],
    },
  ];
  return CASES;
}
