import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { rangeAt } from '../../load/locate-node.js';
import { parseDateOrRange } from '../../text/dates.js';
import { ActivityKeys } from '../../text/activity-key.js';
import type { Activity } from '../../plan/report-types.js';
import { activitiesOf, report, type Rule } from './rule.js';

interface Seen {
  path: (string | number)[];
  activity: Activity;
  dates: string;
}

/** The same activity listed twice (invisible characters aside) is said aloud; merge counts it once. */
export const duplicateActivitiesRule: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  // Two units' activities carried up in one roll-up may share a date, form and title: the unit (by) tells them apart.
  const seen = new ActivityKeys<Seen>((s) => ({ dates: s.dates, form: s.activity.form, title: s.activity.title, by: s.activity.by }));
  for (const { path, activity } of activitiesOf(ctx.report)) {
    const when = parseDateOrRange(activity.date);
    const dates = when.ok ? `${when.from.iso}/${when.to.iso}` : activity.date;
    const first = seen.firstSame({ path, activity, dates });
    // Positions cost a walk of the YAML tree: looked up only for the rare duplicate.
    if (first) out.push(report(ctx, 'CR407', [...path, 'title'], ctx.t.duplicateActivity(rangeAt(ctx.doc, ctx.lineCounter, first.path).start.line)));
  }
  return out;
};
