import { isScalar, LineCounter, parseAllDocuments, type Document, type YAMLError } from 'yaml';
import { FILE_START, type Diagnostic, type Range } from '../diagnostics/diagnostic.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { Messages } from '../diagnostics/messages.js';
import { diagnosticAt, fileStartDiagnostic } from '../diagnostics/create.js';

export interface ParsedYaml {
  doc?: Document.Parsed;
  lineCounter: LineCounter;
  /** The document as plain data; absent when the file has errors that make it meaningless. */
  data?: unknown;
  diagnostics: Diagnostic[];
}

/** Anchors and aliases have no use in a report; a handful is tolerated, an alias bomb is not. */
const MAX_ALIAS_COUNT = 100;

export function rangeFromOffsets(lineCounter: LineCounter, start: number, end: number): Range {
  const a = lineCounter.linePos(start);
  const b = lineCounter.linePos(Math.max(end, start));
  return { start: { line: a.line, column: a.col }, end: { line: b.line, column: b.col } };
}

function yamlErrorCode(error: YAMLError): DiagnosticCode {
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return 'CR202';
    case 'TAG_RESOLVE_FAILED':
      return 'CR205';
    case 'RESOURCE_EXHAUSTION':
      // yaml reports a stack overflow while composing nested collections this way.
      return 'CR207';
    default:
      return 'CR201';
  }
}

/** Far beyond any report (which nests five or six levels), far below what exhausts the parser's stack. */
const MAX_FLOW_DEPTH = 64;
const MAX_INDENT = 256;

/**
 * Where nesting first goes past the limits, found by a scan before parsing, so the position is a
 * property of the file and not of how much stack the parser had left (which differs between threads).
 */
