import { isMap, isScalar, isSeq, isPair, type Document, type LineCounter, type Node } from 'yaml';
import type { Range } from '../diagnostics/diagnostic.js';
import { FILE_START } from '../diagnostics/diagnostic.js';
import { rangeFromOffsets } from './parse-yaml.js';

export type DocPath = readonly (string | number)[];

interface Located {
  /** The value node at the path. */
  node?: Node;
  /** The key node when the last step is a mapping key. */
  key?: Node;
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value).normalize('NFC');
  return undefined;
}

/** Walks the YAML tree along a data path; keys compare after NFC so normalised data still finds its node. */
export function locate(doc: Document.Parsed, path: DocPath): Located {
  let node: unknown = doc.contents;
  let key: Node | undefined;
  for (const step of path) {
    if (isMap(node)) {
      const wanted = String(step).normalize('NFC');
      const pair = node.items.find((p) => isPair(p) && keyText(p.key) === wanted);
      if (!pair) return { node: node as Node };
      key = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      key = undefined;
      const item = node.items[step];
      if (item === undefined) return { node: node as Node };
      node = item;
    } else {
      break;
    }
  }
  return { node: (node ?? undefined) as Node | undefined, key };
}

function nodeRange(node: Node | undefined, lineCounter: LineCounter): Range | undefined {
  const r = node?.range;
  if (!r) return undefined;
  // range[1] ends the value itself, before any trailing comment.
  return rangeFromOffsets(lineCounter, r[0], r[1]);
}

export interface RangeRequest {
  /** Point at the key rather than the value (unknown keys, missing children). */
  preferKey?: boolean;
}

/** FILE_START without a tree: a file the fast path read has none, and any diagnostic sends it the `yaml` way for its positions. */
export function rangeAt(doc: Document.Parsed | undefined, lineCounter: LineCounter | undefined, path: DocPath, request: RangeRequest = {}): Range {
  if (!doc || !lineCounter) return FILE_START;
  const found = locate(doc, path);
  const preferred = request.preferKey ? (nodeRange(found.key, lineCounter) ?? nodeRange(found.node, lineCounter)) : nodeRange(found.node, lineCounter);
  // A null value (`key:` with nothing after it) has an empty range: point at its key instead.
  if (preferred && (preferred.start.line !== preferred.end.line || preferred.start.column !== preferred.end.column)) return preferred;
  return nodeRange(found.key, lineCounter) ?? preferred ?? FILE_START;
}
