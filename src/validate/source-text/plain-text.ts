import { Scalar, type YAMLMap } from 'yaml';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { diagnosticAt } from '../../diagnostics/create.js';
import { rangeFromOffsets } from '../../load/parse-yaml.js';
import type { SourceContext } from './source-context.js';
import { swallowedKey, type Frame } from './swallowed-key.js';

type Path = (string | number)[];

/** A comment after a value on its line: ` # note` or ` #hashtag`. */
const TRAILING_COMMENT = /^[ \t]*#(.*)$/;
/** A hashtag or number sign rather than a comment: `#` directly followed by a letter or digit. */
const HASHTAG = /^[\p{L}\p{N}]/u;
/** Escapes that turn a backslash and a letter into another character ("\t" a tab, "\n" a line break). */
const CHANGING_ESCAPE = /\\([0abtnvfreN_LPxuU])|\\[\\"/ \n]/g;
const DRIVE = /[A-Za-z]:\\/;

const lineEndAfter = (text: string, offset: number): number => {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end;
};

/** YAML turned the text into a boolean, an empty value or a number (`true`, `~`, `1.10`) where the schema wants a string. */
export function readAsValue(node: Scalar, path: Path, ctx: SourceContext): Diagnostic | undefined {
  const v = node.value;
  if (typeof v === 'string' || node.type !== Scalar.PLAIN || !node.source) return undefined;
  const kind = v === null ? 'null' : typeof v;
  if (kind !== 'null' && kind !== 'boolean' && kind !== 'number' && kind !== 'bigint') return undefined;
  const [start, end] = node.range!;
  return diagnosticAt('CR211', ctx.file, rangeFromOffsets(ctx.lineCounter, start, end), [...path], ctx.t.textReadAsValue(path, node.source, kind === 'bigint' ? 'number' : kind));
}

/** ` #…` after free text (or in place of it): YAML drops it as a comment. */
export function cutByHash(node: Scalar, path: Path, ctx: SourceContext): Diagnostic | undefined {
  if (node.type !== Scalar.PLAIN || (node.value !== null && typeof node.value !== 'string')) return undefined;
  const { text } = ctx;
  const end = node.range![1];
  const m = TRAILING_COMMENT.exec(text.slice(end, lineEndAfter(text, end)));
  if (!m) return undefined;
  const hash = end + m[0].indexOf('#');
  const lost = `#${m[1]!.trimEnd()}`;
  const kept = typeof node.value === 'string' ? node.value : '';
  const range = rangeFromOffsets(ctx.lineCounter, hash, hash + lost.length);
  if (kept === '' || HASHTAG.test(m[1]!)) return diagnosticAt('CR209', ctx.file, range, [...path], ctx.t.textCutByHash(kept, lost));
  return diagnosticAt('CR210', ctx.file, range, [...path], ctx.t.commentAfterText(kept, m[1]!.trim()));
}

/** `&nbsp;Hội trường`: the leading `&word` became an anchor name and left the text. */
export function anchorInText(node: Scalar, path: Path, ctx: SourceContext): Diagnostic | undefined {
  if (!node.anchor) return undefined;
  const [start, end] = node.range!;
  const lost = `&${node.anchor}`;
  const from = ctx.text.lastIndexOf(lost, start);
  const range = rangeFromOffsets(ctx.lineCounter, from === -1 ? start : from, end);
  return diagnosticAt('CR212', ctx.file, range, [...path], ctx.t.anchorInText(lost, String(node.value ?? '')));
}

/** "D:\tai-lieu\nam-2025" in double quotes: `\t` became a tab and `\n` a line break. */
export function backslashPath(node: Scalar, path: Path, ctx: SourceContext): Diagnostic | undefined {
  if (node.type !== Scalar.QUOTE_DOUBLE) return undefined;
  const [start, end] = node.range!;
  const raw = ctx.text.slice(start, end);
  if (!DRIVE.test(raw)) return undefined;
  const escapes = [...raw.matchAll(CHANGING_ESCAPE)].filter((m) => m[1] !== undefined).map((m) => m[0]);
  if (escapes.length === 0) return undefined;
  return diagnosticAt('CR214', ctx.file, rangeFromOffsets(ctx.lineCounter, start, end), [...path], ctx.t.backslashInDoubleQuotes(raw, [...new Set(escapes)]));
}

/** A quoted value whose closing quote is missing on its line runs on, swallowing the keys that follow. */
export function unclosedQuote(node: Scalar, path: Path, frames: readonly Frame[], ctx: SourceContext): Diagnostic | undefined {
  if (node.type !== Scalar.QUOTE_DOUBLE && node.type !== Scalar.QUOTE_SINGLE) return undefined;
  const { text } = ctx;
  const [start, end] = node.range!;
  for (let pos = lineEndAfter(text, start) + 1; pos < end; pos = lineEndAfter(text, pos) + 1) {
    const line = text.slice(pos, Math.min(end, lineEndAfter(text, pos)));
    const key = swallowedKey(line, frames, ctx.shape);
    if (key) {
      const message = ctx.t.unclosedQuote(ctx.lineCounter.linePos(pos).line, line.trim());
      return diagnosticAt('CR215', ctx.file, rangeFromOffsets(ctx.lineCounter, start, start + 1), [...path], message);
    }
  }
  return undefined;
}

/** `- Khó khăn: thiếu kinh phí` where a text is wanted: YAML made a key and a value of it. */
export function splitByColon(node: YAMLMap, path: Path, ctx: SourceContext): Diagnostic | undefined {
  if (node.flow || node.items.length !== 1 || !node.range) return undefined;
  const [start, end] = node.range;
  const lineEnd = lineEndAfter(ctx.text, start);
  if (end > lineEnd + 1) return undefined;
  const written = ctx.text.slice(start, Math.min(end, lineEnd)).trim();
  return diagnosticAt('CR213', ctx.file, rangeFromOffsets(ctx.lineCounter, start, start + written.length), [...path], ctx.t.textSplitByColon(written));
}
