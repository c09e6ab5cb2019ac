/**
 * The view model the templates see: every value already cleaned (NFC, no control characters, one
 * line), escaped for the line markup, and formatted (numbers, money, dates) as strings. Templates
 * only place values; all counting and formatting happens here.
 */
import { CODES, type DiagnosticCode } from '../diagnostics/codes.js';
import type { ExcludedFile, MergedReport, RaisedItem, StatusCounts, Totals, UnitTaskResult } from '../merge/types.js';
import { documentTypeOfNumber } from '../plan/document-type.js';
import { nameSaysUnit } from '../plan/quantity-words.js';
import type { Quantity } from '../plan/types.js';
import { opsMessagesFor } from '../messages/ops.js';
import { NBSP } from './line-breaks.js';
import { escapeMarkup } from './markup.js';
import type { RenderOptions } from './types.js';
import type {
  AgencyView,
  ExcludedView,
  FormView,
  GroupView,
  MissingAgencyView,
  MissingUnitsView,
  QuantityView,
  RaisedView,
  ReportingUnitView,
  StatusCountsView,
  TaskStatusRow,
  TaskView,
  ThemeView,
  TotalsView,
  UncoveredThemeView,
  UnitView,
  ViewModel,
} from './view-model-contract.js';
import {
  cleanInline,
  formatDateTable,
  formatDateText,
  printedNumber,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPlaceDate,
  formatSpanText,
  lowerFirst,
  pointLetter,
} from './vn-format.js';

export const DEFAULT_MAX_ACTIVITY_ROWS = 3000;

export function maxActivityRows(options: RenderOptions): number {
  return options.maxActivityRows ?? DEFAULT_MAX_ACTIVITY_ROWS;
}

/** Clean and escape one piece of user text for a template. */
export function t(s: string | undefined): string {
  return s === undefined ? '' : escapeMarkup(cleanInline(s));
}

const n = (v: number): string => formatNumber(v);

export const STATUS_TEXT = {
  done: 'Đã hoàn thành',
  in_progress: 'Đang thực hiện',
  not_started: 'Chưa triển khai',
  not_reported: 'Chưa báo cáo',
} as const;

/**
 * How a count is named after its number: the plan's own unit ("12 buổi", "400 phút"), or the
 * quantity's name when the name starts with its unit ("905 lượt phát sóng", "1.200 lượt xem"): a unit
 * word alone is ambiguous when several quantities count "lượt".
 */
export function quantityLabel(q: Quantity): string {
  return quantityWords(q).label;
}

interface QuantityWords {
  name: string;
  unit: string;
  label: string;
}

/**
 * Every unit's and task's totals name the quantities: their words are worked out once per name and unit (a
 * national build asked ~100 000 times), looked up by name, then unit, so no key string is built per call.
 */
const QUANTITY_WORDS = new Map<string, Map<string, QuantityWords>>();

function quantityWords(q: Quantity): QuantityWords {
  let byUnit = QUANTITY_WORDS.get(q.name);
  if (!byUnit) QUANTITY_WORDS.set(q.name, (byUnit = new Map()));
  let words = byUnit.get(q.unit);
  if (!words) {
    const name = lowerFirst(cleanInline(q.name));
    const unit = cleanInline(q.unit);
    words = { name: t(q.name), unit: t(q.unit), label: nameSaysUnit(name, unit) ? name : unit };
    byUnit.set(q.unit, words);
  }
  return words;
}

/** "12 buổi; 30 tin, bài; 1.200 lượt xem" — the non-zero quantities, plan order. */
export function quantitiesText(quantities: readonly Quantity[], totals: Totals): string {
  return quantities
    .filter((q) => (totals.quantities[q.id] ?? 0) > 0)
    .map((q) => `${n(totals.quantities[q.id] ?? 0)} ${quantityLabel(q)}`)
    .join('; ');
}

