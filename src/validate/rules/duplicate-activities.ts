import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { rangeAt } from '../../load/locate-node.js';
import { parseDateOrRange } from '../../text/dates.js';
import { activityKey } from '../../text/activity-key.js';
import { activitiesOf, report, type Rule } from './rule.js';

/** The same activity listed twice (invisible characters aside) is said aloud; merge counts it once. */
export const duplicateActivitiesRule: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  const firstPath = new Map<string, (string | number)[]>();
  for (const { path, activity } of activitiesOf(ctx.report)) {
    const when = parseDateOrRange(activity.date);
    const date = when.ok ? `${when.from.iso}/${when.to.iso}` : activity.date;
    // Two units' activities carried up in one roll-up may share a date, form and title: the unit (by) tells them apart.
    const key = activityKey(date, activity.form, activity.title, activity.by);
    const first = firstPath.get(key);
    if (first === undefined) {
      firstPath.set(key, path);
      continue;
    }
    // Positions cost a walk of the YAML tree: looked up only for the rare duplicate.
    out.push(report(ctx, 'CR407', [...path, 'title'], ctx.t.duplicateActivity(rangeAt(ctx.doc, ctx.lineCounter, first).start.line)));
  }
  return out;
};
