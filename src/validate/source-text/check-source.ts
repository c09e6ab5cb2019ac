import { isAlias, isMap, isScalar, isSeq, Scalar, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { diagnosticAt } from '../../diagnostics/create.js';
import { rangeFromOffsets } from '../../load/parse-yaml.js';
import { blockTextDiagnostics } from './block-text.js';
import { judgeWholeNumber } from './number-spelling.js';
import { anchorInText, backslashPath, cutByHash, readAsValue, splitByColon, unclosedQuote } from './plain-text.js';
import type { SchemaSet } from './schema-shape.js';
import type { SourceContext } from './source-context.js';
import type { Frame } from './swallowed-key.js';

type Path = (string | number)[];

export interface SourceCheck {
  diagnostics: Diagnostic[];
  /** Paths (see pathKey) whose value these diagnostics explain: schema and rule diagnostics there are consequences. */
  causes: Set<string>;
}

export const pathKey = (path: readonly (string | number)[]): string => path.join('\u0000');

const isBlock = (node: Scalar): boolean => node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL;
const isQuoted = (node: Scalar): boolean => node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;

/**
 * Judges every value by its source text as well as by what YAML made of it: numbers as typed
 * (42.000, 4.52E+06, "1000"), text that YAML cut, split, re-typed or swallowed, and a `%YAML` line.
 * Which positions hold numbers and which hold text comes from the report schema, hence from the plan.
 */
export function checkSource(ctx: SourceContext): SourceCheck {
  const out: SourceCheck = { diagnostics: [], causes: new Set() };
  // Said once for the file, not for a value: it explains no single schema error.
  const directive = versionDirective(ctx);
  if (directive) out.diagnostics.push(directive);
  const frames: Frame[] = [];
  const say = (d: Diagnostic | undefined): boolean => {
    if (!d) return false;
    out.diagnostics.push(d);
    if (d.severity === 'error') out.causes.add(pathKey(d.path));
    return true;
  };

  const frameOf = (kind: Frame['kind'], node: YAMLMap | YAMLSeq, set: SchemaSet): Frame | undefined => {
    const first = node.items[0] as { key?: Node; range?: [number, number, number] } | undefined;
    const start = kind === 'map' ? (first?.key as Node | undefined)?.range?.[0] : node.range?.[0];
    if (start === undefined || node.flow) return undefined;
    const pos = ctx.lineCounter.linePos(start);
    return { kind, set, line: pos.line, indent: pos.col - 1 };
  };

  const walk = (node: unknown, path: Path, set: SchemaSet): void => {
    const kind = ctx.shape.kind(set);
    const wantsText = kind === 'free-text' || kind === 'listed-text';
    if (isMap(node)) {
      if (wantsText && say(splitByColon(node, path, ctx))) return;
      const frame = frameOf('map', node, set);
      if (frame) frames.push(frame);
      for (let i = 0; i < node.items.length; i++) {
        const pair = node.items[i]!;
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value).normalize('NFC');
        const childSet = ctx.shape.child(set, key);
        const groups = node.flow && ctx.shape.kind(childSet) === 'whole-number' ? commaGroups(node, i, ctx.text) : 0;
        if (groups > 0) {
          say(commaGrouped(node, i, groups, [...path, key], ctx));
          for (let g = 1; g <= groups; g++) out.causes.add(pathKey([...path, String((node.items[i + g]!.key as Scalar).value)]));
          i += groups;
          continue;
        }
        // One path array for the whole walk: diagnostics copy it, so no array is built per node.
        path.push(key);
        walk(pair.value, path, childSet);
        path.pop();
      }
      if (frame) frames.pop();
    } else if (isSeq(node)) {
      const frame = frameOf('seq', node, set);
      if (frame) frames.push(frame);
      node.items.forEach((item, i) => {
        path.push(i);
        walk(item, path, ctx.shape.child(set, i));
        path.pop();
      });
      if (frame) frames.pop();
    } else if (isAlias(node)) {
      if (wantsText) say(diagnosticAt('CR212', ctx.file, rangeFromOffsets(ctx.lineCounter, node.range![0], node.range![1]), [...path], ctx.t.aliasInText(`*${node.source}`)));
    } else if (isScalar(node) && node.range) {
      if (kind === 'whole-number') say(wholeNumber(node, path, ctx));
      if (wantsText) {
        // One text problem per value: the first that applies explains the rest.
        say(
          anchorInText(node, path, ctx) ??
            (ctx.shape.wantsString(set) ? readAsValue(node, path, ctx) : undefined) ??
            (kind === 'free-text' ? cutByHash(node, path, ctx) : undefined) ??
            backslashPath(node, path, ctx) ??
            unclosedQuote(node, path, frames, ctx),
        );
      }
      if (isBlock(node)) for (const d of blockTextDiagnostics(node, path, frames, ctx)) say(d);
    }
  };
  walk(ctx.doc.contents, [], ctx.shape.root);
  return out;
}

