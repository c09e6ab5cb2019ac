/**
 * The CI recipes of docs/ci/ really work: the GitHub Actions step (taken from the workflow file itself) and the
 * pre-commit hook run against throw-away git repositories holding a copy of the example, with compile-report
 * installed the way `npm ci` would install it (node_modules/.bin/compile-report).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../cli/run-cli.js';
import { GIT_ENV } from '../harness/git-env.js';

const WORKFLOW = join(ROOT, 'docs/ci/github-actions.yml');
const HOOK = join(ROOT, 'docs/ci/pre-commit');
const tmp = mkdtempSync(join(tmpdir(), 'cr-ci-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function sh(cwd: string, command: string, args: string[], env: Record<string, string | undefined> = {}): SpawnSyncReturns<string> {
  const merged = Object.fromEntries(Object.entries({ ...GIT_ENV, ...env }).filter(([, v]) => v !== undefined)) as NodeJS.ProcessEnv;
  return spawnSync(command, args, { cwd, env: merged, encoding: 'utf8', timeout: 120_000 });
}

function git(repo: string, ...args: string[]): string {
  const r = sh(repo, 'git', args);
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

const REPORT = 'examples/lang-son-2025/reports/09-so-y-te.yaml';
let repos = 0;

/** A repository with the example (plan, reports, the checked-in schema) committed on main, and compile-report "installed". */
function makeRepo(): string {
  const repo = join(tmp, `repo-${++repos}`);
  mkdirSync(join(repo, 'examples/lang-son-2025'), { recursive: true });
  mkdirSync(join(repo, 'schemas'));
  cpSync(join(ROOT, 'examples/lang-son-2025/plan.yaml'), join(repo, 'examples/lang-son-2025/plan.yaml'));
  cpSync(join(ROOT, 'examples/lang-son-2025/reports'), join(repo, 'examples/lang-son-2025/reports'), { recursive: true });
  copyFileSync(join(ROOT, 'schemas/report.schema.json'), join(repo, 'schemas/report.schema.json'));
  writeFileSync(join(repo, 'package.json'), '{ "name": "bao-cao-nhan-quyen", "private": true, "devDependencies": { "compile-report": "*" } }\n');
  writeFileSync(join(repo, '.gitignore'), 'node_modules/\n');
  mkdirSync(join(repo, 'node_modules/.bin'), { recursive: true });
  symlinkSync(BIN, join(repo, 'node_modules/.bin/compile-report'));
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'Báo cáo ban đầu');
  return repo;
}

function edit(repo: string, path: string, change: (text: string) => string): void {
  const full = join(repo, path);
  writeFileSync(full, change(readFileSync(full, 'utf8')));
}

const PLAN = 'examples/lang-son-2025/plan.yaml';
/** A second report of Sở Y tế, named to sort before its first one. */
const SECOND = 'examples/lang-son-2025/reports/00-so-y-te-ban-moi.yaml';
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The plan renumbered: every report now names another plan (CR412). */
const renumberPlan = (text: string): string => text.replace('  number: 400/KH-BCĐNQ-CQTT\n', '  number: 401/KH-BCĐNQ-CQTT\n');

const breakIt = (text: string): string => text.replace('    status: done', '    status: xong');
const touchIt = (text: string): string => text.replace('Sở Y tế đã lồng ghép', 'Sở Y tế đã chủ động lồng ghép');

