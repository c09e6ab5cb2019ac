/**
 * The parts of a DOCX as docx compiles them (path → XML text or bytes), before any zip: so the package
 * is zipped once, by us, deterministically, instead of docx zipping it and us unzipping and re-zipping.
 */
import { Packer, type Document } from 'docx';
import { strFromU8 } from 'fflate';

/** A part docx writes in place of its own (here: docProps/core.xml without the clock). */
export interface PartOverride {
  path: string;
  data: string;
}

type PartData = string | Uint8Array;

/**
 * docx's compiler is what `Packer` zips; it is a private static of `Packer` in docx 7–9, so it is
 * reached by name and checked. test/render/docx-parts.test.ts compares the result with unzipping
 * `Packer.toBuffer`, so a docx release that changes it fails the suite instead of the document.
 */
interface DocxCompiler {
  compile(file: Document, prettify: undefined, overrides: readonly PartOverride[]): ReadonlyMap<string, PartData | ArrayBuffer>;
}

function compiler(): DocxCompiler {
  const c = (Packer as unknown as { compiler?: Partial<DocxCompiler> }).compiler;
  if (typeof c?.compile !== 'function') throw new Error('docx: Packer.compiler.compile is not available in this docx version');
  return c as DocxCompiler;
}

const TEXT_PART = /\.(xml|rels)$/;

/** A package's parts: XML and relationship parts as text, every other part as bytes. */
export interface DocxParts {
  text: Map<string, string>;
  binary: Map<string, Uint8Array>;
}

export function compileParts(doc: Document, overrides: readonly PartOverride[] = []): DocxParts {
  const text = new Map<string, string>();
  const binary = new Map<string, Uint8Array>();
  for (const [path, data] of compiler().compile(doc, undefined, overrides)) {
    if (path.endsWith('/')) continue;
    const bytes = typeof data === 'string' ? undefined : data instanceof Uint8Array ? data : new Uint8Array(data);
    if (TEXT_PART.test(path)) text.set(path, bytes === undefined ? (data as string) : strFromU8(bytes));
    else binary.set(path, bytes ?? new TextEncoder().encode(data as string));
  }
  return { text, binary };
}
