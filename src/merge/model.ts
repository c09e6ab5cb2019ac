import type { ActivityForm, Agency, Plan } from '../plan/types.js';
import type { Activity, RaisedText } from '../plan/report-types.js';
import { ActivityKeys, type KeyedActivity } from '../text/activity-key.js';
import { parseDateOrRange } from '../text/dates.js';
import { compareIso, compareText } from './compare.js';
import { computeCoverage } from './coverage.js';
import { countValue } from './ints.js';
import { computeMissing } from './missing.js';
import { nameKey, placeReports, type PlacedReport } from './place.js';
import { nfc } from '../text/nfc.js';
import { addStatusCounts, countStatus, emptyStatusCounts } from './status.js';
import { addTotals, emptyTotals, totalsOf } from './totals.js';
import type {
  AgencyResult,
  FormTotals,
  MergedActivity,
  MergedReport,
  MergeInput,
  MergeOptions,
  RaisedItem,
  ReportingUnit,
  TaskResult,
  UnitTaskResult,
} from './types.js';
import { appendAll } from '../core/append-all.js';

/** Activities by start date, end date, title, then file, so the order never depends on input order. */
export function compareActivities(a: MergedActivity, b: MergedActivity): number {
  return (
    compareIso(a.date?.from ?? null, b.date?.from ?? null) ||
    compareIso(a.date?.to ?? null, b.date?.to ?? null) ||
    compareText(a.title, b.title) ||
    compareText(a.unit, b.unit) ||
    compareText(a.file, b.file) ||
    compareText(a.taskId, b.taskId)
  );
}

function optionalText(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  const t = nfc(s).trim();
  return t === '' ? undefined : t;
}

function toActivity(
  knownQuantities: ReadonlySet<string>,
  forms: Map<string, ActivityForm>,
  placed: PlacedReport,
  taskId: string,
  index: number,
  a: Activity,
): MergedActivity {
  const where = `tasks.${taskId}.activities[${index}]`;
  // Validation has refused a bad date, an unknown form or quantity (CR305, CR304, CR301); merged alone, they are left as they are.
  const parsed = parseDateOrRange(a.date);
  const form = forms.get(a.form);
  const quantities: Record<string, number> = {};
  for (const [id, value] of Object.entries(a.quantities ?? {})) {
    if (knownQuantities.has(id)) quantities[id] = countValue(value, placed.file, `${where}.quantities.${id}`);
  }
  const place = optionalText(a.place);
  const note = optionalText(a.note);
  const by = optionalText(a.by);
  return {
    file: placed.file,
    agencyId: placed.agency.id,
    unit: placed.unit,
    taskId,
    dateText: nfc(a.date).trim(),
    date: parsed.ok ? { from: parsed.from.iso, to: parsed.to.iso } : null,
    form: a.form,
    formName: form ? nfc(form.name) : nfc(a.form),
    title: nfc(a.title).trim(),
    ...(place === undefined ? {} : { place }),
    themes: (a.themes ?? []).map((t) => t.trim()),
    participants: countValue(a.participants, placed.file, `${where}.participants`),
    quantities,
    cost: countValue(a.cost, placed.file, `${where}.cost`),
    ...(note === undefined ? {} : { note }),
    links: [...(a.links ?? [])],
    ...(by === undefined ? {} : { by }),
  };
}

const keyedActivity = (a: MergedActivity): KeyedActivity => ({ dates: a.date ? `${a.date.from}/${a.date.to}` : a.dateText, form: a.form, title: a.title, by: a.by });

/** The same activity listed twice in one report counts once: the first listing stays, a repeat (CR407) is left out. */
function firstListing(listed: ActivityKeys<MergedActivity>, a: MergedActivity): boolean {
  return listed.firstSame(a) === undefined;
}

function raisedItems(items: readonly RaisedText[] | undefined, p: PlacedReport, agencyId: string): RaisedItem[] {
  const out: RaisedItem[] = [];
  for (const item of items ?? []) {
    const text = optionalText(typeof item === 'string' ? item : item.text);
    const by = typeof item === 'string' ? undefined : optionalText(item.by);
    if (text !== undefined) out.push({ text, unit: p.unit, ...(by === undefined ? {} : { by }), agencyId, file: p.file });
  }
  return out;
}

