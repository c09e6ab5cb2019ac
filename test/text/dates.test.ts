import { describe, expect, it } from 'vitest';
import {
  addDays,
  DATE_OR_RANGE_PATTERN,
  DATE_PATTERN,
  daysFrom,
  daysInMonth,
  isKnownTimeZone,
  isoDayIn,
  readOtherDateSpelling,
  suggestDateSpelling,
  swapDayMonth,
  formatDateVn,
  makeDate,
  parseDate,
  parseDateOrRange,
  RANGE_PATTERN,
} from '../../src/text/dates.js';

const iso = (text: string): string | undefined => {
  const r = parseDate(text);
  return r.ok ? r.date.iso : undefined;
};
const span = (text: string): [string, string] | string => {
  const r = parseDateOrRange(text);
  return r.ok ? [r.from.iso, r.to.iso] : `${r.reason}:${r.part ?? ''}`;
};

describe('parseDate', () => {
  it('reads ISO yyyy-mm-dd', () => {
    expect(parseDate('2025-12-05')).toEqual({ ok: true, date: { year: 2025, month: 12, day: 5, iso: '2025-12-05' } });
  });

  it('reads dd/mm/yyyy with the day first', () => {
    expect(parseDate('05/12/2025')).toEqual({ ok: true, date: { year: 2025, month: 12, day: 5, iso: '2025-12-05' } });
    expect(iso('12/05/2025')).toBe('2025-05-12');
  });

  it('reads d/m/yyyy without leading zeros', () => {
    expect(iso('5/12/2025')).toBe('2025-12-05');
    expect(iso('1/7/2025')).toBe('2025-07-01');
  });

  it('ignores surrounding spaces', () => {
    expect(iso('  05/12/2025 ')).toBe('2025-12-05');
  });

  it('refuses dates that do not exist', () => {
    expect(parseDate('31/02/2025')).toEqual({ ok: false, reason: 'no-such-date' });
    expect(parseDate('31/11/2025')).toEqual({ ok: false, reason: 'no-such-date' });
    expect(parseDate('29/02/2025')).toEqual({ ok: false, reason: 'no-such-date' });
    expect(parseDate('2025-13-01')).toEqual({ ok: false, reason: 'no-such-date' });
    expect(parseDate('00/12/2025')).toEqual({ ok: false, reason: 'no-such-date' });
    expect(parseDate('2025-12-00')).toEqual({ ok: false, reason: 'no-such-date' });
  });

  it('accepts 29 February in a leap year only', () => {
    expect(iso('29/02/2024')).toBe('2024-02-29');
    expect(iso('2024-02-29')).toBe('2024-02-29');
    expect(iso('29/02/2000')).toBe('2000-02-29');
    expect(iso('29/02/2100')).toBeUndefined();
  });

  it('refuses years outside 1900–2999', () => {
    expect(parseDate('05/12/1899')).toEqual({ ok: false, reason: 'no-such-date' });
    expect(parseDate('05/12/3000')).toEqual({ ok: false, reason: 'no-such-date' });
    expect(iso('01/01/1900')).toBe('1900-01-01');
  });

  it('refuses other formats', () => {
    for (const text of ['05.12.2025', '05-12-2025', '2025/12/05', '5/12/25', '05/12', 'ngày 05/12/2025', '2025-1-5', '']) {
      expect(parseDate(text)).toEqual({ ok: false, reason: 'format' });
    }
  });
});

describe('parseDateOrRange', () => {
  it('a single date is a range of one day', () => {
    expect(span('05/12/2025')).toEqual(['2025-12-05', '2025-12-05']);
  });

  it('reads ranges joined by "-", "–", "—" and "đến", with or without spaces', () => {
    expect(span('01/12/2025 - 31/12/2025')).toEqual(['2025-12-01', '2025-12-31']);
    expect(span('01/12/2025-31/12/2025')).toEqual(['2025-12-01', '2025-12-31']);
    expect(span('01/12/2025 – 31/12/2025')).toEqual(['2025-12-01', '2025-12-31']);
    expect(span('01/12/2025 — 31/12/2025')).toEqual(['2025-12-01', '2025-12-31']);
    expect(span('01/12/2025 đến 31/12/2025')).toEqual(['2025-12-01', '2025-12-31']);
    expect(span('1/12/2025 đến 9/12/2025')).toEqual(['2025-12-01', '2025-12-09']);
  });

  it('reads ISO ranges, whose dates contain "-" themselves', () => {
    expect(span('2025-12-01 - 2025-12-31')).toEqual(['2025-12-01', '2025-12-31']);
    expect(span('2025-12-01-2025-12-31')).toEqual(['2025-12-01', '2025-12-31']);
    expect(span('2025-12-01 – 31/12/2025')).toEqual(['2025-12-01', '2025-12-31']);
  });

  it('names the part that does not exist', () => {
    expect(span('01/12/2025 - 31/11/2025')).toBe('no-such-date:31/11/2025');
    expect(span('31/02/2025 - 05/03/2025')).toBe('no-such-date:31/02/2025');
    expect(span('31/02/2025')).toBe('no-such-date:31/02/2025');
    expect(span(' 05.12.2025 ')).toBe('format:05.12.2025');
  });

  it('parses a reversed range as it is written (the dates rule reports it)', () => {
    expect(span('20/12/2025 - 08/12/2025')).toEqual(['2025-12-20', '2025-12-08']);
  });
});

