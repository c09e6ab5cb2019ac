/**
 * Page geometry and paragraph styles (Nghị định 30/2020, Phụ lục I). Every style is defined completely:
 * Times New Roman in all four font slots, black, explicit size, spacing and indentation.
 */
import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx';

export const FONT = 'Times New Roman';
export const FONTS = { ascii: FONT, hAnsi: FONT, eastAsia: FONT, cs: FONT } as const;

/** A4 in twips, written as integers. */
export const PAGE_WIDTH = 11906;
export const PAGE_HEIGHT = 16838;
/** Margins in twips: top/bottom 20 mm, left 30 mm, right 20 mm. */
export const MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 1134, header: 567, footer: 567 } as const;
/** Width of the text column, portrait and landscape. */
export const TEXT_WIDTH_PORTRAIT = PAGE_WIDTH - MARGIN.left - MARGIN.right; // 9071
export const TEXT_WIDTH_LANDSCAPE = PAGE_HEIGHT - MARGIN.left - MARGIN.right; // 14003

/** Body first-line indent: 1 cm. */
export const FIRST_LINE = 567;
/** Space after a body paragraph: 6 pt. */
export const SPACE_AFTER = 120;
/** Line spacing 1.15 lines (between single and 1.5). */
export const LINE = 276;

export const STYLE = {
  body: 'VbNoiDung',
  center: 'VbCanGiua',
  table: 'VbBang',
  header: 'VbDauVanBan',
  rule: 'VbDuongKe',
  recipients: 'VbNoiNhan',
  signature: 'VbChuKy',
  pageNumber: 'VbSoTrang',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
} as const;

const black = '000000';
/** Vietnamese for spelling and hyphenation in Word, whatever the reader's own default language is. */
export const LANGUAGE = { value: 'vi-VN', eastAsia: 'vi-VN' } as const;

function run(size: number, extra: { bold?: boolean; italics?: boolean } = {}) {
  return { font: FONTS, size, color: black, bold: extra.bold ?? false, italics: extra.italics ?? false, language: LANGUAGE };
}

function heading(bold: boolean, outline: number) {
  return {
    run: run(28, { bold }),
    paragraph: {
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: FIRST_LINE, left: 0, right: 0 },
      spacing: { before: 120, after: SPACE_AFTER, line: LINE, lineRule: LineRuleType.AUTO },
      keepNext: true,
      keepLines: true,
      outlineLevel: outline,
    },
  };
}

export function documentStyles(): IStylesOptions {
  return {
    default: {
      document: {
        run: run(28),
        paragraph: {
          spacing: { before: 0, after: SPACE_AFTER, line: LINE, lineRule: LineRuleType.AUTO },
        },
      },
      heading1: heading(true, 0),
      heading2: heading(true, 1),
      heading3: heading(false, 2),
    },
    paragraphStyles: [
      {
        id: STYLE.body,
        name: 'Văn bản - nội dung',
        basedOn: 'Normal',
        quickFormat: true,
        run: run(28),
        paragraph: {
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: FIRST_LINE, left: 0, right: 0 },
          spacing: { before: 0, after: SPACE_AFTER, line: LINE, lineRule: LineRuleType.AUTO },
        },
      },
      {
        id: STYLE.center,
        name: 'Văn bản - căn giữa',
        basedOn: 'Normal',
        quickFormat: true,
        run: run(28),
        paragraph: {
          alignment: AlignmentType.CENTER,
          indent: { firstLine: 0, left: 0, right: 0 },
          spacing: { before: 0, after: 60, line: 240, lineRule: LineRuleType.AUTO },
          keepNext: true,
        },
      },
      {
        id: STYLE.table,
        name: 'Văn bản - bảng',
        basedOn: 'Normal',
        run: run(24),
        paragraph: {
          alignment: AlignmentType.LEFT,
          indent: { firstLine: 0, left: 0, right: 0 },
          spacing: { before: 40, after: 40, line: 240, lineRule: LineRuleType.AUTO },
        },
      },
      {
        id: STYLE.header,
        name: 'Văn bản - đầu văn bản',
        basedOn: 'Normal',
        run: run(26),
        paragraph: {
          alignment: AlignmentType.CENTER,
          indent: { firstLine: 0, left: 0, right: 0 },
          spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
        },
      },
      {
        id: STYLE.rule,
        name: 'Văn bản - đường kẻ',
        basedOn: 'Normal',
        run: run(4),
        paragraph: {
          alignment: AlignmentType.CENTER,
          indent: { firstLine: 0, left: 0, right: 0 },
          spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
        },
      },
      {
        id: STYLE.recipients,
        name: 'Văn bản - nơi nhận',
        basedOn: 'Normal',
        run: run(22),
        paragraph: {
          alignment: AlignmentType.LEFT,
          indent: { firstLine: 0, left: 0, right: 0 },
          spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
        },
      },
      {
        id: STYLE.signature,
        name: 'Văn bản - chữ ký',
        basedOn: 'Normal',
        run: run(28, { bold: true }),
        paragraph: {
          alignment: AlignmentType.CENTER,
          indent: { firstLine: 0, left: 0, right: 0 },
          spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
        },
      },
      {
        id: STYLE.pageNumber,
        name: 'Văn bản - số trang',
        basedOn: 'Normal',
        run: run(28),
        paragraph: {
          alignment: AlignmentType.CENTER,
          indent: { firstLine: 0, left: 0, right: 0 },
          spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
        },
      },
    ],
  };
}
