import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { VERSION } from '../../src/core/package-root.js';
import { BIN, ROOT } from './run-cli.js';

const PLAN = 'examples/lang-son-2025/plan.yaml';
const ARGV = ['status', '--plan', PLAN, 'examples/lang-son-2025/reports'];

/** The CLI in-process with a clock that breaks: a bug in a dependency, not a problem in the inputs. */
async function runWithBrokenClock(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd: ROOT,
    env: { PATH: process.env.PATH },
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    now: () => {
      throw new TypeError('đồng hồ hỏng');
    },
  });
  return { code, stdout, stderr };
}

describe('an internal error (in-process, a throwing dependency)', () => {
  it('is one Vietnamese line, what to report, exit 2, and no stack', async () => {
    const r = await runWithBrokenClock(ARGV);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'compile-report: Lỗi nội bộ: đây là lỗi của công cụ, không phải lỗi trong tệp của bạn.\n' +
        `Xin báo lỗi này cho người duy trì compile-report, kèm: phiên bản ${VERSION}, lệnh đã chạy (compile-report ${ARGV.join(' ')}), Node ${process.version}, và kết quả khi chạy lại với --debug.\n`,
    );
  });

  it('is English with --lang en', async () => {
    const r = await runWithBrokenClock([...ARGV, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^compile-report: Internal error: this is a bug in the tool, not a problem in your files\.\nPlease report it to the compile-report maintainers with: version /);
    expect(r.stderr).not.toContain('đồng hồ hỏng');
  });

  it('prints the stack with --debug, before or after the command', async () => {
    for (const argv of [['--debug', ...ARGV], [...ARGV, '--debug']]) {
      const r = await runWithBrokenClock(argv);
      expect(r.code).toBe(2);
      const lines = r.stderr.split('\n');
      expect(lines[0]).toBe('compile-report: Lỗi nội bộ: đây là lỗi của công cụ, không phải lỗi trong tệp của bạn.');
      expect(lines[1]).toBe('TypeError: đồng hồ hỏng');
      expect(lines[2]).toMatch(/^ {4}at /);
      expect(r.stderr).toContain('và kết quả khi chạy lại với --debug (ở trên).');
    }
  });
});

describe('an internal error (the built binary)', () => {
  // A module preloaded into the binary makes writing to stdout throw: the CLI catches it like any bug of its own.
  const breakStdout = `data:text/javascript,${encodeURIComponent('process.stdout.write = () => { throw new RangeError("stdout hỏng"); };')}`;
  const run = (extra: string[]) =>
    spawnSync(process.execPath, ['--import', breakStdout, BIN, 'validate', '--plan', PLAN, 'examples/lang-son-2025/reports', ...extra], {
      cwd: ROOT,
      env: { PATH: process.env.PATH },
      encoding: 'utf8',
    });

  it('exit 2 with the short line and no stack; the stack with --debug', () => {
    const plain = run([]);
    expect(plain.status).toBe(2);
    expect(plain.stderr.split('\n')[0]).toBe('compile-report: Lỗi nội bộ: đây là lỗi của công cụ, không phải lỗi trong tệp của bạn.');
    expect(plain.stderr).not.toMatch(/^ {4}at /m);
    const debug = run(['--debug']);
    expect(debug.status).toBe(2);
    expect(debug.stderr).toContain('RangeError: stdout hỏng\n    at ');
  });
});
