/** Messages between validateFiles and its worker threads: plain data only (structured clone). */
import type { Lang } from '../../messages/lang.js';
import type { Plan } from '../../plan/types.js';
import type { ReportCheck } from '../validate-report.js';

/** What a worker is started with: it compiles the plan once and checks every file it is sent. */
export interface WorkerInit {
  plan: Plan;
  lang: Lang;
  /** Largest report read, in bytes (MAX_REPORT_BYTES). */
  maxBytes: number;
  /** CompiledPlan.fastParse of the caller, so a worker reads files the same way. */
  fastParse: boolean;
}

export interface WorkItem {
  /** Position in the caller's list: results come back in any order and are put back in place. */
  index: number;
  /** Absolute path to read (when `bytes` is absent). */
  path: string;
  /** Name used in diagnostics. */
  name: string;
  /** The file's bytes when the caller already read them (the cache hashes them first). */
  bytes?: Uint8Array;
}

export interface WorkRequest {
  batch: number;
  items: WorkItem[];
}

export type WorkReply =
  | { batch: number; ok: true; results: { index: number; check: ReportCheck }[] }
  | { batch: number; ok: false; message: string; stack?: string };
