import { printable } from '../text/terminal.js';
import { opsMessagesFor } from '../messages/ops.js';
import type { Lang } from '../messages/lang.js';
import type { Messages } from '../messages/diagnostics.js';
import type { Plan } from '../plan/types.js';
import type { CliIo } from '../core/cli-io.js';
import { validateInputs, type InputOptions, type ValidatedInputs } from './validate-inputs.js';

export interface Progress {
  /** Shows "Đang đọc done/total tệp… <label>" (label: the item at hand, e.g. a file name; may be ''), redrawn in place. */
  step(label: string, done: number, total: number): void;
  /** Shows one phase of the work ("Đang tạo văn bản DOCX…") until the next step, phase or done. */
  phase(text: string): void;
  /** Clears the line; the next output starts on a clean line. */
  done(): void;
  /** Whether anything is drawn at all (stderr is a terminal and not --quiet). */
  readonly live: boolean;
}

export interface ProgressOptions {
  quiet?: boolean;
  lang?: Lang;
  /** Milliseconds between redraws (the first and last step always draw). */
  interval?: number;
  /** Injectable clock for tests. */
  now?: () => number;
}

/** Keeps the line short enough for an 80-column terminal. */
const MAX_LABEL = 50;
const MAX_LINE = 79;

const NOOP: Progress = { step: () => undefined, phase: () => undefined, done: () => undefined, live: false };

/**
 * A one-line progress reporter on stderr ("Đang đọc 17/76 tệp…", redrawn with \r) when stderr is a
 * terminal and not --quiet; otherwise it writes nothing, so pipes, files and CI logs stay clean.
 */
export function createProgress(io: CliIo, options: ProgressOptions = {}): Progress {
  if (options.quiet || !io.stderr.isTTY || io.env.TERM === 'dumb') return NOOP;
  const ops = opsMessagesFor(options.lang ?? 'vi');
  const interval = options.interval ?? 50;
  const now = options.now ?? Date.now;
  let last = -Infinity;
  let drawn = false;
  // \r back to the start, the text, then erase what a longer previous line left (ESC [ K).
  const draw = (text: string): void => {
    drawn = true;
    io.stderr.write(`\r${text}\u001b[K`);
  };
  return {
    live: true,
    step(label, done, total) {
      const t = now();
      if (drawn && done < total && t - last < interval) return;
      last = t;
      const plain = printable(label);
      const item = plain.length > MAX_LABEL ? `…${plain.slice(-(MAX_LABEL - 1))}` : plain;
      draw(item ? `${ops.reading(done, total)} ${item}` : ops.reading(done, total));
    },
    phase(text) {
      last = now();
      const plain = printable(text);
      draw(plain.length > MAX_LINE ? `${plain.slice(0, MAX_LINE - 1)}…` : plain);
    },
    done() {
      if (drawn) io.stderr.write('\r\u001b[K');
      drawn = false;
    },
  };
}

/**
 * validateInputs with the count shown while files are checked ("Đang đọc 17/76 tệp…"), driven by
 * validateFiles' onFile hook, so threads and the cache work as without it.
 */
export async function validateInputsWithProgress(
  paths: readonly string[],
  plan: Plan,
  io: CliIo,
  t: Messages,
  progress: Progress,
  options: Omit<InputOptions, 'onFile'> = {},
): Promise<ValidatedInputs> {
  const onFile = progress.live ? (done: number, total: number, name: string): void => progress.step(name, done, total) : undefined;
  try {
    return await validateInputs(paths, plan, io, t, { ...options, onFile });
  } finally {
    progress.done();
  }
}
