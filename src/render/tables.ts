/**
 * The tables of the report, built from the merged model. Templates place them (`@table NAME | …`)
 * and give their column headers; widths, rows and numbers are decided here.
 *
 * Drawn as a person would: an agency (and, under it, a commune or another reporting body) is a group
 * row, not a value repeated on every row; a zero is a dash; a number column is as wide as its widest
 * number, so no amount breaks across lines, and the text columns share what is left.
 */
import { AlignmentType, type FileChild } from 'docx';
import type { AgencyResult, MergedReport, Totals } from '../merge/types.js';
import { CELL_MARGIN, dataTable, type ColumnSpec, type DataRow } from './docx-blocks.js';
import { dataTableXml } from './docx-xml.js';
import { plainText } from './line-breaks.js';
import { textWidthTwips } from './text-width.js';
import type { XmlSlots } from './xml-slots.js';
import { excludedReason, quantitiesText, shortOf } from './view-model.js';
import { cleanInline, formatNumber, formatDateTable } from './vn-format.js';

const C = AlignmentType.CENTER;
const L = AlignmentType.LEFT;
const R = AlignmentType.RIGHT;
type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

export interface TableContext {
  model: MergedReport;
  /** Width of the text column the table must fill, in twips. */
  width: number;
  maxActivityRows: number;
  /** Where tables go as XML written directly; without it they are docx objects (the reference path). */
  slots?: XmlSlots;
}

interface TableDef {
  /** Default headers; a template may replace them with the same number of its own. */
  headers: readonly string[];
  build(ctx: TableContext, headers: readonly string[]): FileChild;
}

/** A column: `fit` columns are as wide as their widest content; `flex` ones share the rest by weight. */
interface ColumnDef {
  align: Align;
  /** Relative share of the room left by the fitted columns; absent = fitted to the content. */
  flex?: number;
}

/** A dash where a table would show 0: a person leaves no zero in a table. */
const DASH = '-';
const num = (v: number): string => (v === 0 ? DASH : formatNumber(v));

/** A date span for a narrow cell: one date, or "01/12/2025 -" over "10/12/2025". */
function spanLines(from: string, to: string): string[] {
  return from === to ? [formatDateTable(from)] : [`${formatDateTable(from)} -`, formatDateTable(to)];
}

function qText(ctx: TableContext, t: Totals): string {
  return quantitiesText(ctx.model.plan.quantities, t) || DASH;
}

/** Room a text column keeps at least, twips (about 2 cm). */
const MIN_FLEX = 1150;
/** Lines a fitted column's header may take. */
const HEADER_LINES = 3;
/** Slack beyond the measured width: the metrics are those of the base letters. */
const FIT_PAD = 90;

function lines(cell: string | readonly string[] | undefined): readonly string[] {
  return cell === undefined ? [] : typeof cell === 'string' ? [cell] : cell;
}

/**
 * Column widths summing to the text width: a fitted column takes the widest line of its cells (bold for
 * bold rows) and the longest word of its header; the flexible ones share the rest by weight.
 */
export function columnWidths(defs: readonly ColumnDef[], headers: readonly string[], rows: readonly DataRow[], width: number, sizePt: number): number[] {
  const fitted = defs.map((d, i) => {
    if (d.flex !== undefined) return null;
    // The header may wrap, but into at most HEADER_LINES lines, and never inside a word.
    const header = headers[i] ?? '';
    const longestWord = Math.max(0, ...header.split(/\s+/).map((word) => textWidthTwips(word, sizePt, { bold: true })));
    let w = Math.max(longestWord, Math.ceil(textWidthTwips(header, sizePt, { bold: true }) / HEADER_LINES));
    for (const r of rows) {
      if (r.span) continue;
      for (const l of lines(r.cells[i])) w = Math.max(w, textWidthTwips(plainText(l), sizePt, { bold: r.bold === true }));
    }
    return w + 2 * CELL_MARGIN + FIT_PAD;
  });
  const used = fitted.reduce<number>((s, w) => s + (w ?? 0), 0);
  const weights = defs.map((d) => d.flex ?? 0);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const room = width - used;
  if (totalWeight === 0 || room < MIN_FLEX * defs.filter((d) => d.flex !== undefined).length) {
    // No room for the text columns (a table too wide for its page): scale everything down together.
    const natural = defs.map((d, i) => fitted[i] ?? MIN_FLEX * (d.flex ?? 1));
    const sum = natural.reduce((a, b) => a + b, 0);
    const scaled = natural.map((w) => Math.floor((w * width) / sum));
    scaled[scaled.length - 1] = (scaled[scaled.length - 1] ?? 0) + width - scaled.reduce((a, b) => a + b, 0);
    return scaled;
  }
  const out = defs.map((_, i) => fitted[i] ?? Math.floor((room * (weights[i] ?? 0)) / totalWeight));
  const lastFlex = defs.map((d) => d.flex !== undefined).lastIndexOf(true);
  out[lastFlex] = (out[lastFlex] ?? 0) + width - out.reduce((a, b) => a + b, 0);
  return out;
}

