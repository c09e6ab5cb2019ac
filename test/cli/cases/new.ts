/** The new end-to-end table: run by new.e2e.test.ts, and in both languages by languages.e2e.test.ts. */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect } from 'vitest';
import { fillTemplate } from '../../app/helpers.js';
import { ROOT } from '../run-cli.js';
import type { CliCase } from './cli-case.js';

const FILES = [
  '.githooks/pre-commit',
  '.github/workflows/kiem-tra-bao-cao.yml',
  '.gitignore',
  'compile-report.config.yaml',
  'package.json',
  'plan.yaml',
  'report.schema.json',
  'reports/README.md',
];

export function tree(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? tree(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

/** A folder that new must refuse to write into, and what it must say: the rows that make it, run new, and find it as it was. */
function refusal(cwd: string, name: string, make: (d: string) => void, message: string): CliCase {
  let before: string[] = [];
  return {
    name: `refuses ${name}: exit 2, nothing written`,
    before: () => {
      mkdirSync(cwd, { recursive: true });
      make(join(cwd, 'bc'));
      before = tree(cwd);
    },
    cwd,
    argv: ['new', 'bc'],
    code: 2,
    stderr: [message],
    after: () => expect(tree(cwd)).toEqual(before),
  };
}

/** The new table, each case in its own folder under `dir`; the rows run in order, later ones inside the folder an earlier one made. */
export function newTable(dir: string): CliCase[] {
  const one = join(dir, 'case-1');
  const made = join(one, 'bao-cao-nhan-quyen');
  const two = join(dir, 'case-2');
  const bc = join(two, 'bc');
  const three = join(dir, 'case-3');
  const planText = readFileSync(join(ROOT, 'examples/lang-son-2025/plan.yaml'), 'utf8').replace(/^id: .*$/m, 'id: ke-hoach-thu');
  const own = join(three, 'Báo cáo 2026');
  const broken = join(dir, 'case-6');
  const modeline = (file: string) => () => expect(readFileSync(join(bc, 'reports', file), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../report.schema.json');

  return [
    {
      name: 'writes a ready reporting folder for the bundled example plan',
      before: () => mkdirSync(one, { recursive: true }),
      cwd: one,
      argv: ['new', 'bao-cao-nhan-quyen'],
      code: 0,
      stderrIs: '',
      stdout: ['✔ Đã tạo thư mục báo cáo bao-cao-nhan-quyen cho kế hoạch 400/KH-BCĐNQ-CQTT:\n  plan.yaml\n', '  cd bao-cao-nhan-quyen\n'],
      after: () => {
        expect(tree(made)).toEqual(FILES);
        expect(readFileSync(join(made, 'plan.yaml'), 'utf8')).toBe(readFileSync(join(ROOT, 'examples/lang-son-2025/plan.yaml'), 'utf8'));
        // The example plan's schema is the checked-in one.
        expect(readFileSync(join(made, 'report.schema.json'), 'utf8')).toBe(readFileSync(join(ROOT, 'schemas/report.schema.json'), 'utf8'));
        expect(parse(readFileSync(join(made, 'compile-report.config.yaml'), 'utf8'))).toEqual({ plan: 'plan.yaml', reports: ['reports'], out: 'bao-cao.docx' });
        const workflow = parse(readFileSync(join(made, '.github/workflows/kiem-tra-bao-cao.yml'), 'utf8')) as { env: Record<string, string> };
        expect(workflow.env).toEqual({ PLAN: 'plan.yaml', REPORTS_DIR: 'reports' });
        const hook = readFileSync(join(made, '.githooks/pre-commit'), 'utf8');
        expect(hook).toContain('PLAN="${COMPILE_REPORT_PLAN:-plan.yaml}"\n');
        expect(hook).toContain('REPORTS_DIR="${COMPILE_REPORT_REPORTS:-reports}"\n');
        expect(statSync(join(made, '.githooks/pre-commit')).mode & 0o111).not.toBe(0);
        expect(readFileSync(join(made, '.gitignore'), 'utf8')).toMatch(/^\*\.docx\n\*\.pdf\n\*\.hoat-dong\.csv\n/m);
        const readme = readFileSync(join(made, 'reports/README.md'), 'utf8');
        expect(readme).toContain('báo cáo kết quả thực hiện kế hoạch số 400/KH-BCĐNQ-CQTT');
        expect(readme).toContain('| `so-y-te` | Sở Y tế |');
        expect(readme).toMatch(/\| `ubnd-xa-phuong` \| .* thêm `--unit "<tên>"`/);
        expect(JSON.parse(readFileSync(join(made, 'package.json'), 'utf8'))).toMatchObject({ name: 'bao-cao-nhan-quyen', private: true, devDependencies: { 'compile-report': expect.stringMatching(/^\^\d+\.\d+\.\d+/) } });
      },
    },
    { name: 'a second folder, to work in', before: () => mkdirSync(two, { recursive: true }), cwd: two, argv: ['new', 'bc'], code: 0 },
    {
      name: 'init inside it needs no --plan',
      cwd: bc,
      argv: ['init', '--agency', 'so-y-te'],
      code: 0,
      stderrIs: '',
      stdout: ['✔ Đã tạo reports/so-y-te.yaml (báo cáo của Sở Y tế).'],
      after: modeline('so-y-te.yaml'),
    },
    {
      name: 'init for a commune, from the reports folder',
      cwd: join(bc, 'reports'),
      argv: ['init', '-a', 'ubnd-xa-phuong', '--unit', 'Xã Lộc Bình'],
      code: 0,
      stdout: ['✔ Đã tạo ubnd-xa-phuong-xa-loc-binh.yaml'],
      after: modeline('ubnd-xa-phuong-xa-loc-binh.yaml'),
    },
    {
      name: 'validate inside it, the templates filled in: no --plan, and no CR413',
      before: () => {
        for (const file of ['so-y-te.yaml', 'ubnd-xa-phuong-xa-loc-binh.yaml']) {
          const path = join(bc, 'reports', file);
          writeFileSync(path, fillTemplate(readFileSync(path, 'utf8'), { activities: true }));
        }
      },
      cwd: bc,
      argv: ['validate'],
      code: 0,
      stdout: ['✔ 2 tệp hợp lệ, không có lỗi'],
      notStdout: ['CR413'],
    },
    {
      name: 'status inside it',
      cwd: bc,
      argv: ['status', '--as-of', '20/12/2025'],
      code: 0,
      stdout: [/^ 9 +Sở Y tế +✔ đã báo cáo +26\/12\/2025 +reports\/so-y-te\.yaml$/m],
    },
    {
      name: 'build inside it',
      cwd: bc,
      argv: ['build', '--date', '05/01/2026'],
      env: { PATH: '' },
      code: 0,
      stderrIs: '',
      stdout: ['✔ Đã tạo bao-cao.docx: 2/76 báo cáo'],
      after: () => expect(existsSync(join(bc, 'bao-cao.docx'))).toBe(true),
    },
    {
      name: 'a second init for the same agency never overwrites the filled report',
      cwd: bc,
      argv: ['init', '--agency', 'so-y-te'],
      code: 2,
      stderr: ['Tệp reports/so-y-te.yaml đã có; init không ghi đè.'],
    },
    {
      name: 'a plan given with --plan is copied, and its own schema derived',
      before: () => {
        mkdirSync(three, { recursive: true });
        writeFileSync(join(three, 'ke-hoach.yaml'), planText);
      },
      cwd: three,
      argv: ['new', 'Báo cáo 2026', '--plan', 'ke-hoach.yaml', '--lang', 'en'],
      code: 0,
      stdout: ['✔ Wrote the reporting folder Báo cáo 2026 for plan 400/KH-BCĐNQ-CQTT:'],
      after: () => {
        expect(readFileSync(join(own, 'plan.yaml'), 'utf8')).toBe(planText);
        expect(JSON.parse(readFileSync(join(own, 'report.schema.json'), 'utf8')).$id).toContain('report.ke-hoach-thu.schema.json');
        expect(JSON.parse(readFileSync(join(own, 'package.json'), 'utf8')).name).toBe('bao-cao-2026');
      },
    },
    refusal(join(dir, 'case-4'), 'a folder that is not empty', (d) => { mkdirSync(d); writeFileSync(join(d, 'ghi-chu.txt'), 'x'); }, 'Thư mục bc đã có nội dung (ghi-chu.txt); new chỉ tạo trong thư mục mới hoặc rỗng và không ghi đè gì.'),
    refusal(join(dir, 'case-5'), 'a file', (d) => writeFileSync(d, 'x'), 'bc là một tệp, không phải thư mục'),
    {
      name: 'an invalid plan: exit 2 with its diagnostics, no folder made',
      before: () => mkdirSync(broken, { recursive: true }),
      cwd: broken,
      argv: ['new', 'bc', '--plan', join(ROOT, 'test/cli/fixtures/broken-plan/plan.yaml')],
      code: 2,
      stderr: ['lỗi CR601'],
      after: () => expect(existsSync(join(broken, 'bc'))).toBe(false),
    },
  ];
}
