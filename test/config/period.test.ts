import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { activityInPeriod, parsePeriod, periodContains, periodFormatProblem } from '../../src/config/period.js';
import { opsMessagesFor } from '../../src/messages/ops.js';

const plan = { campaign: { from: '2025-12-01', to: '2025-12-31', phases: [] } };
const window = (text: string): [string, string] => {
  const p = parsePeriod(text, { plan });
  return [p.from, p.to];
};

describe('parsePeriod: windows of Nghị định 09/2019, Điều 12', () => {
  it.each([
    // monthly: 15th of the previous month → 14th of the month
    ['2025-12', '2025-11-15', '2025-12-14'],
    ['2025-06', '2025-05-15', '2025-06-14'],
    ['2025-01', '2024-12-15', '2025-01-14'], // across the new year
    ['2024-03', '2024-02-15', '2024-03-14'],
    // quarterly: 15th of the month before the quarter → 14th of its last month
    ['2025-Q1', '2024-12-15', '2025-03-14'],
    ['2025-Q2', '2025-03-15', '2025-06-14'],
    ['2025-Q3', '2025-06-15', '2025-09-14'],
    ['2025-Q4', '2025-09-15', '2025-12-14'],
    ['2025-q4', '2025-09-15', '2025-12-14'],
    // half-year
    ['2025-H1', '2024-12-15', '2025-06-14'],
    ['2025-H2', '2025-06-15', '2025-12-14'],
    // annual
    ['2025', '2024-12-15', '2025-12-14'],
    ['2000', '1999-12-15', '2000-12-14'],
    // the plan's own campaign
    ['campaign', '2025-12-01', '2025-12-31'],
  ])('%s → %s … %s', (text, from, to) => {
    expect(window(text)).toEqual([from, to]);
  });

  it('names the kind, the year and which part of it, and normalises the text; the catalogue words it in each language', () => {
    const label = (p: ReturnType<typeof parsePeriod>, lang: 'vi' | 'en' = 'vi'): string => opsMessagesFor(lang).periodLabel(p);
    const q4 = parsePeriod('2025-q4');
    expect(q4).toMatchObject({ kind: 'quarter', text: '2025-Q4', year: 2025, part: 4 });
    expect([label(q4), label(q4, 'en')]).toEqual(['quý IV năm 2025', 'Q4 2025']);
    const december = parsePeriod(' 2025-12 ');
    expect(december).toMatchObject({ kind: 'month', text: '2025-12', year: 2025, part: 12 });
    expect([label(december), label(december, 'en')]).toEqual(['tháng 12 năm 2025', 'December 2025']);
    expect([label(parsePeriod('2025-H1')), label(parsePeriod('2025-H2'), 'en')]).toEqual(['6 tháng đầu năm 2025', 'second half of 2025']);
    expect(parsePeriod('2025')).toMatchObject({ kind: 'year', year: 2025, part: 0 });
    expect(label(parsePeriod('2025'))).toBe('năm 2025');
    const campaign = parsePeriod('campaign', { plan });
    expect(campaign).toMatchObject({ kind: 'campaign' });
    expect([label(campaign), label(campaign, 'en')]).toEqual(['đợt 01/12/2025 - 31/12/2025', 'campaign 01/12/2025 - 31/12/2025']);
  });

  it('counts days with leap years: February 2024 has 29 days, 2025 has 28', () => {
    expect(parsePeriod('2024-03').days).toBe(29); // 15/02–29/02 is 15 days, 01/03–14/03 is 14
    expect(parsePeriod('2025-03').days).toBe(28);
    expect(parsePeriod('2024-Q1').days).toBe(17 + 31 + 29 + 14); // 15/12/2023–14/03/2024
    expect(parsePeriod('2024').days).toBe(366); // 15/12/2023–14/12/2024 holds 29/02/2024
    expect(parsePeriod('2025').days).toBe(365);
    expect(parsePeriod('2000').days).toBe(366); // 2000 is a leap year (divisible by 400)
    expect(parsePeriod('2100').days).toBe(365); // 2100 is not (divisible by 100)
  });

  it.each(['2025-13', '2025-00', '2025-Q5', '2025-Q0', '2025-H3', '25-12', '2025/12', '12/2025', 'quý 4', '', 'Campaign2', '2025-12-01', '0999', '3000'])(
    'refuses %j with a UsageError that lists the forms',
    (text) => {
      expect(() => parsePeriod(text, { plan })).toThrow(UsageError);
      expect(() => parsePeriod(text, { plan })).toThrow(/2025-12, 2025-Q4, 2025-H1, 2025-H2, 2025, campaign/);
      expect(periodFormatProblem(text)).toBeDefined();
    },
  );

  it('speaks English when asked', () => {
    expect(periodFormatProblem('2025-13')?.render('en')).toMatch(/^The reporting period "2025-13" is invalid\. Write one of: 2025-12, /);
    expect(periodFormatProblem('3000')?.render('en')).toContain('(year outside 1901–2999)');
  });

  it('"campaign" needs the plan', () => {
    expect(() => parsePeriod('campaign')).toThrow(/cần tệp kế hoạch/);
    expect(periodFormatProblem('campaign')).toBeUndefined();
  });
});

describe('what falls in a period', () => {
  const q4 = parsePeriod('2025-Q4');
  it('includes both ends', () => {
    expect(periodContains(q4, '2025-09-15')).toBe(true);
    expect(periodContains(q4, '2025-12-14')).toBe(true);
    expect(periodContains(q4, '2025-09-14')).toBe(false);
    expect(periodContains(q4, '2025-12-15')).toBe(false);
  });

  it('reads activity dates as the reports write them', () => {
    expect(activityInPeriod(q4, '05/12/2025')).toBe(true);
    expect(activityInPeriod(q4, '2025-12-14')).toBe(true);
    expect(activityInPeriod(q4, '15/12/2025')).toBe(false);
    expect(activityInPeriod(q4, '10/12/2025 - 20/12/2025')).toBe(false);
    expect(activityInPeriod(q4, '10/12/2025 - 20/12/2025', 'overlaps')).toBe(true);
    expect(activityInPeriod(q4, '15/12/2025 - 20/12/2025', 'overlaps')).toBe(false);
    expect(activityInPeriod(q4, '31/02/2025')).toBe(false);
  });
});
