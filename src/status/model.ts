/**
 * Who has reported: the pure model behind `compile-report status`. From the plan, the checked report files
 * and the day the question is asked, it says for every reporting unit (each agency of the plan, and every
 * member of a group assignment) whether its report is in, late, invalid or missing (overdue once the
 * deadline has passed), and for every task how many units have it done, in progress or not started.
 */
import { parse } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { StatusSummaryCounts } from '../messages/status.js';
import { isPlaced, unitPlacer, type UnitPlace } from '../merge/place.js';
import { countStatus, emptyStatusCounts } from '../merge/status.js';
import type { AssignmentStatus, StatusCounts } from '../merge/types.js';
import type { IsoDate, Plan } from '../plan/types.js';
import type { Report } from '../plan/report-types.js';
import { parseDate } from '../text/dates.js';

/** on_time/late: a valid report is in (dated on or before / after the deadline); invalid: only files with errors; missing: nothing yet; overdue: nothing and the deadline has passed. */
export type UnitState = 'on_time' | 'late' | 'invalid' | 'missing' | 'overdue';
export type TaskAnswer = AssignmentStatus;

export interface UnitStatus {
  /** The plan's agency id (canonical, never an alias). */
  agencyId: string;
  agencyNumber: number;
  /** The agency's name in the plan. */
  agencyName: string;
  /** The group member ("Xã Lộc Bình") for a group assignment. */
  unit?: string;
  /** How the unit is shown: the member, the successor body's name when an alias reported, else the agency. */
  name: string;
  state: UnitState;
  /** A valid report is in. */
  reported: boolean;
  /** The valid report is dated after the deadline. */
  late: boolean;
  /** Not reported and the deadline is past. */
  overdue: boolean;
  /** The valid report. */
  file?: string;
  /** The agency id the report used (an alias id when the successor body reported). */
  reportedAs?: string;
  number?: string;
  /** The report's date (ISO). */
  date?: IsoDate;
  /** Files with errors that name this unit (not counted as a report). */
  invalidFiles: string[];
  /** Every task of the agency: the unit's answer, or not_reported. */
  tasks: { id: string; status: TaskAnswer }[];
}

export interface TaskRow {
  taskId: string;
  agencyId: string;
  agencyNumber: number;
  agencyName: string;
  text: string;
  /** How the units expected to answer the task answered it; total is how many there are. */
  counts: StatusCounts;
}

export interface InvalidFile {
  file: string;
  errors: number;
  warnings: number;
  /** The first error, as the file shows it. */
  first?: { code: string; line: number; column: number; message: string };
  /** Whom the file seems to be from, when that can be read despite the errors. */
  agencyId?: string;
  unit?: string;
}

export interface StatusCountsSummary extends StatusSummaryCounts {
  /** Missing units that sent only files with errors. */
  invalidOnly: number;
  /** Members of the plan's groups (communes and wards). */
  groupUnits: { expected: number; reported: number };
}

export interface StatusModel {
  plan: { id: string; number: string; title: string };
  /** plan.report.deadline (ISO). */
  deadline: IsoDate;
  /** The day of the question (ISO). */
  asOf: IsoDate;
  /** asOf is after the deadline. */
  pastDeadline: boolean;
  counts: StatusCountsSummary;
  /** Every expected unit, in plan order (agencies by number, group members in the plan's order). */
  units: UnitStatus[];
  /** Every task of the plan, in plan order. */
  tasks: TaskRow[];
  invalid: InvalidFile[];
}

/** One checked file, as validation leaves it (a ReportCheck is one). */
export interface CheckedFile {
  file: string;
  diagnostics: readonly Diagnostic[];
  report?: Report;
  text?: string;
}

interface Identity {
  agency?: string;
  unit?: string;
}

/** Whom a file with errors is from, read leniently from its text; nothing when even that fails. */
export function identifyLeniently(check: CheckedFile): Identity {
  if (check.report) return { agency: check.report.agency, unit: check.report.unit };
  if (check.text === undefined) return {};
  try {
    const data = parse(check.text, { uniqueKeys: false, maxAliasCount: 0, strict: false }) as unknown;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return {};
    const { agency, unit } = data as Record<string, unknown>;
    return {
      agency: typeof agency === 'string' ? agency.normalize('NFC').trim() : undefined,
      unit: typeof unit === 'string' ? unit.normalize('NFC').trim() : undefined,
    };
  } catch {
    return {};
  }
}

function keyOf(agencyId: string, unit?: string): string {
  return unit === undefined ? agencyId : `${agencyId}/${unit}`;
}

/** The key of the expected unit a placed report is from (the group member, else the agency). */
function placeKey(place: UnitPlace): string {
  return keyOf(place.agency.id, place.agency.group ? place.unit : undefined);
}

