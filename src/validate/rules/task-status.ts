import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { report, type Rule } from './rule.js';

/**
 * A task `not_started` that lists activities contradicts itself, and its activities would be counted in the
 * totals of a task reported as not done: an error, so the clerk decides which is true.
 */
export const taskStatusRule: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  for (const [taskId, task] of Object.entries(ctx.report.tasks)) {
    const count = task.activities?.length ?? 0;
    if (task.status === 'not_started' && count > 0) out.push(report(ctx, 'CR428', ['tasks', taskId, 'status'], ctx.t.activitiesWhileNotStarted(taskId, count)));
  }
  return out;
};
