import type { Document } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Messages } from '../messages/diagnostics.js';
import { fileStartDiagnostic } from '../diagnostics/create.js';
import { decodeSource } from './decode-source.js';
import { parseYaml, type ParsedYaml } from './parse-yaml.js';
import { readBounded } from './read-bounded.js';

export interface YamlFile {
  diagnostics: Diagnostic[];
  /** The decoded text, for code frames, once the bytes were text. */
  text?: string;
  /** Present when the file parsed into a mapping with no YAML error. */
  parsed?: ParsedYaml & { doc: Document.Parsed; data: unknown };
}

/** A plan or config file's text, decoded: the same bounded, non-blocking read and decoding diagnostics as a report. */
export async function readYamlText(path: string, name: string, t: Messages, limit: number): Promise<{ diagnostics: Diagnostic[]; text?: string }> {
  const read = await readBounded(path, limit);
  if (read.error !== undefined) return { diagnostics: [fileStartDiagnostic('CR101', name, t.fileUnreadable(read.error))] };
  if (!read.bytes) return { diagnostics: [fileStartDiagnostic('CR102', name, t.fileTooLarge(read.size ?? 0, limit))] };
  const decoded = decodeSource(read.bytes, name, t);
  return decoded.text === undefined ? { diagnostics: decoded.diagnostics } : { diagnostics: decoded.diagnostics, text: decoded.text };
}

/** The decoded text up to its parsed data, with the YAML diagnostics after the decoding ones. */
export function parseYamlText(read: { diagnostics: Diagnostic[]; text: string }, name: string, t: Messages): YamlFile {
  const parsed = parseYaml(read.text, name, t);
  const diagnostics = [...read.diagnostics, ...parsed.diagnostics];
  if (parsed.data === undefined || !parsed.doc) return { diagnostics, text: read.text };
  return { diagnostics, text: read.text, parsed: parsed as YamlFile['parsed'] };
}

/**
 * A plan or config file up to its parsed data: the same bounded, non-blocking read and the same
 * decoding and YAML diagnostics as a report, so a FIFO or a huge file given as --plan cannot hang.
 */
export async function readYamlFile(path: string, name: string, t: Messages, limit: number): Promise<YamlFile> {
  const read = await readYamlText(path, name, t, limit);
  return read.text === undefined ? read : parseYamlText({ diagnostics: read.diagnostics, text: read.text }, name, t);
}
