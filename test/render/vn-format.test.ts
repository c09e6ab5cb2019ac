import { describe, expect, it } from 'vitest';
import {
  cleanInline,
  cleanText,
  dayText,
  formatDateTable,
  formatDateText,
  formatDocNumber,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPlaceDate,
  formatSpanTable,
  formatSpanText,
  lowerFirst,
  monthText,
  pointLetter,
  roman,
} from '../../src/render/vn-format.js';

describe('numbers', () => {
  it('groups thousands with dots', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(1000)).toBe('1.000');
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(-1234567)).toBe('-1.234.567');
    expect(formatNumber(Number.MAX_SAFE_INTEGER)).toBe('9.007.199.254.740.991');
    expect(formatNumber(12345678901234567890n)).toBe('12.345.678.901.234.567.890');
  });
  it('uses a decimal comma', () => {
    expect(formatNumber(12.5)).toBe('12,5');
    expect(formatNumber(1234.25)).toBe('1.234,25');
    expect(formatPercent(17, 76)).toBe('22,4%');
    expect(formatPercent(1, 4)).toBe('25%');
    expect(formatPercent(0, 0)).toBe('0%');
  });
  it('writes money in đồng', () => {
    expect(formatMoney(1500000)).toBe('1.500.000 đồng');
    expect(formatMoney(0)).toBe('0 đồng');
  });
  it('refuses what is not a number', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(RangeError);
  });
});

describe('dates', () => {
  it('pads the day below 10 and the month only for January and February', () => {
    expect(formatDateText('2026-01-05')).toBe('ngày 05 tháng 01 năm 2026');
    expect(formatDateText('2026-02-09')).toBe('ngày 09 tháng 02 năm 2026');
    expect(formatDateText('2026-03-01')).toBe('ngày 01 tháng 3 năm 2026');
    expect(formatDateText('2025-06-15')).toBe('ngày 15 tháng 6 năm 2025');
    expect(formatDateText('2025-12-04')).toBe('ngày 04 tháng 12 năm 2025');
    expect(formatDateText('2025-10-10')).toBe('ngày 10 tháng 10 năm 2025');
    expect(formatDateText('2025-11-30')).toBe('ngày 30 tháng 11 năm 2025');
    for (let m = 1; m <= 12; m++) expect(monthText(m)).toBe(m <= 2 ? `0${m}` : String(m));
    expect(dayText(1)).toBe('01');
    expect(dayText(10)).toBe('10');
  });
  it('accepts dd/mm/yyyy too', () => {
    expect(formatDateText('05/01/2026')).toBe('ngày 05 tháng 01 năm 2026');
    expect(formatDateText('5/1/2026')).toBe('ngày 05 tháng 01 năm 2026');
  });
  it('writes the place-date line', () => {
    expect(formatPlaceDate('Lạng Sơn', '2026-01-05')).toBe('Lạng Sơn, ngày 05 tháng 01 năm 2026');
    expect(formatPlaceDate('  Lạng  Sơn ', '2026-07-20')).toBe('Lạng Sơn, ngày 20 tháng 7 năm 2026');
  });
  it('writes table dates dd/mm/yyyy and spans', () => {
    expect(formatDateTable('2026-01-05')).toBe('05/01/2026');
    expect(formatDateTable('2026-12-25')).toBe('25/12/2026');
    expect(formatSpanTable('2025-12-01', '2025-12-10')).toBe('01/12/2025 - 10/12/2025');
    expect(formatSpanTable('2025-12-01', '2025-12-01')).toBe('01/12/2025');
    expect(formatSpanText('2025-12-01', '2025-12-31')).toBe('từ ngày 01 tháng 12 năm 2025 đến ngày 31 tháng 12 năm 2025');
  });
  it('refuses a date that does not exist', () => {
    expect(() => formatDateText('2025-02-30')).toThrow(RangeError);
    expect(() => formatDateText('tomorrow')).toThrow(RangeError);
  });
});

describe('text hygiene', () => {
  it('normalises to NFC', () => {
    const decomposed = 'Nha\u0300 Tie\u0302\u0301ng Vie\u0323\u0302t';
    expect(cleanText(decomposed)).toBe('Nhà Tiếng Việt'.normalize('NFC'));
    expect(cleanText(decomposed)).toBe(cleanText(decomposed).normalize('NFC'));
  });
  it('strips XML control characters, keeps tabs and line breaks in cleanText', () => {
    expect(cleanText('a\u0000b\u0007c\u000Bd\u001Fe\tf\ng\u007F\uFFFE')).toBe('abcde\tf\ng');
    expect(cleanText('x\uD800y')).toBe('xy');
    expect(cleanText('😀')).toBe('😀');
  });
  it('cleanInline collapses white space', () => {
    expect(cleanInline('  một\n\nhai\t ba  ')).toBe('một hai ba');
  });
});

describe('document numbers, letters, numerals', () => {
  it('pads a document number below 10', () => {
    expect(formatDocNumber('5/BC-BCĐNQ-CQTT')).toBe('05/BC-BCĐNQ-CQTT');
    expect(formatDocNumber('15/BC-BCĐNQ-CQTT')).toBe('15/BC-BCĐNQ-CQTT');
    expect(formatDocNumber(' 15 / BC-X ')).toBe('15/BC-X');
  });
  it('letters points in Vietnamese order', () => {
    expect(Array.from({ length: 8 }, (_, i) => pointLetter(i))).toEqual(['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h']);
  });
  it('roman numerals and lower first', () => {
    expect([1, 2, 3, 4, 9, 12].map(roman)).toEqual(['I', 'II', 'III', 'IV', 'IX', 'XII']);
    expect(lowerFirst('Triển khai')).toBe('triển khai');
    expect(lowerFirst('Đợt')).toBe('đợt');
  });
});
