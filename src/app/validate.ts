import { opsMessagesFor } from '../messages/ops.js';
import { createSchemaLineChecker } from '../validate/schema-line.js';
import { displayName } from '../load/collect-files.js';
import type { Lang } from '../messages/lang.js';
import { countBySeverity, errorsOnly, type Diagnostic, type FileResult } from '../diagnostics/diagnostic.js';
import { formatResults, type FormatName } from '../format/index.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { VERSION } from '../core/package-root.js';
import type { Plan } from '../plan/types.js';
import { hasErrors, toFileResults } from '../validate/validate-files.js';
import { resolveCommandInputs } from './command-inputs.js';
import { EXIT, type CliIo } from '../core/cli-io.js';
import { loadPlanOrReport } from './load-plan.js';
import { absolute, defaultFormat, runOptions, type RunOptions } from './options.js';
import { createProgress, validateInputsWithProgress } from './progress.js';
import type { ValidatedInputs } from './validate-inputs.js';
import { appendAll } from '../core/append-all.js';

export interface ValidateArgs extends RunOptions {
  paths: string[];
  plan?: string;
  format?: FormatName;
  output?: string;
  lang?: string;
  color?: boolean;
  /** Errors only: warnings are neither printed nor counted in the summary (still counted for maxWarnings). */
  quiet?: boolean;
  /** Exit 1 when there are more warnings than this (ESLint's --max-warnings). */
  maxWarnings?: number;
  /** Other reports, read only to check across files (one report per unit) against the ones validated. */
  against?: string[];
  /** A config file; false for --no-config; undefined to look for compile-report.config.yaml. */
  config?: string | false;
}

/** Adds the CR413 warning to every report whose `$schema` line points at a missing schema or another plan's. */
export async function addSchemaLineWarnings(inputs: ValidatedInputs, plan: Plan, io: CliIo, lang: 'vi' | 'en'): Promise<void> {
  const check = createSchemaLineChecker(plan, lang, io.cwd);
  // The checks are in the order of the files read (validateInputs keeps them aligned).
  for (const [i, c] of inputs.run.checks.entries()) {
    const path = inputs.files[i];
    if (c.text === undefined || path === undefined) continue;
    const found: Diagnostic[] = await check({ file: c.file, path, text: c.text, agency: c.report?.agency });
    appendAll(c.diagnostics, found);
  }
}

export async function runValidate(rawArgs: ValidateArgs, io: CliIo): Promise<number> {
  const { args, t, color } = await resolveCommandInputs(rawArgs, io, { reports: true });
  const plan = await loadPlanOrReport(args.plan, io, t, color);
  if (!plan) return EXIT.failure;
  const progress = createProgress(io, { quiet: args.quiet, lang: t.lang });
  const inputs = await validateInputsWithProgress(args.paths, plan, io, t, progress, { ...runOptions(args, io.cwd), against: args.against });
  await addSchemaLineWarnings(inputs, plan, io, t.lang);
  const all = toFileResults(inputs.run);
  const results = args.quiet ? errorsOnly(all) : all;
  const format = args.format ?? defaultFormat(io);
  const options = { lang: t.lang, color: color && !args.output, sources: inputs.sources, toolVersion: VERSION };
  const text = formatResults(format, results, options);
  if (args.output) {
    const output = absolute(args.output, io.cwd);
    await writeFileAtomic(output, text, { inputs: [...inputs.files, ...inputs.against, absolute(args.plan, io.cwd)] });
    // The results went to a file: one line on stderr says where, and how it went.
    const all = results.flatMap((r) => r.diagnostics);
    const errors = all.filter((d) => d.severity === 'error').length;
    io.stderr.write(`${opsMessagesFor(t.lang).wroteResults(displayName(output, io.cwd), results.length, errors, all.length - errors)}\n`);
  } else {
    io.stdout.write(text);
  }
  const tooManyWarnings = warningsOverLimit(all, args.maxWarnings, io, t.lang);
  return results.some((r) => hasErrors(r.diagnostics)) || tooManyWarnings ? EXIT.problems : EXIT.ok;
}

/** --max-warnings N: more than N warnings (shown or not) is a failure, said on stderr as ESLint does. */
export function warningsOverLimit(results: readonly FileResult[], max: number | undefined, io: CliIo, lang: Lang): boolean {
  if (max === undefined) return false;
  const { warnings } = countBySeverity(results);
  if (warnings <= max) return false;
  io.stderr.write(`${opsMessagesFor(lang).tooManyWarnings(warnings, max)}\n`);
  return true;
}
