import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { rangeAt } from '../../load/locate-node.js';
import { parseDateOrRange } from '../../text/dates.js';
import { activityKey } from '../../text/activity-key.js';
import { activitiesOf, report, type Rule } from './rule.js';

interface Seen {
  path: (string | number)[];
  activity: { date: string; form: string; title: string; by?: string };
  dates: string;
  /** activityKey, folded only once another activity has the same dates and form (most never do). */
  key?: string;
}

/** The same activity listed twice (invisible characters aside) is said aloud; merge counts it once. */
export const duplicateActivitiesRule: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  const byDatesAndForm = new Map<string, Seen[]>();
  const keyOf = (s: Seen): string => (s.key ??= activityKey(s.dates, s.activity.form, s.activity.title, s.activity.by));
  for (const { path, activity } of activitiesOf(ctx.report)) {
    const when = parseDateOrRange(activity.date);
    const dates = when.ok ? `${when.from.iso}/${when.to.iso}` : activity.date;
    const seen: Seen = { path, activity, dates };
    // Folding a title costs more than the rest of the rule: only titles whose dates and form already collide are folded.
    const group = byDatesAndForm.get(`${dates}|${activity.form}`);
    if (!group) {
      byDatesAndForm.set(`${dates}|${activity.form}`, [seen]);
      continue;
    }
    // Two units' activities carried up in one roll-up may share a date, form and title: the unit (by) tells them apart.
    const first = group.find((earlier) => keyOf(earlier) === keyOf(seen));
    group.push(seen);
    // Positions cost a walk of the YAML tree: looked up only for the rare duplicate.
    if (first) out.push(report(ctx, 'CR407', [...path, 'title'], ctx.t.duplicateActivity(rangeAt(ctx.doc, ctx.lineCounter, first.path).start.line)));
  }
  return out;
};