interface UnitSlot {
  name: string;
  listed: boolean;
  reports: PlacedReport[];
}

/** Expected units in plan order, then units the plan does not list, by name; reports by file. */
function unitSlots(agency: Agency, placed: readonly PlacedReport[]): UnitSlot[] {
  const expected = agency.group ? agency.group.units.map(nfc) : [nfc(agency.name)];
  const slots: UnitSlot[] = expected.map((name) => ({ name, listed: true, reports: [] }));
  const byKey = new Map(slots.map((s) => [nameKey(s.name), s]));
  const extra: UnitSlot[] = [];
  const extraByKey = new Map<string, UnitSlot>();
  for (const p of placed) {
    // A non-group agency has exactly one slot, whatever name (alias or own) the report used.
    const slot = agency.group ? byKey.get(nameKey(p.unit)) : slots[0];
    if (slot && p.listed) {
      slot.reports.push(p);
      continue;
    }
    let other = extraByKey.get(nameKey(p.unit));
    if (!other) {
      other = { name: p.unit, listed: false, reports: [] };
      extra.push(other);
      extraByKey.set(nameKey(p.unit), other);
    }
    other.reports.push(p);
  }
  extra.sort((a, b) => compareText(a.name, b.name));
  const all = [...slots, ...extra];
  for (const s of all) s.reports.sort((a, b) => compareText(a.file, b.file));
  return all;
}

/**
 * Merge the units' validated reports into one model of the consolidated report.
 * Pure: no I/O, no clock. The same inputs in any order give the same model.
 */
