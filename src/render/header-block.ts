/**
 * The first-page header block (Nghị định 30/2020, Phụ lục I, boxes 1–4): a borderless two-column
 * table. Left: parent body, issuing body with a short rule, "Số: …". Right: national title, motto
 * with a rule as long as the text, place-date on the same row as "Số: …".
 */
import { AlignmentType, Paragraph, Table, TableLayoutType, TableRow, TableBorders, WidthType } from 'docx';
import { layoutCell, ruleParagraph, textRun } from './docx-blocks.js';
import { STYLE } from './styles.js';
import { textWidthTwips } from './text-width.js';
import { plainText } from './line-breaks.js';
import { cleanInline, printedNumber } from './vn-format.js';

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

export interface HeaderBlockInput {
  /** The parent body line; absent when the issuing body has none. */
  parent?: string;
  issuer: string;
  /** "15/BC-BCĐNQ-CQTT" (without "Số: "). */
  number: string;
  placeDate: string;
  /** Text width of the page, twips. */
  width: number;
}

export interface HeaderLayout {
  leftWidth: number;
  rightWidth: number;
  issuerSize: number;
  nationalSize: number;
  mottoSize: number;
}

/** Extra room a line gets beyond its measured width, twips. */
const PAD = 80;

/**
 * Choose sizes and column widths so that the block stays inside the margins and the national title and
 * the motto never wrap: the sizes the decree prefers first (issuing body 13, national title 13, motto
 * 14), then the smaller sizes it allows (12 pt for the issuing-body lines). Only the issuing body may
 * wrap, as a last resort.
 */
export function layoutHeader(i: HeaderBlockInput): HeaderLayout {
  const numberW = textWidthTwips(`Số: ${plainText(i.number)}`, 13);
  const dateW = textWidthTwips(i.placeDate, 14, { italics: true });
  const tries: [number, number, number][] = [
    [13, 13, 14],
    [13, 12, 14],
    [13, 12, 13],
    [12, 12, 13],
  ];
  let chosen: [number, number, number] = [12, 12, 13];
  let needL = 0;
  let needR = 0;
  for (const t of tries) {
    chosen = t;
    needL = Math.max(i.parent ? textWidthTwips(i.parent, t[0]) : 0, numberW, textWidthTwips(i.issuer, t[0], { bold: true })) + PAD;
    needR = Math.max(dateW, textWidthTwips(NATIONAL_TITLE, t[1], { bold: true }), textWidthTwips(MOTTO, t[2], { bold: true })) + PAD;
    if (needL + needR <= i.width) break;
  }
  const [issuerSize, nationalSize, mottoSize] = chosen;
  const rightWidth = Math.min(needR, i.width - 2000);
  // Room to spare: the left column takes about 40 % of the width when that leaves the right one enough.
  const leftWidth = needL + needR <= i.width ? Math.max(needL, Math.min(Math.round(i.width * 0.4), i.width - needR)) : i.width - rightWidth;
  return { leftWidth, rightWidth: i.width - leftWidth, issuerSize, nationalSize, mottoSize };
}

function line(text: string, size: number, o: { bold?: boolean; italics?: boolean; before?: number } = {}): Paragraph {
  return new Paragraph({
    style: STYLE.header,
    alignment: AlignmentType.CENTER,
    spacing: { before: o.before ?? 0, after: 0 },
    children: [textRun(text, { size, bold: o.bold ?? false, italics: o.italics ?? false })],
  });
}

export function headerBlock(input: HeaderBlockInput): Table {
  const i = {
    ...input,
    ...(input.parent === undefined ? {} : { parent: cleanInline(input.parent) }),
    issuer: cleanInline(input.issuer),
    number: printedNumber(input.number),
    placeDate: cleanInline(input.placeDate),
  };
  const l = layoutHeader(i);
  const issuerW = Math.min(textWidthTwips(i.issuer, l.issuerSize, { bold: true }), l.leftWidth);
  const mottoW = textWidthTwips(MOTTO, l.mottoSize, { bold: true });
  const row1 = new TableRow({
    cantSplit: true,
    children: [
      layoutCell(l.leftWidth, [
        ...(i.parent ? [line(i.parent, l.issuerSize)] : []),
        line(i.issuer, l.issuerSize, { bold: true }),
        ruleParagraph(Math.round(issuerW * 0.4), l.leftWidth, 0, 60),
      ]),
      layoutCell(l.rightWidth, [
        line(NATIONAL_TITLE, l.nationalSize, { bold: true }),
        line(MOTTO, l.mottoSize, { bold: true }),
        ruleParagraph(mottoW, l.rightWidth, 0, 60),
      ]),
    ],
  });
  const row2 = new TableRow({
    cantSplit: true,
    children: [
      layoutCell(l.leftWidth, [line(`Số: ${i.number}`, 13, { before: 120 })]),
      layoutCell(l.rightWidth, [line(i.placeDate, 14, { italics: true, before: 120 })]),
    ],
  });
  return new Table({
    width: { size: l.leftWidth + l.rightWidth, type: WidthType.DXA },
    columnWidths: [l.leftWidth, l.rightWidth],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows: [row1, row2],
  });
}
