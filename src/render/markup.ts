/**
 * The line markup that templates produce (documented in templates/README.md).
 *
 * One output line is one DOCX paragraph:
 *   `# text`      heading level 1 ("I. KẾT QUẢ …", bold)
 *   `## text`     heading level 2 ("1. …", bold)
 *   `### text`    heading level 3 ("a) …", upright, regular)
 *   `> text`      centred line, no indent (appendix titles)
 *   `@table NAME | header | header …`   a table built by the program, at this place
 *   `@page landscape` / `@page portrait`  orientation of an appendix (first line of the appendix)
 *   anything else a body paragraph (justified, first-line indent); blank lines are dropped.
 * Inside a line: `**bold**`, `*italic*`, and `\` makes the next character literal.
 */

import type { TemplateProblem } from '../messages/template-problem.js';
export interface Run {
  text: string;
  bold: boolean;
  italics: boolean;
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; runs: Run[] }
  | { kind: 'center'; runs: Run[] }
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'table'; name: string; headers: string[] | null }
  | { kind: 'page'; orientation: 'portrait' | 'landscape' };

export type Directive =
  | { kind: 'table'; name: string; headers: string[] | null }
  | { kind: 'page'; orientation: 'portrait' | 'landscape' };

/** A line of markup that cannot be read; `column` is where in the line, 1-based. */
export class MarkupError extends Error {
  override readonly name = 'MarkupError';
  constructor(
    readonly problem: TemplateProblem,
    readonly column?: number,
  ) {
    super(problem.kind);
  }
}

/**
 * Escape user text so that it is placed literally: backslashes and asterisks are escaped, and a
 * leading character that would start a block marker (#, >, @) is escaped too.
 */
export function escapeMarkup(text: string): string {
  const s = text.replace(/[\\*]/g, (c) => `\\${c}`);
  return /^[#>@]/.test(s) ? `\\${s}` : s;
}

/** Remove the escapes of escapeMarkup / the template author, keeping the literal characters. */
export function unescapeMarkup(text: string): string {
  return text.replace(/\\(.)/gsu, '$1');
}

/** Split a line into runs on `**` (bold) and `*` (italic). */
export function parseInline(line: string): Run[] {
  const runs: Run[] = [];
  let bold = false;
  let italics = false;
  let buf = '';
  const flush = (): void => {
    if (buf !== '') {
      const last = runs[runs.length - 1];
      if (last && last.bold === bold && last.italics === italics) last.text += buf;
      else runs.push({ text: buf, bold, italics });
      buf = '';
    }
  };
  for (let i = 0; i < line.length; i++) {
    // Text up to the next backslash or asterisk is taken in one piece: a string grown a character at a
    // time was a tenth of a national render, most of it garbage.
    const plain = plainEnd(line, i);
    if (plain > i) {
      buf += line.slice(i, plain);
      i = plain - 1;
      continue;
    }
    const c = line[i];
    if (c === '\\' && i + 1 < line.length) {
      const cp = line.codePointAt(i + 1) ?? 0;
      const ch = String.fromCodePoint(cp);
      buf += ch;
      i += ch.length;
      continue;
    }
    if (c === '*') {
      flush();
      if (line[i + 1] === '*') {
        bold = !bold;
        i++;
      } else {
        italics = !italics;
      }
      continue;
    }
    buf += c;
  }
  flush();
  return runs;
}

/** Where the plain text starting at `from` ends: the next backslash or asterisk, or the end of the line. */
function plainEnd(line: string, from: number): number {
  let i = from;
  while (i < line.length) {
    const c = line.charCodeAt(i);
    if (c === 0x5c || c === 0x2a) break;
    i++;
  }
  return i;
}

/** Split on unescaped `|`, unescaping each cell. */
function splitCells(s: string): string[] {
  const cells: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\' && i + 1 < s.length) {
      cur += s[i + 1];
      i++;
    } else if (c === '|') {
      cells.push(cur.trim());
      cur = '';
    } else {
      cur += c;
    }
  }
  cells.push(cur.trim());
  return cells;
}

/** Parse a line that starts with `@` (after leading white space). Throws MarkupError. */
export function parseDirective(line: string): Directive {
  const s = line.trim();
  const m = /^@([a-z]+)\b\s*(.*)$/u.exec(s);
  if (!m) throw new MarkupError({ kind: 'bad-directive', text: s }, 1);
  const [, word = '', rest = ''] = m;
  if (word === 'table') {
    const [name = '', ...headers] = splitCells(rest);
    if (!/^[a-z][a-z0-9-]*$/.test(name)) {
      throw new MarkupError({ kind: 'table-needs-name', text: s }, 8);
    }
    return { kind: 'table', name, headers: headers.length === 0 ? null : headers };
  }
  if (word === 'page') {
    const o = rest.trim();
    if (o !== 'landscape' && o !== 'portrait') {
      throw new MarkupError({ kind: 'page-orientation', text: s }, 7);
    }
    return { kind: 'page', orientation: o };
  }
  throw new MarkupError({ kind: 'unknown-directive', word }, 2);
}

/** Turn a template's output into blocks. Throws MarkupError for a bad directive. */
export function parseMarkup(output: string): Block[] {
  const blocks: Block[] = [];
  for (const raw of output.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    if (line.startsWith('@')) {
      blocks.push(parseDirective(line));
      continue;
    }
    const h = /^(#{1,3}) +(.*)$/u.exec(line);
    if (h) {
      const level = (h[1] ?? '#').length as 1 | 2 | 3;
      blocks.push({ kind: 'heading', level, runs: parseInline(h[2] ?? '') });
      continue;
    }
    if (line.startsWith('> ') || line === '>') {
      blocks.push({ kind: 'center', runs: parseInline(line.slice(1).trim()) });
      continue;
    }
    blocks.push({ kind: 'paragraph', runs: parseInline(line) });
  }
  return blocks;
}

/** Plain text of runs. */
export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}