function totalsView(quantities: readonly Quantity[], tot: Totals): TotalsView {
  const nonZero = quantities.filter((q) => (tot.quantities[q.id] ?? 0) > 0);
  return {
    activities: n(tot.activities),
    participants: n(tot.participants),
    cost: formatMoney(tot.cost),
    costNumber: n(tot.cost),
    hasActivities: tot.activities > 0,
    hasParticipants: tot.participants > 0,
    hasCost: tot.cost > 0,
    hasQuantities: nonZero.length > 0,
    quantities: nonZero.map((q): QuantityView => {
      const words = quantityWords(q);
      return { id: q.id, name: words.name, unit: words.unit, value: n(tot.quantities[q.id] ?? 0) };
    }),
    quantitiesText: t(quantitiesText(quantities, tot)),
  };
}

/** Status words after a count, in the order a report lists them. */
const COUNT_WORDS: readonly [keyof Omit<StatusCounts, 'total'>, string][] = [
  ['done', 'đã hoàn thành'],
  ['in_progress', 'đang thực hiện'],
  ['not_started', 'chưa triển khai'],
  ['not_reported', 'chưa báo cáo'],
];

/** "6 đơn vị đã hoàn thành, 1 đang thực hiện": the non-zero counts only, `noun` after the first number. */
export function countsText(c: StatusCounts, noun = ''): string {
  return COUNT_WORDS.filter(([k]) => c[k] > 0)
    .map(([k, words], i) => `${n(c[k])} ${i === 0 && noun !== '' ? `${noun} ` : ''}${words}`)
    .join(', ');
}

function countsView(c: StatusCounts): StatusCountsView {
  return {
    done: n(c.done),
    inProgress: n(c.in_progress),
    notStarted: n(c.not_started),
    notReported: n(c.not_reported),
    total: n(c.total),
    hasDone: c.done > 0,
    hasInProgress: c.in_progress > 0,
    hasNotStarted: c.not_started > 0,
    hasNotReported: c.not_reported > 0,
    text: countsText(c),
    unitsText: countsText(c, 'đơn vị'),
  };
}

/** A task's or theme's name where a sentence or table needs it: the plan's `short:`, else its full text. */
export function shortOf(x: { text: string; short?: string }): string {
  return cleanInline(x.short ?? x.text).replace(/[.;:,]$/, '');
}

function unitView(quantities: readonly Quantity[], u: UnitTaskResult): UnitView {
  return {
    name: t(u.unit),
    status: STATUS_TEXT[u.status],
    isDone: u.status === 'done',
    isInProgress: u.status === 'in_progress',
    isNotStarted: u.status === 'not_started',
    isNotReported: u.status === 'not_reported',
    summary: t(sentence(u.summary)),
    hasSummary: u.summary !== undefined,
    reason: t(sentence(u.reason)),
    hasReason: u.reason !== undefined,
    totals: totalsView(quantities, u.totals),
  };
}

