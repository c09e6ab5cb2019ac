import { VERSION } from '../core/package-root.js';
import type { IsoDate, Plan } from '../plan/types.js';
import { formatStatusJson } from '../status/format-json.js';
import { formatStatusTable } from '../status/format-table.js';
import { computeStatus } from '../status/model.js';
import { parseDate } from '../text/dates.js';
import { resolveCommandInputs } from './command-inputs.js';
import { todayFor } from './clock.js';
import { EXIT, type CliIo } from '../core/cli-io.js';
import { UsageError } from '../core/errors.js';
import { loadPlanOrReport } from './load-plan.js';
import { runOptions, type RunOptions } from './options.js';
import { createProgress, validateInputsWithProgress } from './progress.js';

export const STATUS_FORMATS = ['text', 'json'] as const;
export type StatusFormat = (typeof STATUS_FORMATS)[number];

export interface StatusArgs extends RunOptions {
  paths: string[];
  plan?: string;
  format?: StatusFormat;
  lang?: string;
  color?: boolean;
  quiet?: boolean;
  /** Exit 1 when a unit has not reported. */
  failOnMissing?: boolean;
  /** The day to judge by (dd/mm/yyyy or yyyy-mm-dd); default: today in the plan's calendar. */
  asOf?: string;
  config?: string | false;
}

/** The day a status run judges "overdue" by: --as-of when given, else today in the plan's calendar (app/clock.ts). */
export function runDate(io: CliIo, plan: Pick<Plan, 'time_zone'>, asOf: string | undefined): IsoDate {
  if (asOf === undefined) return todayFor(io, plan);
  const parsed = parseDate(asOf);
  if (!parsed.ok) throw new UsageError('errors.invalidAsOf', asOf);
  return parsed.date.iso;
}

export async function runStatus(rawArgs: StatusArgs, io: CliIo): Promise<number> {
  const { args, t, color, errColor } = await resolveCommandInputs(rawArgs, io, { reports: true });
  const plan = await loadPlanOrReport(args.plan, io, t, errColor);
  if (!plan) return EXIT.failure;
  const asOf = runDate(io, plan, args.asOf);
  const progress = createProgress(io, { quiet: args.quiet, lang: t.lang });
  const inputs = await validateInputsWithProgress(args.paths, plan, io, t, progress, { ...runOptions(args, io.cwd), emptyFoldersAllowed: true });
  const model = computeStatus({ plan, checks: inputs.run.checks, asOf });
  io.stdout.write(args.format === 'json' ? formatStatusJson(model, { toolVersion: VERSION }) : formatStatusTable(model, { lang: t.lang, color }));
  return args.failOnMissing && model.counts.missing > 0 ? EXIT.problems : EXIT.ok;
}
