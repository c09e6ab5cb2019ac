/**
 * Text on a terminal: colours, and input text (file names, messages, plan wording) made safe and measurable.
 * Nothing from a report or a plan may move the cursor or inject an escape: every control, C1 or bidi
 * character and lone surrogate is drawn as a visible symbol, the same way in every output.
 */
import { hasInvisible, showInvisible } from './invisible.js';

export type Paint = (s: string) => string;

export interface Painter {
  red: Paint;
  yellow: Paint;
  green: Paint;
  bold: Paint;
  dim: Paint;
}

const identity: Paint = (s) => s;

/** ANSI colours when `color`, else nothing: with `color: false` no escape character is ever written. */
export function painter(color: boolean): Painter {
  if (!color) return { red: identity, yellow: identity, green: identity, bold: identity, dim: identity };
  const sgr =
    (open: number, close: number): Paint =>
    (s) =>
      s === '' ? s : `\u001b[${open}m${s}\u001b[${close}m`;
  return { red: sgr(31, 39), yellow: sgr(33, 39), green: sgr(32, 39), bold: sgr(1, 22), dim: sgr(2, 22) };
}

/** "1 file", "2 files": English counts (Vietnamese nouns do not change). */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

const TAB_WIDTH = 4;

const COMBINING = /^[\p{Mn}\p{Me}]$/u;

interface Cell {
  text: string;
  width: number;
}

/** How one code point (or lone surrogate) is drawn, given the display column it starts at. */
function cell(ch: string, cp: number, column: number): Cell {
  if (cp === 0x09) {
    const width = TAB_WIDTH - (column % TAB_WIDTH);
    return { text: ' '.repeat(width), width };
  }
  if (cp < 0x20) return { text: String.fromCodePoint(0x2400 + cp), width: 1 }; // ␀ … ␟
  if (cp === 0x7f) return { text: '\u2421', width: 1 }; // ␡
  // Zero-width, no-break and bidi characters (which would reorder the line): shown by code point.
  if (hasInvisible(ch)) {
    const text = showInvisible(ch);
    return { text, width: text.length };
  }
  if ((cp >= 0x80 && cp <= 0x9f) || (cp >= 0xd800 && cp <= 0xdfff)) {
    return { text: '\ufffd', width: 1 };
  }
  if (COMBINING.test(ch)) return { text: ch, width: 0 };
  return { text: ch, width: isWide(cp) ? 2 : 1 };
}

/** East Asian wide and fullwidth characters, and emoji: two terminal columns. */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

export interface LineLayout {
  /** The line as drawn. */
  text: string;
  /** Display column before each UTF-16 code unit; one more entry for the end of the line. */
  columns: number[];
}

/** One line of input as a terminal should draw it, and where each of its characters lands. */
export function layout(line: string): LineLayout {
  const columns = new Array<number>(line.length + 1);
  let text = '';
  let column = 0;
  let i = 0;
  while (i < line.length) {
    const cp = line.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    columns[i] = column;
    if (size === 2) columns[i + 1] = column;
    const c = cell(line.slice(i, i + size), cp, column);
    text += c.text;
    column += c.width;
    i += size;
  }
  columns[line.length] = column;
  return { text, columns };
}

/** Input text for one line of output: a line break in it is shown (␊), never obeyed. */
export function printable(s: string): string {
  return layout(s).text;
}

/** Input text that may span lines (a message): each line made printable. */
export function printableLines(s: string): string[] {
  return s.split(/\r\n|\r|\n/).map(printable);
}

/** Display width in terminal columns of text already made printable. */
export function width(s: string): number {
  return layout(s).columns[s.length]!;
}
