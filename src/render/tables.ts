/**
 * The tables of the report, built from the merged model. Templates place them (`@table NAME | …`)
 * and give their column headers; widths, rows and numbers are decided here.
 */
import { AlignmentType, type Table } from 'docx';
import type { MergedReport, Totals } from '../merge/types.js';
import { dataTable, fitWidths, type ColumnSpec, type DataRow } from './docx-blocks.js';
import { quantitiesText, shortTaskText } from './view-model.js';
import { cleanInline, formatNumber, formatDateTable } from './vn-format.js';

const C = AlignmentType.CENTER;
const L = AlignmentType.LEFT;
type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

export interface TableContext {
  model: MergedReport;
  /** Width of the text column the table must fill, in twips. */
  width: number;
  maxActivityRows: number;
}

interface TableDef {
  /** Default headers; a template may replace them with the same number of its own. */
  headers: readonly string[];
  build(ctx: TableContext, headers: readonly string[]): Table;
}

/** A date span for a narrow cell: one date, or "01/12/2025 -" over "10/12/2025". */
function spanLines(from: string, to: string): string[] {
  return from === to ? [formatDateTable(from)] : [`${formatDateTable(from)} -`, formatDateTable(to)];
}

const num = (v: number): string => formatNumber(v);
const numOrBlank = (v: number): string => (v === 0 ? '' : formatNumber(v));

function columns(headers: readonly string[], widths: readonly number[], aligns: readonly Align[]): ColumnSpec[] {
  return headers.map((header, i) => ({ header, width: widths[i] ?? 0, align: aligns[i] ?? L }));
}

function qText(ctx: TableContext, t: Totals): string {
  return quantitiesText(ctx.model.plan.quantities, t);
}

/** Proportions of the portrait width (9071) for a column list; null = takes what is left. */
function widthsFor(ctx: TableContext, fixed: readonly (number | null)[]): number[] {
  return fitWidths(fixed, ctx.width);
}

