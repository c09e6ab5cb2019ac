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

/** A date or a range; a single date is the range of one day. */
export function parseDateOrRange(text: string): RangeParse {
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