export interface StatusInput {
  plan: Plan;
  checks: readonly CheckedFile[];
  /** The day to judge "overdue" by (ISO yyyy-mm-dd). */
  asOf: IsoDate;
}

export function computeStatus({ plan, checks, asOf }: StatusInput): StatusModel {
  const place = unitPlacer(plan);
  const deadline = plan.report.deadline;
  const pastDeadline = asOf > deadline;

  const valid = new Map<string, { check: CheckedFile; report: Report }>();
  const invalidByUnit = new Map<string, string[]>();
  const invalid: InvalidFile[] = [];
  for (const check of checks) {
    const errors = check.diagnostics.filter((d) => d.severity === 'error');
    if (check.report && errors.length === 0) {
      const where = place(check.report.agency, check.report.unit);
      if (isPlaced(where) && !valid.has(placeKey(where))) valid.set(placeKey(where), { check, report: check.report });
      continue;
    }
    const who = identifyLeniently(check);
    const where = who.agency === undefined ? undefined : place(who.agency, who.unit);
    const agency = where && 'agency' in where ? where.agency : undefined;
    const first = [...errors].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column)[0];
    invalid.push({
      file: check.file,
      errors: errors.length,
      warnings: check.diagnostics.length - errors.length,
      first: first && { code: first.code, line: first.range.start.line, column: first.range.start.column, message: first.message },
      agencyId: agency?.id ?? who.agency,
      unit: agency?.group ? who.unit : undefined,
    });
    if (where && isPlaced(where)) {
      const key = placeKey(where);
      invalidByUnit.set(key, [...(invalidByUnit.get(key) ?? []), check.file]);
    }
  }

  const units: UnitStatus[] = [];
  const tasks: TaskRow[] = [];
  const agencies = [...plan.agencies].sort((a, b) => a.number - b.number);
  for (const agency of agencies) {
    const members: (string | undefined)[] = agency.group ? agency.group.units : [undefined];
    const rows = new Map(agency.tasks.map((t) => [t.id, emptyStatusCounts()]));
    for (const unit of members) {
      const key = keyOf(agency.id, unit);
      const found = valid.get(key);
      const report = found?.report;
      const date = report ? parseDate(report.date) : undefined;
      const iso = date?.ok ? date.date.iso : undefined;
      const late = iso !== undefined && iso > deadline;
      const invalidFiles = invalidByUnit.get(key) ?? [];
      const reported = report !== undefined;
      const state: UnitState = reported ? (late ? 'late' : 'on_time') : invalidFiles.length > 0 ? 'invalid' : pastDeadline ? 'overdue' : 'missing';
      const aliasName = report ? agency.aliases?.find((a) => a.id === report.agency)?.name : undefined;
      const answers = agency.tasks.map((t) => ({ id: t.id, status: (report?.tasks[t.id]?.status ?? 'not_reported') as TaskAnswer }));
      for (const a of answers) countStatus(rows.get(a.id)!, a.status);
      units.push({
        agencyId: agency.id,
        agencyNumber: agency.number,
        agencyName: agency.name,
        ...(unit !== undefined ? { unit } : {}),
        name: unit ?? aliasName ?? agency.name,
        state,
        reported,
        late,
        overdue: !reported && pastDeadline,
        ...(found ? { file: found.check.file, reportedAs: report!.agency, number: report!.number, date: iso } : {}),
        invalidFiles,
        tasks: answers,
      });
    }
    for (const task of agency.tasks) {
      tasks.push({ taskId: task.id, agencyId: agency.id, agencyNumber: agency.number, agencyName: agency.name, text: task.text, counts: rows.get(task.id)! });
    }
  }

  const count = (f: (u: UnitStatus) => boolean): number => units.filter(f).length;
  const plain = units.filter((u) => u.unit === undefined);
  const grouped = units.filter((u) => u.unit !== undefined);
  return {
    plan: { id: plan.id, number: plan.document.number, title: plan.document.title },
    deadline,
    asOf,
    pastDeadline,
    counts: {
      expected: units.length,
      reported: count((u) => u.reported),
      onTime: count((u) => u.state === 'on_time'),
      late: count((u) => u.late),
      missing: count((u) => !u.reported),
      overdue: count((u) => u.overdue),
      invalidOnly: count((u) => u.state === 'invalid'),
      invalidFiles: invalid.length,
      agencies: { expected: plain.length, reported: plain.filter((u) => u.reported).length },
      groupUnits: { expected: grouped.length, reported: grouped.filter((u) => u.reported).length },
    },
    units,
    tasks,
    invalid,
  };
}