describe('patterns used by the report schema', () => {
  const date = new RegExp(DATE_PATTERN, 'u');
  const range = new RegExp(RANGE_PATTERN, 'u');
  const either = new RegExp(DATE_OR_RANGE_PATTERN, 'u');

  it('DATE_PATTERN: one date', () => {
    expect(['05/12/2025', '5/1/2025', '2025-12-05', ' 05/12/2025 '].every((s) => date.test(s))).toBe(true);
    expect(['01/12/2025 - 31/12/2025', '05.12.2025', '2025-12-5', '05/12/25'].some((s) => date.test(s))).toBe(false);
  });

  it('RANGE_PATTERN: two dates', () => {
    expect(['01/12/2025 - 31/12/2025', '2025-12-01 - 2025-12-31', '01/12/2025 đến 31/12/2025', '01/12/2025–31/12/2025'].every((s) => range.test(s))).toBe(true);
    expect(['01/12/2025', '01/12/2025 -', 'từ 01/12/2025 đến 31/12/2025', '01/12/2025 ~ 31/12/2025'].some((s) => range.test(s))).toBe(false);
  });

  it('DATE_OR_RANGE_PATTERN: either', () => {
    expect(['05/12/2025', '01/12/2025 - 31/12/2025'].every((s) => either.test(s))).toBe(true);
    expect(['tháng 12/2025', '12/2025', '05/12/2025, 06/12/2025'].some((s) => either.test(s))).toBe(false);
  });

  it('the pattern accepts exactly what parseDateOrRange reads (apart from dates that do not exist)', () => {
    for (const s of ['05/12/2025', '2025-12-01 - 2025-12-31', '1/12/2025 đến 9/12/2025', '01/12/2025 — 31/12/2025']) {
      expect(either.test(s)).toBe(true);
      expect(parseDateOrRange(s).ok).toBe(true);
    }
    for (const s of ['05.12.2025', '12/2025', '01/12/2025 ~ 31/12/2025']) {
      expect(either.test(s)).toBe(false);
      expect(parseDateOrRange(s).ok).toBe(false);
    }
  });
});

describe('helpers', () => {
  it('daysInMonth', () => {
    expect([1, 2, 3, 4, 11, 12].map((m) => daysInMonth(2025, m))).toEqual([31, 28, 31, 30, 30, 31]);
    expect(daysInMonth(2024, 2)).toBe(29);
  });

  it('makeDate pads the ISO form', () => {
    expect(makeDate(2025, 7, 1)).toEqual({ ok: true, date: { year: 2025, month: 7, day: 1, iso: '2025-07-01' } });
  });

  it('formatDateVn', () => {
    expect(formatDateVn('2025-12-05')).toBe('05/12/2025');
  });
});

describe('the calendar of a time zone', () => {
  it('isoDayIn: the day an instant falls on there', () => {
    const instant = new Date('2025-12-31T23:30:00Z');
    expect(isoDayIn(instant, 'Asia/Ho_Chi_Minh')).toBe('2026-01-01');
    expect(isoDayIn(instant, 'UTC')).toBe('2025-12-31');
    expect(isoDayIn(new Date('2026-01-01T06:00:00Z'), 'America/New_York')).toBe('2026-01-01');
    expect(isoDayIn(new Date('2026-01-01T04:00:00Z'), 'America/New_York')).toBe('2025-12-31');
  });

  it('isKnownTimeZone', () => {
    expect(isKnownTimeZone('Asia/Ho_Chi_Minh')).toBe(true);
    expect(isKnownTimeZone('Asia/Hanoi')).toBe(false);
    expect(isKnownTimeZone('')).toBe(false);
  });

  it('daysFrom and addDays across a year end and a leap day', () => {
    expect(daysFrom('2025-12-31', '2026-07-02')).toBe(183);
    expect(daysFrom('2026-01-01', '2025-12-31')).toBe(-1);
    expect(addDays('2025-12-31', 183)).toBe('2026-07-02');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});

describe('dates in other spellings', () => {
  it.each([
    ['ngày 5 tháng 12 năm 2025', '05/12/2025'],
    ['Ngày 05 tháng 12 năm 2025', '05/12/2025'],
    ['5 tháng 12 năm 2025', '05/12/2025'],
    ['26-12-2025', '26/12/2025'],
    ['2025/12/26', '26/12/2025'],
    ['26.12.2025', '26/12/2025'],
    ['5/12/25', '05/12/2025'],
    ['01.12.2025 - 31.12.2025', '01/12/2025 - 31/12/2025'],
    ['01/12/2025 đến 31-12-2025', '01/12/2025 - 31/12/2025'],
  ])('%s → %s', (text, expected) => {
    expect(suggestDateSpelling(text)).toBe(expected);
  });

  it('no suggestion for what is no date, no such day, or already right', () => {
    expect(suggestDateSpelling('dd/mm/yyyy')).toBeUndefined();
    expect(suggestDateSpelling('31.11.2025')).toBeUndefined();
    expect(suggestDateSpelling('26/12/2025')).toBeUndefined();
    expect(suggestDateSpelling('tháng 12')).toBeUndefined();
    expect(readOtherDateSpelling('2025.12.26')).toMatchObject({ iso: '2025-12-26' });
  });

  it('swapDayMonth: only when the swap is another real date', () => {
    expect(swapDayMonth({ year: 2025, month: 5, day: 12 })).toMatchObject({ iso: '2025-12-05' });
    expect(swapDayMonth({ year: 2025, month: 12, day: 24 })).toBeUndefined();
    expect(swapDayMonth({ year: 2025, month: 7, day: 7 })).toBeUndefined();
  });
});
