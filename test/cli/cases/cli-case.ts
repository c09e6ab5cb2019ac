import { expect } from 'vitest';
import { RUN, type CliRun, type RunOptions, type Via } from '../run-cli.js';

/** What every end-to-end table row states: the command line, the exit code and what must be printed. */
export interface CliCase {
  name: string;
  argv: string[];
  /** The working folder of the run (the repository when not given). */
  cwd?: string;
  env?: Record<string, string>;
  /** The run's clock (the binary gets it as SOURCE_DATE_EPOCH). */
  now?: Date;
  /** What the files must hold before the run: a report filled in, an old output in the way. Runs before each run of the row. */
  before?: () => void;
  code: number;
  stdout?: (string | RegExp)[];
  stderr?: (string | RegExp)[];
  notStdout?: (string | RegExp)[];
  notStderr?: (string | RegExp)[];
  /** The whole of stdout, of stderr. */
  stdoutIs?: string;
  stderrIs?: string;
  /** Nothing at all on stdout. */
  stdoutEmpty?: boolean;
  /** Text the run quotes from neither its argv nor its files (another program's output), for the language check. */
  quotes?: string[];
  /** What the run must have left behind: the files written or not, the document's words and numbers. */
  after?: (run: CliRun) => void;
}

const has = (text: string, s: string | RegExp): void => (typeof s === 'string' ? expect(text).toContain(s) : expect(text).toMatch(s));
const hasNot = (text: string, s: string | RegExp): void => (typeof s === 'string' ? expect(text).not.toContain(s) : expect(text).not.toMatch(s));

/** Every assertion a row states, on its run; never a stack trace on stderr. */
export function expectCase(c: CliCase, r: CliRun): void {
  expect({ code: r.code, stderr: r.stderr }).toMatchObject({ code: c.code });
  for (const s of c.stdout ?? []) has(r.stdout, s);
  for (const s of c.stderr ?? []) has(r.stderr, s);
  for (const s of c.notStdout ?? []) hasNot(r.stdout, s);
  for (const s of c.notStderr ?? []) hasNot(r.stderr, s);
  if (c.stdoutIs !== undefined) expect(r.stdout).toBe(c.stdoutIs);
  if (c.stderrIs !== undefined) expect(r.stderr).toBe(c.stderrIs);
  if (c.stdoutEmpty) expect(r.stdout).toBe('');
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  c.after?.(r);
}

/** Runs a row as `run` runs commands (in-process or the binary), after its `before`, and checks what it states. */
export async function checkCase(run: (argv: string[], options?: RunOptions) => Promise<CliRun>, c: CliCase): Promise<void> {
  c.before?.();
  expectCase(c, await run(c.argv, { cwd: c.cwd, env: c.env, now: c.now }));
}

/** Runs a row the way `eachWay` chose for it, and checks what it states. */
export const checkRow = (c: CliCase & { via: Via }): Promise<void> => checkCase(RUN[c.via], c);
