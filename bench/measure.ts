/** Timing whole processes as users run them: wall time, peak RSS and exit code of each run, and their medians. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TIME = '/usr/bin/time';

export interface Sample {
  wallMs: number;
  /** Peak resident set, kilobytes (0 when it could not be measured). */
  rssKb: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface Measure {
  name: string;
  samples: Sample[];
  medianMs: number;
  maxRssKb: number;
  codes: (number | null)[];
  bytes?: number;
  note?: string;
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * One process, timed from spawn to exit; peak RSS from /usr/bin/time, else (a node script only) from a
 * --require hook in the child. `command` defaults to this Node.
 */
export function runOnce(args: string[], options: { cwd?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv; command?: string } = {}): Sample {
  const scratch = mkdtempSync(join(tmpdir(), 'cr-rss-'));
  const rssFile = join(scratch, 'rss');
  let command = options.command ?? process.execPath;
  let argv = args;
  let env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  if (existsSync(TIME)) {
    argv = ['-o', rssFile, '-f', '%M', command, ...args];
    command = TIME;
  } else if (options.command === undefined) {
    const hook = join(scratch, 'hook.cjs');
    writeFileSync(hook, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`);
    env = { ...env, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --require ${hook}`.trim() };
  }
  const started = performance.now();
  const r = spawnSync(command, argv, { cwd: options.cwd, env, encoding: 'utf8', timeout: options.timeoutMs ?? 600_000, maxBuffer: 256 * 1024 * 1024 });
  const wallMs = performance.now() - started;
  let rssKb = 0;
  try {
    const lines = readFileSync(rssFile, 'utf8').trim().split('\n');
    rssKb = Number(lines[lines.length - 1]) || 0;
  } catch {
    /* not measured */
  }
  rmSync(scratch, { recursive: true, force: true });
  return { wallMs, rssKb, code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

export function measure(
  name: string,
  args: string[],
  runs: number,
  options: { cwd?: string; bytes?: number; warmup?: boolean; command?: string; timeoutMs?: number } = {},
): Measure {
  // One untimed run first: the files are in the page cache for every timed run alike.
  if (options.warmup !== false) runOnce(args, options);
  const samples = Array.from({ length: runs }, () => runOnce(args, options));
  return {
    name,
    samples,
    medianMs: median(samples.map((s) => s.wallMs)),
    maxRssKb: Math.max(...samples.map((s) => s.rssKb)),
    codes: [...new Set(samples.map((s) => s.code))],
    bytes: options.bytes,
  };
}
