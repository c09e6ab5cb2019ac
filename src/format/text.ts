import { CODES, type DiagnosticCode } from '../diagnostics/codes.js';
import type { Lang } from '../messages/lang.js';
import { FORMAT } from '../messages/format.js';
import {
  compareDiagnostics,
  countBySeverity,
  type Diagnostic,
  type FileResult,
  type Range,
  type Severity,
} from '../diagnostics/diagnostic.js';
import { layout, painter, printable, printableLines, type Paint, type Painter } from '../text/terminal.js';
import type { FormatOptions } from './options.js';
import { appendAll } from '../core/append-all.js';

/**
 * Human-readable output, in the spirit of ESLint's and TypeScript's pretty output:
 *
 *   reports/a.yaml:12:9 - lỗi CR305: <message>
 *     12 |     date: 32/13/2025
 *        |           ^~~~~~~~~~
 *     → <help>
 *
 *   ✖ 1 lỗi trong 1 tệp (đã kiểm tra 3 tệp)
 *
 * Range ends are exclusive (the column just after the last character), as in SARIF.
 * Control and bidi characters coming from the input are shown as visible symbols so that
 * nothing from a report can move the cursor or inject terminal escapes; with `color: false`
 * the output contains no escape character at all.
 */
export function formatText(results: readonly FileResult[], options: FormatOptions): string {
  const paint = painter(options.color);
  const words = FORMAT[options.lang].severity;
  const grouped = repeatedWarnings(results);
  let out = '';
  for (const result of results) {
    const diagnostics = [...result.diagnostics].sort(compareDiagnostics);
    for (const d of diagnostics) {
      if (grouped.has(d.code)) continue;
      const lines: string[] = [];
      const severityPaint = d.severity === 'error' ? paint.red : paint.yellow;
      const [first = '', ...rest] = printableLines(d.message);
      lines.push(
        `${printable(d.file)}:${d.range.start.line}:${d.range.start.column} - ` +
          `${severityPaint(words[d.severity])} ${paint.bold(d.code)}: ${first}`,
      );
      for (const more of rest) lines.push(more === '' ? '' : `  ${more}`);
      const source = options.sources?.get(d.file) ?? options.sources?.get(result.file);
      if (source !== undefined) appendAll(lines, codeFrame(source, d.range, paint, severityPaint));
      lines.push(`  → ${CODES[d.code].help[options.lang]}`);
      out += lines.join('\n') + '\n\n';
    }
  }
  for (const [code, list] of grouped) out += warningGroup(code, list, options, paint);
  return out + formatSummary(results, options.lang, options.color) + '\n';
}

/** A warning code seen this often is shown once, with one short line per place, instead of a frame each time. */
const GROUP_MIN = 3;

/** Warnings whose code repeats at least GROUP_MIN times, by code, each list in output order. */
function repeatedWarnings(results: readonly FileResult[]): Map<DiagnosticCode, Diagnostic[]> {
  const byCode = new Map<DiagnosticCode, Diagnostic[]>();
  for (const r of results) {
    for (const d of r.diagnostics) {
      if (d.severity !== 'warning') continue;
      const list = byCode.get(d.code);
      if (list) list.push(d);
      else byCode.set(d.code, [d]);
    }
  }
  const codes = [...byCode.keys()].filter((c) => byCode.get(c)!.length >= GROUP_MIN).sort();
  return new Map(codes.map((c) => [c, byCode.get(c)!.sort(compareDiagnostics)]));
}

/**
 *   cảnh báo CR413 ở 17 tệp: <the message, when all say the same; else the code's title>
 *     reports/01.yaml:1:33 <its own message, when they differ>
 *     …
 *     → <help>
 */
function warningGroup(code: DiagnosticCode, list: readonly Diagnostic[], options: FormatOptions, paint: Painter): string {
  const files = new Set(list.map((d) => d.file)).size;
  const firstLine = (d: Diagnostic): string => printableLines(d.message)[0]!;
  // One sentence for all of them goes in the heading; otherwise each place keeps its own.
  const same = list.every((d) => firstLine(d) === firstLine(list[0]!));
  const what = same ? firstLine(list[0]!) : CODES[code].title[options.lang];
  const head = `${paint.yellow(FORMAT[options.lang].severity.warning)} ${paint.bold(code)} ${FORMAT[options.lang].group(files, list.length)}: ${what}`;
  const lines = list.map((d) => `  ${printable(d.file)}:${d.range.start.line}:${d.range.start.column}${same ? '' : ` ${firstLine(d)}`}`);
  return [head, ...lines, `  → ${CODES[code].help[options.lang]}`].join('\n') + '\n\n';
}


/** The localised word for a severity ("lỗi"/"cảnh báo", "error"/"warning"). */
export function severityWord(severity: Severity, lang: Lang): string {
  return FORMAT[lang].severity[severity];
}

