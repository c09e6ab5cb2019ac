import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { fillTemplate } from '../app/helpers.js';
import { ROOT, RUNNERS } from './run-cli.js';
import { GIT_ENV } from '../harness/git-env.js';

const tmp = mkdtempSync(join(tmpdir(), 'cr-new-e2e-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;

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

function tree(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? tree(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

for (const runner of RUNNERS) {
  describe(`new (${runner.name})`, () => {
    it('writes a ready reporting folder for the bundled example plan', async () => {
      const cwd = join(tmp, `case-${++n}`);
      mkdirSync(cwd);
      const r = await runner.run(['new', 'bao-cao-nhan-quyen'], { cwd });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('✔ Đã tạo thư mục báo cáo bao-cao-nhan-quyen cho kế hoạch 400/KH-BCĐNQ-CQTT:\n  plan.yaml\n');
      expect(r.stdout).toContain('  cd bao-cao-nhan-quyen\n');
      const dir = join(cwd, 'bao-cao-nhan-quyen');
      expect(tree(dir)).toEqual(FILES);
      expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe(readFileSync(join(ROOT, 'examples/lang-son-2025/plan.yaml'), 'utf8'));
      // The example plan's schema is the checked-in one.
      expect(readFileSync(join(dir, 'report.schema.json'), 'utf8')).toBe(readFileSync(join(ROOT, 'schemas/report.schema.json'), 'utf8'));
      expect(parse(readFileSync(join(dir, 'compile-report.config.yaml'), 'utf8'))).toEqual({ plan: 'plan.yaml', reports: ['reports'], out: 'bao-cao.docx' });
      const workflow = parse(readFileSync(join(dir, '.github/workflows/kiem-tra-bao-cao.yml'), 'utf8')) as { env: Record<string, string> };
      expect(workflow.env).toEqual({ PLAN: 'plan.yaml', REPORTS_DIR: 'reports' });
      const hook = readFileSync(join(dir, '.githooks/pre-commit'), 'utf8');
      expect(hook).toContain('PLAN="${COMPILE_REPORT_PLAN:-plan.yaml}"\n');
      expect(hook).toContain('REPORTS_DIR="${COMPILE_REPORT_REPORTS:-reports}"\n');
      expect(statSync(join(dir, '.githooks/pre-commit')).mode & 0o111).not.toBe(0);
      expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toMatch(/^\*\.docx\n\*\.pdf\n\*\.hoat-dong\.csv\n/m);
      const readme = readFileSync(join(dir, 'reports/README.md'), 'utf8');
      expect(readme).toContain('báo cáo kết quả thực hiện kế hoạch số 400/KH-BCĐNQ-CQTT');
      expect(readme).toContain('| `so-y-te` | Sở Y tế |');
      expect(readme).toMatch(/\| `ubnd-xa-phuong` \| .* thêm `--unit "<tên>"`/);
      expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))).toMatchObject({ name: 'bao-cao-nhan-quyen', private: true, devDependencies: { 'compile-report': expect.stringMatching(/^\^\d+\.\d+\.\d+/) } });
    });

    it('then init, validate, status and build work inside it with no --plan, and no CR413', async () => {
      const cwd = join(tmp, `case-${++n}`);
      mkdirSync(cwd);
      expect((await runner.run(['new', 'bc'], { cwd })).code).toBe(0);
      const dir = join(cwd, 'bc');
      const init = await runner.run(['init', '--agency', 'so-y-te'], { cwd: dir });
      expect(init.stderr).toBe('');
      expect(init.code).toBe(0);
      expect(init.stdout).toContain('✔ Đã tạo reports/so-y-te.yaml (báo cáo của Sở Y tế).');
      const unit = await runner.run(['init', '-a', 'ubnd-xa-phuong', '--unit', 'Xã Lộc Bình'], { cwd: join(dir, 'reports') });
      expect(unit.code).toBe(0);
      expect(unit.stdout).toContain('✔ Đã tạo ubnd-xa-phuong-xa-loc-binh.yaml');
      for (const file of ['so-y-te.yaml', 'ubnd-xa-phuong-xa-loc-binh.yaml']) {
        const path = join(dir, 'reports', file);
        const text = readFileSync(path, 'utf8');
        expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../report.schema.json');
        writeFileSync(path, fillTemplate(text, { activities: true }));
      }
      const validate = await runner.run(['validate'], { cwd: dir });
      expect(validate.stdout).not.toContain('CR413');
      expect(validate.stdout).toContain('✔ 2 tệp hợp lệ, không có lỗi');
      expect(validate.code).toBe(0);
      const status = await runner.run(['status', '--as-of', '20/12/2025'], { cwd: dir });
      expect(status.code).toBe(0);
      expect(status.stdout).toMatch(/^ 9 +Sở Y tế +✔ đã báo cáo +26\/12\/2025 +reports\/so-y-te\.yaml$/m);
      const build = await runner.run(['build', '--date', '05/01/2026'], { cwd: dir, env: { PATH: '' } });
      expect(build.stderr).toBe('');
      expect(build.code).toBe(0);
      expect(build.stdout).toContain('✔ Đã tạo bao-cao.docx: 2/76 báo cáo');
      expect(existsSync(join(dir, 'bao-cao.docx'))).toBe(true);
      // A second init for the same agency never overwrites the filled report.
      const again = await runner.run(['init', '--agency', 'so-y-te'], { cwd: dir });
      expect(again.code).toBe(2);
      expect(again.stderr).toContain('Tệp reports/so-y-te.yaml đã có; init không ghi đè.');
    });

    it('a plan given with --plan is copied, and its own schema derived', async () => {
      const cwd = join(tmp, `case-${++n}`);
      mkdirSync(cwd);
      const planText = readFileSync(join(ROOT, 'examples/lang-son-2025/plan.yaml'), 'utf8').replace(/^id: .*$/m, 'id: ke-hoach-thu');
      writeFileSync(join(cwd, 'ke-hoach.yaml'), planText);
      const r = await runner.run(['new', 'Báo cáo 2026', '--plan', 'ke-hoach.yaml', '--lang', 'en'], { cwd });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('✔ Wrote the reporting folder Báo cáo 2026 for plan 400/KH-BCĐNQ-CQTT:');
      const dir = join(cwd, 'Báo cáo 2026');
      expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe(planText);
      expect(JSON.parse(readFileSync(join(dir, 'report.schema.json'), 'utf8')).$id).toContain('report.ke-hoach-thu.schema.json');
      expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name).toBe('bao-cao-2026');
    });

    it.each([
      ['a folder that is not empty', (d: string) => { mkdirSync(d); writeFileSync(join(d, 'ghi-chu.txt'), 'x'); }, 'Thư mục bc đã có nội dung (ghi-chu.txt); new chỉ tạo trong thư mục mới hoặc rỗng và không ghi đè gì.'],
      ['a file', (d: string) => writeFileSync(d, 'x'), 'bc là một tệp, không phải thư mục'],
    ])('refuses %s: exit 2, nothing written', async (_name, make, message) => {
      const cwd = join(tmp, `case-${++n}`);
      mkdirSync(cwd);
      make(join(cwd, 'bc'));
      const before = tree(cwd);
      const r = await runner.run(['new', 'bc'], { cwd });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(message);
      expect(tree(cwd)).toEqual(before);
    });

    it('an invalid plan: exit 2 with its diagnostics, no folder made', async () => {
      const cwd = join(tmp, `case-${++n}`);
      mkdirSync(cwd);
      const r = await runner.run(['new', 'bc', '--plan', join(ROOT, 'test/cli/fixtures/broken-plan/plan.yaml')], { cwd });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('lỗi CR601');
      expect(existsSync(join(cwd, 'bc'))).toBe(false);
    });
  });
}

