import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { errorsOnly, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Lang } from '../diagnostics/codes.js';
import type { Messages } from '../diagnostics/messages.js';
import { activitiesCsv } from '../export/activities-csv.js';
import { formatText } from '../format/text.js';
import { checkOutput, writeFileAtomic } from '../io/write-atomic.js';
import { mergeReports } from '../merge/index.js';
import type { MergedReport } from '../merge/types.js';
import { VERSION } from '../core/package-root.js';
import type { Plan, Signer } from '../plan/types.js';
import { opsMessagesFor, type OpsMessages } from '../diagnostics/ops-messages.js';
import { renderReportDocx, TEMPLATE_EXT, TEMPLATE_NAMES, TemplateError, templatesFor, unnumbered } from '../render/index.js';
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
import { EXIT, UsageError, type CliIo } from '../core/cli-io.js';
import { loadPlanFileOrReport, loadPlanOrReport } from './load-plan.js';
import { prepareRollup } from './rollup.js';
import { absolute, runOptions, type RunOptions } from './options.js';
import { createProgress, validateInputsWithProgress, type Progress } from './progress.js';
import { convertDocxToPdf, PdfError, pdfPathFor } from '../export/pdf.js';
import { findOnPath } from '../io/find-on-path.js';
import { formatCount } from '../text/numbers.js';
import { plural } from '../text/terminal.js';

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

