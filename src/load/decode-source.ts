import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Messages } from '../diagnostics/messages.js';
import { diagnosticAt, fileStartDiagnostic } from '../diagnostics/create.js';

export interface DecodedSource {
  /** The text without a BOM; absent when the bytes cannot be read as UTF-8 text. */
  text?: string;
  diagnostics: Diagnostic[];
}

const BINARY_SIGNATURES: { bytes: number[]; kind: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'ZIP/DOCX/XLSX' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: 'DOC/XLS' },
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: 'PDF' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'PNG' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'JPEG' },
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** NULs in every other byte of the first kilobyte mean UTF-16 without a BOM. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 4) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  return evenNul > pairs * 0.3 || oddNul > pairs * 0.3;
}

/** Line and column (1-based) of a character offset in text. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Turns a file's bytes into text, or says why they are not a UTF-8 text file. */
export function decodeSource(bytes: Uint8Array, file: string, t: Messages): DecodedSource {
  if (bytes.length === 0) return { diagnostics: [fileStartDiagnostic('CR106', file, t.emptyFile())] };
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]) || looksLikeUtf16(bytes)) {
    return { diagnostics: [fileStartDiagnostic('CR104', file, t.utf16())] };
  }
  const signature = BINARY_SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (signature) return { diagnostics: [fileStartDiagnostic('CR107', file, t.binaryFile(signature.kind))] };
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { diagnostics: [fileStartDiagnostic('CR107', file, t.binaryFile(null))] };

  const diagnostics: Diagnostic[] = [];
  let body = bytes;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    diagnostics.push(fileStartDiagnostic('CR105', file, t.byteOrderMark()));
    body = bytes.subarray(3);
  }
  let text: string;
  try {
    text = strictUtf8.decode(body);
  } catch {
    const lenient = lenientUtf8.decode(body);
    const at = positionOf(lenient, lenient.indexOf('\uFFFD'));
    diagnostics.push(diagnosticAt('CR103', file, { start: at, end: { line: at.line, column: at.column + 1 } }, [], t.notUtf8()));
    return { diagnostics };
  }
  if (text.trim() === '') {
    diagnostics.push(fileStartDiagnostic('CR106', file, t.emptyFile()));
    return { diagnostics };
  }
  return { text, diagnostics };
}
