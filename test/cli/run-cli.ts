import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import type { CliCase } from './cases/cli-case.js';

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

export type Via = 'in-process' | 'binary';
type Run = (argv: string[], options?: RunOptions) => Promise<CliRun>;

/** The two ways to run a command line: in-process (fast, debuggable) and as the built binary users run. */
export const RUN: Record<Via, Run> = { 'in-process': runInProcess, binary: async (argv, options) => runBinary(argv, options) };

/** For the tests that are not table rows: each runs both ways. */
export const RUNNERS: { name: Via; run: Run }[] = (['in-process', 'binary'] as const).map((name) => ({ name, run: RUN[name] }));

/** What the process around `main` could treat differently: the command, the variables set, the clock, the exit code. */
function kindOf(c: CliCase): string {
  const command = c.argv.find((a) => !a.startsWith('-')) ?? '';
  return JSON.stringify([command, Object.keys(c.env ?? {}).sort(), c.now !== undefined, c.code]);
}

/**
 * A table's rows, each with the way it runs; every row runs once, in order (a row may work on what the rows before
 * it wrote). In-process runs the same `main` with the same argv, variables and clock; the binary adds only the
 * process around it (bin/, real streams, the exit code, SOURCE_DATE_EPOCH), the same for every row of a kind. So
 * the first row of each kind runs as the binary and the others in-process. Running every row both ways spent half
 * of the suite's time on 324 node processes that the in-process runs already answered.
 */
export function eachWay<T extends CliCase>(table: readonly T[]): (T & { via: Via })[] {
  const seen = new Set<string>();
  return table.map((c) => {
    const kind = kindOf(c);
    const via: Via = seen.has(kind) ? 'in-process' : 'binary';
    seen.add(kind);
    return { ...c, via };
  });
}