const summaryTable: TableDef = {
  headers: ['STT', 'Cơ quan, đơn vị', 'Đơn vị đã báo cáo', 'Số hoạt động', 'Số lượt người tham gia', 'Kinh phí (đồng)', 'Kết quả chủ yếu'],
  build(ctx, headers) {
    const w = widthsFor(ctx, [680, 1920, 900, 850, 1050, 1400, null]);
    const cols = columns(headers, w, [C, L, C, C, C, C, L]);
    const rows: DataRow[] = ctx.model.agencies.map((a, i) => ({
      cells: [
        String(i + 1),
        cleanInline(a.agency.name),
        `${num(a.expectedUnits.length - a.missingUnits.length)}/${num(a.expectedUnits.length)}`,
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
      cells: [
        '',
        'Tổng cộng',
        `${num(reported)}/${num(expected)}`,
        num(m.totals.activities),
        num(m.totals.participants),
        num(m.totals.cost),
        qText(ctx, m.totals),
      ],
    });
    return dataTable(cols, rows, 12);
  },
};

const formsTable: TableDef = {
  headers: ['STT', 'Hình thức', 'Số hoạt động', 'Số lượt người tham gia', 'Kinh phí (đồng)', 'Kết quả chủ yếu'],
  build(ctx, headers) {
    const w = widthsFor(ctx, [680, 2320, 950, 1100, 1400, null]);
    const cols = columns(headers, w, [C, L, C, C, C, L]);
    const used = ctx.model.totalsByForm.filter((f) => f.totals.activities > 0);
    const rows: DataRow[] = used.map((f, i) => ({
      cells: [
        String(i + 1),
        cleanInline(f.form.name),
        num(f.totals.activities),
        num(f.totals.participants),
        num(f.totals.cost),
        qText(ctx, f.totals),
      ],
    }));
    const t = ctx.model.totals;
    rows.push({
      bold: true,
      cells: ['', 'Tổng cộng', num(t.activities), num(t.participants), num(t.cost), qText(ctx, t)],
    });
    return dataTable(cols, rows, 12);
  },
};

const activitiesTable: TableDef = {
  headers: ['STT', 'Đơn vị', 'Ngày', 'Hình thức', 'Nội dung', 'Số người', 'Số lượng', 'Kinh phí (đồng)'],
  build(ctx, headers) {
    const w = widthsFor(ctx, [680, 2120, 1450, 1500, null, 950, 1700, 1400]);
    const cols = columns(headers, w, [C, L, C, L, L, C, L, C]);
    const rows: DataRow[] = [];
    const m = ctx.model;
    const summarise = m.activities.length > ctx.maxActivityRows;
    let stt = 0;
    m.agencies.forEach((a) => {
      if (a.totals.activities === 0) return;
      rows.push({ span: true, bold: true, cells: [`${a.agency.number}. ${cleanInline(a.agency.name)}`] });
      if (summarise) {
        for (const u of a.reportingUnits) {
          if (u.totals.activities === 0) continue;
          stt += 1;
          const forms = [...new Set(u.activities.map((x) => cleanInline(x.formName)))];
          rows.push({
            cells: [
              String(stt),
              cleanInline(u.name),
              u.reportDate ? formatDateTable(u.reportDate) : cleanInline(u.reportDateText),
              forms.join(', '),
              `${num(u.totals.activities)} hoạt động`,
              numOrBlank(u.totals.participants),
              qText(ctx, u.totals),
              numOrBlank(u.totals.cost),
            ],
          });
        }
        return;
      }
      for (const u of a.reportingUnits) {
        for (const x of u.activities) {
          stt += 1;
          const t: Totals = { activities: 1, participants: x.participants, cost: x.cost, quantities: x.quantities };
          rows.push({
            cells: [
              String(stt),
              cleanInline(u.name),
              x.date ? spanLines(x.date.from, x.date.to) : cleanInline(x.dateText),
              cleanInline(x.formName),
              cleanInline(x.place ? `${x.title} (${x.place})` : x.title),
              numOrBlank(x.participants),
              qText(ctx, t),
              numOrBlank(x.cost),
            ],
          });
        }
      }
    });
    const t = m.totals;
    rows.push({
      bold: true,
      cells: ['', 'Tổng cộng', '', '', `${num(t.activities)} hoạt động`, num(t.participants), qText(ctx, t), num(t.cost)],
    });
    return dataTable(cols, rows, 12);
  },
};

const missingTable: TableDef = {
  headers: ['STT', 'Cơ quan được giao nhiệm vụ', 'Đơn vị chưa gửi báo cáo'],
  build(ctx, headers) {
    const w = widthsFor(ctx, [680, null, null]);
    const cols = columns(headers, w, [C, L, L]);
    const rows: DataRow[] = [];
    let stt = 0;
    for (const a of ctx.model.agencies) {
      for (const unit of a.missingUnits) {
        stt += 1;
        rows.push({ cells: [String(stt), `${a.agency.number}. ${cleanInline(a.agency.name)}`, cleanInline(unit)] });
      }
    }
    return dataTable(cols, rows, 12);
  },
};

const excludedTable: TableDef = {
  headers: ['STT', 'Tệp báo cáo', 'Lý do'],
  build(ctx, headers) {
    const w = widthsFor(ctx, [680, 3000, null]);
    const cols = columns(headers, w, [C, L, L]);
    const rows: DataRow[] = ctx.model.excluded.map((e, i) => ({
      cells: [String(i + 1), cleanInline(e.file), cleanInline(e.reason)],
    }));
    return dataTable(cols, rows, 12);
  },
};

/** Themes × agencies: one column per agency of the plan, headed by its number in the plan. */
const coverageTable: TableDef = {
  headers: ['Mã', 'Nội dung tuyên truyền', 'Tổng số'],
  build(ctx, headers) {
    const m = ctx.model;
    const agencies = m.plan.agencies;
    const idW = 850;
    const totalW = 900;
    const k = Math.max(1, agencies.length);
    let agencyW = Math.max(450, Math.min(600, Math.floor((ctx.width - idW - totalW - 3800) / k)));
    if (ctx.width - idW - totalW - agencyW * k < 1500) agencyW = Math.floor((ctx.width - idW - totalW - 1500) / k);
    const textW = ctx.width - idW - totalW - agencyW * agencies.length;
    const cols: ColumnSpec[] = [
      { header: headers[0] ?? '', width: idW, align: C },
      { header: headers[1] ?? '', width: textW, align: L },
      ...agencies.map((a) => ({ header: String(a.number), width: agencyW, align: C })),
      { header: headers[2] ?? '', width: totalW, align: C },
    ];
    const rows: DataRow[] = [];
    let phase = '';
    for (const c of m.coverage.themes) {
      if (c.phaseId !== phase) {
        phase = c.phaseId;
        rows.push({ span: true, bold: true, cells: [`${cleanInline(c.phaseId)}. ${cleanInline(c.phaseTitle)}`] });
      }
      rows.push({
        cells: [
          cleanInline(c.theme.id),
          shortTaskText(c.theme.text, 24),
          ...agencies.map((a) => numOrBlank(c.byAgency[a.id] ?? 0)),
          num(c.count),
        ],
      });
    }
    return dataTable(cols, rows, 11);
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

export function buildTable(name: string, headers: readonly string[] | null, ctx: TableContext): Table {
  const def = TABLES[name];
  if (!def) throw new Error(`Unknown table ${name}`);
  return def.build(ctx, headers ?? def.headers);
}
