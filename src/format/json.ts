import { CODES } from '../diagnostics/codes.js';
import { compareDiagnostics, countBySeverity, type FileResult, type Severity } from '../diagnostics/diagnostic.js';
import type { FormatOptions } from './options.js';

/** One diagnostic in the JSON output. */
export interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  code: string;
  name: string;
  /** The code's title in options.lang. */
  title: string;
  message: string;
  /** RFC 6901 JSON pointer to the node, e.g. "/tasks/III.9/activities/0/date"; "" for the whole document. */
  path: string;
}

/** The whole JSON document (format version 1). */
export interface JsonReport {
  version: 1;
  tool: { name: 'compile-report'; version: string };
  summary: { files: number; errors: number; warnings: number };
  files: { file: string; errors: number; warnings: number }[];
  diagnostics: JsonDiagnostic[];
}

/**
 * Machine-readable output: a stable JSON document, 2-space indented, ending with a newline.
 * Files keep the order given; the diagnostics of each file are sorted with compareDiagnostics.
 */
export function formatJson(results: readonly FileResult[], options: FormatOptions): string {
  const report: JsonReport = {
    version: 1,
    tool: { name: 'compile-report', version: options.toolVersion },
    summary: { files: results.length, ...countBySeverity(results) },
    files: results.map((r) => ({ file: r.file, ...countBySeverity([r]) })),
    diagnostics: results.flatMap((r) =>
      [...r.diagnostics].sort(compareDiagnostics).map(
        (d): JsonDiagnostic => ({
          file: d.file,
          line: d.range.start.line,
          column: d.range.start.column,
          endLine: d.range.end.line,
          endColumn: d.range.end.column,
          severity: d.severity,
          code: d.code,
          name: CODES[d.code].name,
          title: CODES[d.code].title[options.lang],
          message: d.message,
          path: jsonPointer(d.path),
        }),
      ),
    ),
  };
  return JSON.stringify(report, null, 2) + '\n';
}

/** RFC 6901: each segment prefixed with "/", with "~" written "~0" and "/" written "~1". */
export function jsonPointer(path: readonly (string | number)[]): string {
  return path.map((segment) => '/' + String(segment).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
