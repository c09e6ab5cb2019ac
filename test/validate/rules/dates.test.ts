import { describe, expect, it } from 'vitest';
import { en, vi, type Messages } from '../../../src/diagnostics/messages.js';
import { datesRule } from '../../../src/validate/rules/dates.js';
import { brief, edit, exampleReportText, MINI_REPORT, REPORT_NAMES, ruleContext, validateText } from '../support.js';

const run = (text: string, t: Messages = vi) => datesRule(ruleContext(text, t)).map(brief);
const firstDate = (date: string): string => edit(MINI_REPORT, '      - date: 05/12/2025\n', `      - date: ${date}\n`);

describe('datesRule: passing', () => {
  it('the mini report and every example report', () => {
    expect(run(MINI_REPORT)).toEqual([]);
    for (const name of REPORT_NAMES) expect(datesRule(ruleContext(exampleReportText(name))), name).toEqual([]);
  });

  it('the first and last day of the period and of the campaign are inside', () => {
    expect(run(firstDate('01/12/2025'))).toEqual([]);
    expect(run(firstDate('24/12/2025'))).toEqual([]);
    expect(run(firstDate('01/12/2025 - 24/12/2025'))).toEqual([]);
    const whole = edit(MINI_REPORT, 'period: 01/12/2025 - 24/12/2025', 'period: 01/12/2025 - 31/12/2025');
    expect(run(edit(whole, '      - date: 05/12/2025\n', '      - date: 31/12/2025\n'))).toEqual([]);
  });

  it('ISO dates, "–" and "đến" are read the same way', () => {
    expect(run(firstDate('2025-12-05'))).toEqual([]);
    expect(run(firstDate('2025-12-05 – 2025-12-07'))).toEqual([]);
    expect(run(firstDate('05/12/2025 đến 07/12/2025'))).toEqual([]);
  });
});

describe('CR401 invalid date', () => {
  it('an activity date that does not exist, at the date', () => {
    expect(run(firstDate('31/11/2025'))).toEqual([
      { code: 'CR401', line: 14, column: 15, message: 'Ngày "31/11/2025" không tồn tại (đọc theo dd/mm/yyyy: ngày trước, tháng sau).' },
    ]);
    expect(run(firstDate('31/11/2025'), en)[0]!.message).toBe('There is no date "31/11/2025" (read as dd/mm/yyyy: day first, then month).');
  });

  it('names the bad end of a range', () => {
    expect(run(firstDate('05/12/2025 - 32/12/2025'))).toEqual([
      { code: 'CR401', line: 14, column: 15, message: 'Ngày "32/12/2025" không tồn tại (đọc theo dd/mm/yyyy: ngày trước, tháng sau).' },
    ]);
  });

  it('month and day swapped (12/24/2025 read as day 12 of month 24)', () => {
    expect(run(firstDate('12/24/2025')).map((d) => [d.code, d.line, d.column])).toEqual([['CR401', 14, 15]]);
  });

  it('the report date', () => {
    const text = edit(MINI_REPORT, 'date: 24/12/2025\n', 'date: 29/02/2025\n');
    expect(run(text)).toEqual([
      { code: 'CR401', line: 4, column: 7, message: 'Ngày "29/02/2025" không tồn tại (đọc theo dd/mm/yyyy: ngày trước, tháng sau).' },
    ]);
  });

  it('the period', () => {
    const text = edit(MINI_REPORT, 'period: 01/12/2025 - 24/12/2025', 'period: 01/12/2025 - 31/11/2025');
    expect(run(text).map((d) => [d.code, d.line, d.column, d.message])).toEqual([
      ['CR401', 5, 9, 'Ngày "31/11/2025" không tồn tại (đọc theo dd/mm/yyyy: ngày trước, tháng sau).'],
    ]);
  });
});

