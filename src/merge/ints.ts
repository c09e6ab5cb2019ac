/** Integer arithmetic for totals: every value and every sum must be a safe integer. */
export class MergeError extends Error {
  override readonly name = 'MergeError';
  constructor(
    readonly file: string,
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

/** A count from a report: a non-negative safe integer, or 0 when absent. */
export function countValue(value: unknown, file: string, path: string): number {
  if (value === undefined || value === null) return 0;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new MergeError(
      file,
      path,
      `${file}: ${path} = ${String(value)} không phải số nguyên không âm / is not a non-negative integer`,
    );
  }
  return value;
}

/** a + b, refusing to leave the range where integer arithmetic on numbers is exact. */
export function addInt(a: number, b: number, what: string): number {
  const s = a + b;
  if (!Number.isSafeInteger(s)) {
    throw new MergeError('', what, `Tổng ${what} vượt quá giới hạn số nguyên / total ${what} exceeds the safe integer range`);
  }
  return s;
}
