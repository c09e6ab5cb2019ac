/**
 * Reporting periods (kỳ báo cáo) and their data cut-off windows, per Nghị định 09/2019/NĐ-CP, Điều 12:
 *
 * | period        | text        | window                                                                  |
 * |---------------|-------------|-------------------------------------------------------------------------|
 * | monthly       | 2025-12     | 15th of the previous month → 14th of the month (15/11/2025–14/12/2025)  |
 * | quarterly     | 2025-Q4     | 15th of the month before the quarter → 14th of its last month           |
 * |               |             | (15/09/2025–14/12/2025; Q1: 15/12 of the previous year → 14/03)         |
 * | half-year     | 2025-H1     | 15/12 of the previous year → 14/06 (15/12/2024–14/06/2025)              |
 * |               | 2025-H2     | 15/06 → 14/12, by the same rule (Điều 12 khoản 2: 15th of the month     |
 * |               |             | before the period to the 14th of its sixth month)                       |
 * | annual        | 2025        | 15/12 of the previous year → 14/12 (15/12/2024–14/12/2025)              |
 * | campaign      | campaign    | the plan's campaign.from → campaign.to                                  |
 *
 * Every window is inclusive at both ends and given as ISO dates (yyyy-mm-dd).
 */
import type { PeriodProblem } from '../messages/errors.js';
import { UsageError } from '../core/errors.js';
import type { IsoDate, Plan } from '../plan/types.js';
import { parseDateOrRange } from '../text/dates.js';

export type PeriodKind = 'month' | 'quarter' | 'half' | 'year' | 'campaign';

export interface Period {
  kind: PeriodKind;
  /** The text as given, normalised: "2025-12", "2025-Q4", "2025-H1", "2025", "campaign". */
  text: string;
  /** First day of the window (inclusive). */
  from: IsoDate;
  /** Last day of the window (inclusive). */
  to: IsoDate;
  /** Number of days in the window, both ends counted. */
  days: number;
  /** The year, and which month (1–12), quarter (1–4) or half (1–2) of it; 0 for a year or the campaign (see ops.periodLabel). */
  year: number;
  part: number;
}

/** Every form `parsePeriod` accepts, for help texts and the config schema. */
export const PERIOD_PATTERN = '^(?:campaign|\\d{4}(?:-(?:0[1-9]|1[0-2])|-[Qq][1-4]|-[Hh][12])?)$';
export const PERIOD_EXAMPLES = ['2025-12', '2025-Q4', '2025-H1', '2025-H2', '2025', 'campaign'] as const;

const MIN_YEAR = 1901;
const MAX_YEAR = 2999;

function iso(year: number, month: number, day: number): IsoDate {
  // month may be 0 (December of the year before): Date.UTC carries it over.
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.toISOString().slice(0, 10);
}

function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** The window from the 15th of the month before `firstMonth` to the 14th of `lastMonth` (months of `year`, 1–12). */
function cutOff(year: number, firstMonth: number, lastMonth: number): { from: IsoDate; to: IsoDate } {
  return { from: iso(year, firstMonth - 1, 15), to: iso(year, lastMonth, 14) };
}

function make(kind: PeriodKind, text: string, window: { from: IsoDate; to: IsoDate }, year: number, part: number): Period {
  return { kind, text, from: window.from, to: window.to, days: daysBetween(window.from, window.to), year, part };
}

function usage(text: string, problem: PeriodProblem): UsageError {
  return new UsageError('errors.invalidPeriod', text, PERIOD_EXAMPLES, problem, `${MIN_YEAR}–${MAX_YEAR}`);
}

export interface ParsePeriodOptions {
  /** Needed for "campaign". */
  plan?: Pick<Plan, 'campaign'>;
}

/** Only checks the form ("2025-Q4", "campaign"…), without a plan; undefined when it is fine, else the error to throw or word. */
export function periodFormatProblem(text: string): UsageError | undefined {
  if (!new RegExp(PERIOD_PATTERN).test(text.trim())) return usage(text, 'form');
  const year = Number(text.trim().slice(0, 4));
  if (text.trim() !== 'campaign' && (year < MIN_YEAR || year > MAX_YEAR)) return usage(text, 'year-range');
  return undefined;
}

/**
 * "2025-12" → 2025-11-15 … 2025-12-14; "2025-Q4" → 2025-09-15 … 2025-12-14; "2025-H1" → 2024-12-15 … 2025-06-14;
 * "2025" → 2024-12-15 … 2025-12-14; "campaign" → the plan's campaign dates. Anything else: UsageError.
 */
export function parsePeriod(input: string, options: ParsePeriodOptions = {}): Period {
  const text = input.trim();
  const problem = periodFormatProblem(text);
  if (problem) throw problem;
  if (text === 'campaign') {
    const campaign = options.plan?.campaign;
    if (!campaign) {
      throw usage(text, 'needs-plan');
    }
    return make('campaign', text, { from: campaign.from, to: campaign.to }, Number(campaign.from.slice(0, 4)), 0);
  }
  const year = Number(text.slice(0, 4));
  const rest = text.slice(5).toUpperCase();
  if (rest === '') return make('year', text, cutOff(year, 1, 12), year, 0);
  if (rest.startsWith('Q')) {
    const q = Number(rest.slice(1));
    return make('quarter', `${year}-Q${q}`, cutOff(year, 3 * q - 2, 3 * q), year, q);
  }
  if (rest.startsWith('H')) {
    const h = Number(rest.slice(1));
    return make('half', `${year}-H${h}`, cutOff(year, 6 * h - 5, 6 * h), year, h);
  }
  const month = Number(rest);
  return make('month', text, cutOff(year, month, month), year, month);
}

/** Whether an ISO date falls in the window. */
export function periodContains(period: Pick<Period, 'from' | 'to'>, date: IsoDate): boolean {
  return period.from <= date && date <= period.to;
}

/**
 * Whether an activity's date ("05/12/2025", "2025-12-05" or a range "01/12/2025 - 10/12/2025") falls in the window:
 * `within` (default) needs the whole span inside, `overlaps` any day of it. An unreadable date is never in a period.
 */
export function activityInPeriod(period: Pick<Period, 'from' | 'to'>, dateText: string, mode: 'within' | 'overlaps' = 'within'): boolean {
  const span = parseDateOrRange(dateText);
  if (!span.ok) return false;
  const from = span.from.iso;
  const to = span.to.iso;
  return mode === 'within' ? period.from <= from && to <= period.to : from <= period.to && period.from <= to;
}
