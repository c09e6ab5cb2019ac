import { describe, expect, it } from 'vitest';
import { en, vi, type Messages } from '../../../src/messages/diagnostics.js';
import { taskStatusRule } from '../../../src/validate/rules/task-status.js';
import { brief, edit, exampleReportText, MINI_REPORT, REPORT_NAMES, ruleContext, validateText } from '../support.js';

const run = (text: string, t: Messages = vi) => taskStatusRule(ruleContext(text, t)).map(brief);
const notStarted = edit(MINI_REPORT, '    status: done\n', '    status: not_started\n    reason: Chưa bố trí được kinh phí.\n');

describe('taskStatusRule', () => {
  it('passes the mini report and every example report (a not_started task there lists nothing)', () => {
    expect(run(MINI_REPORT)).toEqual([]);
    for (const name of REPORT_NAMES) expect(taskStatusRule(ruleContext(exampleReportText(name))), name).toEqual([]);
  });

  it('CR428: a task not_started that lists activities is an error at its status', () => {
    expect(run(notStarted)).toEqual([{ code: 'CR428', line: 11, column: 13, message: 'Nhiệm vụ III.4 ghi status: not_started nhưng kê khai 2 hoạt động.' }]);
    expect(run(notStarted, en)[0]!.message).toBe('Task III.4 has status: not_started but lists 2 activities.');
  });

  it('through the pipeline the report is refused, so its activities never reach the totals', () => {
    const check = validateText(notStarted);
    expect(check.diagnostics.map((d) => [d.code, d.severity])).toEqual([['CR428', 'error']]);
  });
});
