/**
 * validateFiles gives the same run whichever path computes it: one thread, worker threads, or the cache
 * (cold and warm). The corpus mixes valid generated reports with every invalid example and a few hostile
 * files, so that diagnostics of every kind cross the thread boundary and the cache.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusForSize, writeCorpus } from '../../bench/corpus.js';
import { en, vi } from '../../src/messages/diagnostics.js';
import { collectFiles } from '../../src/load/collect-files.js';
import { CACHE_FORMAT } from '../../src/validate/report-cache.js';
import { workerScript } from '../../src/validate/parallel/pool.js';
import { POOL_MIN_FILES, validateFiles, type SourceFile, type ValidateFilesOptions, type ValidationRun } from '../../src/validate/validate-files.js';

type Stats = NonNullable<ValidateFilesOptions['stats']>;
import { compiledPlan, INVALID_DIR } from '../validate/support.js';

let dir: string;
let sources: SourceFile[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cr-par-'));
  await writeCorpus(dir, corpusForSize('province', 11));
  const bad = join(dir, 'reports', 'zz-invalid');
  mkdirSync(bad);
  const walk = (from: string, prefix: string): void => {
    for (const e of readdirSync(from, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(from, e.name), `${prefix}${e.name}-`);
      else copyFileSync(join(from, e.name), join(bad, `${prefix}${e.name}`));
    }
  };
  walk(INVALID_DIR, '');
  writeFileSync(join(bad, 'proto.yaml'), '__proto__: { polluted: 1 }\nconstructor: { prototype: { x: 1 } }\nplan: x\n');
  writeFileSync(join(bad, 'zero.yaml'), 'plan: 400/KH-BCĐNQ-CQTT\nagency: so-y-te\nnumber: 1/BC\ndate: 05/12/2025\nperiod: 01/12/2025 - 31/12/2025\nsigner: { name: A, title: B }\ntasks:\n  III.9:\n    status: done\n    summary: x\n    activities:\n      - { date: 05/12/2025, form: conference, title: T, participants: -0 }\n');
  mkdirSync(join(bad, 'dir.yaml.d'));
  writeFileSync(join(bad, 'big.yaml'), Buffer.alloc(6 * 1024 * 1024, 0x61));
  const files = (await collectFiles([join(dir, 'reports')], dir)).files;
  sources = files.map((path) => ({ path, name: path.slice(dir.length + 1) }));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * The checks, with one exception: where yaml reports CR207 (nesting too deep) is where the JavaScript
 * stack ran out, which depends on the thread's stack size and on how deep the caller already was, so
 * even two serial runs from different call depths disagree on it. Its code and message are compared;
 * its range is not (the fix belongs in src/load/parse-yaml.ts: a depth limit of its own, see the report).
 */
const strip = (run: ValidationRun): unknown =>
  run.checks.map((c) => ({
    ...c,
    diagnostics: c.diagnostics.map((d) => (d.code === 'CR207' ? { ...d, range: 'stack-dependent' } : d)),
  }));

