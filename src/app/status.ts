import type { Lang } from '../diagnostics/codes.js';
import { VERSION } from '../package-root.js';
import type { IsoDate } from '../plan/types.js';
import { formatStatusJson } from '../status/format-json.js';
import { formatStatusTable } from '../status/format-table.js';
import { computeStatus } from '../status/model.js';
import { parseDate } from '../text/dates.js';
import { resolveCommandInputs } from './command-inputs.js';
import { EXIT, UsageError, type CliIo } from './io.js';
import { loadPlanOrReport } from './load-plan.js';
import { useColor, runOptions, type RunOptions } from './options.js';
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
  /** The day to judge by (dd/mm/yyyy or yyyy-mm-dd); default: SOURCE_DATE_EPOCH, else today. */
  asOf?: string;
  config?: string | false;
}

export interface StatusClock {
  now(): Date;
}

const SYSTEM_CLOCK: StatusClock = { now: () => new Date() };

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * The day a status run judges "overdue" by: --as-of when given; else SOURCE_DATE_EPOCH (a UTC day, for
 * reproducible runs, as `build` dates its report); else today on the machine's own calendar (its time zone).
 */
export function runDate(io: CliIo, asOf: string | undefined, lang: Lang, clock: StatusClock = SYSTEM_CLOCK): IsoDate {
  if (asOf !== undefined) {
    const parsed = parseDate(asOf);
    if (!parsed.ok) {
      throw new UsageError(lang === 'vi' ? `Ngày "${asOf}" của --as-of không hợp lệ (dd/mm/yyyy hoặc yyyy-mm-dd).` : `The --as-of date "${asOf}" is invalid (dd/mm/yyyy or yyyy-mm-dd).`);
    }
    return parsed.date.iso;
  }
  const epoch = io.env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '' && Number.isFinite(Number(epoch))) return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  const d = clock.now();
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
}

export async function runStatus(rawArgs: StatusArgs, io: CliIo, clock: StatusClock = SYSTEM_CLOCK): Promise<number> {
  const { args, t, color } = await resolveCommandInputs(rawArgs, io);
  const asOf = runDate(io, args.asOf, t.lang, clock);
  const plan = await loadPlanOrReport(args.plan, io, t, useColor(args.color, { ...io, stdout: io.stderr }));
  if (!plan) return EXIT.failure;
  const progress = createProgress(io, { quiet: args.quiet, lang: t.lang });
  const inputs = await validateInputsWithProgress(args.paths, plan, io, t, progress, runOptions(args, io.cwd));
  const model = computeStatus({ plan, checks: inputs.run.checks, asOf });
  io.stdout.write(args.format === 'json' ? formatStatusJson(model, { toolVersion: VERSION }) : formatStatusTable(model, { lang: t.lang, color }));
  return args.failOnMissing && model.counts.missing > 0 ? EXIT.problems : EXIT.ok;
}
