import type { DiagnosticCode } from '../../src/diagnostics/codes.js';
import type { Diagnostic, FileResult, Severity } from '../../src/diagnostics/diagnostic.js';
import type { FormatOptions } from '../../src/format/options.js';

/** A diagnostic with the given code, at [line:col, endLine:endCol) in file. */
export function diag(
  file: string,
  code: DiagnosticCode,
  severity: Severity,
  [line, column, endLine, endColumn]: [number, number, number, number],
  message: string,
  path: (string | number)[] = [],
): Diagnostic {
  return { code, severity, message, file, range: { start: { line, column }, end: { line: endLine, column: endColumn } }, path };
}

export function options(overrides: Partial<FormatOptions> = {}): FormatOptions {
  return { lang: 'vi', color: false, toolVersion: '1.2.3', ...overrides };
}

// ---------------------------------------------------------------------------------------------
// The main fixture: three files — one with errors and a warning, one with only warnings, one clean.

/** Vietnamese name with spaces, to exercise URI encoding and the text output. */
export const FILE_A = 'reports/Sở Tư pháp.yaml';
export const FILE_B = 'reports/ubnd-xã.yaml';
export const FILE_CLEAN = 'reports/clean.yaml';

/** Source of FILE_A. Line 8 holds a tab (column 15) and a BEL control character (column 31). */
export const SOURCE_A = [
  'plan: KH-123/2025', //                    1
  'agency: Sở Tư pháp', //                   2
  'tasks:', //                               3
  '  III.9:', //                             4
  '    activities:', //                      5
  '      - ngay: 05/12/2025', //             6
  '        date: 32/13/2025', //             7
  '        title:\t"Tuyên truyền a\u0007b"', // 8
  '        quantities:', //                  9
  '          - 1', //                       10
  '          - 2', //                       11
  '        people: 1000000000', //          12
  '',
].join('\n');

/** Has < & > " ' in it. */
export const MSG_UNKNOWN_KEY = `Khóa <ngay> không hợp lệ & không có trong "activities"; có phải 'date'?`;
/** Has % , : and a newline in it. */
export const MSG_FORMAT = 'Ngày "32/13/2025" sai định dạng: tháng 13, ngày 32 (khớp 0%)\nViết dd/mm/yyyy, ví dụ 05/12/2025';
/** Has a BEL control character and an escape sequence in it. */
export const MSG_CONTROL = 'Ký tự điều khiển U+0007 (\u0007) trong tiêu đề\u001b[31m';
export const MSG_WRONG_TYPE = '"quantities" phải là bảng "chỉ tiêu: số", không phải danh sách';
export const MSG_NOT_FOR_FORM = 'Hình thức "hội nghị" không đếm chỉ tiêu "people"';
export const MSG_ABSURD = 'Số người tham gia 1000000000 quá lớn';
export const MSG_DUPLICATE = 'Hoạt động "Hội nghị tuyên truyền" ngày 05/12/2025 đã kê khai ở mục 1';
export const MSG_DECOMPOSED = 'Văn bản "U\u031B\u0309y ban" dùng Unicode tổ hợp';

/** The diagnostics of FILE_A, deliberately out of order. */
export function diagnosticsA(): Diagnostic[] {
  return [
    diag(FILE_A, 'CR405', 'warning', [12, 17, 12, 27], MSG_ABSURD, ['tasks', 'III.9', 'activities', 0, 'quantities']),
    diag(FILE_A, 'CR305', 'error', [7, 15, 7, 25], MSG_FORMAT, ['tasks', 'III.9', 'activities', 0, 'date']),
    diag(FILE_A, 'CR301', 'error', [6, 9, 6, 13], MSG_UNKNOWN_KEY, ['tasks', 'III.9', 'activities', 0, 'ngay']),
    // A range that ends at the start of line 12: really lines 10–11.
    diag(FILE_A, 'CR303', 'error', [10, 11, 12, 1], MSG_WRONG_TYPE, ['tasks', 'III.9', 'activities', 0, 'quantities']),
    diag(FILE_A, 'CR411', 'error', [8, 31, 8, 32], MSG_CONTROL, ['tasks', 'III.9', 'activities', 0, 'title']),
    // Nine lines long: clipped in the code frame.
    diag(FILE_A, 'CR406', 'error', [4, 3, 12, 27], MSG_NOT_FOR_FORM, ['tasks', 'III.9', 'a/b~c']),
  ];
}

export function diagnosticsB(): Diagnostic[] {
  return [
    diag(FILE_B, 'CR408', 'warning', [2, 9, 2, 20], MSG_DECOMPOSED, ['agency']),
    diag(FILE_B, 'CR407', 'warning', [2, 1, 2, 7], MSG_DUPLICATE, ['tasks', 'III.9', 'activities', 1]),
  ];
}

/** Fresh objects each call, so no test can leak a mutation into another. */
export function sampleResults(): FileResult[] {
  return [
    { file: FILE_A, diagnostics: diagnosticsA() },
    { file: FILE_B, diagnostics: diagnosticsB() },
    { file: FILE_CLEAN, diagnostics: [] },
  ];
}

/** Sources for FILE_A only: FILE_B gets no code frame. */
export function sampleSources(): Map<string, string> {
  return new Map([[FILE_A, SOURCE_A]]);
}

/** The codes of FILE_A in sorted order (by line, then column). */
export const SORTED_CODES_A = ['CR406', 'CR301', 'CR305', 'CR411', 'CR303', 'CR405'];
