/**
 * Vietnamese number, money and date style (Nghị định 30/2020 practice) and the text hygiene every
 * user string needs before it reaches the DOCX.
 */
import { parseDate } from '../text/dates.js';
import { nfc } from '../text/nfc.js';

// XML 1.0 forbids C0 controls except tab, LF, CR; U+FFFE/U+FFFF; and lone surrogates make invalid UTF-8.
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Every character XML_FORBIDDEN can match, in one class: most text has none, and this test is far cheaper than the replace. */
// eslint-disable-next-line no-control-regex
const MAYBE_FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** NFC, without the characters XML (and so Word) refuses. Keeps tabs and line breaks. */
export function cleanText(s: string): string {
  const n = nfc(s);
  return MAYBE_FORBIDDEN.test(n) ? n.replace(XML_FORBIDDEN, '') : n;
}

/** cleanText, then every run of white space (line breaks included) as one space, trimmed. */
export function cleanInline(s: string): string {
  return cleanText(s).replace(/\s+/g, ' ').trim();
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** 1234567 → "1.234.567"; 12.5 → "12,5"; bigint accepted. */
export function formatNumber(n: number | bigint): string {
  if (typeof n === 'bigint') {
    const neg = n < 0n;
    return (neg ? '-' : '') + groupThousands((neg ? -n : n).toString());
  }
  if (!Number.isFinite(n)) throw new RangeError(`formatNumber: ${n} is not a finite number`);
  const neg = n < 0;
  const abs = Math.abs(n);
  if (Number.isInteger(abs)) return (neg ? '-' : '') + groupThousands(abs.toFixed(0));
  const [int = '0', frac = ''] = String(abs).split('.');
  if (/e/i.test(int)) return (neg ? '-' : '') + groupThousands(abs.toFixed(0));
  return (neg ? '-' : '') + groupThousands(int) + ',' + frac;
}

/** 1500000 → "1.500.000 đồng". */
export function formatMoney(n: number | bigint): string {
  return `${formatNumber(n)} đồng`;
}

/** 12.5 → "12,5%"; a ratio part/whole with `digits` decimals (trailing zeros dropped). */
export function formatPercent(part: number, whole: number, digits = 1): string {
  if (whole === 0) return '0%';
  const v = Number(((part * 100) / whole).toFixed(digits));
  return `${formatNumber(v)}%`;
}

export interface YMD {
  year: number;
  month: number;
  day: number;
}

/** Accepts yyyy-mm-dd or dd/mm/yyyy; throws RangeError on anything else. */
export function toYMD(date: string): YMD {
  const p = parseDate(date);
  if (!p.ok) throw new RangeError(`toYMD: invalid date "${date}"`);
  return { year: p.date.year, month: p.date.month, day: p.date.day };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Day with a leading zero below 10: "05". */
export function dayText(day: number): string {
  return pad2(day);
}

/** Month with a leading zero only for January and February: "01", "02", "6", "12". */
export function monthText(month: number): string {
  return month <= 2 ? pad2(month) : String(month);
}

/** "ngày 05 tháng 01 năm 2026". */
export function formatDateText(date: string): string {
  const { year, month, day } = toYMD(date);
  return `ngày ${dayText(day)} tháng ${monthText(month)} năm ${year}`;
}

/** "Lạng Sơn, ngày 05 tháng 01 năm 2026". */
export function formatPlaceDate(place: string, date: string): string {
  return `${cleanInline(place)}, ${formatDateText(date)}`;
}

/** "05/01/2026", for tables. */
export function formatDateTable(date: string): string {
  const { year, month, day } = toYMD(date);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/** A span for tables: "05/01/2026", or "01/12/2025 - 10/12/2025". */
export function formatSpanTable(from: string, to: string): string {
  return from === to ? formatDateTable(from) : `${formatDateTable(from)} - ${formatDateTable(to)}`;
}

/** A span in running text: "từ ngày 01 tháng 12 năm 2025 đến ngày 31 tháng 12 năm 2025". */
export function formatSpanText(from: string, to: string): string {
  return from === to ? formatDateText(from) : `từ ${formatDateText(from)} đến ${formatDateText(to)}`;
}

/** "5/BC-BCĐNQ" → "05/BC-BCĐNQ": numbers below 10 take a leading zero; spaces removed. */
export function formatDocNumber(number: string): string {
  const s = cleanInline(number).replace(/\s+/g, '');
  return s.replace(/^(\d)(?=\/)/, '0$1');
}

/**
 * A number as printed: an unnumbered symbol ("/BC-BCĐNQ-CQTT", a draft the văn thư numbers when it is
 * registered) keeps a blank for the number, as a typed draft does.
 */
export function printedNumber(number: string): string {
  const n = formatDocNumber(number);
  return n.startsWith('/') ? `${'\u00a0'.repeat(8)}${n}` : n;
}

/** "15/BC-BCĐNQ-CQTT" → "/BC-BCĐNQ-CQTT": the symbol of a document not yet numbered. */
export function unnumbered(number: string): string {
  return formatDocNumber(number).replace(/^[^/]*/, '');
}

/** First letter in lower case ("Triển khai …" → "triển khai …"), for a title inside a sentence. */
export function lowerFirst(s: string): string {
  const first = s.codePointAt(0);
  if (first === undefined) return s;
  const ch = String.fromCodePoint(first);
  return ch.toLocaleLowerCase('vi') + s.slice(ch.length);
}

/** Points in Vietnamese order: a, b, c, d, đ, e, g, h, i, k, l, m, n, o, p, q, r, s, t, u, v, x, y. */
const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

export function pointLetter(index: number): string {
  const n = LETTERS.length;
  if (index < n) return LETTERS[index] as string;
  return pointLetter(Math.floor(index / n) - 1) + (LETTERS[index % n] as string);
}

/** Roman numerals for headings and appendices: 1 → "I", 4 → "IV". */
export function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}