describe('docs/ci/github-actions.yml', () => {
  const workflow = parse(readFileSync(WORKFLOW, 'utf8')) as {
    on: Record<string, unknown>;
    env: Record<string, string>;
    jobs: Record<string, { steps: { id?: string; run?: string; shell?: string; env?: Record<string, string>; uses?: string }[] }>;
  };
  const steps = workflow.jobs.validate!.steps;
  const step = steps.find((s) => s.id === 'validate')!;

  it('checks out the history, installs, then validates with compile-report', () => {
    expect(workflow.on).toHaveProperty('pull_request');
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout'))).toMatchObject({ with: { 'fetch-depth': 0 } });
    expect(steps.some((s) => s.run === 'npm ci')).toBe(true);
    expect(step.shell).toBe('bash');
    expect(step.run).toMatch(/npx --no compile-report validate --plan "\$\{PLAN\}"/);
    expect(step.env?.BASE_SHA).toContain('github.event.pull_request.base.sha');
    // No ${{ }} inside the script itself: values come through the environment (no script injection).
    expect(step.run).not.toContain('${{');
  });

  /** Runs the workflow's own step script in a repository, as the runner would. */
  function runStep(repo: string, base: string): SpawnSyncReturns<string> {
    return sh(repo, 'bash', ['-c', step.run!], { ...workflow.env, BASE_SHA: base, GITHUB_ACTIONS: 'true', CI: 'true' });
  }

  function branch(change: (repo: string) => void): { repo: string; base: string } {
    const repo = makeRepo();
    const base = git(repo, 'rev-parse', 'HEAD');
    git(repo, 'checkout', '-q', '-b', 'bao-cao-moi');
    change(repo);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'Cập nhật báo cáo');
    return { repo, base };
  }

  it('a valid changed report: exit 0, only that file checked', () => {
    const { repo, base } = branch((r) => edit(r, REPORT, touchIt));
    const r = runStep(repo, base);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Kiểm tra: ${REPORT}\n`);
    expect(r.stdout).toContain('✔ 1 tệp hợp lệ, không có lỗi');
  });

  it('a broken changed report: exit 1 with a GitHub annotation on the line', () => {
    const { repo, base } = branch((r) => edit(r, REPORT, breakIt));
    const r = runStep(repo, base);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^::error file=${REPORT.replace(/\./g, '\\.')},line=13,col=13,.*title=CR304 invalid-value::Giá trị "xong"`, 'm'));
    expect(r.stdout).toContain('✖ 1 lỗi trong 1 tệp (đã kiểm tra 1 tệp)');
  });

  it('new files with Vietnamese names and spaces are found; deleted ones are not checked', () => {
    const { repo, base } = branch((r) => {
      copyFileSync(join(r, REPORT), join(r, 'examples/lang-son-2025/reports/báo cáo mới.yaml'));
      rmSync(join(r, 'examples/lang-son-2025/reports/10-so-tai-chinh.yaml'));
      edit(r, 'examples/lang-son-2025/reports/báo cáo mới.yaml', breakIt);
    });
    const r = runStep(repo, base);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Kiểm tra: examples/lang-son-2025/reports/báo cáo mới.yaml\n');
    expect(r.stdout).not.toContain('10-so-tai-chinh');
    expect(r.stdout).toContain('::error file=examples/lang-son-2025/reports/báo cáo mới.yaml,line=13');
  });

  it('a new report for a unit that already has one: CR501 on the new file, though only it changed', () => {
    // "00-…" sorts before the unit's first report: the diagnostic still lands on the file the change added.
    const { repo, base } = branch((r) => copyFileSync(join(r, REPORT), join(r, SECOND)));
    const r = runStep(repo, base);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`Kiểm tra: ${SECOND}\n`);
    expect(r.stdout).toMatch(new RegExp(`^::error file=${escape(SECOND)},line=4,col=9,.*title=CR501 duplicate-unit::Sở Y tế đã có báo cáo trong tệp ${escape(REPORT)}\\.$`, 'm'));
    expect(r.stdout).toContain('✖ 1 lỗi trong 1 tệp (đã kiểm tra 1 tệp)');
    expect(r.stdout).not.toContain(`file=${REPORT}`);
  });

  it('a changed plan: every report is checked again, not only the changed files', () => {
    const { repo, base } = branch((r) => edit(r, PLAN, renumberPlan));
    const r = runStep(repo, base);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`Kế hoạch ${PLAN} đã thay đổi: kiểm tra lại mọi báo cáo.\n`);
    expect(r.stdout).toMatch(new RegExp(`^::error file=${escape(REPORT)},line=3,col=7,.*title=CR412 plan-mismatch::`, 'm'));
    expect(r.stdout).toContain('✖ 17 lỗi trong 17 tệp (đã kiểm tra 17 tệp)');
  });

  it('a harmless change to the plan: all 17 reports checked, exit 0', () => {
    const { repo, base } = branch((r) => edit(r, PLAN, (t) => `${t}# Ghi chú thêm.\n`));
    const r = runStep(repo, base);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('✔ 17 tệp hợp lệ, không có lỗi');
  });

  it('no report changed: exit 0 without running compile-report', () => {
    const { repo, base } = branch((r) => writeFileSync(join(r, 'README.md'), 'Ghi chú\n'));
    const r = runStep(repo, base);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('Không có báo cáo nào thay đổi.\n');
  });

  it('with lang: en in the configuration, the step speaks English only, as compile-report does', () => {
    const { repo, base } = branch((r) => {
      writeFileSync(join(r, 'compile-report.config.yaml'), 'lang: en\n');
      edit(r, REPORT, breakIt);
    });
    const r = runStep(repo, base);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`Validating: ${REPORT}\n`);
    expect(r.stdout).toContain('✖ 1 error in 1 file (1 file checked)');
    expect(r.stdout).not.toContain('Kiểm tra');
    const quoted = branch((r2) => writeFileSync(join(r2, 'compile-report.config.yaml'), "lang: 'en' # English\n"));
    expect(runStep(quoted.repo, quoted.base).stdout).toBe('No report changed.\n');
  });

  it('no base to compare with (a new branch pushed): the whole folder', () => {
    const { repo } = branch((r) => edit(r, REPORT, touchIt));
    const r = runStep(repo, '0000000000000000000000000000000000000000');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('✔ 17 tệp hợp lệ, không có lỗi');
  });
});

