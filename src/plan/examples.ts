import { formatDateVn } from '../text/dates.js';
import type { Plan } from './types.js';

/** Examples written from the plan in use: its campaign's dates, its own task ids, its report number. */
export function planExamples(plan: Plan): { day: string; range: string; tasks: string; number: string } {
  const from = formatDateVn(plan.campaign.from);
  const to = formatDateVn(plan.campaign.to);
  const ids = plan.agencies.flatMap((a) => a.tasks.map((t) => t.id));
  return { day: from, range: `${from} - ${to}`, tasks: [...new Set(ids)].slice(0, 2).join(', '), number: plan.report.number };
}
