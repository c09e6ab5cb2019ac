/**
 * The package as users get it: `npm pack`, installed with `npm install -g` into a throw-away prefix (from npm's
 * cache, which `npm ci` filled), then used from an unrelated empty folder the way the README says.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillTemplate } from '../app/helpers.js';
import { ROOT } from '../cli/run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'cr-install-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const prefix = join(tmp, 'prefix');
const windows = process.platform === 'win32';
const binDir = windows ? prefix : join(prefix, 'bin');
const installed = windows ? join(prefix, 'node_modules/compile-report') : join(prefix, 'lib/node_modules/compile-report');

/** The machine's environment without what `npm test` itself sets (npm_config_*, npm_lifecycle_*…), the prefix's bin first. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) && k !== 'INIT_CWD'));
  return { ...env, PATH: [binDir, process.env.PATH].join(delimiter), NO_COLOR: '1' };
}

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env: cleanEnv(), encoding: 'utf8', timeout: 240_000, shell: windows });
}

/** Every file under a folder, as relative paths with "/". */
function files(dir: string, prefixPath = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), `${prefixPath}${e.name}/`) : [`${prefixPath}${e.name}`],
  );
}

let tarball: string;
beforeAll(() => {
  // dist/ is already built (npm test builds first); packing must not rebuild it under the other tests' feet.
  const pack = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], ROOT);
  expect(pack.status, pack.stderr).toBe(0);
  tarball = join(tmp, (JSON.parse(pack.stdout) as { filename: string }[])[0]!.filename);
  const install = run('npm', ['install', '-g', '--prefix', prefix, tarball, '--prefer-offline', '--no-audit', '--no-fund'], tmp);
  expect(install.status, install.stderr).toBe(0);
}, 300_000);

describe('the installed package', () => {
  it('holds the runtime (the bundle), LICENSE and the example, and no bench, build-script, test or unbundled files', () => {
    const own = files(installed).filter((f) => !f.startsWith('node_modules/'));
    expect(own.filter((f) => /(^|\/)(bench|scripts|test|tests|__tests__)\//.test(f) || /\.test\.[cm]?js$/.test(f))).toEqual([]);
    expect(own.filter((f) => f.startsWith('src/') || f.startsWith('dist/src/') || f.endsWith('.ts') || f.endsWith('meta.json'))).toEqual([]);
    expect(own).toEqual(
      expect.arrayContaining([
        'LICENSE',
        'README.md',
        'bin/compile-report.js',
        'dist/cli/main.js',
        'dist/cli/worker.js',
        'dist/form/form.js',
        'docs/ci/github-actions.yml',
        'docs/ci/pre-commit',
        'examples/lang-son-2025/plan.yaml',
        'examples/lang-son-2025/compile-report.config.yaml',
        'examples/lang-son-2025/reports/09-so-y-te.yaml',
        'schemas/report.schema.json',
        'templates/mo-dau.hbs',
      ]),
    );
    expect(readFileSync(join(installed, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
    expect(JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).license).toBe('MIT');
  });

  it('from an empty folder: new, then init, validate and build --pdf inside it, all exit 0', () => {
    const work = join(tmp, 'may-cua-van-thu');
    mkdirSync(work);
    const cr = (cwd: string, ...args: string[]): SpawnSyncReturns<string> => run('compile-report', args, cwd);

    const made = cr(work, 'new', 'bao-cao-nhan-quyen');
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    const dir = join(work, 'bao-cao-nhan-quyen');

    const init = cr(dir, 'init', '--agency', 'so-y-te');
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    expect(init.stdout).toContain('✔ Đã tạo reports/so-y-te.yaml');
    const report = join(dir, 'reports/so-y-te.yaml');
    // The clerk fills in the blanks.
    writeFileSync(report, fillTemplate(readFileSync(report, 'utf8'), { activities: true }));

    const validate = cr(dir, 'validate');
    expect(validate.stdout).toBe('✔ 1 tệp hợp lệ, không có lỗi\n');
    expect(validate.status).toBe(0);

    const build = cr(dir, 'build', '--pdf', '--date', '05/01/2026');
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
    expect(build.stdout).toMatch(/^✔ Đã tạo bao-cao\.docx: 1\/76 báo cáo, 1 hoạt động, 120 lượt người, kinh phí 4\.500\.000 đồng\.\n✔ Đã tạo bản PDF bao-cao\.pdf\.\n$/);
    expect(readFileSync(join(dir, 'bao-cao.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(readdirSync(dir).filter((f) => /^bao-cao\./.test(f)).sort()).toEqual(['bao-cao.docx', 'bao-cao.hoat-dong.csv', 'bao-cao.pdf']);

    // The offline form, bundled at build time, comes with the package too.
    const form = cr(dir, 'form', '--agency', 'so-y-te', '--out', 'so-y-te.html');
    expect(form.status).toBe(0);
    expect(readFileSync(join(dir, 'so-y-te.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
  }, 300_000);

  it('the bundled example works from the installed copy, and --version is the package version', () => {
    const example = join(installed, 'examples/lang-son-2025');
    const r = run('compile-report', ['validate', '--plan', join(example, 'plan.yaml'), join(example, 'reports')], tmp);
    expect(r.stdout).toContain('✔ 17 tệp hợp lệ, không có lỗi');
    expect(r.status).toBe(0);
    const v = run('compile-report', ['--version'], tmp);
    expect(v.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  }, 120_000);
});
