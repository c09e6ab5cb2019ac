/**
 * The closing block: a borderless two-column table. Left, level with the authority line: "Nơi nhận:"
 * (12 pt bold italic) and the recipients (11 pt, "- …;", the last "- Lưu: …."). Right: the signature
 * block (authority, title, position in bold capitals, room for the signature, the name in bold).
 */
import { AlignmentType, Paragraph, Table, TableBorders, TableLayoutType, TableRow, WidthType } from 'docx';
import type { Signer } from '../plan/types.js';
import { layoutCell, textRun } from './docx-blocks.js';
import { STYLE } from './styles.js';
import { cleanInline } from './vn-format.js';

/** Room left for the handwritten signature and the seal, twips (about 3 cm). */
const SIGNATURE_SPACE = 1700;

/** Recipients as printed: "- X;" for each, the last "- Lưu: VT, ….". Adds "Lưu: VT" when missing. */
export function recipientLines(recipients: readonly string[]): string[] {
  const items = recipients
    .map((r) => cleanInline(r).replace(/^[-–•+]\s*/, '').replace(/[;.,]+$/, '').trim())
    .filter((r) => r !== '');
  const lastIsArchive = items.length > 0 && /^lưu\b/iu.test(items[items.length - 1] ?? '');
  if (!lastIsArchive) items.push('Lưu: VT');
  return items.map((r, i) => (i === items.length - 1 ? `- ${r}.` : `- ${r};`));
}

export function closingBlock(signer: Signer, recipients: readonly string[], width: number): Table {
  const leftWidth = Math.round(width * 0.45);
  const rightWidth = width - leftWidth;
  const left = [
    new Paragraph({
      style: STYLE.recipients,
      children: [textRun('Nơi nhận:', { bold: true, italics: true, size: 12 })],
    }),
    ...recipientLines(recipients).map(
      (r) => new Paragraph({ style: STYLE.recipients, children: [textRun(r, { size: 11 })] }),
    ),
  ];
  const sig = (text: string, before = 0): Paragraph =>
    new Paragraph({
      style: STYLE.signature,
      alignment: AlignmentType.CENTER,
      spacing: { before, after: 0 },
      children: [textRun(cleanInline(text), { bold: true, size: 14 })],
    });
  const right = [sig(signer.authority)];
  if (signer.title !== undefined && cleanInline(signer.title) !== '') right.push(sig(signer.title));
  if (signer.position !== undefined && cleanInline(signer.position) !== '') right.push(sig(signer.position));
  right.push(sig(signer.name, SIGNATURE_SPACE));
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [leftWidth, rightWidth],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows: [new TableRow({ cantSplit: true, children: [layoutCell(leftWidth, left), layoutCell(rightWidth, right)] })],
  });
}
