import { isScalar, LineCounter, parseAllDocuments, type Document, type YAMLError } from 'yaml';
import { FILE_START, type Diagnostic, type Range } from '../diagnostics/diagnostic.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { Messages } from '../messages/diagnostics.js';
import { diagnosticAt, fileStartDiagnostic } from '../diagnostics/create.js';
import { findIndentSlip, type IndentSlip } from './indentation.js';
import { findMissingDash, type MissingDash } from './missing-dash.js';

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

/** The parser's complaints that a misplaced indentation causes, reported instead at the line to change. */
const INDENT_ERRORS = new Set(['BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY']);
const isIndentError = (e: YAMLError): boolean => INDENT_ERRORS.has(e.code) || (e.code === 'MISSING_CHAR' && /Sequence item without|Implicit map keys need/.test(e.message));

type Cause = { kind: 'indent'; slip: IndentSlip } | { kind: 'dash'; dash: MissingDash };

/**
 * Maps parser errors to the mistake behind them: a key indented out of line (CR310) or a list item
 * without its "- " (CR311). `of` gives the cause for the first error it explains, null for the later
 * errors it also explains (consequences), undefined for errors it does not explain.
 */
class StructureCauses {
  private readonly lines: string[];
  private readonly slip?: IndentSlip;
  private slipReported = false;
  private readonly dashes: { dash: MissingDash; reported: boolean }[] = [];

  constructor(
    text: string,
    errors: readonly YAMLError[],
    private readonly lineCounter: LineCounter,
  ) {
    this.lines = text.split(/\r\n|\r|\n/);
    const firstIndentError = errors.find(isIndentError);
    if (firstIndentError) {
      const slip = findIndentSlip(text);
      // Only a slip at or just below the parser's first complaint explains it.
      if (slip && slip.line <= this.lineOf(firstIndentError) + 1) this.slip = slip;
    }
  }

  private lineOf(error: YAMLError): number {
    return this.lineCounter.linePos(error.pos[0]).line;
  }

  of(error: YAMLError): Cause | null | undefined {
    const line = this.lineOf(error);
    if (this.slip && isIndentError(error) && line >= this.slip.line - 1 && line <= this.slip.blockEnd) {
      if (this.slipReported) return null;
      this.slipReported = true;
      return { kind: 'indent', slip: this.slip };
    }
    if (error.code !== 'DUPLICATE_KEY') return undefined;
    const known = this.dashes.find((d) => line >= d.dash.line && line <= d.dash.blockEnd);
    if (known) return known.reported ? null : ((known.reported = true), { kind: 'dash', dash: known.dash });
    const dash = findMissingDash(this.lines, line);
    if (!dash) return undefined;
    this.dashes.push({ dash, reported: true });
    return { kind: 'dash', dash };
  }
}

function causeDiagnostic(cause: Cause, file: string, t: Messages): Diagnostic {
  if (cause.kind === 'indent' && cause.slip.missingDash) {
    const { slip } = cause;
    return causeDiagnostic({ kind: 'dash', dash: { line: slip.line, key: slip.key, indent: slip.indent, itemLine: slip.sibling.line, blockEnd: slip.blockEnd } }, file, t);
  }
  if (cause.kind === 'indent') {
    const { slip } = cause;
    const range = { start: { line: slip.line, column: slip.indent + 1 }, end: { line: slip.line, column: slip.indent + 1 + slip.key.length } };
    return diagnosticAt('CR310', file, range, [], t.keyIndent(slip.key, slip.indent, slip.expected, slip.sibling.key, slip.sibling.line));
  }
  const { dash } = cause;
  const range = { start: { line: dash.line, column: dash.indent + 1 }, end: { line: dash.line, column: dash.indent + 1 + dash.key.length } };
  return diagnosticAt('CR311', file, range, [], t.missingDash(dash.key, dash.itemLine, `${' '.repeat(dash.indent - 2)}- ${dash.key}:`));
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
    // logLevel 'error': yaml's own warnings (a collection as a key) would reach stderr through Node in
    // English; the schema already reports such a key (CR301).
    const parsed = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true, logLevel: 'error' });
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
  const causes = new StructureCauses(text, doc.errors, lineCounter);
  for (const e of doc.errors) {
    const cause = causes.of(e);
    if (cause === null) continue;
    const d = cause ? causeDiagnostic(cause, file, t) : fromYamlError(e, file, text, lineCounter, t);
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
