import type { DiagnosticCode } from './codes.js';
import type { Severity } from './severity.js';

export type { Severity };

/** A 1-based line and column (columns count UTF-16 code units, as editors do). */
export interface Position {
  line: number;
  column: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** The one shape every problem takes, from a bad byte to a business rule. */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  /** Localised, names the offending value and what is allowed. */
  message: string;
  /** The file as the user named it (relative to the working folder when possible). */
  file: string;
  range: Range;
  /** Path of the node inside the document, e.g. ['tasks', 'III.9', 'activities', 0, 'date']. */
  path: (string | number)[];
}

/** Validation outcome for one file. */
export interface FileResult {
  file: string;
  diagnostics: Diagnostic[];
}

export const FILE_START: Range = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

export function countBySeverity(results: readonly FileResult[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    for (const d of r.diagnostics) {
      if (d.severity === 'error') errors++;
      else warnings++;
    }
  }
  return { errors, warnings };
}

/** `--quiet`: the same results with the warnings left out (ESLint's "errors only"). */
export function errorsOnly(results: readonly FileResult[]): FileResult[] {
  return results.map((r) => ({ file: r.file, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') }));
}

/** Order diagnostics by file, then position, then code, so every output is deterministic. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
