/**
 * The direct XML (docx-xml.ts) against the docx objects it replaces: whole documents byte for byte,
 * and data tables and body paragraphs of random text, so a docx upgrade that writes other XML, or an
 * edit to one path and not the other, fails here instead of changing the document.
 */
import { Document, type FileChild } from 'docx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockParagraph, dataTable, type ColumnSpec, type DataRow } from '../../src/render/docx-blocks.js';
import { bodyParagraphXml, dataTableXml, escapeXml } from '../../src/render/docx-xml.js';
import { documentParts } from '../../src/render/document.js';
import type { Run } from '../../src/render/markup.js';
import { zipParts } from '../../src/render/rezip.js';
import { compileParts } from '../../src/render/docx-parts.js';
import { XmlSlots } from '../../src/render/xml-slots.js';
import { paragraphs } from './helpers.js';
import { renderCases } from './render-cases.js';

const DOCUMENT = 'word/document.xml';

/** Where two texts first differ, with some context, or undefined when they are equal (a readable failure for megabytes of XML). */
function firstDifference(a: string, b: string): string | undefined {
  if (a === b) return undefined;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `at ${i}:\n direct: …${a.slice(Math.max(0, i - 120), i + 120)}\n docx:   …${b.slice(Math.max(0, i - 120), i + 120)}`;
}

describe.each(renderCases())('direct XML = docx objects: $name', (c) => {
  it('document.xml and the DOCX are byte-identical', () => {
    const direct = documentParts(c.model, c.options, undefined, 'xml');
    const objects = documentParts(c.model, c.options, undefined, 'docx');
    expect(firstDifference(direct.text.get(DOCUMENT) ?? '', objects.text.get(DOCUMENT) ?? '')).toBeUndefined();
    expect(Buffer.from(zipParts(direct.text, direct.binary)).equals(Buffer.from(zipParts(objects.text, objects.binary)))).toBe(true);
  });
});

/** The body of a one-section document holding `children`, as docx compiles it. */
function body(children: FileChild[], slots?: XmlSlots): string {
  const xml = compileParts(new Document({ sections: [{ children }] })).text.get(DOCUMENT) ?? '';
  const filled = slots ? slots.fill(xml) : xml;
  return filled.slice(filled.indexOf('<w:body>'), filled.indexOf('<w:sectPr'));
}

/** Text with what the writers must treat alike: XML specials, controls, NFD, dashes that become non-breaking hyphens, no-break spaces. */
const text = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'Đ', 'ế', 'e\u0301', ' ', '-', '/', '&', '<', '>', '"', "'", '\u0001', '\u000b', '\t', '\n', '\u00a0', '\u2011', '1', 'số ', '*', '{', '}') }),
  fc.constantFrom('', '400/KH-BCĐNQ-CQTT', 'Số: 15/BC-BCĐ', '10/12/2025 - 14/12/2025', '<thẻ> & "ký hiệu"', '\u0000\u0008'),
);
const align = fc.constantFrom('left', 'center', 'right', 'both') as fc.Arbitrary<ColumnSpec['align']>;
const cell = fc.oneof(text, fc.array(text, { maxLength: 3 }));
const row: fc.Arbitrary<DataRow> = fc.record(
  { cells: fc.array(cell, { maxLength: 5 }), bold: fc.boolean(), italics: fc.boolean(), span: fc.boolean() },
  { requiredKeys: ['cells'] },
);
const columns = fc.array(fc.record({ header: text, width: fc.integer({ min: 0, max: 9000 }), align }), { minLength: 1, maxLength: 5 });

describe('direct XML = docx objects, random text', () => {
  it('data tables', () => {
    fc.assert(
      fc.property(columns, fc.array(row, { maxLength: 6 }), fc.option(fc.integer({ min: 8, max: 14 }), { nil: undefined }), (cols, rows, size) => {
        const slots = new XmlSlots();
        expect(firstDifference(body([slots.slot(dataTableXml(cols, rows, size))], slots), body([dataTable(cols, rows, size)]))).toBeUndefined();
      }),
      { seed: 20251205, numRuns: 150 },
    );
  });

  it('body paragraphs', () => {
    const run: fc.Arbitrary<Run> = fc.record({ text, bold: fc.boolean(), italics: fc.boolean() });
    fc.assert(
      fc.property(fc.array(run, { maxLength: 4 }), fc.boolean(), (runs, keepNext) => {
        const slots = new XmlSlots();
        expect(firstDifference(body([slots.slot(bodyParagraphXml(runs, keepNext))], slots), body([blockParagraph({ kind: 'paragraph', runs }, { keepNext })]))).toBeUndefined();
      }),
      { seed: 20251205, numRuns: 300 },
    );
  });

  it('escapes as docx does: entities, forbidden controls dropped, tab and newline kept', () => {
    expect(escapeXml('a&b<c>"d\'\u0001\u000b\t\n')).toBe('a&amp;b&lt;c&gt;&quot;d&apos;\t\n');
  });
});

describe('XML slots', () => {
  it('a slot docx did not write is an error, not a silent loss', () => {
    const slots = new XmlSlots();
    slots.slot('<w:p/>');
    slots.slot('<w:p/>');
    expect(() => slots.fill('<w:body><cr:xml n="0"/></w:body>')).toThrow('docx wrote 1 of 2 XML slots');
  });

  it('text that looks like a marker stays text', () => {
    const slots = new XmlSlots();
    const children = [slots.slot(bodyParagraphXml([{ text: '<cr:xml n="0"/>', bold: false, italics: false }], false))];
    expect(body(children, slots)).toContain('&lt;cr:xml n=&quot;0&quot;/&gt;');
  });
});

describe('text that looks like a docx placeholder', () => {
  const text = 'Kế hoạch {default-bullet-numbering-0} và {x}';

  it('stays as written on both paths, byte-identical', () => {
    const slots = new XmlSlots();
    const direct = body([slots.slot(bodyParagraphXml([{ text, bold: false, italics: false }], false))], slots);
    expect(direct).toBe(body([blockParagraph({ kind: 'paragraph', runs: [{ text, bold: false, italics: false }] }, {})]));
    expect(direct).toContain('{</w:t><w:t xml:space="preserve">default-bullet-numbering-0}');
    const tableSlots = new XmlSlots();
    const cols: ColumnSpec[] = [{ header: text, width: 2000, align: 'left' }];
    const table = body([tableSlots.slot(dataTableXml(cols, [{ cells: [text] }], 12))], tableSlots);
    expect(table).toBe(body([dataTable(cols, [{ cells: [text] }], 12)]));
    expect(paragraphs(table)).toEqual([text, text]);
  });
});
