/**
 * A list item typed without its "- ": its keys join the item above, so YAML sees each of them twice.
 * Found from the text: the repeated key starts a line in the item's key column, and the item above
 * starts with "- " and that same key.
 */

export interface MissingDash {
  /** 1-based line where the new item starts (where the "- " belongs). */
  line: number;
  key: string;
  /** Spaces before the key; the dash belongs two columns to the left. */
  indent: number;
  /** 1-based line of the item above, which starts with "- <key>:". */
  itemLine: number;
  /** Last line of the item without its dash: the repeats up to it are the same mistake. */
  blockEnd: number;
}

const BLANK_OR_COMMENT = /^\s*(#|$)/;

export function findMissingDash(lines: readonly string[], line: number): MissingDash | undefined {
  const m = /^( *)([^\s#\-][^:#]*?):( |$)/.exec(lines[line - 1] ?? '');
  if (!m || m[1]!.length < 2) return undefined;
  const indent = m[1]!.length;
  const key = m[2]!;
  let itemLine: number | undefined;
  for (let i = line - 2; i >= 0 && itemLine === undefined; i--) {
    const raw = lines[i]!;
    if (BLANK_OR_COMMENT.test(raw) || raw.search(/\S/) >= indent) continue;
    const item = /^( *)- +([^\s#][^:#]*?):( |$)/.exec(raw);
    if (!item || item[1]!.length + 2 !== indent || item[2] !== key) return undefined;
    itemLine = i + 1;
  }
  if (itemLine === undefined) return undefined;
  let blockEnd = lines.length;
  for (let i = line; i < lines.length; i++) {
    const raw = lines[i]!;
    if (BLANK_OR_COMMENT.test(raw)) continue;
    if (raw.search(/\S/) < indent) {
      blockEnd = i;
      break;
    }
  }
  return { line, key, indent, itemLine, blockEnd };
}