export function mergeReports(plan: Plan, reports: readonly MergeInput[], options: MergeOptions = {}): MergedReport {
  const sortedInputs = [...reports].sort((a, b) => compareText(a.file, b.file));
  const placement = placeReports(plan, sortedInputs);
  const forms = new Map(plan.activity_forms.map((f) => [f.id, f]));
  const knownQuantities = new Set(plan.quantities.map((x) => x.id));
  const q = plan.quantities;

  const agencies: AgencyResult[] = [];
  const allActivities: MergedActivity[] = [];
  const difficulties: RaisedItem[] = [];
  const proposals: RaisedItem[] = [];
  const totals = emptyTotals(q);
  const statusCounts = emptyStatusCounts();

  const placedByAgency = new Map<string, PlacedReport[]>();
  for (const p of placement.placed) {
    const list = placedByAgency.get(p.agency.id) ?? [];
    list.push(p);
    placedByAgency.set(p.agency.id, list);
  }

  for (const agency of plan.agencies) {
    const slots = unitSlots(agency, placedByAgency.get(agency.id) ?? []);
    const taskIds = new Set(agency.tasks.map((t) => t.id));
    // Convert every report's activities once, per task.
    const activitiesOf = new Map<PlacedReport, Map<string, MergedActivity[]>>();
    const reportingUnits: ReportingUnit[] = [];
    for (const slot of slots) {
      for (const p of slot.reports) {
        const perTask = new Map<string, MergedActivity[]>();
        const listed = new ActivityKeys<MergedActivity>(keyedActivity);
        for (const [taskId, tr] of Object.entries(p.report.tasks)) {
          // A task not assigned to the agency is an error of validation (CR308); merged alone, it is left out.
          if (!taskIds.has(taskId)) continue;
          const list = (tr.activities ?? []).map((a, i) => toActivity(knownQuantities, forms, p, taskId, i, a)).filter((a) => firstListing(listed, a));
          list.sort(compareActivities);
          perTask.set(taskId, list);
        }
        activitiesOf.set(p, perTask);
        const unitActivities = [...perTask.values()].flat().sort(compareActivities);
        const reportDate = parseDateOrRange(p.report.date);
        reportingUnits.push({
          name: p.unit,
          file: p.file,
          agencyId: agency.id,
          ...(p.aliasId === undefined ? {} : { aliasId: p.aliasId }),
          listed: slot.listed,
          reportNumber: nfc(p.report.number).trim(),
          reportDateText: nfc(p.report.date).trim(),
          reportDate: reportDate.ok ? reportDate.from.iso : null,
          period: nfc(p.report.period).trim(),
          signer: { name: nfc(p.report.signer.name).trim(), title: nfc(p.report.signer.title).trim() },
          activities: unitActivities,
          totals: totalsOf(q, unitActivities),
        });
        appendAll(allActivities, unitActivities);
        appendAll(difficulties, raisedItems(p.report.difficulties, p, agency.id));
        appendAll(proposals, raisedItems(p.report.proposals, p, agency.id));
      }
    }

    const tasks: TaskResult[] = agency.tasks.map((task) => {
      const units: UnitTaskResult[] = [];
      const counts = emptyStatusCounts();
      const taskTotals = emptyTotals(q);
      for (const slot of slots) {
        if (slot.reports.length === 0) {
          units.push({ unit: slot.name, status: 'not_reported', activities: [], totals: emptyTotals(q) });
          countStatus(counts, 'not_reported');
          continue;
        }
        for (const p of slot.reports) {
          const tr = p.report.tasks[task.id];
          const activities = activitiesOf.get(p)?.get(task.id) ?? [];
          const unitTotals = totalsOf(q, activities);
          addTotals(taskTotals, unitTotals);
          if (!tr) {
            units.push({ unit: p.unit, file: p.file, status: 'not_reported', activities, totals: unitTotals });
            countStatus(counts, 'not_reported');
            continue;
          }
          const summary = optionalText(tr.summary);
          const reason = optionalText(tr.reason);
          units.push({
            unit: p.unit,
            file: p.file,
            status: tr.status,
            ...(summary === undefined ? {} : { summary }),
            ...(reason === undefined ? {} : { reason }),
            activities,
            totals: unitTotals,
          });
          countStatus(counts, tr.status);
        }
      }
      return { task, units, statusCounts: counts, totals: taskTotals };
    });

    const agencyTotals = emptyTotals(q);
    const agencyCounts = emptyStatusCounts();
    for (const t of tasks) {
      addTotals(agencyTotals, t.totals);
      addStatusCounts(agencyCounts, t.statusCounts);
    }
    addTotals(totals, agencyTotals);
    addStatusCounts(statusCounts, agencyCounts);
    agencies.push({
      agency,
      isGroup: agency.group !== undefined,
      expectedUnits: slots.filter((s) => s.listed).map((s) => s.name),
      reportingUnits,
      missingUnits: slots.filter((s) => s.listed && s.reports.length === 0).map((s) => s.name),
      tasks,
      statusCounts: agencyCounts,
      totals: agencyTotals,
    });
  }

  // Totals by activity form: plan order, then forms the plan does not know, by id.
  const formActivities = new Map<string, MergedActivity[]>();
  const formNames = new Map<string, string>();
  for (const a of allActivities) {
    const list = formActivities.get(a.form) ?? [];
    list.push(a);
    formActivities.set(a.form, list);
    if (!formNames.has(a.form)) formNames.set(a.form, a.formName);
  }
  const totalsByForm: FormTotals[] = plan.activity_forms.map((form) => ({
    form,
    inPlan: true,
    totals: totalsOf(q, formActivities.get(form.id) ?? []),
  }));
  const unknownForms = [...formActivities.keys()].filter((id) => !forms.has(id)).sort(compareText);
  for (const id of unknownForms) {
    totalsByForm.push({
      form: { id, name: formNames.get(id) ?? id, counts: [] },
      inPlan: false,
      totals: totalsOf(q, formActivities.get(id) ?? []),
    });
  }

  const excluded = [...(options.excluded ?? []).map((e) => ({ ...e })), ...placement.excluded];
  excluded.sort((a, b) => compareText(a.file, b.file) || compareText(a.reason, b.reason));

  return {
    plan,
    agencies,
    activities: allActivities,
    totals,
    totalsByForm,
    statusCounts,
    missing: computeMissing(agencies),
    coverage: computeCoverage(plan, allActivities),
    difficulties,
    proposals,
    excluded,
    reportsMerged: placement.placed.length,
    reportsExpected: plan.agencies.reduce((n, a) => n + (a.group ? a.group.units.length : 1), 0),
  };
}
