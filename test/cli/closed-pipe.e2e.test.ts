import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from './run-cli.js';

/** Runs the binary with the read end of its stdout closed before it writes, as a `| head` that has had enough. */
function runIntoClosedPipe(argv: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...argv], { cwd: ROOT, env: { PATH: process.env.PATH } });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('output into a pipe the reader closed early (`| head`)', () => {
  const plan = 'examples/lang-son-2025/plan.yaml';
  const cases: { name: string; argv: string[]; code: number }[] = [
    { name: 'validate --help', argv: ['validate', '--help'], code: 0 },
    { name: 'schema', argv: ['schema', '--plan', plan], code: 0 },
    { name: 'validate --format json', argv: ['validate', '--plan', plan, '--format', 'json', 'examples/lang-son-2025/reports'], code: 0 },
    // The exit code still tells a script what was found, though nobody read the findings.
    { name: 'validate of an invalid report', argv: ['validate', '--plan', plan, 'examples/lang-son-2025/invalid'], code: 1 },
  ];
  it.each(cases)('$name ends quietly with exit $code, without a stack trace', async ({ argv, code }) => {
    const r = await runIntoClosedPipe(argv);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(code);
  });
});
