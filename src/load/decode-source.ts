import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Messages } from '../messages/diagnostics.js';
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

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence (RFC 3629). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min = 0x80;
    let max = 0xbf;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) min = 0xa0;
      if (b === 0xed) max = 0x9f; // no surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) min = 0x90;
      if (b === 0xf4) max = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? min : 0x80) || c > (k === 1 ? max : 0xbf)) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Turns a file's bytes into text, or says why they are not a UTF-8 text file. */
export function decodeSource(bytes: Uint8Array, file: string, t: Messages): DecodedSource {
  if (bytes.length === 0) return { diagnostics: [fileStartDiagnostic('CR106', file, t.emptyFile())] };
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return { diagnostics: [fileStartDiagnostic('CR104', file, t.utf16())] };
  // Signatures before the UTF-16 guess: a Word .doc is full of NULs too.
  const signature = BINARY_SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (signature) return { diagnostics: [fileStartDiagnostic('CR107', file, t.binaryFile(signature.kind))] };
  if (looksLikeUtf16(bytes)) return { diagnostics: [fileStartDiagnostic('CR104', file, t.utf16())] };
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
    const bad = firstInvalidUtf8(body);
    const before = lenientUtf8.decode(body.subarray(0, bad));
    const at = positionOf(before, before.length);
    diagnostics.push(diagnosticAt('CR103', file, { start: at, end: { line: at.line, column: at.column + 1 } }, [], t.notUtf8()));
    return { diagnostics };
  }
  if (text.trim() === '') {
    diagnostics.push(fileStartDiagnostic('CR106', file, t.emptyFile()));
    return { diagnostics };
  }
  return { text, diagnostics };
}
