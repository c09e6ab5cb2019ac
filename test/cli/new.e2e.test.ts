import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fillTemplate } from '../app/helpers.js';
import { ROOT, eachWay } from './run-cli.js';
import { checkRow } from './cases/cli-case.js';
import { newTable } from './cases/new.js';
import { GIT_ENV } from '../harness/git-env.js';

const tmp = mkdtempSync(join(tmpdir(), 'cr-new-e2e-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;

describe('new', () => {
  it.each(eachWay(newTable(tmp)))('$name ($via)', checkRow);
});

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
    expect(ok.stderr).toBe('Kế hoạch plan.yaml đã thay đổi: kiểm tra lại mọi báo cáo.\n✔ 1 tệp hợp lệ, không có lỗi\n');
    expect(sh(dir, 'git', 'log', '--format=%s').stdout).toBe('Báo cáo Sở Y tế\n');
  });
});
