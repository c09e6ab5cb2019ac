import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { errorsOnly, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Lang } from '../messages/lang.js';
import type { Messages } from '../messages/diagnostics.js';
import { activitiesCsv } from '../export/activities-csv.js';
import { formatText } from '../format/text.js';
import { checkOutput, writeFileAtomic } from '../io/write-atomic.js';
import { mergeReports } from '../merge/index.js';
import type { MergedReport } from '../merge/types.js';
import { VERSION } from '../core/package-root.js';
import type { Plan, Signer } from '../plan/types.js';
import { opsMessagesFor, type OpsMessages } from '../messages/ops.js';
import { cleanInline, renderReportDocx, TEMPLATE_EXT, TEMPLATE_NAMES, TemplateError, templatesFor, unnumbered } from '../render/index.js';
import { excludedReport } from './excluded-report.js';
import { suggest } from '../text/suggest.js';
import { diagnosticAt } from '../diagnostics/create.js';
import { displayName } from '../load/collect-files.js';
import { parseDate, parseDateOrRange } from '../text/dates.js';
import type { Report } from '../plan/report-types.js';
import { resolveCommandInputs } from './command-inputs.js';
import { parsePeriod, periodContains, type Period } from '../config/period.js';
import { addSchemaLineWarnings, warningsOverLimit } from './validate.js';
import { hasErrors } from '../validate/validate-files.js';
import type { ReportCheck } from '../validate/validate-report.js';
import { sourceDateEpoch, todayFor } from './clock.js';
import { EXIT, type CliIo } from '../core/cli-io.js';
import { UsageError } from '../core/errors.js';
import { loadPlanFileOrReport, loadPlanOrReport } from './load-plan.js';
import { prepareRollup } from './rollup.js';
import { absolute, runOptions, type RunOptions } from './options.js';
import { createProgress, validateInputsWithProgress, type Progress } from './progress.js';
import { convertDocxToPdf, pdfPathFor } from '../export/pdf.js';
import { findOnPath } from '../io/find-on-path.js';

export interface BuildArgs extends RunOptions {
  paths: string[];
  plan?: string;
  out?: string;
  number?: string;
  date?: string;
  signer?: string;
  recipient?: string[];
  template?: string;
  skipInvalid?: boolean;
  lang?: string;
  color?: boolean;
  /** Errors only on stderr (warnings not printed), and no progress line. */
  quiet?: boolean;
  /** More warnings than this: nothing is written, exit 1. */
  maxWarnings?: number;
  /** "2025-12", "2025-Q4", "2025-H1", "2025" or "campaign": only activities that start in that window. */
  period?: string;
  /** A config file; false for --no-config; undefined to look for compile-report.config.yaml. */
  config?: string | false;
  /** Also write the consolidated result as a report for the parent plan (YAML), checked against --parent-plan. */
  rollup?: string;
  parentPlan?: string;
  /** Also write the PDF beside the DOCX (LibreOffice's soffice must be on PATH). */
  pdf?: boolean;
}

/** Where `build --pdf` looks for LibreOffice; injectable so tests can choose the platform. */
export interface BuildEnvironment {
  platform: string;
}

/** The companion CSV of every activity sits beside the DOCX: bao-cao.docx → bao-cao.hoat-dong.csv. */
export function companionPath(docx: string): string {
  return join(dirname(docx), `${basename(docx).replace(/\.docx$/i, '')}.hoat-dong.csv`);
}

function reportDate(given: string | undefined, plan: Plan, io: CliIo): string {
  if (given) {
    const parsed = parseDate(given);
    if (!parsed.ok) throw new UsageError('errors.invalidReportDate', given);
    return parsed.date.iso;
  }
  return todayFor(io, plan);
}

/** A periodic export counts each activity once, in the window where it starts. */
function activitiesStartingIn(report: Report, period: Period): Report {
  const tasks = Object.fromEntries(
    Object.entries(report.tasks).map(([id, task]) => [
      id,
      { ...task, activities: (task.activities ?? []).filter((a) => { const s = parseDateOrRange(a.date); return s.ok && periodContains(period, s.from.iso); }) },
    ]),
  );
  return { ...report, tasks };
}

function printDiagnostics(checks: readonly ReportCheck[], io: CliIo, t: Messages, color: boolean, sources: Map<string, string>, quiet = false): void {
  const results = checks.map((c) => ({ file: c.file, diagnostics: c.diagnostics }));
  const withProblems = (quiet ? errorsOnly(results) : results).filter((r) => r.diagnostics.length > 0);
  if (withProblems.length === 0) return;
  const text = formatText(withProblems, { lang: t.lang, color, sources, toolVersion: VERSION });
  // The summary line of formatText counts only the files passed; the build's own summary follows.
  io.stderr.write(text.replace(/\n[^\n]*\n$/, '\n'));
}

