import { describe, expect, it } from 'vitest';
import { en, vi, type Messages } from '../../../src/messages/diagnostics.js';
import { duplicateActivitiesRule } from '../../../src/validate/rules/duplicate-activities.js';
import { brief, edit, exampleReportText, MINI_REPORT, REPORT_NAMES, ruleContext, validateText } from '../support.js';

const run = (text: string, t: Messages = vi) =>
  duplicateActivitiesRule(ruleContext(text, t)).map((d) => ({ ...brief(d), severity: d.severity, path: d.path }));

const FIRST = [
  '      - date: 05/12/2025',
  '        form: conference',
  '        title: Hội nghị phổ biến Công ước Chống tra tấn',
  '        participants: 150',
  '        quantities: { sessions: 1 }',
  '',
].join('\n');
/** Inserts an activity right after the first one (it becomes activity 2, starting on line 19). */
const withSecond = (lines: string[]): string => edit(MINI_REPORT, FIRST, FIRST + lines.join('\n') + '\n');

describe('duplicateActivitiesRule', () => {
  it('passes the mini report and every example report', () => {
    expect(run(MINI_REPORT)).toEqual([]);
    for (const name of REPORT_NAMES) expect(duplicateActivitiesRule(ruleContext(exampleReportText(name))), name).toEqual([]);
  });

  it('CR407: an activity pasted twice, at the copy’s title, naming the line of the first', () => {
    const text = edit(MINI_REPORT, FIRST, FIRST + FIRST);
    expect(run(text)).toEqual([
      {
        code: 'CR407',
        severity: 'warning',
        line: 21,
        column: 16,
        message: 'Hoạt động trùng với hoạt động ở dòng 14 (cùng ngày, hình thức và tên); chỉ được tính một lần vào tổng số.',
        path: ['tasks', 'III.4', 'activities', 1, 'title'],
      },
    ]);
    expect(run(text, en)[0]!.message).toBe('The activity repeats the one on line 14 (same date, form and title); it is counted once in the totals.');
  });

  it('the same date written another way, the title in other case, spacing or without marks, is still the same activity', () => {
    const text = withSecond(['      - date: 2025-12-05', '        form: conference', '        title: HỘI NGHỊ  phổ biến Cong uoc Chong tra tan']);
    expect(run(text).map((d) => [d.code, d.line, d.column, d.message])).toEqual([
      ['CR407', 21, 16, 'Hoạt động trùng với hoạt động ở dòng 14 (cùng ngày, hình thức và tên); chỉ được tính một lần vào tổng số.'],
    ]);
  });

  it('invisible characters do not make a copy another activity (zero-width space, NBSP, soft hyphen, word joiner)', () => {
    for (const title of ['Hội nghị phổ\u200B biến Công ước Chống tra tấn', 'Hội nghị\u00A0phổ biến Công ước Chống tra tấn', 'Hội nghị phổ bi\u00ADến Công ước Chống tra tấn', '\uFEFFHội nghị phổ biến Công ước\u2060 Chống tra tấn']) {
      const text = withSecond(['      - date: 05/12/2025', '        form: conference', `        title: ${title}`]);
      expect(run(text).map((d) => [d.code, d.line]), JSON.stringify(title)).toEqual([['CR407', 21]]);
    }
  });

  it('a copy of the second of two activities on the same day and form names the second', () => {
    const second = ['      - date: 05/12/2025', '        form: conference', '        title: Hội nghị tập huấn nghiệp vụ'];
    const text = withSecond([...second, ...second]);
    expect(run(text).map((d) => [d.code, d.line, d.message])).toEqual([
      ['CR407', 24, 'Hoạt động trùng với hoạt động ở dòng 19 (cùng ngày, hình thức và tên); chỉ được tính một lần vào tổng số.'],
    ]);
  });

  it('every further copy names the first', () => {
    const text = edit(MINI_REPORT, FIRST, FIRST + FIRST + FIRST);
    expect(run(text).map((d) => [d.code, d.line, d.message])).toEqual([
      ['CR407', 21, 'Hoạt động trùng với hoạt động ở dòng 14 (cùng ngày, hình thức và tên); chỉ được tính một lần vào tổng số.'],
      ['CR407', 26, 'Hoạt động trùng với hoạt động ở dòng 14 (cùng ngày, hình thức và tên); chỉ được tính một lần vào tổng số.'],
    ]);
  });

  it('a different date, form or title is another activity', () => {
    expect(run(withSecond(['      - date: 06/12/2025', '        form: conference', '        title: Hội nghị phổ biến Công ước Chống tra tấn']))).toEqual([]);
    expect(run(withSecond(['      - date: 05/12/2025', '        form: direct-propaganda', '        title: Hội nghị phổ biến Công ước Chống tra tấn']))).toEqual([]);
    expect(run(withSecond(['      - date: 05/12/2025', '        form: conference', '        title: Hội nghị phổ biến Công ước ICCPR']))).toEqual([]);
  });

  it('the same activity under two tasks is flagged too (it would be counted twice in the totals)', () => {
    const base = exampleReportText('12-xa-loc-binh.yaml');
    const text = edit(
      base,
      '  III.12.b:\n    status: not_started\n',
      '  III.12.b:\n    status: in_progress\n    activities:\n      - date: 04/12/2025\n        form: conference\n        title: Hội nghị triển khai đợt tuyên truyền cao điểm kỷ niệm 77 năm Ngày Nhân quyền thế giới\n',
    );
    expect(run(text).map((d) => [d.code, d.line, d.column, d.path.join('/')])).toEqual([['CR407', 51, 16, 'tasks/III.12.b/activities/0/title']]);
    expect(run(text)[0]!.message).toBe('Hoạt động trùng với hoạt động ở dòng 21 (cùng ngày, hình thức và tên); chỉ được tính một lần vào tổng số.');
  });

  it('through the pipeline it is a warning: the report is still accepted', () => {
    const check = validateText(edit(MINI_REPORT, FIRST, FIRST + FIRST));
    expect(check.diagnostics.map((d) => d.code)).toEqual(['CR407']);
    expect(check.report).toBeDefined();
  });
});
