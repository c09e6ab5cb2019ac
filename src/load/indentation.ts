/**
 * Where a block of "key: value" lines first goes out of line, found from the text alone.
 *
 * The YAML parser reports an over-indented key at the line above it ("title: … place: …" reads as one
 * multi-line key) and a first key indented too far at the siblings after it; this scan names the line a
 * clerk has to change, the key on it, and by how many spaces.
 */

export interface IndentSlip {
  /** 1-based line of the key out of line. */
  line: number;
  key: string;
  /** Spaces before the key (a "- " counts as two). */
  indent: number;
  /** Spaces before its sibling keys. */
  expected: number;
  /** A sibling key and its line, to compare with. */
  sibling: { key: string; line: number };
  /** Last line (1-based) of the block the slip is in: further parser complaints up to it are consequences. */
  blockEnd: number;
  /** The key starts the first item of a list without its "- " (the sibling is the next item, with one). */
  missingDash?: true;
}

interface KeyLine {
  line: number;
  /** Column of the key (0-based), after any "- ". */
  col: number;
  /** Column of the first "- ", when the line starts a list item. */
  dash?: number;
  key?: string;
  /** The value is left for the lines below (a nested mapping or list). */
  opens: boolean;
  /** The value is a block scalar (| or >): its lines are text, not structure. */
  block: boolean;
}

const KEY = /^( *)((?:- +)*)([^\s#'"\-[{][^:#]*?|"[^"]*"|'[^']*'):(?: +(.*))?$/;
const DASH_ONLY = /^( *)- /;

function readLine(raw: string, line: number): KeyLine | undefined {
  const m = KEY.exec(raw);
  if (m) {
    const value = (m[4] ?? '').replace(/(^| )#.*$/, '').trim();
    const dash = m[2] ? m[1]!.length : undefined;
    return {
      line,
      col: m[1]!.length + m[2]!.length,
      dash,
      key: m[3],
      opens: value === '' || /^[&!]\S*$/.test(value),
      block: /^[|>][-+0-9]*$/.test(value),
    };
  }
  const d = DASH_ONLY.exec(raw);
  return d ? { line, col: d[1]!.length, dash: d[1]!.length, opens: false, block: false } : undefined;
}

interface Level {
  col: number;
  /** Opened by "- key:": the first key's column is set by the dash, it cannot be out of line by itself. */
  item?: true;
  /** The key lines seen at this level, first one first. */
  lines: { key: string; line: number }[];
}

/** The first key whose indentation fits no open level, or undefined when the layout is consistent. */
export function findIndentSlip(text: string): IndentSlip | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  const levels: Level[] = [];
  let previous: KeyLine | undefined;
  let blockScalarAbove: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (/^\s*(#|$)/.test(raw) || raw.startsWith('\t') || raw.startsWith('---') || raw.startsWith('%')) continue;
    const indent = raw.search(/\S/);
    if (blockScalarAbove !== undefined && indent > blockScalarAbove) continue;
    blockScalarAbove = undefined;
    const here = readLine(raw, i + 1);
    if (!here) continue;
    blockScalarAbove = here.block ? here.col : undefined;
    const start = here.dash ?? here.col;
    const top = levels[levels.length - 1];
    if (!top || start > top.col) {
      if (top && previous && !previous.opens) {
        // A level may hold no plain key yet (a line that is no key at all opened it): then no sibling to align with.
        const sibling = top.lines[top.lines.length - 1] ?? { key: '', line: here.line };
        return slip(lines, here, top.col, sibling, levels.length >= 2 ? levels[levels.length - 2]!.col : -1);
      }
      levels.push({ col: start, lines: [] });
    } else {
      const popped: Level[] = [];
      while (levels.length > 0 && levels[levels.length - 1]!.col > start) popped.push(levels.pop()!);
      const now = levels[levels.length - 1];
      if (!now || now.col !== start) {
        const deeper = popped[popped.length - 1]!;
        const parent = now?.col ?? -1;
        const first = deeper.lines[0];
        // "activities:" then the first item's keys without "- ", then "- date:" items: that first item lacks its dash.
        if (here.dash !== undefined && first && here.key === first.key && deeper.col === here.col && start > parent) {
          const firstLine: KeyLine = { line: first.line, col: deeper.col, key: first.key, opens: false, block: false };
          const found = slip(lines, firstLine, deeper.col, { key: here.key, line: here.line }, parent);
          return found && { ...found, missingDash: true };
        }
        // A level of one key, deeper than the keys after it: that one key went too far.
        if (deeper.lines.length === 1 && !deeper.item && start > parent && here.key !== undefined) {
          const firstLine: KeyLine = { line: first!.line, col: deeper.col, key: first!.key, opens: false, block: false };
          return slip(lines, firstLine, start, { key: here.key, line: here.line }, parent);
        }
        const sibling = deeper.lines[deeper.lines.length - 1] ?? { key: '', line: here.line };
        return slip(lines, here, deeper.col, sibling, parent);
      }
    }
    if (here.key !== undefined && here.dash === undefined) levels[levels.length - 1]!.lines.push({ key: here.key, line: here.line });
    // A list item's keys form a level of their own, starting with the key after the dash.
    if (here.dash !== undefined && here.key !== undefined) levels.push({ col: here.col, item: true, lines: [{ key: here.key, line: here.line }] });
    previous = here;
  }
  return undefined;
}

function slip(lines: readonly string[], at: KeyLine, expected: number, sibling: { key: string; line: number }, parent: number): IndentSlip | undefined {
  if (at.key === undefined || sibling.key === '') return undefined;
  let blockEnd = lines.length;
  for (let i = at.line; i < lines.length; i++) {
    const raw = lines[i]!;
    if (/^\s*(#|$)/.test(raw)) continue;
    if (raw.search(/\S/) <= parent) {
      blockEnd = i;
      break;
    }
  }
  return { line: at.line, key: at.key, indent: at.col, expected, sibling, blockEnd };
}
