import type { NumberSlipKind } from '../../messages/diagnostics.js';

/**
 * How a whole number was written, judged from its source text: YAML reads `42.000` as 42 and
 * `4.52E+06` as 4520000 without a word, so the parsed value alone cannot tell a slip from a figure.
 */
export interface NumberSlip {
  kind: NumberSlipKind;
  /** The whole number the official most likely meant, where there is one. */
  meant?: string;
}

/** The one spelling of a whole number that is taken as written. */
const PLAIN_INTEGER = /^(?:0|-?[1-9]\d*)$/;
/** One separator repeated between groups of three: 42.000, 1,000, 1 000 (also no-break and thin spaces), 1_000, 1'000. */
const GROUPED = /^-?\d{1,3}([.,_' \u00a0\u202f\u2009])\d{3}(?:\1\d{3})*$/;
/** Grouped digits with a decimal part, in the Vietnamese (1.000,5) or English (1,000.5) way. */
const GROUPED_FRACTION = /^-?\d{1,3}(?:(?:([. _\u00a0\u202f\u2009])\d{3}(?:\1\d{3})*,(\d+))|(?:,\d{3}(?:,\d{3})*\.(\d+)))$/;
const FRACTION = /^-?(\d*)[.,](\d*)$/;
const EXPONENT = /^[-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+)[eE][-+]?\d+$/;
const SIGNED_OR_PADDED = /^(?:\+\d+|-?0\d+)$/;

const digitsOnly = (s: string): string => s.replace(/\D/g, '').replace(/^0+(?=\d)/, '');

/** Judges how `written` (the scalar as typed; inside the quotes when `quoted`) spells a whole number. */
export function judgeWholeNumber(written: string, quoted: boolean, parsed: unknown): NumberSlip | undefined {
  const s = written.trim();
  if (PLAIN_INTEGER.test(s)) return quoted ? { kind: 'quoted', meant: s } : undefined;
  const sign = s.startsWith('-') && s !== '-0' ? '-' : '';
  if (GROUPED.test(s)) return { kind: 'separators', meant: sign + digitsOnly(s) };
  const groupedFraction = GROUPED_FRACTION.exec(s);
  if (groupedFraction) {
    const fraction = groupedFraction[2] ?? groupedFraction[3] ?? '';
    const whole = s.slice(0, s.length - fraction.length - 1);
    return { kind: 'fraction', meant: /^0+$/.test(fraction) ? sign + digitsOnly(whole) : undefined };
  }
  if (EXPONENT.test(s)) {
    const value = Number(s.replace(',', '.'));
    return { kind: 'exponent', meant: Number.isSafeInteger(value) ? String(value) : undefined };
  }
  const fraction = FRACTION.exec(s);
  if (fraction && (fraction[1] || fraction[2])) {
    return { kind: 'fraction', meant: fraction[1] && /^0*$/.test(fraction[2]!) ? sign + digitsOnly(fraction[1]) : undefined };
  }
  if (SIGNED_OR_PADDED.test(s) || s === '-0') return { kind: 'notation', meant: sign + digitsOnly(s) };
  // Whatever else YAML made a number of (0x10, 0o10, .inf, 1_000 under %YAML 1.1) was not written as one.
  if (typeof parsed === 'number' && !quoted) return { kind: 'notation' };
  return undefined;
}
