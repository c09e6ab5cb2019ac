/**
 * Checking many files on every core. This thread and `helpers` worker threads (each with the plan
 * compiled once) take small batches of files from one queue until it is empty, so a slow file never
 * holds a core idle and this thread's warm parser is not wasted on waiting. Checks made by a worker
 * come back as plain data (structured clone) and every check is put back at its index, so the result
 * is the same as checking the files one after another here.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Lang } from '../../messages/lang.js';
import { packagePath } from '../../core/package-root.js';
import type { Plan } from '../../plan/types.js';
import type { ReportCheck } from '../validate-report.js';
import type { WorkerInit, WorkItem, WorkReply, WorkRequest } from './protocol.js';

/** The worker script: beside this module in the binary's bundle (dist/cli/), else the compiled one; absent when running from TypeScript sources without a build (then one thread is used). */
export function workerScript(): string | undefined {
  const here = fileURLToPath(new URL('./worker.js', import.meta.url));
  if (existsSync(here)) return here;
  const built = packagePath('dist', 'src', 'validate', 'parallel', 'worker.js');
  return existsSync(built) ? built : undefined;
}

export function cores(): number {
  return Math.max(1, availableParallelism());
}

export interface PoolOptions {
  plan: Plan;
  lang: Lang;
  maxBytes: number;
  fastParse: boolean;
  /** Threads in all, this one included (so 2 means this thread and one worker). */
  threads: number;
  /** Files per batch; default: about 24 batches per thread, 2 to 24 files each. */
  batchSize?: number;
  /** Checks a batch in this thread (the same function the workers run). */
  checkHere: (items: readonly WorkItem[], done: (index: number, check: ReportCheck) => void) => Promise<void>;
  /** Called as each file's check is ready (in completion order). */
  onCheck: (index: number, check: ReportCheck) => void;
}

export class WorkerFailure extends Error {
  override readonly name = 'WorkerFailure';
}

/** Checks `items` on `options.threads` threads; every check is handed to onCheck with its item's index. */
export async function checkInPool(items: readonly WorkItem[], options: PoolOptions): Promise<void> {
  if (items.length === 0) return;
  const script = workerScript();
  const helpers = script ? Math.max(0, Math.min(options.threads, items.length) - 1) : 0;
  const threads = helpers + 1;
  const size = options.batchSize ?? Math.max(2, Math.min(24, Math.ceil(items.length / (threads * 24))));
  const batches: WorkItem[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  let next = 0;
  let remaining = batches.length;
  let failure: Error | undefined;

  const pool: Worker[] = [];
  let settle!: () => void;
  const allDone = new Promise<void>((resolve) => (settle = resolve));
  const finishOne = (): void => {
    remaining--;
    if (remaining === 0) settle();
  };
  const fail = (error: Error): void => {
    failure ??= error;
    settle();
  };

  const init: WorkerInit = { plan: options.plan, lang: options.lang, maxBytes: options.maxBytes, fastParse: options.fastParse };
  for (let w = 0; w < helpers; w++) {
    const worker = new Worker(script!, { workerData: init, stdout: false, stderr: false });
    pool.push(worker);
    const send = (): void => {
      if (failure || next >= batches.length) return;
      const batch = next++;
      const request: WorkRequest = { batch, items: batches[batch]! };
      worker.postMessage(request);
    };
    worker.on('message', (reply: WorkReply) => {
      if (failure) return;
      if (!reply.ok) {
        const error = new WorkerFailure(reply.message);
        if (reply.stack) error.stack = reply.stack;
        fail(error);
        return;
      }
      for (const { index, check } of reply.results) options.onCheck(index, check);
      send();
      finishOne();
    });
    worker.on('error', (error) => fail(error instanceof Error ? error : new WorkerFailure(String(error))));
    worker.on('exit', (code) => {
      if (remaining > 0) fail(new WorkerFailure(`a validation worker stopped (exit code ${code})`));
    });
    // Two batches in flight: the worker never waits for this (busy) thread between batches.
    send();
    send();
  }

  try {
    // This thread takes batches too, yielding between them so that workers' replies are taken in.
    while (!failure && next < batches.length) {
      const batch = batches[next++]!;
      await options.checkHere(batch, options.onCheck);
      finishOne();
      await yieldToEvents();
    }
    await allDone;
  } finally {
    await Promise.all(pool.map((w) => w.terminate().catch(() => undefined)));
  }
  if (failure) throw failure;
}
