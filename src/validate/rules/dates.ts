import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { formatDateVn, parseDate, parseDateOrRange, type CalendarDate } from '../../text/dates.js';
import { activitiesOf, report, type Rule } from './rule.js';

interface Span {
  from: string;
  to: string;
}

const showSpan = (s: Span): string => `${formatDateVn(s.from)} - ${formatDateVn(s.to)}`;
const inside = (inner: Span, outer: Span): boolean => inner.from >= outer.from && inner.to <= outer.to;

/** Dates exist, ranges run forward, and every activity lies in the report's period and the plan's campaign. */
export const datesRule: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  const { t } = ctx;
  const campaign: Span = { from: ctx.index.plan.campaign.from, to: ctx.index.plan.campaign.to };

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

  const reportDate = parseDate(ctx.report.date);
  if (!reportDate.ok) out.push(report(ctx, 'CR401', ['date'], t.invalidDate(ctx.report.date)));

  const period = span(['period'], ctx.report.period);
  if (period && (period.to < campaign.from || period.from > campaign.to)) {
    out.push(report(ctx, 'CR403', ['period'], t.dateOutsideCampaign(['period'], ctx.report.period, showSpan(campaign))));
  }
  for (const { path, activity } of activitiesOf(ctx.report)) {
    const datePath = [...path, 'date'];
    const when = span(datePath, activity.date);
    if (!when) continue;
    if (!inside(when, campaign)) out.push(report(ctx, 'CR403', datePath, t.dateOutsideCampaign(path, activity.date, showSpan(campaign))));
    else if (period && !inside(when, period)) out.push(report(ctx, 'CR402', datePath, t.dateOutsidePeriod(path, activity.date, showSpan(period))));
  }
  return out;
};

export type { CalendarDate };
