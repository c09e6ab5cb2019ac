import type { Diagnostic, FileResult } from '../diagnostics/diagnostic.js';
import { messagesFor, type Messages } from '../messages/diagnostics.js';
import { decodeSource } from '../load/decode-source.js';
import { ReportCache, type CacheStats } from './report-cache.js';
import { VERSION } from '../core/package-root.js';
import type { CompiledPlan } from './compile.js';
import type { ReportCheck } from './validate-report.js';
import { crossFileDiagnostics } from './cross-file.js';
import { checkReadOutcome } from './parallel/check.js';
import { checkInPool, cores, workerScript } from './parallel/pool.js';
import type { WorkItem } from './parallel/protocol.js';
import { setImmediate as turn } from 'node:timers/promises';
import { readBoundedSync, type ReadOutcome } from '../load/read-bounded.js';
import { appendAll } from '../core/append-all.js';

/** No hand-written report comes near this; a larger file is refused before it is read. */
export const MAX_REPORT_BYTES = 5 * 1024 * 1024;

/**
 * Below this many files to parse, one thread wins: starting a worker (loading the modules, compiling
 * the plan, warming the parser up) costs more than it saves. 300 with every file through `yaml`; the fast
 * path made a file 2.6 times cheaper and a worker no cheaper to start: see docs/performance.md.
 */
export const POOL_MIN_FILES = 800;

export interface ValidationRun {
  /** One check per file, in the order given. */
  checks: ReportCheck[];
}

export interface SourceFile {
  /** Absolute path to read. */
  path: string;
  /** Name used in diagnostics. */
  name: string;
}

export interface ValidateFilesOptions {
  /**
   * Threads checking files: 1 checks them here, one after another; n > 1 uses this thread and n - 1 workers;
   * 'auto' (the default) uses every core when there are at least POOL_MIN_FILES files to parse, else 1.
   * Whatever runs, the result is the same.
   */
  jobs?: number | 'auto';
  /** A folder for cached checks (`--cache <dir>`); created when missing. */
  cache?: string;
  /** Called once per file, as its check is ready (in completion order when threads are used). */
  onFile?: (done: number, total: number, name: string) => void;
  /** Filled in with the cache's hits and misses when `cache` is given. */
  stats?: { cache?: CacheStats; jobs?: number };
}

/** Workers rebuild the messages from the language: only the stock message tables can cross a thread. */
function canUseWorkers(t: Messages): boolean {
  return t === messagesFor(t.lang) && workerScript() !== undefined;
}

function threadsFor(requested: ValidateFilesOptions['jobs'], files: number, t: Messages): number {
  const jobs = requested ?? 'auto';
  const wanted = jobs === 'auto' ? (files >= POOL_MIN_FILES ? cores() : 1) : Math.max(1, Math.floor(jobs));
  return wanted > 1 && files > 1 && canUseWorkers(t) ? Math.min(wanted, files) : 1;
}

/**
 * Checks items in this thread, in order, each read synchronously: a report is read from the page cache in
 * microseconds, and an awaited read costs four thread-pool round trips (open, stat, read, close). Between
 * files the event loop gets a turn, so workers waiting for their next batch are not kept waiting.
 */
async function checkHere(items: readonly WorkItem[], compiled: CompiledPlan, t: Messages, done: (index: number, check: ReportCheck) => void): Promise<void> {
  for (const item of items) {
    const outcome: ReadOutcome = item.bytes ? { bytes: item.bytes } : readBoundedSync(item.path, MAX_REPORT_BYTES);
    done(item.index, checkReadOutcome(outcome, item.name, compiled, t, MAX_REPORT_BYTES));
    await turn();
  }
}

async function checkAll(items: readonly WorkItem[], compiled: CompiledPlan, t: Messages, threads: number, done: (index: number, check: ReportCheck) => void): Promise<void> {
  if (threads <= 1) return checkHere(items, compiled, t, done);
  await checkInPool(items, {
    plan: compiled.index.plan,
    lang: t.lang,
    maxBytes: MAX_REPORT_BYTES,
    fastParse: compiled.fastParse,
    threads,
    checkHere: (batch, onCheck) => checkHere(batch, compiled, t, onCheck),
    onCheck: done,
  });
}

/**
 * Validates every file on its own, then across files (one report per unit).
 * The checks are in the order of `sources` and do not depend on `options` (threads, cache).
 */
export async function validateFiles(sources: readonly SourceFile[], compiled: CompiledPlan, t: Messages, options: ValidateFilesOptions = {}): Promise<ValidationRun> {
  const checks: ReportCheck[] = new Array(sources.length);
  let completed = 0;
  const done = (index: number, check: ReportCheck): void => {
    checks[index] = check;
    options.onFile?.(++completed, sources.length, check.file);
  };

  if (options.cache) {
    const cache = new ReportCache(options.cache, compiled.index.plan, VERSION, t.lang);
    const toCheck: WorkItem[] = [];
    const keys = new Map<number, string>();
    // Every file is read and hashed here (synchronously: the hashing is CPU-bound anyway), then looked up.
    for (const [index, source] of sources.entries()) {
      const read = readBoundedSync(source.path, MAX_REPORT_BYTES);
      if (!read.bytes) {
        done(index, checkReadOutcome(read, source.name, compiled, t, MAX_REPORT_BYTES));
        continue;
      }
      const key = cache.key(source.name, read.bytes);
      const hit = cache.get(key);
      if (hit) {
        const { hasText, ...check } = hit;
        const text = hasText ? decodeSource(read.bytes, source.name, t).text : undefined;
        done(index, text === undefined ? check : { ...check, text });
        continue;
      }
      keys.set(index, key);
      toCheck.push({ index, path: source.path, name: source.name, bytes: read.bytes });
    }
    const threads = threadsFor(options.jobs, toCheck.length, t);
    const writes: Promise<void>[] = [];
    await checkAll(toCheck, compiled, t, threads, (index, check) => {
      done(index, check);
      writes.push(cache.set(keys.get(index)!, check));
    });
    await Promise.all(writes);
    if (options.stats) Object.assign(options.stats, { cache: { ...cache.stats }, jobs: threads });
  } else {
    const items: WorkItem[] = sources.map((s, index) => ({ index, path: s.path, name: s.name }));
    const threads = threadsFor(options.jobs, items.length, t);
    await checkAll(items, compiled, t, threads, done);
    if (options.stats) options.stats.jobs = threads;
  }

  const extra = crossFileDiagnostics(checks, compiled.index, t);
  for (const check of checks) appendAll(check.diagnostics, extra.get(check.file) ?? []);
  return { checks };
}

export function toFileResults(run: ValidationRun): FileResult[] {
  return run.checks.map((c) => ({ file: c.file, diagnostics: c.diagnostics }));
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
