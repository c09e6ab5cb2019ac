import type { ActivityForm, Agency, Plan, Task, Theme } from '../plan/types.js';
import type { TaskStatus } from '../plan/report-types.js';

/** A report's task status, or the absence of one: the unit did not report on this task. */
export type AssignmentStatus = TaskStatus | 'not_reported';

/** Sums over a set of activities. Every value is an integer (đồng for cost). */
export interface Totals {
  activities: number;
  participants: number;
  /** In đồng. */
  cost: number;
  /** One entry for every quantity id of plan.quantities, in plan order (0 when nothing was counted). */
  quantities: Record<string, number>;
}

export interface StatusCounts {
  done: number;
  in_progress: number;
  not_started: number;
  not_reported: number;
  /** The sum of the four. */
  total: number;
}

/** A date or a range, as ISO yyyy-mm-dd; null when the text could not be read. */
export interface DateSpan {
  from: string;
  to: string;
}

export interface MergedActivity {
  /** The report file it came from. */
  file: string;
  agencyId: string;
  /** Display name of the unit that reported it. */
  unit: string;
  taskId: string;
  /** The date as written in the report. */
  dateText: string;
  date: DateSpan | null;
  form: string;
  /** plan.activity_forms[].name, or the id when the form is not in the plan. */
  formName: string;
  title: string;
  place?: string;
  /** Theme ids as reported. */
  themes: string[];
  participants: number;
  quantities: Record<string, number>;
  cost: number;
  note?: string;
  links: string[];
  /** The unit that carried it out, as the report names it (a roll-up's originating agency or commune). */
  by?: string;
}

/** One unit's answer on one task (or its absence). */
export interface UnitTaskResult {
  unit: string;
  /** Report file; absent when the unit did not report. */
  file?: string;
  status: AssignmentStatus;
  summary?: string;
  reason?: string;
  activities: MergedActivity[];
  totals: Totals;
}

export interface TaskResult {
  task: Task;
  units: UnitTaskResult[];
  statusCounts: StatusCounts;
  totals: Totals;
}

/** A report that was merged, seen from the unit that sent it. */
export interface ReportingUnit {
  /** Display name: the group member, the alias body's name, or the agency's name. */
  name: string;
  file: string;
  agencyId: string;
  /** The alias id the report used, when it named the agency through an alias. */
  aliasId?: string;
  /** False for a group report whose unit is not in the plan's list of members. */
  listed: boolean;
  reportNumber: string;
  /** The report's own date as written, and as ISO when readable. */
  reportDateText: string;
  reportDate: string | null;
  period: string;
  signer: { name: string; title: string };
  /** All the unit's activities, every task, sorted by date then title. */
  activities: MergedActivity[];
  totals: Totals;
}

export interface AgencyResult {
  agency: Agency;
  isGroup: boolean;
  /** The units expected to report: the group members, or the agency itself. */
  expectedUnits: string[];
  reportingUnits: ReportingUnit[];
  /** Expected units with no report. */
  missingUnits: string[];
  tasks: TaskResult[];
  statusCounts: StatusCounts;
  totals: Totals;
}

export interface FormTotals {
  form: ActivityForm;
  /** False for a form id that reports used but the plan does not list. */
  inPlan: boolean;
  totals: Totals;
}

export interface ThemeCoverage {
  theme: Theme;
  phaseId: string;
  phaseTitle: string;
  /** Activities that list this theme. */
  count: number;
  /** Count per agency id, for every agency of the plan (0 included), plan order. */
  byAgency: Record<string, number>;
}

export interface Coverage {
  themes: ThemeCoverage[];
  /** Themes no activity covers, plan order. */
  uncovered: Theme[];
  /** Activities that list at least one theme of the plan. */
  activitiesWithThemes: number;
  /** Theme ids used by activities that the plan does not have, sorted. */
  unknownThemeIds: string[];
}

export interface MissingReports {
  /** Agencies from which no report at all was merged, plan order. */
  agencies: Agency[];
  /** Group members with no report, plan order of agencies then of members. */
  units: { agency: Agency; unit: string }[];
}

/** A difficulty or proposal, with who raised it. */
export interface RaisedItem {
  text: string;
  unit: string;
  /** Who inside the reporting unit raised it, when the report says (a roll-up's originating unit). */
  by?: string;
  agencyId: string;
  file: string;
}

export interface ExcludedFile {
  file: string;
  /** Why it was left out; the document may quote it, so a reason made here is Vietnamese. */
  reason: string;
  /** The unit the report is from, as the plan names it, when the file says which. */
  unit?: string;
  /** Its errors by code, in order of first appearance: what the document says instead of the raw messages. */
  errors?: { code: string; count: number }[];
}

export interface MergedReport {
  plan: Plan;
  agencies: AgencyResult[];
  /** Every activity, plan order of agencies, then units, then date and title. */
  activities: MergedActivity[];
  totals: Totals;
  totalsByForm: FormTotals[];
  statusCounts: StatusCounts;
  missing: MissingReports;
  coverage: Coverage;
  difficulties: RaisedItem[];
  proposals: RaisedItem[];
  /** Files left out: those the caller excluded, then those the merge could not place. */
  excluded: ExcludedFile[];
  /** Reports merged. */
  reportsMerged: number;
  /** Reports the plan expects: one per non-group agency plus one per group member. */
  reportsExpected: number;
}

export interface MergeInput {
  file: string;
  report: import('../plan/report-types.js').Report;
}

export interface MergeOptions {
  excluded?: ExcludedFile[];
}
