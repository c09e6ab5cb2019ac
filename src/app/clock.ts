/**
 * The one clock of every command. The moment is SOURCE_DATE_EPOCH when it is set (reproducible runs; also
 * how a test fixes the built binary's "now") and the io's own clock otherwise; the day is that moment's
 * date in the plan's time zone, so a build at 06:00 in Hà Nội is dated that day, not yesterday's UTC date.
 */
import type { IsoDate, Plan } from '../plan/types.js';
import { timeZoneOf } from '../plan/settings.js';
import { isoDayIn } from '../text/dates.js';
import type { CliIo } from '../core/cli-io.js';

/** SOURCE_DATE_EPOCH in seconds, when set to a number. */
export function sourceDateEpoch(io: Pick<CliIo, 'env'>): number | undefined {
  const text = io.env.SOURCE_DATE_EPOCH;
  if (text === undefined || text.trim() === '') return undefined;
  const seconds = Number(text);
  return Number.isFinite(seconds) ? seconds : undefined;
}

export function nowOf(io: Pick<CliIo, 'env' | 'now'>): Date {
  const epoch = sourceDateEpoch(io);
  return epoch === undefined ? io.now() : new Date(epoch * 1000);
}

/** Today in the plan's calendar. */
export function todayFor(io: Pick<CliIo, 'env' | 'now'>, plan: Pick<Plan, 'time_zone'>): IsoDate {
  return isoDayIn(nowOf(io), timeZoneOf(plan));
}
