/** A calendar date as the reports write it: dd/mm/yyyy (Vietnamese order) or yyyy-mm-dd. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
  /** yyyy-mm-dd, sortable as a string. */
  iso: string;
}

export type DateParse =
  | { ok: true; date: CalendarDate }
  | { ok: false; reason: 'format' | 'no-such-date' };

export type RangeParse =
  | { ok: true; from: CalendarDate; to: CalendarDate }
  | { ok: false; reason: 'format' | 'no-such-date'; part?: string };

const DATE = String.raw`\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4}`;
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const VN_RE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
/** A single date, or two joined by "-", "–", "—" or "đến". */
export const DATE_PATTERN = `^\\s*(?:${DATE})\\s*$`;
export const DATE_OR_RANGE_PATTERN = `^\\s*(?:${DATE})(?:\\s*(?:-|–|—|đến)\\s*(?:${DATE}))?\\s*$`;
export const RANGE_PATTERN = `^\\s*(?:${DATE})\\s*(?:-|–|—|đến)\\s*(?:${DATE})\\s*$`;
const RANGE_RE = new RegExp(`^\\s*(${DATE})\\s*(?:-|–|—|đến)\\s*(${DATE})\\s*$`);

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function makeDate(year: number, month: number, day: number): DateParse {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || year < 1900 || year > 2999) {
    return { ok: false, reason: 'no-such-date' };
  }
  return { ok: true, date: { year, month, day, iso: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` } };
}

export function parseDate(text: string): DateParse {
  const s = text.trim();
  const iso = ISO_RE.exec(s);
  if (iso) return makeDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const vn = VN_RE.exec(s);
  if (vn) return makeDate(Number(vn[3]), Number(vn[2]), Number(vn[1]));
  return { ok: false, reason: 'format' };
}

/** Reports repeat the same few dates thousands of times, and the rules, merge and render each read them. */
const RANGES = new Map<string, Readonly<RangeParse>>();
const MAX_RANGES = 4096;

/** A date or a range; a single date is the range of one day. The answer is shared (frozen): read it, never change it. */
export function parseDateOrRange(text: string): Readonly<RangeParse> {
  let parsed = RANGES.get(text);
  if (parsed === undefined) {
    parsed = frozen(readDateOrRange(text));
    if (RANGES.size >= MAX_RANGES) RANGES.clear();
    RANGES.set(text, parsed);
  }
  return parsed;
}

function frozen(parsed: RangeParse): Readonly<RangeParse> {
  if (parsed.ok) {
    Object.freeze(parsed.from);
    Object.freeze(parsed.to);
  }
  return Object.freeze(parsed);
}

function readDateOrRange(text: string): RangeParse {
  const m = RANGE_RE.exec(text);
  if (!m) {
    const single = parseDate(text);
    return single.ok ? { ok: true, from: single.date, to: single.date } : { ...single, part: text.trim() };
  }
  const from = parseDate(m[1] ?? '');
  if (!from.ok) return { ...from, part: m[1] };
  const to = parseDate(m[2] ?? '');
  if (!to.ok) return { ...to, part: m[2] };
  return { ok: true, from: from.date, to: to.date };
}

/** dd/mm/yyyy, the way tables and messages show a date. */
export function formatDateVn(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** Whether the runtime knows this IANA time zone name. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The calendar day (yyyy-mm-dd) that an instant falls on in a time zone: 2025-12-31T23:30Z is 2026-01-01 in Hà Nội. */
export function isoDayIn(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

const OTHER_SPELLINGS: { re: RegExp; order: 'dmy' | 'ymd' }[] = [
  // "ngày 5 tháng 12 năm 2025", as dates are written in Vietnamese prose
  { re: /^(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{2}|\d{4})$/iu, order: 'dmy' },
  // 26-12-2025, 26.12.2025, 5/12/25 (a two-digit year is this century)
  { re: /^(\d{1,2})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{2}|\d{4})$/u, order: 'dmy' },
  // 2025/12/26, 2025.12.26
  { re: /^(\d{4})\s*[./]\s*(\d{1,2})\s*[./]\s*(\d{1,2})$/u, order: 'ymd' },
];

/**
 * A date written in a spelling the reports do not accept ("ngày 5 tháng 12 năm 2025", "26-12-2025", "2025/12/26",
 * "26.12.2025", "5/12/25"), read the way Vietnamese writes dates; undefined when it is no such spelling or no such day.
 */
export function readOtherDateSpelling(text: string): CalendarDate | undefined {
  const s = text.normalize('NFC').trim();
  for (const { re, order } of OTHER_SPELLINGS) {
    const m = re.exec(s);
    if (!m) continue;
    const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const [day, month, year] = order === 'dmy' ? [a, b, m[3]!.length === 2 ? 2000 + c : c] : [c, b, a];
    const made = makeDate(year, month, day);
    return made.ok ? made.date : undefined;
  }
  return undefined;
}

/** One date as dd/mm/yyyy, from an accepted spelling or another one; undefined when it is not a date. */
function asVnDate(text: string): string | undefined {
  const accepted = parseDate(text);
  if (accepted.ok) return formatDateVn(accepted.date.iso);
  const other = readOtherDateSpelling(text);
  return other && formatDateVn(other.iso);
}

/** The text (a date or a range) with each date rewritten dd/mm/yyyy; undefined when a part is no date or nothing changes. */
export function suggestDateSpelling(text: string): string | undefined {
  const parts = text.trim().split(/\s+(?:-|–|—|đến)\s+/u);
  if (parts.length > 2) return undefined;
  const fixed = parts.map(asVnDate);
  if (fixed.some((f) => f === undefined)) return undefined;
  const out = fixed.join(' - ');
  return out === text.trim() ? undefined : out;
}

/** The day with day and month exchanged ("12/05/2025" → 2025-12-05), when that is a different, real date. */
export function swapDayMonth(date: Pick<CalendarDate, 'year' | 'month' | 'day'>): CalendarDate | undefined {
  if (date.day === date.month) return undefined;
  const swapped = makeDate(date.year, date.day, date.month);
  return swapped.ok ? swapped.date : undefined;
}

/** The number of days from one ISO date to another (negative when `to` is earlier). */
export function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The ISO date `days` days after `iso`. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
