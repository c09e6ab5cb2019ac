/** Small builders shared by the DOCX parts: runs, paragraphs from markup, rules, table cells. */
import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  NoBreakHyphen,
  Paragraph,
  TableBorders,
  TableCell,
  TableLayoutType,
  Table,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { balanceLines, keepTogether, NB_HYPHEN } from './line-breaks.js';
import type { Block, Run } from './markup.js';
import { STYLE } from './styles.js';
import { cleanInline, cleanText } from './vn-format.js';

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

export interface RunOptions {
  bold?: boolean;
  italics?: boolean;
  /** Points. */
  size?: number;
}

/**
 * docx replaces "{key}" anywhere in its compiled XML by list and image ids ("{default-bullet-numbering-0}"
 * became "1"). A piece ends after each "{" that could open such a key, so user text, in its own w:t
 * elements, never matches and stays as written.
 */
const PLACEHOLDER_OPEN = /(?<=\{)(?=[^{}]*\})/;

/** A run's text in pieces: text, and NB_HYPHEN alone where Word's non-breaking hyphen goes. */
export function runPieces(text: string): string[] {
  const parts = keepTogether(cleanText(text)).split(NB_HYPHEN);
  return parts.flatMap((p, i) => (i === 0 ? p.split(PLACEHOLDER_OPEN) : [NB_HYPHEN, ...p.split(PLACEHOLDER_OPEN)])).filter((c) => c !== '');
}

/**
 * A run of text. Document symbols, "số" and its number, and date ranges are kept on one line
 * (non-breaking hyphens are Word's own w:noBreakHyphen). `breakBefore` starts it on a new line.
 */
export function textRun(text: string, o: RunOptions & { breakBefore?: boolean } = {}): TextRun {
  return new TextRun({
    children: runPieces(text).map((p) => (p === NB_HYPHEN ? new NoBreakHyphen() : p)),
    ...(o.breakBefore === true ? { break: 1 } : {}),
    // Only switch formatting on: an explicit "off" would override a bold or italic style.
    ...(o.bold === true ? { bold: true } : {}),
    ...(o.italics === true ? { italics: true } : {}),
    ...(o.size === undefined ? {} : { size: o.size * 2 }),
  });
}

function runsOf(runs: readonly Run[], extra: RunOptions = {}): TextRun[] {
  return runs.map((r) => textRun(r.text, { ...extra, bold: r.bold || extra.bold === true, italics: r.italics || extra.italics === true }));
}

/** Size of centred lines (the center style), points. */
const CENTER_SIZE = 14;

/**
 * A paragraph for a markup block (not tables or page directives). A centred line of one style ("(Kèm
 * theo …)", an appendix title) is broken into balanced lines when it does not fit `width`.
 */
export function blockParagraph(block: Block, o: { keepNext?: boolean; width?: number; spaceAfter?: number } = {}): Paragraph {
  const keep = o.keepNext === true ? { keepNext: true } : {};
  switch (block.kind) {
    case 'heading': {
      const heading = block.level === 1 ? HeadingLevel.HEADING_1 : block.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
      return new Paragraph({ heading, children: runsOf(block.runs), ...keep });
    }
    case 'center': {
      const spacing = o.spaceAfter === undefined ? {} : { spacing: { before: 0, after: o.spaceAfter } };
      const [only] = block.runs;
      if (block.runs.length !== 1 || only === undefined || o.width === undefined) {
        return new Paragraph({ style: STYLE.center, children: runsOf(block.runs), ...keep, ...spacing });
      }
      const style = { bold: only.bold, italics: only.italics };
      const lines = balanceLines(keepTogether(cleanInline(only.text)), o.width, CENTER_SIZE, style);
      return new Paragraph({
        style: STYLE.center,
        keepLines: true,
        children: lines.map((l, i) => textRun(l, { ...style, breakBefore: i > 0 })),
        ...keep,
        ...spacing,
      });
    }
    case 'paragraph':
      return new Paragraph({ style: STYLE.body, children: runsOf(block.runs), ...keep });
    default:
      throw new Error(`blockParagraph: ${block.kind}`);
  }
}

/**
 * A horizontal rule of `length` twips, centred in a space `within` twips wide: an empty 2 pt paragraph
 * with a top border and left/right indents that shorten it.
 */
export function ruleParagraph(length: number, within: number, spaceAfter = 0, spaceBefore = 40): Paragraph {
  const side = Math.max(0, Math.floor((within - length) / 2));
  return new Paragraph({
    style: STYLE.rule,
    indent: { left: side, right: side, firstLine: 0 },
    spacing: { before: spaceBefore, after: spaceAfter },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

/** A borderless, padding-free cell of the two-column layout tables (the header block, the closing). */
export function layoutCell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.TOP,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    borders: TableBorders.NONE,
    children,
  });
}

export interface CellOptions {
  bold?: boolean;
  italics?: boolean;
  align?: Align;
  columnSpan?: number;
  size?: number;
  /** Keep the row on the page of the next one (group headings). */
  keepNext?: boolean;
}

/** A table cell of one or more lines of plain text. */
export function textCell(lines: string | readonly string[], width: number, o: CellOptions = {}): TableCell {
  const list = typeof lines === 'string' ? [lines] : lines;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    ...(o.columnSpan === undefined ? {} : { columnSpan: o.columnSpan }),
    children: (list.length === 0 ? [''] : list).map(
      (line) =>
        new Paragraph({
          style: STYLE.table,
          alignment: o.align ?? AlignmentType.LEFT,
          ...(o.keepNext === true ? { keepNext: true } : {}),
          children: line === '' ? [] : [textRun(line, { bold: o.bold ?? false, italics: o.italics ?? false, ...(o.size === undefined ? {} : { size: o.size }) })],
        }),
    ),
  });
}

/** Left and right cell padding of data tables, twips (1.4 mm). */
export const CELL_MARGIN = 80;

export interface ColumnSpec {
  header: string;
  width: number;
  align: Align;
}

export interface DataRow {
  /** One entry per column; an array is a cell of several lines. */
  cells: (string | readonly string[])[];
  bold?: boolean;
  italics?: boolean;
  /** A row with one cell spanning every column (a group heading). */
  span?: boolean;
}

/**
 * A bordered data table with fixed layout: the same widths in the grid and in every cell, header row
 * repeated on each page.
 */
export function dataTable(columns: readonly ColumnSpec[], rows: readonly DataRow[], size?: number): Table {
  const widths = columns.map((c) => c.width);
  const total = widths.reduce((a, b) => a + b, 0);
  const sized = size === undefined ? {} : { size };
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c) => textCell(c.header, c.width, { bold: true, align: AlignmentType.CENTER, ...sized })),
  });
  const body = rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: r.span
          ? [textCell(r.cells[0] ?? '', total, { bold: r.bold ?? (r.italics !== true), italics: r.italics ?? false, columnSpan: columns.length, keepNext: true, ...sized })]
          : columns.map((c, i) => textCell(r.cells[i] ?? '', c.width, { bold: r.bold ?? false, align: c.align, ...sized })),
      }),
  );
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 0, bottom: 0 },
    rows: [header, ...body],
  });
}
