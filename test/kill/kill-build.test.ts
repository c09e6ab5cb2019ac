/**
 * SIGKILL in the middle of a build: the previous output (DOCX and its companion CSV) must be intact,
 * byte for byte, and the next build must succeed. The atomic writer (src/io/write-atomic.ts) writes
 * `.<name>.<pid>-<random>.tmp` beside the target and renames it over the target; a process killed
 * between the two leaves that temporary file behind (nothing can clean up after SIGKILL), and the next
 * write to the same target removes the ones whose process is gone.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
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
  /** Temporary files seen appearing beside the target before the kill. */
  sawTemp: string[];
}

function spawnBuild(corpus: string, out: string): ChildProcess {
  return spawn(process.execPath, [BIN, 'build', '--plan', join(corpus, 'plan.yaml'), join(corpus, 'reports'), '--out', out], { cwd: ROOT, stdio: 'ignore' });
}

async function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  return { code, signal };
}

/**
 * Starts a build and kills it with SIGKILL when the file system reports a temporary file beside the
 * target (fs.watch, no polling: the build keeps the processor), or after `afterMs` when given.
 */
async function buildAndKill(corpus: string, out: string, afterMs: number | undefined, outDir: string): Promise<Outcome> {
  const started = performance.now();
  const child = spawnBuild(corpus, out);
  const sawTemp: string[] = [];
  const kill = (): void => void child.kill('SIGKILL');
  const watcher = watch(outDir, (_event, name) => {
    if (name?.endsWith('.tmp')) {
      sawTemp.push(name);
      kill();
    }
  });
  const timer = afterMs === undefined ? undefined : setTimeout(kill, afterMs);
  try {
    const { code, signal } = await exitOf(child);
    return { code, signal, ms: performance.now() - started, sawTemp };
  } finally {
    clearTimeout(timer);
    watcher.close();
  }
}

async function build(corpus: string, out: string): Promise<number | null> {
  return (await exitOf(spawnBuild(corpus, out))).code;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'cr-kill-'));
  big = join(root, 'national');
  small = join(root, 'small');
  await writeCorpus(big, corpusForSize('national'));
  await writeCorpus(small, generateCorpus({ reports: 12, seed: 'kill', activities: [2, 5] }));
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.concurrent('SIGKILL during build', () => {
  // Kill at several moments: while validating, while rendering, and as soon as a temporary file appears.
  // Each moment has its own output folder, so the three run side by side.
  it.for([
    { moment: 'at 1 500 ms', afterMs: 1_500 },
    { moment: 'at 4 000 ms', afterMs: 4_000 },
    { moment: 'when the temporary file appears', afterMs: undefined },
  ])('the previous DOCX and CSV stay intact when the kill lands $moment, and the next build succeeds', { timeout: 300_000 }, async ({ afterMs }) => {
    const outDir = mkdtempSync(join(root, 'out-'));
    const out = join(outDir, 'bao-cao.docx');
    const csv = join(outDir, 'bao-cao.hoat-dong.csv');
    expect(await build(small, out)).toBe(0);
    const before = { docx: sha256(out), csv: sha256(csv) };

    const o = await buildAndKill(big, out, afterMs, outDir);
    if (o.signal === 'SIGKILL') {
      // Each file is the previous one, or (when the signal arrived after its rename, as on a loaded
      // machine) the new one whole: a DOCX that unzips, a CSV that ends its last line. Never a part.
      const at = `after a kill at ${Math.round(o.ms)} ms`;
      if (sha256(out) !== before.docx) expect(() => unzipSync(readFileSync(out)), `DOCX ${at}`).not.toThrow();
      if (sha256(csv) !== before.csv) expect(readFileSync(csv, 'utf8').endsWith('\r\n'), `CSV ${at}`).toBe(true);
    } else {
      // The build finished before the kill: it replaced the files as a whole.
      expect(o.code).toBe(0);
      expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    }
    if (afterMs === undefined) {
      // The round that waits for a temporary file, however long the build takes: the kill landed inside the atomic write.
      expect(o.signal).toBe('SIGKILL');
      expect(o.sawTemp.length).toBeGreaterThan(0);
    }

    // A following build succeeds and writes whole files.
    expect(await build(small, out)).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    // The next build removed what the killed run left behind, and added none of its own.
    expect(temps(outDir)).toEqual([]);
  });

  it('a stale temporary file of a killed run is not mistaken for output: the next build ignores it and the target is whole', async () => {
    const outDir = mkdtempSync(join(root, 'stale-'));
    const out = join(outDir, 'bao-cao.docx');
    // The name a killed writer leaves: its pid, which is gone (4194304 is past Linux's largest pid).
    const stale = join(outDir, '.bao-cao.docx.4194305-0123456789ab.tmp');
    writeFileSync(stale, 'PK\u0003\u0004 half a zip');
    expect(await build(small, out)).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect(existsSync(stale)).toBe(false);
  }, 120_000);
});