describe('the pre-commit hook new writes', () => {
  it('is valid bash, and with compile-report installed globally (on PATH, no node_modules) blocks a broken report', () => {
    const cwd = join(tmp, `case-${++n}`);
    const shims = join(cwd, 'global-bin');
    mkdirSync(shims, { recursive: true });
    writeFileSync(join(shims, 'compile-report'), `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'bin/compile-report.js')}" "$@"\n`);
    chmodSync(join(shims, 'compile-report'), 0o755);
    const env = { ...GIT_ENV, PATH: `${shims}:${process.env.PATH}` } as NodeJS.ProcessEnv;
    const sh = (dir: string, cmd: string, ...args: string[]) => spawnSync(cmd, args, { cwd: dir, env, encoding: 'utf8' });
    expect(sh(cwd, 'compile-report', 'new', 'bc').status).toBe(0);
    const dir = join(cwd, 'bc');
    expect(spawnSync('bash', ['-n', join(dir, '.githooks/pre-commit')]).status).toBe(0);
    expect(sh(dir, 'git', 'init', '-q', '-b', 'main').status).toBe(0);
    expect(sh(dir, 'git', 'config', 'core.hooksPath', '.githooks').status).toBe(0);
    expect(sh(dir, 'compile-report', 'init', '-a', 'so-y-te').status).toBe(0);

    // The blank template fails validation: the commit is refused, with the diagnostics (git shows a hook's output on stderr).
    sh(dir, 'git', 'add', '-A');
    const blocked = sh(dir, 'git', 'commit', '-q', '-m', 'Báo cáo chưa điền');
    expect(blocked.status).not.toBe(0);
    expect(blocked.stderr).toMatch(/^reports\/so-y-te\.yaml:\d+:\d+ - lỗi CR3\d\d/m);
    expect(blocked.stderr).toContain('✖ Commit bị chặn');

    const report = join(dir, 'reports/so-y-te.yaml');
    writeFileSync(report, fillTemplate(readFileSync(report, 'utf8')));
    sh(dir, 'git', 'add', '-A');
    const ok = sh(dir, 'git', 'commit', '-q', '-m', 'Báo cáo Sở Y tế');
    expect(ok.status).toBe(0);
    // The plan is in this first commit too, so the hook checks every report against it and says why.
    expect(ok.stderr).toBe('Kế hoạch plan.yaml đã thay đổi: kiểm tra lại mọi báo cáo. / The plan changed: every report is checked again.\n✔ 1 tệp hợp lệ, không có lỗi\n');
    expect(sh(dir, 'git', 'log', '--format=%s').stdout).toBe('Báo cáo Sở Y tế\n');
  });
});
