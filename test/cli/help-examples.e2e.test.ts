/**
 * Every `$ compile-report …` example of every command's --help runs as printed, after an install: from a folder
 * made by `new` (or beside it, for the `cd …` and `new` lines), with `compile-report` on PATH.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillTemplate } from '../app/helpers.js';
import { BIN, ROOT } from './run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'cr-help-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const shims = join(tmp, 'bin');
const prepared = join(tmp, 'prepared');
const env = { PATH: `${shims}:${process.env.PATH}`, HOME: process.env.HOME, SOURCE_DATE_EPOCH: '1767571200' };

beforeAll(() => {
  mkdirSync(shims);
  writeFileSync(join(shims, 'compile-report'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(join(shims, 'compile-report'), 0o755);
  mkdirSync(prepared);
  copyFileSync(join(ROOT, 'examples/lang-son-2025/plan.yaml'), join(prepared, 'ke-hoach-2026.yaml'));
  const made = spawnSync('compile-report', ['new', 'bao-cao-nhan-quyen'], { cwd: prepared, env, encoding: 'utf8' });
  expect(made.status, made.stderr).toBe(0);
  const folder = join(prepared, 'bao-cao-nhan-quyen');
  expect(spawnSync('compile-report', ['init', '-a', 'so-y-te'], { cwd: folder, env }).status).toBe(0);
  const report = join(folder, 'reports/so-y-te.yaml');
  writeFileSync(report, fillTemplate(readFileSync(report, 'utf8'), { activities: true }));
}, 120_000);

function examplesOf(command: string): string[] {
  const help = spawnSync(process.execPath, [BIN, command, '--help'], { encoding: 'utf8' }).stdout;
  return [...help.matchAll(/^ {2}\$ (compile-report .*|cd .*)$/gm)].map((m) => m[1]!);
}

describe.each(['new', 'validate', 'build', 'schema', 'init', 'status', 'form'])('compile-report %s --help', (command) => {
  it('has examples, and each one works', () => {
    const lines = examplesOf(command);
    expect(lines.length).toBeGreaterThan(0);
    for (const [i, line] of lines.entries()) {
      // Each example starts from the same prepared folders, as a reader would.
      const root = join(tmp, `${command}-${i}`);
      if (command === 'new') {
        // `new` wants a folder of its own: only the plan file the example names is there.
        mkdirSync(root);
        copyFileSync(join(prepared, 'ke-hoach-2026.yaml'), join(root, 'ke-hoach-2026.yaml'));
      } else {
        cpSync(prepared, root, { recursive: true });
      }
      const beside = command === 'new' || line.startsWith('cd ');
      const r = spawnSync('bash', ['-c', line], { cwd: beside ? root : join(root, 'bao-cao-nhan-quyen'), env, encoding: 'utf8', timeout: 180_000 });
      // --fail-on-missing exits 1 while units have not reported, which is its point.
      expect({ line, code: r.status, stderr: r.stderr }).toEqual({ line, code: line.includes('--fail-on-missing') ? 1 : 0, stderr: expect.any(String) });
      expect(r.stderr).not.toMatch(/lỗi nội bộ|internal error|Không tìm thấy|không tồn tại/);
    }
  }, 300_000);
});
