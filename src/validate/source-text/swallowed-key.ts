import type { SchemaSet, SchemaShape } from './schema-shape.js';

/** A mapping or sequence that encloses a scalar, with where its keys (or dashes) start. */
export interface Frame {
  kind: 'map' | 'seq';
  set: SchemaSet;
  /** 1-based line of its first key or dash. */
  line: number;
  /** Spaces before its keys or dashes. */
  indent: number;
}

export interface SwallowedKey {
  /** The key as typed, with its dash for a list item: "activities:", "- date:". */
  written: string;
  /** Offset of `written` within the line. */
  at: number;
  /** Where the line belongs: the indentation and line of the mapping or list that declares the key. */
  indent: number;
  alignLine: number;
}

const KEY_LINE = /^( *)(- +)?([\w.-]+):(?= |$)/;

/**
 * Whether a line that ended up inside text reads as a key of an enclosing mapping (`proposals:`) or an
 * item of an enclosing list (`- date:`): only keys the schema declares there count, so prose is left alone.
 */
export function swallowedKey(line: string, frames: readonly Frame[], shape: SchemaShape): SwallowedKey | undefined {
  const m = KEY_LINE.exec(line);
  if (!m) return undefined;
  const [, spaces, dash, key] = m;
  for (let i = frames.length - 1; i >= 0; i--) {
    const f = frames[i]!;
    const owns = dash ? f.kind === 'seq' && shape.itemsDeclare(f.set, key!) : f.kind === 'map' && shape.declares(f.set, key!);
    if (owns) return { written: `${dash ? '- ' : ''}${key}:`, at: spaces!.length, indent: f.indent, alignLine: f.line };
  }
  return undefined;
}