describe('docs/ci/pre-commit', () => {
  it('is an executable bash script', () => {
    expect(readFileSync(HOOK, 'utf8').startsWith('#!/usr/bin/env bash\n')).toBe(true);
    expect(spawnSync('bash', ['-n', HOOK]).status).toBe(0);
  });

  function hook(repo: string): SpawnSyncReturns<string> {
    return sh(repo, 'bash', [HOOK]);
  }

  it('with lang: en in the configuration, the hook speaks English only, as compile-report does', () => {
    const repo = makeRepo();
    writeFileSync(join(repo, 'compile-report.config.yaml'), 'lang: en\n');
    edit(repo, PLAN, renumberPlan);
    git(repo, 'add', '-A');
    const r = hook(repo);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(`The plan ${PLAN} changed: every report is checked again.\n`);
    expect(r.stderr).toContain('✖ Commit blocked: fix the errors above and commit again (skip: git commit --no-verify).\n');
    expect(r.stdout).toContain('error CR412');
    expect(r.stderr).not.toMatch(/đã thay đổi|bị chặn/);
  });

  it('a staged broken report: non-zero, the error shown, the commit blocked', () => {
    const repo = makeRepo();
    edit(repo, REPORT, breakIt);
    git(repo, 'add', REPORT);
    const r = hook(repo);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toContain(`${REPORT}:13:13 - lỗi CR304`);
    expect(r.stderr).toContain('✖ Commit bị chặn');

    // Installed as the real hook, git refuses the commit.
    copyFileSync(HOOK, join(repo, '.git/hooks/pre-commit'));
    chmodSync(join(repo, '.git/hooks/pre-commit'), 0o755);
    const before = git(repo, 'rev-parse', 'HEAD');
    const commit = sh(repo, 'git', ['commit', '-q', '-m', 'Báo cáo lỗi']);
    expect(commit.status).not.toBe(0);
    expect(git(repo, 'rev-parse', 'HEAD')).toBe(before);
  });

  it('a staged valid report: zero, and the commit goes through', () => {
    const repo = makeRepo();
    edit(repo, REPORT, touchIt);
    git(repo, 'add', REPORT);
    const r = hook(repo);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('✔ 1 tệp hợp lệ, không có lỗi');

    copyFileSync(HOOK, join(repo, '.git/hooks/pre-commit'));
    chmodSync(join(repo, '.git/hooks/pre-commit'), 0o755);
    const before = git(repo, 'rev-parse', 'HEAD');
    expect(sh(repo, 'git', ['commit', '-q', '-m', 'Cập nhật báo cáo Sở Y tế']).status).toBe(0);
    expect(git(repo, 'rev-parse', 'HEAD')).not.toBe(before);
  });

  it('a staged second report for a unit: blocked with CR501, the other reports read from the folder', () => {
    const repo = makeRepo();
    copyFileSync(join(repo, REPORT), join(repo, SECOND));
    git(repo, 'add', SECOND);
    const r = hook(repo);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${SECOND}:4:9 - lỗi CR501: Sở Y tế đã có báo cáo trong tệp ${REPORT}.`);
    expect(r.stdout).toContain('✖ 1 lỗi trong 1 tệp (đã kiểm tra 1 tệp)');
    expect(r.stderr).toContain('✖ Commit bị chặn');
  });

  it('a staged change to the plan: every report is checked against it', () => {
    const repo = makeRepo();
    edit(repo, PLAN, renumberPlan);
    git(repo, 'add', PLAN);
    const r = hook(repo);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`Kế hoạch ${PLAN} đã thay đổi: kiểm tra lại mọi báo cáo.`);
    expect(r.stdout).toContain(`${REPORT}:3:7 - lỗi CR412`);
    expect(r.stdout).toContain('✖ 17 lỗi trong 17 tệp (đã kiểm tra 17 tệp)');

    // The plan fixed back to a harmless change: the commit goes through.
    edit(repo, PLAN, (t) => t.replace('401/KH-BCĐNQ-CQTT', '400/KH-BCĐNQ-CQTT') + '# Ghi chú thêm.\n');
    git(repo, 'add', PLAN);
    const ok = hook(repo);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('✔ 17 tệp hợp lệ, không có lỗi');
  });

  it('a staged plan with unstaged changes too: stops, like a report', () => {
    const repo = makeRepo();
    edit(repo, PLAN, (t) => `${t}# Ghi chú thêm.\n`);
    git(repo, 'add', PLAN);
    edit(repo, PLAN, renumberPlan);
    const r = hook(repo);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('còn thay đổi chưa stage');
    expect(r.stderr).toContain(PLAN);
  });

  it('nothing staged under the reports folder: zero without running compile-report', () => {
    const repo = makeRepo();
    writeFileSync(join(repo, 'README.md'), 'Ghi chú\n');
    git(repo, 'add', 'README.md');
    const r = hook(repo);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
  });

  it('a staged file with unstaged changes too: stops, so the wrong version is never checked', () => {
    const repo = makeRepo();
    edit(repo, REPORT, breakIt);
    git(repo, 'add', REPORT);
    edit(repo, REPORT, (t) => t.replace('    status: xong', '    status: done')); // fixed on disk, not staged
    const r = hook(repo);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('còn thay đổi chưa stage');
    expect(r.stderr).toContain(REPORT);
  });
});
