/** Deterministic ordering of Vietnamese text: collation first, code points to break ties. */
const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

export function compareText(a: string, b: string): number {
  const c = collator.compare(a, b);
  if (c !== 0) return c < 0 ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compare ISO date strings; null (unreadable date) sorts last. */
export function compareIso(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