/** A whole table: widths from the content, then the bordered, fixed-layout table. */
function table(ctx: TableContext, headers: readonly string[], defs: readonly ColumnDef[], rows: readonly DataRow[], sizePt: number): FileChild {
  const widths = columnWidths(defs, headers, rows, ctx.width, sizePt);
  const cols: ColumnSpec[] = defs.map((d, i) => ({ header: headers[i] ?? '', width: widths[i] ?? 0, align: d.align }));
  return ctx.slots ? ctx.slots.slot(dataTableXml(cols, rows, sizePt)) : dataTable(cols, rows, sizePt);
}

const agencyTitle = (a: AgencyResult): string => `${a.agency.number}. ${cleanInline(a.agency.name)}`;

const summaryTable: TableDef = {
  headers: ['STT', 'Cơ quan, đơn vị', 'Đơn vị đã báo cáo', 'Số hoạt động', 'Số lượt người tham gia', 'Kinh phí (đồng)', 'Kết quả chủ yếu'],
  build(ctx, headers) {
    const rows: DataRow[] = ctx.model.agencies.map((a, i) => ({
      cells: [
        String(i + 1),
        cleanInline(a.agency.name),
        `${formatNumber(a.expectedUnits.length - a.missingUnits.length)}/${formatNumber(a.expectedUnits.length)}`,
        num(a.totals.activities),
        num(a.totals.participants),
        num(a.totals.cost),
        qText(ctx, a.totals),
      ],
    }));
    const m = ctx.model;
    const reported = m.agencies.reduce((s, a) => s + a.expectedUnits.length - a.missingUnits.length, 0);
    const expected = m.agencies.reduce((s, a) => s + a.expectedUnits.length, 0);
    rows.push({
      bold: true,
      cells: ['', 'Tổng cộng', `${formatNumber(reported)}/${formatNumber(expected)}`, num(m.totals.activities), num(m.totals.participants), num(m.totals.cost), qText(ctx, m.totals)],
    });
    return table(ctx, headers, [{ align: C }, { align: L, flex: 2 }, { align: C }, { align: R }, { align: R }, { align: R }, { align: L, flex: 3 }], rows, 12);
  },
};

const formsTable: TableDef = {
  headers: ['STT', 'Hình thức', 'Số hoạt động', 'Số lượt người tham gia', 'Kinh phí (đồng)', 'Kết quả chủ yếu'],
  build(ctx, headers) {
    const used = ctx.model.totalsByForm.filter((f) => f.totals.activities > 0);
    const rows: DataRow[] = used.map((f, i) => ({
      cells: [String(i + 1), cleanInline(f.form.name), num(f.totals.activities), num(f.totals.participants), num(f.totals.cost), qText(ctx, f.totals)],
    }));
    const t = ctx.model.totals;
    rows.push({ bold: true, cells: ['', 'Tổng cộng', num(t.activities), num(t.participants), num(t.cost), qText(ctx, t)] });
    return table(ctx, headers, [{ align: C }, { align: L, flex: 2 }, { align: R }, { align: R }, { align: R }, { align: L, flex: 3 }], rows, 12);
  },
};

/** A reporting unit gets its own group row under its agency when it is not the agency itself. */
function unitHeading(a: AgencyResult, unitName: string): boolean {
  return a.isGroup || cleanInline(unitName) !== cleanInline(a.agency.name);
}