export function excessiveNesting(text: string): number | undefined {
  const indent = new RegExp(`^ {${MAX_INDENT + 1}}`, 'm').exec(text);
  const limit = indent ? indent.index + MAX_INDENT : undefined;
  // Only the characters that open, close or hide brackets matter: jump from one to the next.
  const special = /[\n"'#[\]{}]/g;
  let depth = 0;
  let quote: string | null = null;
  for (let m = special.exec(text); m !== null; m = special.exec(text)) {
    const i = m.index;
    if (limit !== undefined && i > limit) break;
    const ch = m[0];
    const before = i === 0 ? '\n' : text[i - 1]!;
    if (quote) {
      if (ch === quote && !(quote === '"' && isEscaped(text, i))) quote = null;
      continue;
    }
    if (ch === '#') {
      if (/\s/.test(before)) {
        const end = text.indexOf('\n', i);
        if (end === -1) break;
        special.lastIndex = end;
      }
    } else if (ch === '"' || ch === "'") {
      // Only a quote that opens a scalar starts a string; an apostrophe inside a word does not.
      if (/[\s,[{:]/.test(before)) quote = ch;
    } else if (ch === '[' || ch === '{') {
      if (++depth > MAX_FLOW_DEPTH) return limit === undefined || i < limit ? i : limit;
    } else if ((ch === ']' || ch === '}') && depth > 0) {
      depth--;
    }
  }
  return limit;
}

/** A double-quoted string's quote is escaped by an odd number of backslashes before it. */
function isEscaped(text: string, i: number): boolean {
  let n = 0;
  for (let j = i - 1; j >= 0 && text[j] === '\\'; j--) n++;
  return n % 2 === 1;
}

/** Nothing but comments (and perhaps a "---"): yaml gives an empty null scalar. */
function isEmptyContent(doc: Document.Parsed): boolean {
  const c = doc.contents;
  return c === null || (isScalar(c) && c.value === null && c.source === '');
}

/** The first opening bracket on the line where the stack ran out: stable, unlike the overflow point itself. */
function nestingStart(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const bracket = text.slice(lineStart, offset + 1).search(/[[{]/);
  return bracket === -1 ? lineStart : lineStart + bracket;
}

/** The quote a user must close: the last one on the nearest line above with an odd number of them. */
function openingQuote(text: string, offset: number, quote: string): number | undefined {
  let lineEnd = Math.min(offset, text.length);
  while (lineEnd > 0) {
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    const line = text.slice(lineStart, lineEnd);
    const count = line.split(quote).length - 1;
    if (count % 2 === 1) return lineStart + line.lastIndexOf(quote);
    lineEnd = lineStart - 1;
  }
  return undefined;
}

function fromYamlError(error: YAMLError, file: string, text: string, lineCounter: LineCounter, t: Messages): Diagnostic {
  let [start, end] = error.pos;
  const code = yamlErrorCode(error);
  if (code === 'CR207') {
    const at = nestingStart(text, start);
    return diagnosticAt(code, file, rangeFromOffsets(lineCounter, at, at + 1), [], t.tooDeep());
  }
  if (error.code === 'MISSING_CHAR' && /quote/i.test(error.message)) {
    const quote = openingQuote(text, start, /single/i.test(error.message) ? "'" : '"');
    if (quote !== undefined) [start, end] = [quote, quote + 1];
  }
  // The error's own span may be one character; the rest of its line is what the user recognises.
  const lineEnd = text.indexOf('\n', start);
  const snippet = text.slice(start, Math.min(lineEnd === -1 ? text.length : lineEnd, start + 60));
  // "title: Hội nghị: quán triệt" is the commonest slip of all: a colon inside an unquoted value.
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && /Nested mappings/.test(error.message) && snippet.includes(': ')) {
    return diagnosticAt(code, file, rangeFromOffsets(lineCounter, start, end), [], t.yamlError('COLON_IN_VALUE', snippet, error.message));
  }
  return diagnosticAt(code, file, rangeFromOffsets(lineCounter, start, end), [], t.yamlError(error.code, snippet, error.message));
}

/** Parses untrusted YAML into data, turning every problem into a positioned diagnostic. */
export function parseYaml(text: string, file: string, t: Messages): ParsedYaml {
  const lineCounter = new LineCounter();
  const deep = excessiveNesting(text);
  if (deep !== undefined) {
    lineCounter.addNewLine(0);
    for (let i = text.indexOf('\n'); i !== -1 && i < deep; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
    const at = nestingStart(text, deep);
    return { lineCounter, diagnostics: [diagnosticAt('CR207', file, rangeFromOffsets(lineCounter, at, at + 1), [], t.tooDeep())] };
  }
  let docs: Document.Parsed[];
  try {
    const parsed = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
    docs = (Array.isArray(parsed) ? parsed : []) as Document.Parsed[];
  } catch (error) {
    if (error instanceof RangeError) return { lineCounter, diagnostics: [fileStartDiagnostic('CR207', file, t.tooDeep())] };
    throw error;
  }
  if (docs.length === 0) {
    return { lineCounter, diagnostics: [fileStartDiagnostic('CR106', file, t.emptyFile())] };
  }
  const doc = docs[0]!;
  const diagnostics: Diagnostic[] = [];
  if (docs.length === 1 && isEmptyContent(doc) && doc.errors.length === 0) {
    return { doc, lineCounter, diagnostics: [fileStartDiagnostic('CR106', file, t.emptyFile())] };
  }
  for (const extra of docs.slice(1)) {
    const at = extra.range[0];
    diagnostics.push(diagnosticAt('CR203', file, rangeFromOffsets(lineCounter, at, at + 3), [], t.multipleDocuments(docs.length)));
  }
  // After the first error on a line the parser's further complaints about it are consequences, not news.
  const linesWithError = new Set<number>();
  for (const e of doc.errors) {
    const d = fromYamlError(e, file, text, lineCounter, t);
    if (linesWithError.has(d.range.start.line)) continue;
    linesWithError.add(d.range.start.line);
    diagnostics.push(d);
  }
  for (const w of doc.warnings) {
    if (w.code === 'TAG_RESOLVE_FAILED') diagnostics.push(fromYamlError(w, file, text, lineCounter, t));
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { doc, lineCounter, diagnostics };
  if (doc.contents === null || isEmptyContent(doc)) {
    diagnostics.push(fileStartDiagnostic('CR106', file, t.emptyFile()));
    return { doc, lineCounter, diagnostics };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof RangeError) return { doc, lineCounter, diagnostics: [...diagnostics, fileStartDiagnostic('CR207', file, t.tooDeep())] };
    const unresolved = /Unresolved alias[^:]*: (\S+)/.exec(String((error as Error)?.message));
    if (unresolved) {
      const at = text.indexOf(`*${unresolved[1]}`);
      const range = at === -1 ? FILE_START : rangeFromOffsets(lineCounter, at, at + unresolved[1]!.length + 1);
      return { doc, lineCounter, diagnostics: [...diagnostics, diagnosticAt('CR201', file, range, [], t.yamlError('BAD_ALIAS', `*${unresolved[1]}`, ''))] };
    }
    // Otherwise yaml's ReferenceError is the alias count past the limit (a "billion laughs" file).
    return { doc, lineCounter, diagnostics: [...diagnostics, fileStartDiagnostic('CR204', file, t.aliasLimit(MAX_ALIAS_COUNT))] };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const [start, end] = doc.contents.range;
    diagnostics.push(diagnosticAt('CR206', file, rangeFromOffsets(lineCounter, start, end), [], t.notAMapping(describeValue(data))));
    return { doc, lineCounter, diagnostics };
  }
  return { doc, lineCounter, data, diagnostics };
}

export function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'list';
  if (value === null) return 'null';
  return typeof value;
}
