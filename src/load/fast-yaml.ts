import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';
import { excessiveNesting } from './parse-yaml.js';

/**
 * A second, faster reading of a report or a plan: js-yaml under a schema that resolves plain scalars as `yaml`'s
 * YAML 1.2 core schema does. It is only ever a shortcut: it answers with data when the file uses
 * nothing the two parsers could read differently, and with undefined otherwise, so the caller reads
 * the file with `yaml` (parse-yaml.ts) as before. The differential tests hold the two to the same data.
 */

/** The one spelling of a number taken as written; any other (0x10, 1e3, 42.000, -0, +5) goes the `yaml` way. */
const PLAIN_INTEGER = /^(?:0|-?[1-9]\d*)$/;

/** yaml's core schema tests (yaml/dist/schema/core), in its order. */
const CORE_NUMBER = [
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
];
const CORE_BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const CORE_NULL = /^(?:~|[Nn]ull|NULL)$/;

/**
 * What a file must not contain for the shortcut: directives and document markers, tags, anchors and
 * aliases, explicit keys, a lone CR, any tab or backslash (escapes and indentation the parsers treat
 * apart), a `#` anywhere but a comment line or inside a word (a comment after a value is a finding of
 * its own), a collection written as a key, and a list item left empty (js-yaml lets the next item go
 * below it). Searched for character by character, not with one pattern: one pattern with all of this
 * cost as much as js-yaml's whole reading.
 */
function unsafe(text: string, sourceChecks: boolean): boolean {
  if (ODD_CHARACTER.test(text) || AT_LINE_START.test(`\n${text}\n`)) return true;
  for (const mark of '!&*?') {
    for (let i = text.indexOf(mark); i !== -1; i = text.indexOf(mark, i + 1)) if (i === 0 || NODE_START.test(text[i - 1]!)) return true;
  }
  for (let i = text.indexOf('#'); i !== -1; i = text.indexOf('#', i + 1)) if (!commentOrWord(text, i) && (sourceChecks || !afterValue(text, i))) return true;
  return false;
}