/** End a sentence with a full stop unless it already ends with punctuation. */
export function sentence(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  const c = cleanInline(s);
  if (c === '') return c;
  return /[.!?…:;]$/.test(c) || /[.!?…]["”)»]$/.test(c) ? c : `${c}.`;
}

/** "KẾ HOẠCH" → "Kế hoạch". */
export function capitalizeFirst(s: string): string {
  const lower = cleanInline(s).toLocaleLowerCase('vi');
  const first = lower.codePointAt(0);
  if (first === undefined) return lower;
  const ch = String.fromCodePoint(first);
  return ch.toLocaleUpperCase('vi') + lower.slice(ch.length);
}

/** The implemented document's type: the plan's own word, else read from its symbol, else "Văn bản". */
export function implementedType(ref: { type?: string; number: string }): string {
  return capitalizeFirst(ref.type ?? documentTypeOfNumber(ref.number) ?? 'Văn bản');
}

/** "báo cáo có 2 lỗi: khóa không hợp lệ (2 chỗ); thiếu thông tin bắt buộc." — plain words, no paths or keys. */
export function excludedReason(e: ExcludedFile): string {
  // The document is Vietnamese whatever --lang the terminal speaks; e.reason is worded for the terminal.
  if (e.errors === undefined || e.errors.length === 0) return sentence(capitalizeFirst(opsMessagesFor('vi').unreadable())) ?? '';
  const total = e.errors.reduce((sum, x) => sum + x.count, 0);
  const parts = e.errors.map((x) => {
    const title = isDiagnosticCode(x.code) ? lowerFirst(CODES[x.code].title.vi) : x.code;
    return x.count > 1 ? `${title} (${n(x.count)} chỗ)` : title;
  });
  return `Báo cáo có ${n(total)} lỗi: ${parts.join('; ')}.`;
}

function isDiagnosticCode(code: string): code is DiagnosticCode {
  return Object.hasOwn(CODES, code);
}

/** Text of a list for a sentence: "A, B và C". */
export function joinVi(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}

/** "Tỉnh Lạng Sơn (Sở Y tế)": the reporting unit, and who in it raised the point when a roll-up says. */
function raisedBy(item: RaisedItem): string {
  return item.by ? `${item.unit} (${item.by})` : item.unit;
}

export function buildViewModel(model: MergedReport, options: RenderOptions): ViewModel {
  const plan = model.plan;
  const q = plan.quantities;
  const place = options.place ?? plan.document.place;
  const standing = plan.agencies.find((a) => a.id === plan.standing_body.agency);
  const number = printedNumber(options.number);

  const agencies = model.agencies.map((a, i): AgencyView => {
    const reportedUnits = a.expectedUnits.length - a.missingUnits.length;
    return {
      letter: pointLetter(i),
      number: String(a.agency.number),
      id: a.agency.id,
      name: t(a.agency.name),
      isGroup: a.isGroup,
      member: t(a.agency.group?.member ?? a.agency.name),
      expected: n(a.expectedUnits.length),
      reported: n(reportedUnits),
      reports: n(a.reportingUnits.length),
      noReport: a.reportingUnits.length === 0,
      hasAliasReporter: a.reportingUnits.some((r) => r.aliasId !== undefined),
      aliasReporters: t(joinVi([...new Set(a.reportingUnits.filter((r) => r.aliasId !== undefined).map((r) => cleanInline(r.name)))])),
      allReported: a.missingUnits.length === 0,
      missingUnits: a.missingUnits.map(t),
      hasMissingUnits: a.missingUnits.length > 0,
      missingUnitsCount: n(a.missingUnits.length),
      missingUnitsText: t(a.missingUnits.join(', ')),
      reportingUnits: a.reportingUnits.map((r): ReportingUnitView => ({
        name: t(r.name),
        number: t(r.reportNumber),
        date: r.reportDate ? formatDateText(r.reportDate) : t(r.reportDateText),
        dateShort: r.reportDate ? formatDateTable(r.reportDate) : t(r.reportDateText),
        isAlias: r.aliasId !== undefined,
      })),
      counts: countsView(a.statusCounts),
      totals: totalsView(q, a.totals),
      tasks: a.tasks.map((tr): TaskView => {
        const reported = tr.units.filter((u) => u.status !== 'not_reported');
        return {
          id: t(tr.task.id),
          text: t(tr.task.text),
          short: t(shortOf(tr.task)),
          single: tr.units.length === 1,
          counts: countsView(tr.statusCounts),
          totals: totalsView(q, tr.totals),
          units: tr.units.map((u) => unitView(q, u)),
          reportedUnits: reported.map((u) => unitView(q, u)),
        };
      }),
    };
  });

  const notStarted: TaskStatusRow[] = [];
  const inProgress: TaskStatusRow[] = [];
  const taskNotReported: TaskStatusRow[] = [];
  for (const a of model.agencies) {
    for (const tr of a.tasks) {
      for (const u of tr.units) {
        const row: TaskStatusRow = {
          agency: t(a.agency.name),
          unit: t(u.unit),
          task: t(tr.task.id),
          status: STATUS_TEXT[u.status],
          reason: t(sentence(u.reason)),
          hasReason: u.reason !== undefined,
        };
        if (u.status === 'not_started') notStarted.push(row);
        else if (u.status === 'in_progress') inProgress.push(row);
        else if (u.status === 'not_reported' && u.file !== undefined) taskNotReported.push(row);
      }
    }
  }

  const reasons = [...notStarted, ...inProgress].filter((r) => r.hasReason);
  const usedForms = model.totalsByForm.filter((f) => f.totals.activities > 0);
  const themesCovered = model.coverage.themes.length - model.coverage.uncovered.length;
  const agenciesReported = model.agencies.filter((a) => a.reportingUnits.length > 0).length;
  const unitsMissing = model.missing.units.length + model.missing.agencies.filter((a) => !a.group).length;
  const recipients = options.recipients.map(cleanInline);

  return {
    report: {
      type: 'BÁO CÁO',
      number,
      date: formatDateText(options.date),
      dateShort: formatDateTable(options.date),
      place: t(place),
      placeDate: t(formatPlaceDate(place, options.date)),
      title: t(plan.report.title),
    },
    period: {
      present: options.period !== undefined,
      label: t(options.period?.label),
      // "tháng 12 năm 2025 (từ ngày 15/11/2025 đến ngày 14/12/2025)"
      text: options.period
        ? t(`${options.period.label.replace(/ /g, NBSP)} (từ ngày ${formatDateTable(options.period.from)} đến ngày ${formatDateTable(options.period.to)})`)
        : '',
    },
    issuer: {
      parent: t(plan.issuer.parent),
      headerName: t(plan.issuer.header_name),
      name: t(plan.issuer.name),
      symbol: t(plan.issuer.symbol),
    },
    plan: {
      type: t(plan.document.type),
      typeName: t(capitalizeFirst(plan.document.type)),
      number: t(plan.document.number),
      date: formatDateText(plan.document.date),
      dateShort: formatDateTable(plan.document.date),
      place: t(plan.document.place),
      title: t(plan.document.title),
      titleLower: t(lowerFirst(cleanInline(plan.document.title))),
    },
    implements: {
      present: plan.implements !== undefined,
      typeName: plan.implements ? t(implementedType(plan.implements)) : '',
      number: t(plan.implements?.number),
      date: plan.implements ? formatDateText(plan.implements.date) : '',
      dateShort: plan.implements ? formatDateTable(plan.implements.date) : '',
      issuer: t(plan.implements?.issuer),
    },
    campaign: {
      from: formatDateText(plan.campaign.from),
      to: formatDateText(plan.campaign.to),
      fromShort: formatDateTable(plan.campaign.from),
      toShort: formatDateTable(plan.campaign.to),
      span: formatSpanText(plan.campaign.from, plan.campaign.to),
    },
    deadline: {
      date: formatDateText(plan.report.deadline),
      dateShort: formatDateTable(plan.report.deadline),
    },
    standingBody: {
      name: t(standing?.name ?? plan.standing_body.agency),
      reportsTo: t(plan.standing_body.reports_to),
    },
    counts: {
      agencies: n(model.agencies.length),
      agenciesReported: n(agenciesReported),
      agenciesMissing: n(model.missing.agencies.length),
      groupUnits: n(model.agencies.reduce((s, a) => s + (a.isGroup ? a.expectedUnits.length : 0), 0)),
      reportsExpected: n(model.reportsExpected),
      reportsMerged: n(model.reportsMerged),
      reportsPercent: formatPercent(model.reportsExpected - unitsMissing, model.reportsExpected),
      unitsReported: n(model.reportsExpected - unitsMissing),
      unitsMissing: n(unitsMissing),
      excluded: n(model.excluded.length),
      tasks: n(model.agencies.reduce((s, a) => s + a.tasks.length, 0)),
      forms: n(usedForms.length),
      themes: n(model.coverage.themes.length),
      themesCovered: n(themesCovered),
      themesUncovered: n(model.coverage.uncovered.length),
      activitiesWithThemes: n(model.coverage.activitiesWithThemes),
      difficulties: n(model.difficulties.length),
      proposals: n(model.proposals.length),
      status: countsView(model.statusCounts),
    },
    has: {
      groups: model.agencies.some((a) => a.isGroup),
      activities: model.totals.activities > 0,
      excluded: model.excluded.length > 0,
      missingAgencies: model.missing.agencies.length > 0,
      missingUnits: model.missing.units.length > 0,
      missing: unitsMissing > 0,
      uncoveredThemes: model.coverage.uncovered.length > 0,
      allThemesCovered: model.coverage.uncovered.length === 0 && model.coverage.themes.length > 0,
      notStarted: notStarted.length > 0,
      inProgress: inProgress.length > 0,
      taskNotReported: taskNotReported.length > 0,
      difficulties: model.difficulties.length > 0,
      proposals: model.proposals.length > 0,
      implements: plan.implements !== undefined,
      limitations:
        unitsMissing > 0 ||
        notStarted.length > 0 ||
        inProgress.length > 0 ||
        taskNotReported.length > 0 ||
        model.coverage.uncovered.length > 0 ||
        model.excluded.length > 0,
      reasons: reasons.length > 0,
      causes: reasons.length > 0 || model.difficulties.length > 0,
    },
    groups: model.agencies
      .filter((a) => a.isGroup)
      .map((a): GroupView => ({
        agency: t(a.agency.name),
        member: t(a.agency.group?.member ?? a.agency.name),
        count: n(a.expectedUnits.length),
      })),
    reasons,
    totals: totalsView(q, model.totals),
    forms: usedForms.map((f): FormView => ({ id: f.form.id, name: t(f.form.name), totals: totalsView(q, f.totals) })),
    formsText: t(
      joinVi(usedForms.map((f) => `${lowerFirst(cleanInline(f.form.name))} (${n(f.totals.activities)})`)),
    ),
    agencies,
    missingAgencies: model.missing.agencies.map((a): MissingAgencyView => ({ number: String(a.number), name: t(a.name) })),
    missingAgenciesText: t(joinVi(model.missing.agencies.map((a) => cleanInline(a.name)))),
    missingUnitsByAgency: model.agencies
      .filter((a) => a.isGroup && a.missingUnits.length > 0)
      .map((a): MissingUnitsView => ({
        agency: t(a.agency.name),
        member: t(a.agency.group?.member ?? a.agency.name),
        count: n(a.missingUnits.length),
        expected: n(a.expectedUnits.length),
        units: t(a.missingUnits.join(', ')),
      })),
    notStarted,
    inProgress,
    taskNotReported,
    themes: model.coverage.themes.map((c): ThemeView => ({
      id: t(c.theme.id),
      text: t(c.theme.text),
      short: t(shortOf(c.theme)),
      count: n(c.count),
      covered: c.count > 0,
    })),
    uncoveredThemes: model.coverage.uncovered.map((th): UncoveredThemeView => ({
      id: t(th.id),
      text: t(th.text),
      short: t(shortOf(th)),
    })),
    uncoveredThemeIds: t(joinVi(model.coverage.uncovered.map((th) => th.id))),
    difficulties: model.difficulties.map((d): RaisedView => ({ unit: t(raisedBy(d)), text: t(d.text) })),
    proposals: model.proposals.map((p): RaisedView => ({ unit: t(raisedBy(p)), text: t(p.text) })),
    excluded: model.excluded.map((e): ExcludedView => ({ unit: t(e.unit ?? 'Chưa xác định được đơn vị'), reason: t(excludedReason(e)) })),
    signer: {
      authority: t(options.signer.authority),
      title: t(options.signer.title),
      position: t(options.signer.position),
      name: t(options.signer.name),
    },
    recipients: recipients.map(t),
    appendix: {
      activitiesSummarised: model.activities.length > maxActivityRows(options),
      maxActivityRows: n(maxActivityRows(options)),
    },
  };
}