describe('CR402 date outside the period', () => {
  it('an activity after the period, at its date', () => {
    expect(run(firstDate('28/12/2025'))).toEqual([
      {
        code: 'CR402',
        line: 14,
        column: 15,
        message: 'Ngày "28/12/2025" của hoạt động thứ 1 của nhiệm vụ III.4 nằm ngoài kỳ báo cáo 01/12/2025 - 24/12/2025.',
      },
    ]);
    expect(run(firstDate('28/12/2025'), en)[0]!.message).toBe(
      'Date "28/12/2025" of activity 1 of task III.4 is outside the report period 01/12/2025 - 24/12/2025.',
    );
  });

  it('a range that runs past the end of the period', () => {
    const text = edit(MINI_REPORT, '      - date: 08/12/2025 - 22/12/2025\n', '      - date: 08/12/2025 - 26/12/2025\n');
    expect(run(text).map((d) => [d.code, d.line, d.column])).toEqual([['CR402', 19, 15]]);
    expect(run(text)[0]!.message).toBe('Ngày "08/12/2025 - 26/12/2025" của hoạt động thứ 2 của nhiệm vụ III.4 nằm ngoài kỳ báo cáo 01/12/2025 - 24/12/2025.');
  });

  it('the period is shown as dd/mm/yyyy even when written in ISO', () => {
    const text = edit(firstDate('28/12/2025'), 'period: 01/12/2025 - 24/12/2025', 'period: 2025-12-01 - 2025-12-24');
    expect(run(text)[0]!.message).toBe('Ngày "28/12/2025" của hoạt động thứ 1 của nhiệm vụ III.4 nằm ngoài kỳ báo cáo 01/12/2025 - 24/12/2025.');
  });
});

describe('CR403 date outside the campaign', () => {
  it('an activity dated 15/01/2026: CR403 only, not also CR402', () => {
    expect(run(firstDate('15/01/2026'))).toEqual([
      {
        code: 'CR403',
        line: 14,
        column: 15,
        message: 'Ngày "15/01/2026" của hoạt động thứ 1 của nhiệm vụ III.4 nằm ngoài thời gian triển khai kế hoạch 01/12/2025 - 31/12/2025.',
      },
    ]);
    expect(run(firstDate('15/01/2026'), en)[0]!.message).toBe(
      "Date \"15/01/2026\" of activity 1 of task III.4 is outside the plan's campaign 01/12/2025 - 31/12/2025.",
    );
  });

  it('a range that starts before the campaign', () => {
    expect(run(firstDate('25/11/2025 - 05/12/2025')).map((d) => [d.code, d.line, d.column])).toEqual([['CR403', 14, 15]]);
  });

  it('a period wholly outside the campaign, and the activities then outside that period', () => {
    const text = edit(MINI_REPORT, 'period: 01/12/2025 - 24/12/2025', 'period: 01/11/2025 - 30/11/2025');
    expect(run(text).map((d) => [d.code, d.line, d.column])).toEqual([
      ['CR403', 5, 9],
      ['CR402', 14, 15],
      ['CR402', 19, 15],
    ]);
    expect(run(text)[0]!.message).toBe('Ngày "01/11/2025 - 30/11/2025" của "period" nằm ngoài thời gian triển khai kế hoạch 01/12/2025 - 31/12/2025.');
  });
});

describe('CR404 reversed range', () => {
  it('an activity range written end first: CR404 only', () => {
    const text = edit(MINI_REPORT, '      - date: 08/12/2025 - 22/12/2025\n', '      - date: 22/12/2025 - 08/12/2025\n');
    expect(run(text)).toEqual([
      {
        code: 'CR404',
        line: 19,
        column: 15,
        message: 'Khoảng ngày "22/12/2025 - 08/12/2025" của "date" (hoạt động thứ 2 của nhiệm vụ III.4) có ngày kết thúc trước ngày bắt đầu.',
      },
    ]);
    expect(run(text, en)[0]!.message).toBe('Date range "22/12/2025 - 08/12/2025" of "date" (activity 2 of task III.4) ends before it starts.');
  });

  it('a reversed period: CR404, and the activities are not compared with it', () => {
    const text = edit(MINI_REPORT, 'period: 01/12/2025 - 24/12/2025', 'period: 24/12/2025 - 01/12/2025');
    expect(run(text)).toEqual([
      { code: 'CR404', line: 5, column: 9, message: 'Khoảng ngày "24/12/2025 - 01/12/2025" của "period" có ngày kết thúc trước ngày bắt đầu.' },
    ]);
  });

  it('a one-day range is not reversed', () => {
    expect(run(firstDate('05/12/2025 - 05/12/2025'))).toEqual([]);
  });
});

describe('through the whole pipeline', () => {
  it('the rule runs only on schema-valid reports', () => {
    const text = edit(firstDate('15/01/2026'), '        participants: 150\n', '        partcipants: 150\n');
    expect(validateText(text).diagnostics.map((d) => d.code)).toEqual(['CR301']);
  });
});
