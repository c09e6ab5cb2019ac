import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { displayName, collectFiles } from '../load/collect-files.js';
import type { Messages } from '../diagnostics/messages.js';
import type { Plan } from '../plan/types.js';
import { compilePlan } from '../validate/compile.js';
import { validateFiles, type ValidateFilesOptions, type ValidationRun } from '../validate/validate-files.js';
import { UsageError, type CliIo } from './io.js';

export interface ValidatedInputs {
  run: ValidationRun;
  /** Absolute paths of every report read (outputs must never overwrite one). */
  files: string[];
  /** Decoded text per displayed file name, for code frames. */
  sources: Map<string, string>;
}

export interface InputOptions extends ValidateFilesOptions {
  /** An existing folder without reports is a valid answer (status on day one: nobody has reported yet). */
  emptyFoldersAllowed?: boolean;
}

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

/**
 * Paths → files → checks; a path that names nothing is a usage error (exit 2), not a diagnostic.
 * `options` carries --jobs, --cache and the progress hook through to validateFiles.
 */
export async function validateInputs(
  paths: readonly string[],
  plan: Plan,
  io: CliIo,
  t: Messages,
  { emptyFoldersAllowed = false, ...options }: InputOptions = {},
): Promise<ValidatedInputs> {
  const vi = t.lang === 'vi';
  if (paths.length === 0) {
    throw new UsageError(vi ? 'Chưa chỉ ra tệp hoặc thư mục báo cáo nào (ví dụ: bao-cao/).' : 'No report files or folders given (for example: bao-cao/).');
  }
  const collected = await collectFiles(paths, io.cwd);
  const missing = [];
  for (const m of collected.missing) if (!(emptyFoldersAllowed && (await isFolder(resolve(io.cwd, m))))) missing.push(m);
  if (missing.length > 0) {
    const list = missing.map((m) => `  ${m}`).join('\n');
    throw new UsageError(vi ? `Không tìm thấy tệp báo cáo (.yaml, .yml) nào tại:\n${list}` : `No report files (.yaml, .yml) found at:\n${list}`);
  }
  const sourcesToRead = collected.files.map((path) => ({ path, name: displayName(path, io.cwd) }));
  const run = await validateFiles(sourcesToRead, compilePlan(plan), t, options);
  const sources = new Map<string, string>();
  for (const check of run.checks) if (check.text !== undefined) sources.set(check.file, check.text);
  return { run, files: collected.files, sources };
}
