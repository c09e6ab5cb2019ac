/** 1234567 → "1.234.567", the way Vietnamese writes amounts. */
export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * What a number field stores: digits (with the dots the field shows) are an integer; anything else is kept as typed,
 * so the validator names it instead of the form guessing.
 */
export function integerValue(text: string): number | string | undefined {
  if (text.trim() === '') return undefined;
  const compact = text.replace(/[.\s]/g, '');
  return /^-?\d+$/.test(compact) ? Number(compact) : text;
}