/** A tab, a backslash, a CR that ends no line. */
const ODD_CHARACTER = /[\t\\]|\r(?!\n)/;
/** At a line's start: a directive, a document marker, a collection as a key, an empty list item. */
const AT_LINE_START = /\n(?:%|---|\.\.\.| *(?:- +)*(?:[[{]|-[ ]*\r?\n))/;
/** What may stand before a tag, an anchor, an alias or an explicit key. */
const NODE_START = /[\s[\]{},]/;
const WORD = /[\p{L}\p{N}]/u;

/** Whether the `#` at `i` starts a comment line or stands inside a word (anything else sends the file to `yaml`). */
function commentOrWord(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && text[j] === ' ') j--;
  if (j < 0 || text[j] === '\n') return true;
  return j === i - 1 && WORD.test(text[j]!);
}

/** A `#` after a space (a comment after a value) or after another `#` (`400##`): both readers agree on it; only the source-text checks care. */
function afterValue(text: string, i: number): boolean {
  return text[i - 1] === ' ' || text[i - 1] === '#';
}

/** yaml refuses an implicit key longer than this; a line this long is read the `yaml` way. */
const MAX_LINE = 1024;

/** In text after `|` or `>`: a comment line, a bullet, a key (block-text.ts and swallowed-key.ts say these). */
const BLOCK_LINE_FINDING = /^[ ]*(?:#|(?:[-+*•–—]|\d{1,2}[.)]|[a-zđ][.)])[ \t]|(?:- +)?[\w.-]+:(?: |$))/mu;

function hasLongLine(text: string): boolean {
  let start = 0;
  for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
    if (end - start > MAX_LINE) return true;
    start = end + 1;
  }
  return text.length - start > MAX_LINE;
}

const SKIPPED = /[\s:-]/;

/** What stands between a node's start and its first character (spaces, `:` and `-`), without a pattern for the common ASCII. */
function skippable(c: number): boolean {
  if (c < 0x80) return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x2d || c === 0x3a || c === 0x0b || c === 0x0c;
  return SKIPPED.test(String.fromCharCode(c));
}

/**
 * Whether every line after the first of text[start, end) is blank or indented past the start of the line holding
 * `start` (its spaces and list dashes): indentation yaml accepts in a flow collection, whatever the block around it.
 */
function indentedPastItsLine(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let column = 0;
  while (text[lineStart + column] === ' ' || (text[lineStart + column] === '-' && text[lineStart + column + 1] === ' ')) column++;
  for (let newline = text.indexOf('\n', start); newline !== -1 && newline < end; newline = text.indexOf('\n', newline + 1)) {
    let i = newline + 1;
    while (text[i] === ' ') i++;
    if (i < end && text[i] !== '\n' && text[i] !== '\r' && i - newline - 1 <= column) return false;
  }
  return true;
}

class Reading {
  /** Set when the file holds something only `yaml` reads exactly as the tool reports it. */
  unsure = false;
  private readonly opens: number[] = [];

  constructor(
    private readonly text: string,
    private readonly sourceChecks: boolean,
  ) {}

  /** js-yaml's node events: a flow collection or a quoted scalar over several lines, or block text holding what the source checks look for. */
  readonly listener = (event: 'open' | 'close', state: { position: number; kind: string | null; result: unknown }): void => {
    if (event === 'open') {
      this.opens.push(state.position);
      return;
    }
    const open = this.opens.pop()!;
    const text = this.text;
    let start = open;
    while (start < state.position && skippable(text.charCodeAt(start))) start++;
    const first = text[start];
    if (first === '[' || first === '{') {
      // yaml holds a flow collection over several lines to indentation rules js-yaml does not know. A report
      // declines them all; a plan's lists over several lines are read when their lines keep clear of those rules.
      if (text.slice(start, state.position).includes('\n') && (this.sourceChecks || !indentedPastItsLine(text, start, state.position))) this.unsure = true;
    } else if (state.kind !== 'scalar' || typeof state.result !== 'string') {
      return;
    } else if (first === '"' || first === "'") {
      if (text.slice(start, state.position).includes('\n')) this.unsure = true;
    } else if (first === '|' || first === '>') {
      const headerEnd = text.indexOf('\n', start);
      const header = text.slice(start, headerEnd === -1 ? state.position : headerEnd);
      if (!/^[|>]-?$/.test(header.trimEnd()) || (this.sourceChecks && BLOCK_LINE_FINDING.test(text.slice(headerEnd + 1, state.position)))) this.unsure = true;
    }
  };
}

/** The reading in progress: js-yaml's types are built once, and load() is synchronous, so they mark one reading at a time. */
let current: Reading | undefined;
const markUnsure = (): void => {
  current!.unsure = true;
};

/** Whether `s` could be one of CORE_NUMBER's numbers: they all start with a digit, a sign or a dot. */
function mayBeNumber(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e;
}

/**
 * yaml's core schema for js-yaml, built once (building it for every file cost as much as a rule).
 * js-yaml asks every plain scalar, keys included, each type in turn: the length or the first character
 * answers no for almost all of them before a pattern is tried.
 */
const CORE_SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [
    new Type('tag:yaml.org,2002:null', { kind: 'scalar', resolve: (s: string) => (s.length === 1 || s.length === 4) && CORE_NULL.test(s), construct: () => (markUnsure(), null) }),
    new Type('tag:yaml.org,2002:bool', {
      kind: 'scalar',
      resolve: (s: string) => (s.length === 4 || s.length === 5) && CORE_BOOL.test(s),
      construct: (s: string) => s[0] === 't' || s[0] === 'T',
    }),
    new Type('tag:yaml.org,2002:int', {
      kind: 'scalar',
      resolve: (s: string) => mayBeNumber(s) && CORE_NUMBER.some((re) => re.test(s)),
      construct: (s: string) => (PLAIN_INTEGER.test(s) ? parseInt(s, 10) : (markUnsure(), Number.NaN)),
    }),
  ],
});

/**
 * What the caller will look for in the text besides the data: a report's source-text checks (a comment after a
 * value, lines in block text that look like comments, bullets or keys) need `yaml`'s tree, so such files are
 * declined; a plan has no such checks, so they are read.
 */
export interface FastReadOptions {
  sourceChecks: boolean;
}

/** The file's data when js-yaml reads it exactly as `yaml` would and nothing in it needs `yaml`'s tree; else undefined. */
export function fastYamlData(text: string, options: FastReadOptions = { sourceChecks: true }): unknown {
  if (unsafe(text, options.sourceChecks) || hasLongLine(text) || excessiveNesting(text) !== undefined) return undefined;
  const reading = new Reading(text, options.sourceChecks);
  let data: unknown;
  current = reading;
  try {
    data = load(text, { schema: CORE_SCHEMA, listener: reading.listener });
  } catch {
    return undefined;
  } finally {
    current = undefined;
  }
  if (reading.unsure || data === null || typeof data !== 'object' || Array.isArray(data) || Object.keys(data).length === 0) return undefined;
  return data;
}
