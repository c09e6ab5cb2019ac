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

/**
 * A plan or config file up to its parsed data: the same bounded, non-blocking read and the same
 * decoding and YAML diagnostics as a report, so a FIFO or a huge file given as --plan cannot hang.
 */
export async function readYamlFile(path: string, name: string, t: Messages, limit: number): Promise<YamlFile> {
  const read = await readBounded(path, limit);
  if (read.error !== undefined) return { diagnostics: [fileStartDiagnostic('CR101', name, t.fileUnreadable(read.error))] };
  if (!read.bytes) return { diagnostics: [fileStartDiagnostic('CR102', name, t.fileTooLarge(read.size ?? 0, limit))] };
  const decoded = decodeSource(read.bytes, name, t);
  if (decoded.text === undefined) return { diagnostics: decoded.diagnostics };
  const parsed = parseYaml(decoded.text, name, t);
  const diagnostics = [...decoded.diagnostics, ...parsed.diagnostics];
  if (parsed.data === undefined || !parsed.doc) return { diagnostics, text: decoded.text };
  return { diagnostics, text: decoded.text, parsed: parsed as YamlFile['parsed'] };
}
