/**
 * The XML text docx writes for the document's largest repeated structures (data tables such as
 * Phụ lục I, body paragraphs such as the per-unit lines of section II.2), written directly: building
 * and serialising thousands of docx objects was a third of a national build. Byte for byte what the
 * builders of docx-blocks.ts give through docx (test/render/docx-xml.test.ts compares the two on
 * whole documents and on random text), so a docx upgrade that changes its XML fails the suite.
 */
import { CELL_MARGIN, runPieces, type ColumnSpec, type DataRow, type RunOptions } from './docx-blocks.js';
import { NB_HYPHEN } from './line-breaks.js';
import type { Run } from './markup.js';
import { STYLE } from './styles.js';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** docx's escaping of text and attribute values: the five entities, and C0 controls XML forbids dropped. */
export function escapeXml(s: string): string {
  return s.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? '');
}

/** A w:r of textRun: bold, italics and size only when set, non-breaking hyphens as w:noBreakHyphen. */
export function runXml(text: string, o: RunOptions = {}): string {
  const props =
    (o.bold === true ? '<w:b/><w:bCs/>' : '') +
    (o.italics === true ? '<w:i/><w:iCs/>' : '') +
    (o.size === undefined ? '' : `<w:sz w:val="${o.size * 2}"/><w:szCs w:val="${o.size * 2}"/>`);
  let body = '';
  for (const piece of runPieces(text)) {
    body += piece === NB_HYPHEN ? '<w:noBreakHyphen/>' : `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>`;
  }
  const content = (props === '' ? '' : `<w:rPr>${props}</w:rPr>`) + body;
  return content === '' ? '<w:r/>' : `<w:r>${content}</w:r>`;
}

/** A body paragraph (markup's plain line), as blockParagraph writes it. */
export function bodyParagraphXml(runs: readonly Run[], keepNext: boolean): string {
  const text = runs.map((r) => runXml(r.text, { bold: r.bold, italics: r.italics })).join('');
  return `<w:p><w:pPr><w:pStyle w:val="${STYLE.body}"/>${keepNext ? '<w:keepNext/>' : ''}</w:pPr>${text}</w:p>`;
}

interface CellXml {
  bold: boolean;
  italics: boolean;
  align: string;
  columnSpan?: number;
  size?: number;
  keepNext?: boolean;
}

/** A cell of textCell: one VbBang paragraph per line. */
function cellXml(lines: string | readonly string[], width: number, o: CellXml): string {
  const list = typeof lines === 'string' ? [lines] : lines;
  const pPr = `<w:pPr><w:pStyle w:val="${STYLE.table}"/>${o.keepNext === true ? '<w:keepNext/>' : ''}<w:jc w:val="${o.align}"/></w:pPr>`;
  let paragraphs = '';
  for (const line of list.length === 0 ? [''] : list) {
    paragraphs += `<w:p>${pPr}${line === '' ? '' : runXml(line, { bold: o.bold, italics: o.italics, size: o.size })}</w:p>`;
  }
  const span = o.columnSpan === undefined ? '' : `<w:gridSpan w:val="${o.columnSpan}"/>`;
  return `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${span}<w:vAlign w:val="center"/></w:tcPr>${paragraphs}</w:tc>`;
}

const BORDER = 'w:val="single" w:color="auto" w:sz="4"';

/** dataTable as XML: bordered, fixed layout, the header row repeated on each page. */
export function dataTableXml(columns: readonly ColumnSpec[], rows: readonly DataRow[], size?: number): string {
  const total = columns.reduce((a, c) => a + c.width, 0);
  const parts: string[] = [
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${total}"/><w:tblBorders>` +
      ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} ${BORDER}/>`).join('') +
      '</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar>' +
      `<w:top w:type="dxa" w:w="0"/><w:left w:type="dxa" w:w="${CELL_MARGIN}"/><w:bottom w:type="dxa" w:w="0"/><w:right w:type="dxa" w:w="${CELL_MARGIN}"/>` +
      '</w:tblCellMar></w:tblPr><w:tblGrid>' +
      columns.map((c) => `<w:gridCol w:w="${c.width}"/>`).join('') +
      '</w:tblGrid>',
    '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>' +
      columns.map((c) => cellXml(c.header, c.width, { bold: true, italics: false, align: 'center', size })).join('') +
      '</w:tr>',
  ];
  for (const r of rows) {
    const cells = r.span
      ? cellXml(r.cells[0] ?? '', total, { bold: r.bold ?? r.italics !== true, italics: r.italics ?? false, align: 'left', columnSpan: columns.length, keepNext: true, size })
      : columns.map((c, i) => cellXml(r.cells[i] ?? '', c.width, { bold: r.bold ?? false, italics: false, align: c.align, size })).join('');
    parts.push(`<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells}</w:tr>`);
  }
  parts.push('</w:tbl>');
  return parts.join('');
}
