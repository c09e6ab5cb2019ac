/**
 * A validation worker: compiles the plan it was started with once, then checks batches of files
 * (read here, synchronously: this thread has nothing else to do) and sends the checks back as plain data.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { messagesFor } from '../../messages/diagnostics.js';
import { compilePlan } from '../compile.js';
import { checkBytes, checkReadOutcome } from './check.js';
import type { WorkerInit, WorkReply, WorkRequest } from './protocol.js';
import { readBoundedSync } from '../../load/read-bounded.js';

const init = workerData as WorkerInit;
const compiled = compilePlan(init.plan, { fastParse: init.fastParse });
const t = messagesFor(init.lang);
const port = parentPort!;

port.on('message', (request: WorkRequest) => {
  let reply: WorkReply;
  try {
    const results = request.items.map((item) => ({
      index: item.index,
      check: item.bytes ? checkBytes(item.bytes, item.name, compiled, t) : checkReadOutcome(readBoundedSync(item.path, init.maxBytes), item.name, compiled, t, init.maxBytes),
    }));
    reply = { batch: request.batch, ok: true, results };
  } catch (error) {
    const e = error as Error;
    reply = { batch: request.batch, ok: false, message: e?.message ?? String(error), stack: e?.stack };
  }
  port.postMessage(reply);
});
