import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { CONFIG_FILE_NAMES } from '../config/config-schema.js';
import { opsMessagesFor } from '../messages/ops.js';
import { displayName, collectFiles } from '../load/collect-files.js';
import type { Messages } from '../messages/diagnostics.js';
import type { Plan } from '../plan/types.js';
import { compilePlan } from '../validate/compile.js';
import { validateFiles, type ValidateFilesOptions, type ValidationRun } from '../validate/validate-files.js';
import { type CliIo } from '../core/cli-io.js';
import { UsageError } from '../core/errors.js';

export interface ValidatedInputs {
  run: ValidationRun;
  /** Absolute paths of the reports checked, in the order of `run.checks`. */
  files: string[];
  /** Absolute paths of the reports read only for the checks across files (`--against`); outputs must not overwrite these either. */
  against: string[];
  /** Decoded text per displayed file name, for code frames. */
  sources: Map<string, string>;
}

export interface InputOptions extends ValidateFilesOptions {
  /** An existing folder without reports is a valid answer (status on day one: nobody has reported yet). */
  emptyFoldersAllowed?: boolean;
  /** The plan's path: a folder walk (`validate .`) must not read it as a report. */
  planFile?: string;
  /** `--against`: other reports, read only for the checks across files. */
  against?: readonly string[];
}

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

/**
 * Paths → files → checks; a path that names nothing is a usage error (exit 2), not a diagnostic.
 * `options` carries --jobs, --cache and the progress hook through to validateFiles, the plan's path (never
 * read as a report) and --against.
 */
export async function validateInputs(
  paths: readonly string[],
  plan: Plan,
  io: CliIo,
  t: Messages,
  { emptyFoldersAllowed = false, planFile, against: againstPaths = [], ...options }: InputOptions = {},
): Promise<ValidatedInputs> {
  if (paths.length === 0) throw new UsageError('errors.noReports');
  const collected = await collectFiles(paths, io.cwd);
  const missing = [];
  for (const m of collected.missing) if (!(emptyFoldersAllowed && (await isFolder(resolve(io.cwd, m))))) missing.push(m);
  if (missing.length > 0) throw new UsageError('errors.noReportFiles', missing);
  // `validate .` in a project folder finds the plan and the configuration too: they are not reports, say so.
  const notReport = (file: string): boolean => file === planFile || (CONFIG_FILE_NAMES as readonly string[]).includes(basename(file));
  const skipped = collected.files.filter(notReport);
  const files = collected.files.filter((f) => !notReport(f));
  if (skipped.length > 0) io.stderr.write(`${opsMessagesFor(t.lang).notReportsSkipped(skipped.map((f) => displayName(f, io.cwd)))}\n`);
  if (files.length === 0 && !emptyFoldersAllowed) throw new UsageError('errors.noReportFiles', paths);
  const against = await otherReports(againstPaths, files, notReport, io);
  // The other reports come first: a second report for a unit is flagged on the file being checked.
  const sourcesToRead = [...against, ...files].map((path) => ({ path, name: displayName(path, io.cwd) }));
  const all = await validateFiles(sourcesToRead, compilePlan(plan, { fastParse: io.env.COMPILE_REPORT_PARSER !== 'yaml' }), t, options);
  const run = { checks: all.checks.slice(against.length) };
  const sources = new Map<string, string>();
  for (const check of run.checks) if (check.text !== undefined) sources.set(check.file, check.text);
  return { run, files, against, sources };
}

/**
 * `--against <path>`: the rest of the reports (a CI job checking only the files a change touched), read for the
 * checks across files only; their own problems are not reported.
 */
async function otherReports(paths: readonly string[], checked: readonly string[], notReport: (file: string) => boolean, io: CliIo): Promise<string[]> {
  if (paths.length === 0) return [];
  const collected = await collectFiles(paths, io.cwd);
  if (collected.missing.length > 0) throw new UsageError('errors.noReportFiles', collected.missing);
  const mine = new Set(checked);
  return collected.files.filter((f) => !mine.has(f) && !notReport(f));
}