const activitiesTable: TableDef = {
  headers: ['STT', 'Ngày', 'Hình thức', 'Nội dung', 'Số người', 'Số lượng', 'Kinh phí (đồng)'],
  build(ctx, headers) {
    const rows: DataRow[] = [];
    const m = ctx.model;
    const summarise = m.activities.length > ctx.maxActivityRows;
    let stt = 0;
    for (const a of m.agencies) {
      if (a.totals.activities === 0) continue;
      rows.push({ span: true, bold: true, cells: [agencyTitle(a)] });
      if (summarise) {
        // One row per reporting unit: the unit names the row, so there is no unit heading.
        for (const u of a.reportingUnits) {
          if (u.totals.activities === 0) continue;
          stt += 1;
          const forms = [...new Set(u.activities.map((x) => cleanInline(x.formName)))];
          rows.push({
            cells: [
              String(stt),
              u.reportDate ? formatDateTable(u.reportDate) : cleanInline(u.reportDateText),
              forms.join(', '),
              `${cleanInline(u.name)}: ${formatNumber(u.totals.activities)} hoạt động`,
              num(u.totals.participants),
              qText(ctx, u.totals),
              num(u.totals.cost),
            ],
          });
        }
        continue;
      }
      for (const u of a.reportingUnits) {
        if (u.activities.length === 0) continue;
        if (unitHeading(a, u.name)) rows.push({ span: true, italics: true, cells: [cleanInline(u.name)] });
        for (const x of u.activities) {
          stt += 1;
          const t: Totals = { activities: 1, participants: x.participants, cost: x.cost, quantities: x.quantities };
          rows.push({
            cells: [
              String(stt),
              x.date ? spanLines(x.date.from, x.date.to) : cleanInline(x.dateText),
              cleanInline(x.formName),
              cleanInline(x.place ? `${x.title} (${x.place})` : x.title),
              num(x.participants),
              qText(ctx, t),
              num(x.cost),
            ],
          });
        }
      }
    }
    const t = m.totals;
    rows.push({ bold: true, cells: ['', '', 'Tổng cộng', `${formatNumber(t.activities)} hoạt động`, num(t.participants), qText(ctx, t), num(t.cost)] });
    return table(ctx, headers, [{ align: C }, { align: C }, { align: L, flex: 2 }, { align: L, flex: 5 }, { align: R }, { align: L, flex: 2 }, { align: R }], rows, 12);
  },
};

const missingTable: TableDef = {
  headers: ['STT', 'Cơ quan, đơn vị chưa gửi báo cáo'],
  build(ctx, headers) {
    const rows: DataRow[] = [];
    let stt = 0;
    for (const a of ctx.model.agencies) {
      if (a.missingUnits.length === 0) continue;
      if (!a.isGroup) {
        stt += 1;
        rows.push({ cells: [String(stt), agencyTitle(a)] });
        continue;
      }
      rows.push({
        span: true,
        bold: true,
        cells: [`${agencyTitle(a)} (${formatNumber(a.missingUnits.length)}/${formatNumber(a.expectedUnits.length)} đơn vị chưa gửi báo cáo)`],
      });
      for (const unit of a.missingUnits) {
        stt += 1;
        rows.push({ cells: [String(stt), cleanInline(unit)] });
      }
    }
    return table(ctx, headers, [{ align: C }, { align: L, flex: 1 }], rows, 12);
  },
};

const excludedTable: TableDef = {
  headers: ['STT', 'Đơn vị', 'Lý do'],
  build(ctx, headers) {
    const rows: DataRow[] = ctx.model.excluded.map((e, i) => ({
      cells: [String(i + 1), cleanInline(e.unit ?? 'Chưa xác định được đơn vị'), excludedReason(e)],
    }));
    return table(ctx, headers, [{ align: C }, { align: L, flex: 2 }, { align: L, flex: 3 }], rows, 12);
  },
};

/** Themes × agencies: one column per agency of the plan, headed by its number in the plan. */
const coverageTable: TableDef = {
  headers: ['Mã', 'Nội dung tuyên truyền', 'Tổng số'],
  build(ctx, headers) {
    const m = ctx.model;
    const agencies = m.plan.agencies;
    const rows: DataRow[] = [];
    let phase = '';
    for (const c of m.coverage.themes) {
      if (c.phaseId !== phase) {
        phase = c.phaseId;
        rows.push({ span: true, bold: true, cells: [`${cleanInline(c.phaseId)}. ${cleanInline(c.phaseTitle)}`] });
      }
      rows.push({ cells: [cleanInline(c.theme.id), shortOf(c.theme), ...agencies.map((a) => num(c.byAgency[a.id] ?? 0)), num(c.count)] });
    }
    const allHeaders = [headers[0] ?? '', headers[1] ?? '', ...agencies.map((a) => String(a.number)), headers[2] ?? ''];
    const defs: ColumnDef[] = [{ align: C }, { align: L, flex: 1 }, ...agencies.map(() => ({ align: C })), { align: C }];
    return table(ctx, allHeaders, defs, rows, 11);
  },
};

export const TABLES: Readonly<Record<string, TableDef>> = {
  'tong-hop': summaryTable,
  'hinh-thuc': formsTable,
  'hoat-dong': activitiesTable,
  'chua-bao-cao': missingTable,
  'loai-tru': excludedTable,
  'chu-de': coverageTable,
};

/** Table name → number of column headers a template gives it. */
export const TABLE_HEADER_COUNTS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(TABLES).map(([name, def]) => [name, def.headers.length]),
);

export function buildTable(name: string, headers: readonly string[] | null, ctx: TableContext): FileChild {
  const def = TABLES[name];
  if (!def) throw new Error(`Unknown table ${name}`);
  return def.build(ctx, headers ?? def.headers);
}
