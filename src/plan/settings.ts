import type { IsoDate, Plan } from './types.js';

/** The plans this tool was written for are Vietnamese: their calendar is Vietnam's unless the plan says otherwise. */
export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** Below 1 000 đồng nothing is bought: such a cost was most likely typed in nghìn or triệu. */
export const DEFAULT_COST_FLOOR = 1_000;

export function timeZoneOf(plan: Pick<Plan, 'time_zone'>): string {
  return plan.time_zone ?? DEFAULT_TIME_ZONE;
}

export function costFloorOf(plan: Pick<Plan, 'cost_floor'>): number {
  return plan.cost_floor ?? DEFAULT_COST_FLOOR;
}

/**
 * The days an activity may be reported for: from the plan's reportable start (default its issue date:
 * preparation such as a unit's own plan comes before the campaign) or the campaign's start if earlier,
 * to the campaign's end.
 */
export function reportableWindow(plan: Pick<Plan, 'reportable_from' | 'document' | 'campaign'>): { from: IsoDate; to: IsoDate } {
  const start = plan.reportable_from ?? plan.document.date;
  return { from: start < plan.campaign.from ? start : plan.campaign.from, to: plan.campaign.to };
}