function reportDate(given: string | undefined, plan: Plan, io: CliIo, t: Messages): string {
  if (given) {
    const parsed = parseDate(given);
    if (!parsed.ok) throw new UsageError(t.lang === 'vi' ? `Ngày báo cáo "${given}" không hợp lệ (dd/mm/yyyy hoặc yyyy-mm-dd).` : `Report date "${given}" is invalid (dd/mm/yyyy or yyyy-mm-dd).`);
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
  const n = (x: number): string => formatCount(x, t.lang);
  return t.lang === 'vi'
    ? `✔ Đã tạo ${out}: ${n(model.reportsMerged)}/${n(model.reportsExpected)} báo cáo, ${n(model.totals.activities)} hoạt động, ${n(model.totals.participants)} lượt người, kinh phí ${n(model.totals.cost)} đồng.\n`
    : `✔ Wrote ${out}: ${n(model.reportsMerged)}/${n(model.reportsExpected)} reports, ${n(model.totals.activities)} activities, ${n(model.totals.participants)} participants, cost ${n(model.totals.cost)} đồng.\n`;
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
  try {
    return await convertDocxToPdf(docx, { soffice });
  } catch (error) {
    if (error instanceof PdfError) throw new UsageError(ops.pdfFailed(error.kind, error.detail));
    throw error;
  }
}

/** Validate with the same engine as `validate`, merge the valid reports, render the DOCX, write it atomically. */
export async function runBuild(rawArgs: BuildArgs, io: CliIo, env: BuildEnvironment = { platform: process.platform }): Promise<number> {
  const inputs = await resolveCommandInputs(rawArgs, io, {
    reports: true,
    defaults: (d) => ({ plan: d.plan, paths: d.paths, out: d.out, number: d.number, date: d.date, recipient: d.recipients, lang: d.lang, period: d.period }),
  });
  const { args, t, defaults } = inputs;
  const vi = t.lang === 'vi';
  // The build's results and messages go to stderr: its colours follow stderr.
  const color = inputs.errColor;
  if (!args.out) throw new UsageError(vi ? 'Thiếu tùy chọn --out <tệp .docx>.' : 'Missing option --out <file.docx>.');
  if (!/\.docx$/i.test(args.out)) throw new UsageError(vi ? `Tệp kết quả phải có đuôi .docx: ${args.out}` : `The output must end in .docx: ${args.out}`);
  const out = absolute(args.out, io.cwd);
  const ops = opsMessagesFor(t.lang);
  // Without LibreOffice there is no PDF: say so before any work, so nothing is written.
  const soffice = args.pdf ? await findOnPath('soffice', { env: io.env, platform: env.platform }) : undefined;
  if (args.pdf && !soffice) throw new UsageError(ops.pdfNoSoffice());
  const pdfOut = args.pdf ? pdfPathFor(out) : undefined;
  if (args.rollup !== undefined && !args.parentPlan) throw new UsageError(vi ? '--rollup cần --parent-plan <tệp kế hoạch cấp trên> để kiểm tra báo cáo gửi lên.' : '--rollup needs --parent-plan <the parent plan file> to check the report it writes.');
  if (args.rollup !== undefined && !/\.ya?ml$/i.test(args.rollup)) throw new UsageError(vi ? `Báo cáo gửi lên phải có đuôi .yaml: ${args.rollup}` : `The roll-up must end in .yaml: ${args.rollup}`);
  const rollupOut = args.rollup === undefined ? undefined : absolute(args.rollup, io.cwd);
  const targets = [out, companionPath(out), ...(pdfOut ? [pdfOut] : []), ...(rollupOut ? [rollupOut] : [])];
  if (new Set(targets).size < targets.length) throw new UsageError(vi ? `--rollup trùng với tệp kết quả khác: ${args.rollup}` : `--rollup names another output: ${args.rollup}`);

  const planFile = await loadPlanFileOrReport(args.plan, io, t, color);
  if (!planFile) return EXIT.failure;
  const plan = planFile.plan;
  const parent = args.parentPlan ? await loadPlanOrReport(args.parentPlan, io, t, color) : undefined;
  if (args.parentPlan && !parent) return EXIT.failure;
  const period = args.period ? parsePeriod(args.period, { plan, lang: t.lang }) : undefined;
  // A periodic report is a document of its own: the campaign report's number and date (the plan's, or a
  // config's without a period) are not its. Unnumbered, it leaves the number blank for the văn thư.
  const own = period !== undefined && period.kind !== 'campaign';
  const ownNumber = own ? (rawArgs.number ?? (defaults.period ? defaults.number : undefined)) : args.number;
  const number = ownNumber ?? (own ? unnumbered(plan.report.number) : plan.report.number);
  const date = reportDate(own ? (rawArgs.date ?? (defaults.period ? defaults.date : undefined)) : (args.date ?? plan.report.date), plan, io, t);
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
      io.stderr.write(
        vi
          ? `✖ ${errors} lỗi trong ${invalid.length} tệp: không tạo báo cáo${kept ? ` (${args.out} giữ nguyên)` : ''}. Sửa lỗi, hoặc dùng --skip-invalid để bỏ qua các tệp lỗi.\n`
          : `✖ ${plural(errors, 'error')} in ${plural(invalid.length, 'file')}: no report written${kept ? ` (${args.out} left as it was)` : ''}. Fix the errors, or use --skip-invalid to leave those files out.\n`,
      );
      return EXIT.problems;
    }
    const excluded = invalid.map((c) => excludedReport(c, plan, t, inputs.sources.get(c.file)));
    for (const e of excluded) io.stderr.write(vi ? `Bỏ qua ${e.file} (${e.reason})\n` : `Skipped ${e.file} (${e.reason})\n`);
    const valid = checks
      .filter((c) => c.report && !hasErrors(c.diagnostics))
      .map((c) => ({ file: c.file, report: period ? activitiesStartingIn(c.report!, period) : c.report! }));
    if (valid.length === 0) {
      io.stderr.write(vi ? '✖ Không có báo cáo hợp lệ nào để tổng hợp.\n' : '✖ No valid report to compile.\n');
      return EXIT.problems;
    }

    progress.phase(ops.merging(valid.length));
    const model = mergeReports(plan, valid, { excluded });
    const baseSigner = defaults.signer ?? plan.report.signer;
    const signer: Signer = args.signer ? { ...baseSigner, name: args.signer } : baseSigner;
    // The roll-up is made and checked before anything is written, so a bad mapping leaves no output at all.
    const rollupText = rollupOut && parent
      ? prepareRollup({ plan: planFile, parent, out: rollupOut, model, number, date, signer, ...(period ? { window: period } : {}) }, io, t, color)
      : undefined;
    if (rollupOut && rollupText === undefined) {
      progress.done();
      io.stderr.write(vi ? `✖ Không viết được báo cáo gửi lên ${args.rollup}; không tạo tệp nào.\n` : `✖ Cannot write the roll-up ${args.rollup}; nothing written.\n`);
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
          ...(period === undefined ? {} : { period: { label: period.label.vi, from: period.from, to: period.to } }),
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
      io.stdout.write(vi ? `✔ Đã viết báo cáo gửi lên ${name} (kế hoạch ${parent!.document.number}): ${model.totals.activities} hoạt động.\n` : `✔ Wrote the roll-up ${name} (plan ${parent!.document.number}): ${model.totals.activities} activities.\n`);
    }
    if (period) io.stdout.write(t.lang === 'vi' ? `  Kỳ ${period.label.vi}: chỉ tính hoạt động bắt đầu trong kỳ.\n` : `  Period ${period.label.en}: only activities starting in it.\n`);
    return EXIT.ok;
  } finally {
    progress.done();
  }
}
