import { Packer } from 'docx';
import { strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDocument, corePart, GENERATOR, renderReportDocx } from '../../src/render/document.js';
import { compileParts } from '../../src/render/docx-parts.js';
import { zipParts } from '../../src/render/rezip.js';
import { cleanForWord } from '../../src/render/word-clean.js';
import { renderCases } from './render-cases.js';

const cases = renderCases();

/** How the DOCX was made before it was zipped once: docx's Packer zips, we unzip, clean and zip again. */
async function packedTwice(c: (typeof cases)[number]): Promise<Uint8Array> {
  const raw = await Packer.toBuffer(buildDocument(c.model, c.options), false, [corePart(c.model, c.options)]);
  const files = unzipSync(new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength));
  const text = new Map<string, string>();
  const binary = new Map<string, Uint8Array>();
  for (const [path, data] of Object.entries(files)) {
    if (/\.(xml|rels)$/.test(path)) text.set(path, new TextDecoder().decode(data));
    else binary.set(path, data);
  }
  cleanForWord(text, GENERATOR);
  return zipParts(text, binary);
}

describe.each(cases)('zipped once: $name', (c) => {
  it('compileParts gives every part Packer zips, byte for byte', async () => {
    const raw = await Packer.toBuffer(buildDocument(c.model, c.options), false, [corePart(c.model, c.options)]);
    const zipped = unzipSync(new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength));
    const { text, binary } = compileParts(buildDocument(c.model, c.options), [corePart(c.model, c.options)]);
    expect([...text.keys(), ...binary.keys()].sort()).toEqual(Object.keys(zipped).sort());
    for (const [path, xml] of text) expect(Buffer.from(strToU8(xml)).equals(Buffer.from(zipped[path]!)), path).toBe(true);
    for (const [path, data] of binary) expect(Buffer.from(data).equals(Buffer.from(zipped[path]!)), path).toBe(true);
  });

  it('the DOCX has the bytes of the old way (Packer, unzip, clean, re-zip)', async () => {
    const once = await renderReportDocx(c.model, c.options);
    expect(Buffer.from(once).equals(Buffer.from(await packedTwice(c)))).toBe(true);
  });
});