/** A count or a cost as typed: anything but a plain run of digits is said, with the figure likely meant. */
function wholeNumber(node: Scalar, path: Path, ctx: SourceContext): Diagnostic | undefined {
  if (isBlock(node) || node.source === undefined || (node.source === '' && node.value === null)) return undefined;
  const quoted = isQuoted(node);
  const slip = judgeWholeNumber(String(node.source), quoted, node.value);
  if (!slip) return undefined;
  const [start, end] = node.range!;
  const value = node.value;
  const reads = typeof value === 'number' ? String(value) : undefined;
  const written = ctx.text.slice(start, end);
  return diagnosticAt(slipCode[slip.kind], ctx.file, rangeFromOffsets(ctx.lineCounter, start, end), [...path], ctx.t.numberSlip(slip.kind, path, written, reads, slip.meant));
}

/**
 * In braces a comma separates entries, so `{ copies: 2,000 }` reads as copies 1… 2 and a key "000":
 * how many such three-digit keys without a value follow entry `i` straight after a comma.
 */
function commaGroups(node: YAMLMap, i: number, text: string): number {
  const value = node.items[i]!.value;
  if (!isScalar(value) || value.type !== Scalar.PLAIN || !/^\d{1,3}$/.test(String(value.source)) || !value.range) return 0;
  let end = value.range[1];
  let n = 0;
  for (let j = i + 1; j < node.items.length; j++, n++) {
    const next = node.items[j]!;
    if (!isScalar(next.key) || next.value !== null || !/^\d{3}$/.test(String(next.key.source)) || !next.key.range) break;
    if (text.slice(end, next.key.range[0]) !== ',') break;
    end = next.key.range[1];
  }
  return n;
}

/** The number `2,000` as typed across the entries YAML split it into. */
function commaGrouped(node: YAMLMap, i: number, groups: number, path: Path, ctx: SourceContext): Diagnostic {
  const value = node.items[i]!.value as Scalar;
  const start = value.range![0];
  const end = (node.items[i + groups]!.key as Scalar).range![1];
  const written = ctx.text.slice(start, end);
  return diagnosticAt('CR414', ctx.file, rangeFromOffsets(ctx.lineCounter, start, end), [...path], ctx.t.numberSlip('separators', path, written, String(value.value), written.replace(/\D/g, '').replace(/^0+(?=\d)/, '')));
}

const slipCode = { separators: 'CR414', fraction: 'CR415', exponent: 'CR416', quoted: 'CR417', notation: 'CR418' } as const;

/** `%YAML 1.1` makes 0120 read as 80 and `no` as false; the tool reads YAML 1.2 only. */
function versionDirective(ctx: SourceContext): Diagnostic | undefined {
  const yaml = ctx.doc.directives?.yaml;
  if (!yaml?.explicit || yaml.version === '1.2') return undefined;
  const m = /^%YAML[^\n]*/m.exec(ctx.text);
  const start = m ? m.index : 0;
  return diagnosticAt('CR208', ctx.file, rangeFromOffsets(ctx.lineCounter, start, start + (m ? m[0].trimEnd().length : 0)), [], ctx.t.yamlVersion(yaml.version));
}