/**
 * The one-line summary that ends the text and GitHub outputs, without a trailing newline.
 * "in N files" counts the files that have at least one diagnostic.
 */
export function formatSummary(results: readonly FileResult[], lang: Lang, color = false): string {
  const paint = painter(color);
  const { errors, warnings } = countBySeverity(results);
  const checked = results.length;
  const withProblems = results.filter((r) => r.diagnostics.length > 0).length;
  const w = FORMAT[lang];
  if (errors > 0) return paint.red(w.problems(errors, warnings, withProblems, checked));
  const clean = paint.green(w.clean(checked));
  return warnings > 0 ? `${clean}, ${paint.yellow(w.warnings(warnings))}` : clean;
}

// ---------------------------------------------------------------------------------------------
// Code frames

/** Ranges over more lines than this show their first two lines, "…", and their last line. */
const MAX_FRAME_LINES = 4;
/** Longer source lines (minified or hostile files) are shown as a window around the range. */
const MAX_FRAME_WIDTH = 160;

/** The part of a long line worth showing, with "…" where it was cut, and how to move indices into it. */
function clipLine(raw: string, focus: number): { text: string; shift: (index: number) => number } {
  if (raw.length <= MAX_FRAME_WIDTH) return { text: raw, shift: (i) => i };
  const start = Math.max(0, Math.min(focus - 40, raw.length - MAX_FRAME_WIDTH));
  const end = Math.min(raw.length, start + MAX_FRAME_WIDTH);
  const lead = start > 0 ? '…' : '';
  const text = lead + raw.slice(start, end) + (end < raw.length ? '…' : '');
  return { text, shift: (i) => Math.max(lead.length, Math.min(i - start + lead.length, text.length)) };
}

function codeFrame(source: string, range: Range, paint: Painter, markerPaint: Paint): string[] {
  if (source === '') return [];
  const lines = source.split(/\r\n|\r|\n/);
  const lineAt = (n: number): string => lines[n - 1] ?? '';
  const startLine = range.start.line;
  if (!Number.isInteger(startLine) || startLine < 1 || startLine > lines.length) return [];
  const startIndex = Math.max(0, range.start.column - 1);

  // Where the range ends (exclusive, 0-based code unit index on endLine), clipped to the file.
  let endLine: number;
  let endIndex: number;
  if (!(range.end.line >= startLine)) {
    endLine = startLine;
    endIndex = startIndex;
  } else if (range.end.line > lines.length) {
    endLine = lines.length;
    endIndex = lineAt(endLine).length;
  } else {
    endLine = range.end.line;
    endIndex = Math.max(0, range.end.column - 1);
  }
  // A range that stops at the very start of a later line really ends with the line before.
  while (endLine > startLine && endIndex === 0) {
    endLine--;
    endIndex = lineAt(endLine).length;
  }

  const shown: (number | null)[] = [];
  if (endLine - startLine + 1 <= MAX_FRAME_LINES) {
    for (let n = startLine; n <= endLine; n++) shown.push(n);
  } else {
    shown.push(startLine, startLine + 1, null, endLine);
  }
  const gutterWidth = String(endLine).length;
  const blankGutter = paint.dim(`${' '.repeat(gutterWidth)} |`);

  const out: string[] = [];
  for (const n of shown) {
    if (n === null) {
      out.push(`  ${paint.dim(`${'…'.padStart(gutterWidth)} |`)}`);
      continue;
    }
    const full = lineAt(n);
    const fullIndent = full.search(/[^ \t]/);
    const clipped = clipLine(full, n === startLine ? startIndex : Math.max(0, fullIndent));
    const raw = clipped.text;
    const { text, columns } = layout(raw);
    const gutter = paint.dim(`${String(n).padStart(gutterWidth)} |`);
    out.push(text === '' ? `  ${gutter}` : `  ${gutter} ${text}`);

    const at = (index: number): number =>
      index <= raw.length ? columns[index]! : columns[raw.length]! + (index - raw.length);
    if (n === startLine) {
      const from = Math.min(clipped.shift(startIndex), raw.length);
      const to = n === endLine ? Math.min(clipped.shift(endIndex), raw.length) : raw.length;
      const width = Math.max(1, at(to) - at(from));
      out.push(`  ${blankGutter} ${' '.repeat(at(from))}${markerPaint('^' + '~'.repeat(width - 1))}`);
    } else {
      const indent = raw.search(/[^ \t]/);
      const from = indent === -1 ? raw.length : indent;
      const to = n === endLine ? Math.min(clipped.shift(endIndex), raw.length) : raw.length;
      const width = at(to) - at(from);
      if (width > 0) out.push(`  ${blankGutter} ${' '.repeat(at(from))}${markerPaint('~'.repeat(width))}`);
    }
  }
  return out;
}
