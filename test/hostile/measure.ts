/**
 * Running the real binary with a time limit and measuring its peak memory: /usr/bin/time -f %M when
 * the machine has it, else a --require hook that writes process.resourceUsage().maxRSS at exit
 * (worker threads included: they are the same process).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT } from '../cli/run-cli.js';

const TIME = '/usr/bin/time';

export interface MeasuredRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Peak resident set in MB (NaN when it could not be measured, e.g. the process was killed). */
  rssMb: number;
  timedOut: boolean;
}

export function runMeasured(argv: string[], options: { cwd?: string; timeoutMs?: number; env?: Record<string, string> } = {}): MeasuredRun {
  const scratch = mkdtempSync(join(tmpdir(), 'cr-measure-'));
  const rssFile = join(scratch, 'rss');
  let env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, ...options.env };
  let command = process.execPath;
  let args = [BIN, ...argv];
  if (existsSync(TIME)) {
    command = TIME;
    args = ['-o', rssFile, '-f', '%M', process.execPath, BIN, ...argv];
  } else {
    const hook = join(scratch, 'hook.cjs');
    writeFileSync(hook, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`);
    env = { ...env, NODE_OPTIONS: `--require ${hook}` };
  }
  const started = performance.now();
  const r = spawnSync(command, args, { cwd: options.cwd ?? ROOT, env, encoding: 'utf8', timeout: options.timeoutMs ?? 30_000, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - started;
  let rssMb = Number.NaN;
  try {
    const lines = readFileSync(rssFile, 'utf8').trim().split('\n');
    const kb = Number(lines[lines.length - 1]);
    if (Number.isFinite(kb) && kb > 0) rssMb = kb / 1024;
  } catch {
    /* killed before it could say */
  }
  rmSync(scratch, { recursive: true, force: true });
  // /usr/bin/time reports a killed child as "Command terminated by signal 9" and exits with 128+n.
  const timedOut = (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT' || r.signal === 'SIGKILL';
  return { code: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '', ms, rssMb, timedOut };
}

/** A stack trace line, as Node prints them: the CLI must never show one. */
export const STACK_LINE = /\n\s{4}at /;
