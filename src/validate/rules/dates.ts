import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { reportableWindow } from '../../plan/settings.js';
import { addDays, daysFrom, formatDateVn, parseDate, parseDateOrRange, swapDayMonth, type CalendarDate } from '../../text/dates.js';
import { activitiesOf, report, type Rule } from './rule.js';
import { appendAll } from '../../core/append-all.js';

interface Span {
  from: string;
  to: string;
}

/** A report signed this long after the campaign has ended is far more likely a mistyped year than a late report. */
export const LATE_REPORT_DAYS = 183;

const showSpan = (s: Span): string => `${formatDateVn(s.from)} - ${formatDateVn(s.to)}`;
const inside = (inner: Span, outer: Span): boolean => inner.from >= outer.from && inner.to <= outer.to;

/** Dates exist, ranges run forward, the period and every activity lie in the plan's reportable window and the report's date is plausible. */
export const datesRule: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  const { t } = ctx;
  const { plan } = ctx.index;
  const window: Span = reportableWindow(plan);

  const span = (path: (string | number)[], text: string): Span | undefined => {
    const parsed = parseDateOrRange(text);
    if (!parsed.ok) {
      out.push(report(ctx, 'CR401', path, t.invalidDate(parsed.part ?? text)));
      return undefined;
    }
    if (parsed.from.iso > parsed.to.iso) {
      out.push(report(ctx, 'CR404', path, t.reversedRange(path, text)));
      return undefined;
    }
    return { from: parsed.from.iso, to: parsed.to.iso };
  };
  /** " 12/05/2025 — có phải 05/12/2025?" when the date read with day and month exchanged lands in `within`. */
  const swapHint = (text: string, within: Span): string => {
    const single = parseDate(text);
    if (!single.ok) return '';
    const swapped = swapDayMonth(single.date);
    return swapped && inside({ from: swapped.iso, to: swapped.iso }, within) ? t.swappedDayMonth(formatDateVn(single.date.iso), formatDateVn(swapped.iso)) : '';
  };

  const period = span(['period'], ctx.report.period);
  if (period && !inside(period, window)) {
    out.push(report(ctx, 'CR403', ['period'], t.dateOutsideCampaign(['period'], ctx.report.period, showSpan(window))));
  }
  // An activity still running when the report is signed is normal; one that starts after it cannot be reported yet.
  let last: { path: (string | number)[]; from: string; text: string } | undefined;
  for (const { path, activity } of activitiesOf(ctx.report)) {
    const datePath = [...path, 'date'];
    const when = span(datePath, activity.date);
    if (!when) continue;
    if (!inside(when, window)) out.push(report(ctx, 'CR403', datePath, t.dateOutsideCampaign(path, activity.date, showSpan(window)) + swapHint(activity.date, window)));
    else if (period && !inside(when, period)) out.push(report(ctx, 'CR402', datePath, t.dateOutsidePeriod(path, activity.date, showSpan(period))));
    // A date already reported above is the likely mistake: the report's date is not judged by it.
    else if (!last || when.from > last.from) last = { path, from: when.from, text: activity.date };
  }

  const signed = parseDate(ctx.report.date);
  if (!signed.ok) {
    out.push(report(ctx, 'CR401', ['date'], t.invalidDate(ctx.report.date)));
    return out;
  }
  appendAll(out, reportDateProblems(signed.date, period, last));
  return out;

  /** A report is signed after the plan, after its period starts and after every activity it lists has started, and not long after the campaign. */
  function reportDateProblems(date: CalendarDate, periodSpan: Span | undefined, lastActivity: typeof last): Diagnostic[] {
    const text = ctx.report.date;
    const plausible: Span = { from: plan.document.date, to: addDays(plan.campaign.to, LATE_REPORT_DAYS) };
    const early = (message: string): Diagnostic[] => [report(ctx, 'CR425', ['date'], message + swapHint(text, plausible))];
    if (date.iso < plan.document.date) return early(t.reportBeforePlan(text, plan.document.number, formatDateVn(plan.document.date)));
    if (periodSpan && date.iso < periodSpan.from) return early(t.reportBeforePeriod(text, formatDateVn(periodSpan.from)));
    if (lastActivity && date.iso < lastActivity.from) return early(t.reportBeforeActivity(text, lastActivity.text, lastActivity.path));
    if (daysFrom(plan.campaign.to, date.iso) > LATE_REPORT_DAYS) {
      return [report(ctx, 'CR426', ['date'], t.reportLongAfterCampaign(text, formatDateVn(plan.campaign.to), LATE_REPORT_DAYS) + swapHint(text, plausible))];
    }
    return [];
  }
};

