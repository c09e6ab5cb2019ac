/**
 * Deterministic packing of a DOCX (a zip): the same files always give the same bytes.
 * Entries in a stable order ([Content_Types].xml first, as OPC readers expect, then _rels/.rels, then
 * the rest by path), one fixed timestamp, one compression level.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

/**
 * 1980-01-01 12:00, the earliest DOS date. Built from local-time fields because fflate writes the
 * local-time fields of the Date it gets: this way the bytes do not depend on the time zone.
 */
function fixedMtime(): Date {
  return new Date(1980, 0, 1, 12, 0, 0);
}

const FIRST = ['[Content_Types].xml', '_rels/.rels'];

export function entryOrder(paths: readonly string[]): string[] {
  const rank = (p: string): number => {
    const i = FIRST.indexOf(p);
    return i === -1 ? FIRST.length : i;
  };
  return [...paths].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** Re-zip `files` deterministically. Folder entries are dropped. */
export function zipDeterministic(files: ReadonlyMap<string, Uint8Array> | Record<string, Uint8Array>): Uint8Array {
  const map = files instanceof Map ? files : new Map(Object.entries(files));
  const mtime = fixedMtime();
  const out: Zippable = {};
  for (const path of entryOrder([...map.keys()].filter((p) => !p.endsWith('/')))) {
    out[path] = [map.get(path) as Uint8Array, { level: 6, mtime, os: 0, attrs: 0 }];
  }
  return zipSync(out, { level: 6, mtime });
}

/** Zip a package's parts deterministically: text parts as UTF-8, the others as they are. */
export function zipParts(text: ReadonlyMap<string, string>, binary: ReadonlyMap<string, Uint8Array> = new Map()): Uint8Array {
  const files = new Map(binary);
  for (const [path, xml] of text) files.set(path, strToU8(xml));
  return zipDeterministic(files);
}
