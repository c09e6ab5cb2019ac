import { KeyedError } from '../core/errors.js';
import type { MessageKey } from '../messages/index.js';

/** Integer arithmetic for totals: every value and every sum must be a safe integer. */
export class MergeError<K extends MessageKey = MessageKey> extends KeyedError<K> {
  override readonly name = 'MergeError';
}

/** A count from a report: a non-negative safe integer, or 0 when absent. */
export function countValue(value: unknown, file: string, path: string): number {
  if (value === undefined || value === null) return 0;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new MergeError('errors.notCount', file, path, String(value));
  }
  return value;
}

/** a + b, refusing to leave the range where integer arithmetic on numbers is exact. */
export function addInt(a: number, b: number, what: string): number {
  const s = a + b;
  if (!Number.isSafeInteger(s)) {
    throw new MergeError('errors.totalTooLarge', what);
  }
  return s;
}
