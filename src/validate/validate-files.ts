import { open } from 'node:fs/promises';
import type { Diagnostic, FileResult } from '../diagnostics/diagnostic.js';
import type { Messages } from '../diagnostics/messages.js';
import { fileStartDiagnostic } from '../diagnostics/create.js';
import type { CompiledPlan } from './compile.js';
import { validateReportBytes, type ReportCheck } from './validate-report.js';
import { crossFileDiagnostics } from './cross-file.js';

/** No hand-written report comes near this; a larger file is refused before it is read. */
export const MAX_REPORT_BYTES = 5 * 1024 * 1024;

export interface ValidationRun {
  /** One check per file, in the order given. */
  checks: ReportCheck[];
}

export interface SourceFile {
  /** Absolute path to read. */
  path: string;
  /** Name used in diagnostics. */
  name: string;
}

async function readBounded(path: string, limit: number): Promise<{ bytes?: Uint8Array; size?: number; error?: string }> {
  let handle;
  try {
    handle = await open(path, 'r');
    const info = await handle.stat();
    if (!info.isFile()) return { error: 'not a regular file' };
    if (info.size > limit) return { size: info.size };
    return { bytes: await handle.readFile() };
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code ?? String(error) };
  } finally {
    await handle?.close();
  }
}

export async function checkFile(source: SourceFile, compiled: CompiledPlan, t: Messages): Promise<ReportCheck> {
  const read = await readBounded(source.path, MAX_REPORT_BYTES);
  if (read.error) return { file: source.name, diagnostics: [fileStartDiagnostic('CR101', source.name, t.fileUnreadable(read.error))] };
  if (!read.bytes) {
    return { file: source.name, diagnostics: [fileStartDiagnostic('CR102', source.name, t.fileTooLarge(read.size ?? 0, MAX_REPORT_BYTES))] };
  }
  return validateReportBytes(read.bytes, source.name, compiled, t);
}

/** Validates every file on its own, then across files (one report per unit). */
export async function validateFiles(sources: readonly SourceFile[], compiled: CompiledPlan, t: Messages): Promise<ValidationRun> {
  const checks: ReportCheck[] = [];
  for (const source of sources) checks.push(await checkFile(source, compiled, t));
  const extra = crossFileDiagnostics(checks, compiled.index, t);
  for (const check of checks) check.diagnostics.push(...(extra.get(check.file) ?? []));
  return { checks };
}

export function toFileResults(run: ValidationRun): FileResult[] {
  return run.checks.map((c) => ({ file: c.file, diagnostics: c.diagnostics }));
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
