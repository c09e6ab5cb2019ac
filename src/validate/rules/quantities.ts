import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { formatCount } from '../../text/numbers.js';
import { costFloorOf } from '../../plan/settings.js';
import { activitiesOf, report, type Rule } from './rule.js';

/** Above these a figure is far more likely a typo (an extra zero, a cost in the wrong field) than a fact. */
export const PLAUSIBLE_MAX: Record<string, number> = {
  participants: 50_000,
  views: 50_000_000,
  copies: 1_000_000,
  cost: 5_000_000_000,
  default: 100_000,
};

const limitFor = (key: string): number => PLAUSIBLE_MAX[key] ?? PLAUSIBLE_MAX.default!;

/** Each form counts only its declared quantities, no figure is implausibly large and no cost implausibly small. */
export const quantitiesRule: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  const floor = costFloorOf(ctx.index.plan);
  // Figures in the message are grouped as the message's language writes them (9.285 / 9,285).
  const n = (x: number): string => formatCount(x, ctx.t.lang);
  for (const { path, activity } of activitiesOf(ctx.report)) {
    const form = ctx.index.formById.get(activity.form);
    for (const [key, value] of Object.entries(activity.quantities ?? {})) {
      const where = [...path, 'quantities', key];
      if (form && !form.counts.includes(key)) out.push(report(ctx, 'CR406', where, ctx.t.quantityNotForForm(key, form.id, form.counts), true));
      if (value > limitFor(key)) out.push(report(ctx, 'CR405', where, ctx.t.absurdQuantity(where, n(value), n(limitFor(key)))));
    }
    const cost = activity.cost;
    if (cost !== undefined && cost > 0 && cost < floor) {
      out.push(report(ctx, 'CR427', [...path, 'cost'], ctx.t.costBelowFloor([...path, 'cost'], n(cost), n(floor), n(cost * 1_000), n(cost * 1_000_000))));
    }
    for (const key of ['participants', 'cost'] as const) {
      const value = activity[key];
      if (value !== undefined && value > limitFor(key)) {
        out.push(report(ctx, 'CR405', [...path, key], ctx.t.absurdQuantity([...path, key], n(value), n(limitFor(key)))));
      }
    }
  }
  return out;
};