describe('validateFiles: one thread, worker threads and the cache agree', () => {
  it('the worker script is built (npm run build) so that the pooled path really runs', () => {
    expect(workerScript()).toBeDefined();
  });

  it('pooled (2 and 3 workers) equals serial, check for check, on a generated corpus with invalid files', async () => {
    const serialStats: Stats = {};
    const serial = await validateFiles(sources, compiledPlan(), vi, { jobs: 1, stats: serialStats });
    expect(serialStats.jobs).toBe(1);
    expect(serial.checks.length).toBeGreaterThan(100);
    expect(serial.checks.some((c) => c.diagnostics.some((d) => d.code === 'CR501'))).toBe(true);
    expect(serial.checks.some((c) => c.diagnostics.some((d) => d.code === 'CR102'))).toBe(true);
    for (const jobs of [2, 3]) {
      const stats: Stats = {};
      const pooled = await validateFiles(sources, compiledPlan(), vi, { jobs, stats });
      expect(stats.jobs).toBe(jobs);
      expect(strip(pooled)).toStrictEqual(strip(serial));
    }
  });

  it('the order is the order given, whatever thread finished first', async () => {
    const reversed = [...sources].reverse();
    const a = await validateFiles(reversed, compiledPlan(), vi, { jobs: 2 });
    expect(a.checks.map((c) => c.file)).toEqual(reversed.map((s) => s.name));
  });

  it('English messages cross threads too', async () => {
    const some = sources.filter((s) => s.name.includes('invalid'));
    const serial = await validateFiles(some, compiledPlan(), en, { jobs: 1 });
    const pooled = await validateFiles(some, compiledPlan(), en, { jobs: 2 });
    expect(strip(pooled)).toStrictEqual(strip(serial));
    expect(pooled.checks[0]!.diagnostics[0]!.message).toMatch(/[a-z]/);
  });

  it('a custom message table stays in this thread (workers only know the stock ones)', async () => {
    const custom = { ...vi, emptyFile: () => 'EMPTY!' };
    const stats: Stats = {};
    const run = await validateFiles(sources.slice(0, 20), compiledPlan(), custom, { jobs: 2, stats });
    expect(stats.jobs).toBe(1);
    expect(run.checks).toHaveLength(20);
  });

  it("'auto' stays in one thread below POOL_MIN_FILES files", async () => {
    const stats: Stats = {};
    await validateFiles(sources.slice(0, Math.min(POOL_MIN_FILES - 1, 40)), compiledPlan(), vi, { stats });
    expect(stats.jobs).toBe(1);
  });

  it('reports progress once per file', async () => {
    const seen: number[] = [];
    await validateFiles(sources.slice(0, 30), compiledPlan(), vi, { jobs: 2, onFile: (done, total) => seen.push(done * 1000 + total) });
    expect(seen).toEqual(Array.from({ length: 30 }, (_, i) => (i + 1) * 1000 + 30));
  });

  it('the cache: a cold run equals serial, a warm run is all hits and equal, a changed file is the only miss', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'cr-cache-'));
    try {
      const serial = await validateFiles(sources, compiledPlan(), vi, { jobs: 1 });
      const readable = sources.filter((s) => !/big\.yaml|dir\.yaml/.test(s.name)).length;
      const s1: Stats = {};
      const cold = await validateFiles(sources, compiledPlan(), vi, { cache, stats: s1, jobs: 2 });
      expect(strip(cold)).toStrictEqual(strip(serial));
      expect(s1.cache).toMatchObject({ hits: 0, misses: readable, writes: readable });

      const s2: Stats = {};
      const warm = await validateFiles(sources, compiledPlan(), vi, { cache, stats: s2 });
      expect(strip(warm)).toStrictEqual(strip(serial));
      expect(s2.cache).toMatchObject({ hits: readable, misses: 0 });

      // Another language is another key.
      const s3: Stats = {};
      await validateFiles(sources.slice(0, 5), compiledPlan(), en, { cache, stats: s3 });
      expect(s3.cache!.hits).toBe(0);

      // Change one report: only it is parsed again, and its new diagnostics show.
      const target = sources.find((s) => s.name.endsWith('09-so-y-te.yaml'))!;
      const original = readFileSync(target.path, 'utf8');
      writeFileSync(target.path, original.replace('status: done', 'status: finished'));
      const s4: Stats = {};
      const changed = await validateFiles(sources, compiledPlan(), vi, { cache, stats: s4 });
      expect(s4.cache).toMatchObject({ hits: readable - 1, misses: 1 });
      expect(changed.checks.find((c) => c.file === target.name)!.diagnostics.map((d) => d.code)).toContain('CR304');
      writeFileSync(target.path, original);

      // Damaged entries are misses, not errors, and are written again.
      const sub = readdirSync(cache).filter((d) => /^[0-9a-f]{2}$/.test(d));
      for (const d of sub) for (const f of readdirSync(join(cache, d))) writeFileSync(join(cache, d, f), 'garbage');
      const s5: Stats = {};
      const damaged = await validateFiles(sources, compiledPlan(), vi, { cache, stats: s5 });
      expect(strip(damaged)).toStrictEqual(strip(serial));
      expect(s5.cache!.hits).toBe(0);
      expect(CACHE_FORMAT).toBe(1);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });

  it('an unwritable cache folder slows nothing down and changes nothing', async () => {
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, '');
    const stats: Stats = {};
    const run = await validateFiles(sources.slice(0, 10), compiledPlan(), vi, { cache: join(file, 'cache'), stats });
    const serial = await validateFiles(sources.slice(0, 10), compiledPlan(), vi, { jobs: 1 });
    expect(strip(run)).toStrictEqual(strip(serial));
    expect(stats.cache!.writeErrors).toBe(10);
  });

  it('no prototype pollution in this process from a __proto__ report, on any path', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
