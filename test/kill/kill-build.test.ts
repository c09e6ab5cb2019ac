/**
 * SIGKILL in the middle of a build: the previous output (DOCX and its companion CSV) must be intact,
 * byte for byte, and the next build must succeed. The atomic writer (src/io/write-atomic.ts) writes
 * `.<name>.<pid>-<random>.tmp` beside the target and renames it over the target; a process killed
 * between the two leaves that temporary file behind (nothing can clean up after SIGKILL), and the next
 * write to the same target removes the ones whose process is gone.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setImmediate as tick } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusForSize, generateCorpus, writeCorpus } from '../../bench/corpus.js';
import { BIN, ROOT } from '../cli/run-cli.js';

const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');
const temps = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

let root: string;
let big: string;
let small: string;

interface Outcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  ms: number;
  /** Temporary files seen beside the target before the kill. */
  sawTemp: string[];
}

/** Starts a build and kills it with SIGKILL when a temporary file shows up beside the target, or after `afterMs`. */
async function buildAndKill(plan: string, reports: string, out: string, afterMs: number, outDir: string): Promise<Outcome> {
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, 'build', '--plan', plan, reports, '--out', out], { cwd: ROOT, stdio: 'ignore' });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  let sawTemp: string[] = [];
  let done = false;
  void exited.then(() => (done = true));
  while (!done) {
    sawTemp = temps(outDir);
    if (sawTemp.length > 0 || performance.now() - started > afterMs) {
      child.kill('SIGKILL');
      break;
    }
    await tick();
  }
  const { code, signal } = await exited;
  return { code, signal, ms: performance.now() - started, sawTemp };
}

function build(plan: string, reports: string, out: string): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'build', '--plan', plan, reports, '--out', out], { cwd: ROOT, stdio: 'ignore' });
    child.on('exit', (code) => resolve(code));
  });
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'cr-kill-'));
  big = join(root, 'national');
  small = join(root, 'small');
  await writeCorpus(big, corpusForSize('national'));
  await writeCorpus(small, generateCorpus({ reports: 12, seed: 'kill', activities: [2, 5] }));
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('SIGKILL during build', () => {
  it('the previous DOCX and CSV stay intact whenever the kill lands, and the next build succeeds', async () => {
    const outDir = join(root, 'out');
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir);
    const out = join(outDir, 'bao-cao.docx');
    const csv = join(outDir, 'bao-cao.hoat-dong.csv');
    expect(await build(join(small, 'plan.yaml'), join(small, 'reports'), out)).toBe(0);
    const before = { docx: sha256(out), csv: sha256(csv) };

    // Kill at several moments: while validating, while rendering, and as soon as a temporary file appears.
    const outcomes: Outcome[] = [];
    for (const afterMs of [1_500, 4_000, 60_000]) {
      const o = await buildAndKill(join(big, 'plan.yaml'), join(big, 'reports'), out, afterMs, outDir);
      outcomes.push(o);
      if (o.signal === 'SIGKILL') {
        expect(sha256(out), `DOCX after a kill at ${Math.round(o.ms)} ms`).toBe(before.docx);
        expect(sha256(csv), `CSV after a kill at ${Math.round(o.ms)} ms`).toBe(before.csv);
      } else {
        // The build finished before the kill: it replaced the files as a whole.
        expect(o.code).toBe(0);
        before.docx = sha256(out);
        before.csv = sha256(csv);
      }
    }
    // The last round waited for a temporary file: the kill landed inside the atomic write.
    const last = outcomes[outcomes.length - 1]!;
    expect(last.signal).toBe('SIGKILL');
    expect(last.sawTemp.length).toBeGreaterThan(0);

    // A following build succeeds and writes whole files.
    expect(await build(join(small, 'plan.yaml'), join(small, 'reports'), out)).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    // The next build removed what the killed runs left behind, and added none of its own.
    const after = temps(outDir);
    expect(after).toEqual([]);
  }, 300_000);

  it('a stale temporary file of a killed run is not mistaken for output: the next build ignores it and the target is whole', async () => {
    const outDir = mkdtempSync(join(root, 'stale-'));
    const out = join(outDir, 'bao-cao.docx');
    // The name a killed writer leaves: its pid, which is gone (4194304 is past Linux's largest pid).
    const stale = join(outDir, '.bao-cao.docx.4194305-0123456789ab.tmp');
    writeFileSync(stale, 'PK\u0003\u0004 half a zip');
    expect(await build(join(small, 'plan.yaml'), join(small, 'reports'), out)).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect(existsSync(stale)).toBe(false);
  }, 120_000);
});