function summaryLine(model: MergedReport, out: string, t: Messages): string {
  const { reportsMerged, reportsExpected, totals } = model;
  return `${opsMessagesFor(t.lang).wroteDocx(out, reportsMerged, reportsExpected, totals.activities, totals.participants, totals.cost)}\n`;
}

/** templates/README promises it: a misspelt file in --template is named, not silently ignored. */
function warnUnknownTemplates(dir: string | undefined, files: readonly string[], io: CliIo, lang: Lang): void {
  if (dir === undefined) return;
  const ops = opsMessagesFor(lang);
  const names = TEMPLATE_NAMES.map((n) => `${n}${TEMPLATE_EXT}`);
  for (const f of files) io.stderr.write(`${ops.templateUnknownFile(displayName(join(dir, f), io.cwd), names, suggest(f, names))}\n`);
}

/** The PDF, made before any output is written: a failed conversion leaves every file as it was (exit 2). */
async function toPdf(docx: Uint8Array, soffice: string, progress: Progress, ops: OpsMessages): Promise<Uint8Array> {
  progress.phase(ops.converting());
  // A PdfError carries its own message key: main words it and exits 2.
  return await convertDocxToPdf(docx, { soffice });
}

/** Validate with the same engine as `validate`, merge the valid reports, render the DOCX, write it atomically. */
export async function runBuild(rawArgs: BuildArgs, io: CliIo, env: BuildEnvironment = { platform: process.platform }): Promise<number> {
  const inputs = await resolveCommandInputs(rawArgs, io, {
    reports: true,
    defaults: (d) => ({ plan: d.plan, paths: d.paths, out: d.out, number: d.number, date: d.date, recipient: d.recipients, lang: d.lang, period: d.period }),
  });
  const { args, t, defaults } = inputs;
  // The build's results and messages go to stderr: its colours follow stderr.
  const color = inputs.errColor;
  if (!args.out) throw new UsageError('errors.missingOut');
  if (!/\.docx$/i.test(args.out)) throw new UsageError('errors.outNotDocx', args.out);
  const out = absolute(args.out, io.cwd);
  const ops = opsMessagesFor(t.lang);
  // Without LibreOffice there is no PDF: say so before any work, so nothing is written.
  const soffice = args.pdf ? await findOnPath('soffice', { env: io.env, platform: env.platform }) : undefined;
  if (args.pdf && !soffice) throw new UsageError('errors.pdfNoSoffice');
  const pdfOut = args.pdf ? pdfPathFor(out) : undefined;
  if (args.rollup !== undefined && !args.parentPlan) throw new UsageError('errors.rollupNeedsParent');
  if (args.rollup !== undefined && !/\.ya?ml$/i.test(args.rollup)) throw new UsageError('errors.rollupNotYaml', args.rollup);
  const rollupOut = args.rollup === undefined ? undefined : absolute(args.rollup, io.cwd);
  const targets = [out, companionPath(out), ...(pdfOut ? [pdfOut] : []), ...(rollupOut ? [rollupOut] : [])];
  if (new Set(targets).size < targets.length) throw new UsageError('errors.rollupIsAnotherOutput', args.rollup!);

  const planFile = await loadPlanFileOrReport(args.plan, io, t, color);
  if (!planFile) return EXIT.failure;
  const plan = planFile.plan;
  const parent = args.parentPlan ? await loadPlanOrReport(args.parentPlan, io, t, color) : undefined;
  if (args.parentPlan && !parent) return EXIT.failure;
  const period = args.period ? parsePeriod(args.period, { plan }) : undefined;
  // A periodic report is a document of its own: the campaign report's number and date (the plan's, or a
  // config's without a period) are not its. Unnumbered, it leaves the number blank for the văn thư.
  const own = period !== undefined && period.kind !== 'campaign';
  const ownNumber = own ? (rawArgs.number ?? (defaults.period ? defaults.number : undefined)) : args.number;
  const number = ownNumber ?? (own ? unnumbered(plan.report.number) : plan.report.number);
  const date = reportDate(own ? (rawArgs.date ?? (defaults.period ? defaults.date : undefined)) : (args.date ?? plan.report.date), plan, io);
  const baseSigner = defaults.signer ?? plan.report.signer;
  const signer: Signer = args.signer ? { ...baseSigner, name: args.signer } : baseSigner;
  // The document cannot go without them: blank ones (--number " ") are the user's to fix, said before any work.
  if (cleanInline(number) === '') throw new UsageError('errors.emptyNumber', plan.report.number);
  if (cleanInline(signer.name) === '' || cleanInline(signer.authority) === '') throw new UsageError('errors.emptySigner');
  const progress = createProgress(io, { quiet: args.quiet, lang: t.lang });
  // The progress line is cleared however the build ends, so a message never lands after it.
  try {
    const inputs = await validateInputsWithProgress(args.paths, plan, io, t, progress, runOptions(args, io.cwd));
    await addSchemaLineWarnings(inputs, plan, io, t.lang);
    const protectedInputs = [...inputs.files, absolute(args.plan, io.cwd), ...(args.parentPlan ? [absolute(args.parentPlan, io.cwd)] : [])];
    // Refuse a bad output before the expensive work, and before either file is written.
    for (const target of targets) await checkOutput(target, { inputs: protectedInputs });
    const checks = inputs.run.checks;
    printDiagnostics(checks, io, t, color, inputs.sources, args.quiet);
    if (warningsOverLimit(checks, args.maxWarnings, io, t.lang)) return EXIT.problems;

    const invalid = checks.filter((c) => hasErrors(c.diagnostics) || !c.report);
    if (invalid.length > 0 && !args.skipInvalid) {
      const errors = checks.reduce((sum, c) => sum + c.diagnostics.filter((d: Diagnostic) => d.severity === 'error').length, 0);
      const kept = existsSync(out);
      io.stderr.write(`${ops.buildRefused(errors, invalid.length, kept ? args.out : undefined)}\n`);
      return EXIT.problems;
    }
    const excluded = invalid.map((c) => excludedReport(c, plan, t, inputs.sources.get(c.file)));
    for (const e of excluded) io.stderr.write(`${ops.skipped(e.file, e.reason)}\n`);
    const valid = checks
      .filter((c) => c.report && !hasErrors(c.diagnostics))
      .map((c) => ({ file: c.file, report: period ? activitiesStartingIn(c.report!, period) : c.report! }));
    if (valid.length === 0) {
      io.stderr.write(`${ops.noValidReport()}\n`);
      return EXIT.problems;
    }

    progress.phase(ops.merging(valid.length));
    const model = mergeReports(plan, valid, { excluded });
    // The roll-up is made and checked before anything is written, so a bad mapping leaves no output at all.
    const rollupText = rollupOut && parent
      ? prepareRollup({ plan: planFile, parent, out: rollupOut, model, number, date, signer, ...(period ? { window: period } : {}) }, io, t, color)
      : undefined;
    if (rollupOut && rollupText === undefined) {
      progress.done();
      io.stderr.write(`${ops.rollupRefused(args.rollup!)}\n`);
      return EXIT.failure;
    }
    const epoch = sourceDateEpoch(io);
    const templateDir = args.template ? absolute(args.template, io.cwd) : undefined;
    let docx: Uint8Array;
    progress.phase(ops.rendering());
    try {
      const templates = templatesFor({ templateDir });
      warnUnknownTemplates(templates.dir, templates.unknownFiles, io, t.lang);
      docx = await renderReportDocx(
        model,
        {
          number,
          date,
          signer,
          recipients: args.recipient?.length ? args.recipient : plan.report.recipients,
          templateDir,
          sourceDateEpoch: epoch,
          // The document is Vietnamese whatever --lang the terminal speaks.
          ...(period === undefined ? {} : { period: { label: opsMessagesFor('vi').periodLabel(period), from: period.from, to: period.to } }),
        },
        templates,
      );
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      progress.done();
      // A user's template is input like any other: a positioned diagnostic, and exit 2 since no report can be made.
      const file = displayName(error.file, io.cwd);
      const at = { line: error.line ?? 1, column: error.column ?? 1 };
      const d = diagnosticAt('CR701', file, { start: at, end: at }, [], t.templateProblem(error.problem));
      io.stderr.write(formatText([{ file, diagnostics: [d] }], { lang: t.lang, color, toolVersion: VERSION }));
      return EXIT.failure;
    }
    const pdf = soffice ? await toPdf(docx, soffice, progress, ops) : undefined;
    const contents: [string, Uint8Array | string][] = [[out, docx], [companionPath(out), activitiesCsv(model)], ...(pdfOut && pdf ? [[pdfOut, pdf] as [string, Uint8Array]] : []), ...(rollupOut && rollupText !== undefined ? [[rollupOut, rollupText] as [string, string]] : [])];
    for (const [target, data] of contents) {
      progress.phase(ops.writing(displayName(target, io.cwd)));
      await writeFileAtomic(target, data, { inputs: protectedInputs });
    }
    progress.done();
    io.stdout.write(summaryLine(model, displayName(out, io.cwd), t));
    if (pdfOut) io.stdout.write(`${ops.wrotePdf(displayName(pdfOut, io.cwd))}\n`);
    if (rollupOut) {
      const name = displayName(rollupOut, io.cwd);
      io.stdout.write(`${ops.wroteRollup(name, parent!.document.number, model.totals.activities)}\n`);
    }
    if (period) io.stdout.write(`${ops.periodNote(ops.periodLabel(period))}\n`);
    return EXIT.ok;
  } finally {
    progress.done();
  }
}
