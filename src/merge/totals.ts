import type { Quantity } from '../plan/types.js';
import { addInt } from './ints.js';
import type { MergedActivity, Totals } from './types.js';

export function emptyTotals(quantities: readonly Quantity[]): Totals {
  const q: Record<string, number> = {};
  for (const x of quantities) q[x.id] = 0;
  return { activities: 0, participants: 0, cost: 0, quantities: q };
}

/** Add one activity into `into` (mutates). Quantity ids outside the plan are not counted. */
export function addActivity(into: Totals, a: MergedActivity): void {
  into.activities = addInt(into.activities, 1, 'activities');
  into.participants = addInt(into.participants, a.participants, 'participants');
  into.cost = addInt(into.cost, a.cost, 'cost');
  for (const id of Object.keys(into.quantities)) {
    const v = a.quantities[id];
    if (v !== undefined) into.quantities[id] = addInt(into.quantities[id] ?? 0, v, id);
  }
}

/** Add totals `b` into `into` (mutates). */
export function addTotals(into: Totals, b: Totals): void {
  into.activities = addInt(into.activities, b.activities, 'activities');
  into.participants = addInt(into.participants, b.participants, 'participants');
  into.cost = addInt(into.cost, b.cost, 'cost');
  for (const id of Object.keys(into.quantities)) {
    into.quantities[id] = addInt(into.quantities[id] ?? 0, b.quantities[id] ?? 0, id);
  }
}

export function totalsOf(quantities: readonly Quantity[], activities: readonly MergedActivity[]): Totals {
  const t = emptyTotals(quantities);
  for (const a of activities) addActivity(t, a);
  return t;
}
