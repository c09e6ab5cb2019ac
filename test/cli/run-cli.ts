import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/compile-report.js', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  /** The moment of the run: the io's clock in-process, SOURCE_DATE_EPOCH for the binary (see src/app/clock.ts). */
  now?: Date;
}

/** A plain environment: no colour, no CI hints leaking in from the machine running the tests. */
function baseEnv(extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return { PATH: process.env.PATH, HOME: process.env.HOME, ...extra };
}

export async function runInProcess(argv: string[], options: RunOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd: options.cwd ?? ROOT,
    env: baseEnv(options.env),
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    now: () => options.now ?? new Date(),
  });
  return { code, stdout, stderr };
}

export function runBinary(argv: string[], options: RunOptions = {}): CliRun {
  const clock = options.now ? { SOURCE_DATE_EPOCH: String(options.now.getTime() / 1000) } : {};
  const env = Object.fromEntries(Object.entries(baseEnv({ ...clock, ...options.env })).filter(([, v]) => v !== undefined)) as NodeJS.ProcessEnv;
  const r = spawnSync(process.execPath, [BIN, ...argv], { cwd: options.cwd ?? ROOT, env, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Each end-to-end case runs both ways: in-process (fast, debuggable) and as the built binary users run. */
export const RUNNERS: { name: string; run: (argv: string[], options?: RunOptions) => Promise<CliRun> }[] = [
  { name: 'in-process', run: runInProcess },
  { name: 'binary', run: async (argv, options) => runBinary(argv, options) },
];
