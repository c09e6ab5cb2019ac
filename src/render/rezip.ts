/**
 * Deterministic re-packing of a DOCX (a zip): the same files always give the same bytes.
 * Entries in a stable order ([Content_Types].xml first, as OPC readers expect, then _rels/.rels, then
 * the rest by path), one fixed timestamp, one compression level.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

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

/** Unzip and re-zip deterministically, optionally replacing some entries. */
export function repack(zip: Uint8Array, replace: Readonly<Record<string, Uint8Array>> = {}): Uint8Array {
  const files = new Map<string, Uint8Array>(Object.entries(unzipSync(zip as Uint8Array<ArrayBuffer>)));
  for (const [path, data] of Object.entries(replace)) files.set(path, data);
  return zipDeterministic(files);
}

/** Unzip, let `edit` change the XML and relationship parts as text (paths → text), re-zip deterministically. */
export function repackXml(zip: Uint8Array, edit: (parts: Map<string, string>) => void): Uint8Array {
  const files = unzipSync(zip as Uint8Array<ArrayBuffer>);
  const text = new Map<string, string>();
  for (const [path, data] of Object.entries(files)) if (/\.(xml|rels)$/.test(path)) text.set(path, strFromU8(data));
  edit(text);
  const out = new Map<string, Uint8Array>();
  for (const [path, data] of Object.entries(files)) {
    if (!/\.(xml|rels)$/.test(path)) out.set(path, data);
  }
  for (const [path, xml] of text) out.set(path, strToU8(xml));
  return zipDeterministic(out);
}
