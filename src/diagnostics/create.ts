import { CODES, type DiagnosticCode } from './codes.js';
import { FILE_START, type Diagnostic, type Range } from './diagnostic.js';

/** A diagnostic with the code's own severity. */
export function diagnosticAt(
  code: DiagnosticCode,
  file: string,
  range: Range,
  path: (string | number)[],
  message: string,
): Diagnostic {
  return { code, severity: CODES[code].severity, message, file, range, path };
}

/** For problems of the file as a whole (encoding, emptiness): line 1, column 1. */
export function fileStartDiagnostic(code: DiagnosticCode, file: string, message: string): Diagnostic {
  return diagnosticAt(code, file, FILE_START, [], message);
}
