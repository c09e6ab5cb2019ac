import { describe, expect, it } from 'vitest';
import { en, vi, type Messages } from '../../../src/messages/diagnostics.js';
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
    const whole = edit(edit(MINI_REPORT, 'period: 01/12/2025 - 24/12/2025', 'period: 01/12/2025 - 31/12/2025'), 'date: 24/12/2025\n', 'date: 31/12/2025\n');
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
      "Date \"15/01/2026\" of activity 1 of task III.4 is outside the plan's time frame 01/12/2025 - 31/12/2025.",
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

const signed = (date: string, text = MINI_REPORT): string => edit(text, 'date: 24/12/2025\n', `date: ${date}\n`);

describe('CR425 a report dated before what it reports', () => {
  it('26/12/2024 (the year before the plan): at the date, naming the plan', () => {
    expect(run(signed('26/12/2024'))).toEqual([
      { code: 'CR425', line: 4, column: 7, message: 'Ngày báo cáo "26/12/2024" trước ngày ban hành Kế hoạch 400/KH-BCĐNQ-CQTT (04/12/2025); kiểm tra lại năm.' },
    ]);
    expect(run(signed('26/12/2024'), en)[0]!.message).toBe('Report date "26/12/2024" is before plan 400/KH-BCĐNQ-CQTT was issued (04/12/2025); check the year.');
  });

  it('06/12/2025 while the report lists an activity starting 08/12: names that activity', () => {
    expect(run(signed('06/12/2025'))).toEqual([
      {
        code: 'CR425',
        line: 4,
        column: 7,
        message: 'Ngày báo cáo "06/12/2025" trước ngày bắt đầu hoạt động thứ 2 của nhiệm vụ III.4 (08/12/2025 - 22/12/2025) mà báo cáo kê khai.',
      },
    ]);
  });

  it('an activity still running when the report is signed is fine', () => {
    expect(run(signed('10/12/2025'))).toEqual([]);
  });

  it('before its own period starts', () => {
    const text = edit(edit(signed('05/12/2025'), 'period: 01/12/2025 - 24/12/2025', 'period: 06/12/2025 - 24/12/2025'), '      - date: 05/12/2025\n', '      - date: 06/12/2025\n');
    expect(run(text).map((d) => [d.code, d.line, d.message])).toEqual([['CR425', 4, 'Ngày báo cáo "05/12/2025" trước ngày bắt đầu kỳ báo cáo (06/12/2025).']]);
  });

  it('day and month swapped: says which date would fit', () => {
    expect(run(signed('12/05/2025'))[0]!.message).toBe(
      'Ngày báo cáo "12/05/2025" trước ngày ban hành Kế hoạch 400/KH-BCĐNQ-CQTT (04/12/2025); kiểm tra lại năm. 12/05/2025 — có phải 05/12/2025?',
    );
    expect(run(signed('12/05/2025'), en)[0]!.message).toMatch(/ 12\/05\/2025 — did you mean 05\/12\/2025\?$/);
  });

  it('an activity already out of its period does not also make the report date wrong', () => {
    expect(run(firstDate('28/12/2025')).map((d) => d.code)).toEqual(['CR402']);
  });
});

describe('CR426 a report dated long after the campaign', () => {
  it('26/12/2026: more than half a year after 31/12/2025', () => {
    expect(run(signed('26/12/2026'))).toEqual([
      { code: 'CR426', line: 4, column: 7, message: 'Ngày báo cáo "26/12/2026" muộn hơn 183 ngày sau khi kết thúc đợt (31/12/2025); kiểm tra lại năm.' },
    ]);
  });

  it('a late report within half a year is only late (status says so), not wrong', () => {
    expect(run(signed('02/07/2026'))).toEqual([]);
    expect(run(signed('03/07/2026')).map((d) => d.code)).toEqual(['CR426']);
  });
});

describe('CR403 the period and the plan\'s reportable window', () => {
  it('a period running past the campaign', () => {
    const text = edit(MINI_REPORT, 'period: 01/12/2025 - 24/12/2025', 'period: 01/12/2025 - 15/01/2026');
    expect(run(text).map((d) => [d.code, d.line, d.column, d.message])).toEqual([
      ['CR403', 5, 9, 'Ngày "01/12/2025 - 15/01/2026" của "period" nằm ngoài thời gian triển khai kế hoạch 01/12/2025 - 31/12/2025.'],
    ]);
  });

  it('an activity outside the campaign whose day and month swapped would be inside says so', () => {
    expect(run(firstDate('12/05/2025'))[0]!.message).toBe(
      'Ngày "12/05/2025" của hoạt động thứ 1 của nhiệm vụ III.4 nằm ngoài thời gian triển khai kế hoạch 01/12/2025 - 31/12/2025. 12/05/2025 — có phải 05/12/2025?',
    );
    expect(run(firstDate('15/01/2026'))[0]!.message).not.toContain('có phải');
  });

  it('preparation between reportable_from and the campaign start is accepted; before it is not', () => {
    const prep = edit(edit(MINI_REPORT, 'period: 01/12/2025 - 24/12/2025', 'period: 20/11/2025 - 24/12/2025'), '      - date: 05/12/2025\n', '      - date: 25/11/2025\n');
    const ctx = ruleContext(prep);
    const withWindow = { ...ctx, index: { ...ctx.index, plan: { ...ctx.index.plan, reportable_from: '2025-11-20' } } };
    expect(datesRule(withWindow).map(brief)).toEqual([]);
    // By default the window opens at the plan's issue date (04/12/2025), here after the campaign start: the campaign rules.
    expect(datesRule(ctx).map((d) => [d.code, d.range.start.line])).toEqual([
      ['CR403', 5],
      ['CR403', 14],
    ]);
    expect(datesRule(ctx)[1]!.message).toContain('01/12/2025 - 31/12/2025');
  });
});
