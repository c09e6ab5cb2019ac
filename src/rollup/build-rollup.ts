import { compareIso } from '../merge/compare.js';
import { compareActivities } from '../merge/model.js';
import { addStatusCounts, emptyStatusCounts } from '../merge/status.js';
import type { MergedActivity, MergedReport, RaisedItem, UnitTaskResult } from '../merge/types.js';
import type { Activity, RaisedText, Report, TaskReport, TaskStatus } from '../plan/report-types.js';
import { LIMITS } from '../schema/derive-report-schema.js';
import { formatDateVn, parseDateOrRange } from '../text/dates.js';
import type { ResolvedRollup } from './check-mapping.js';
import { ROLLUP_WORDS as W } from './words.js';

export interface RollupOptions {
  /** Number and date (ISO) of the consolidated report; the signer's name and title. */
  number: string;
  date: string;
  signer: { name: string; title: string };
  /** The reporting window when build ran with --period; otherwise the span of the merged reports' periods. */
  window?: { from: string; to: string };
}

/** Every unit's answer on one of the fed tasks, with the task it answered. */
interface Answer {
  taskId: string;
  result: UnitTaskResult;
}

/** done when every unit finished every fed task; in progress once anything was done; else not started. */
function combinedStatus(answers: readonly Answer[]): TaskStatus {
  if (answers.length > 0 && answers.every((a) => a.result.status === 'done')) return 'done';
  if (answers.some((a) => a.result.status === 'done' || a.result.status === 'in_progress' || a.result.activities.length > 0)) return 'in_progress';
  return 'not_started';
}

/** Lines joined under the schema's text cap; what does not fit is counted, never cut mid-sentence. */
function capped(first: string, lines: readonly string[]): string {
  const out = [first];
  let length = first.length;
  for (const [i, line] of lines.entries()) {
    const rest = lines.length - i;
    if (length + line.length + 1 + W.more(rest).length + 1 > LIMITS.text) {
      out.push(W.more(rest));
      break;
    }
    out.push(line);
    length += line.length + 1;
  }
  return out.join('\n');
}

function carried(a: MergedActivity, r: ResolvedRollup): Activity {
  const themes = [...new Set(a.themes.flatMap((id) => r.themes.get(id) ?? []))];
  const quantities: Record<string, number> = {};
  for (const [id, value] of Object.entries(a.quantities)) {
    const target = r.quantities.get(id)!;
    quantities[target] = (quantities[target] ?? 0) + value;
  }
  return {
    date: a.dateText,
    form: r.forms.get(a.form)!,
    title: a.title,
    ...(a.place === undefined ? {} : { place: a.place }),
    ...(themes.length ? { themes } : {}),
    ...(a.participants ? { participants: a.participants } : {}),
    ...(Object.keys(quantities).length ? { quantities } : {}),
    ...(a.links.length ? { links: a.links } : {}),
    ...(a.cost ? { cost: a.cost } : {}),
    ...(a.note === undefined ? {} : { note: a.note }),
    // The originating unit; one that was itself carried up keeps its own originator after it.
    by: a.by ? `${a.unit} / ${a.by}` : a.unit,
  };
}

function raised(items: readonly RaisedItem[]): RaisedText[] {
  return items.map((d) => ({ text: d.text, by: d.by ? `${d.unit} / ${d.by}` : d.unit }));
}

/** The span the merged reports cover: their periods, widened to every activity carried. */
function reportPeriod(model: MergedReport, window: RollupOptions['window']): string {
  let from = window?.from ?? null;
  let to = window?.to ?? null;
  const widen = (a: string, b: string): void => {
    if (from === null || compareIso(a, from) < 0) from = a;
    if (to === null || compareIso(b, to) > 0) to = b;
  };
  if (!window) {
    for (const agency of model.agencies) {
      for (const u of agency.reportingUnits) {
        const span = parseDateOrRange(u.period);
        if (span.ok) widen(span.from.iso, span.to.iso);
      }
    }
  }
  for (const a of model.activities) if (a.date) widen(a.date.from, a.date.to);
  from ??= model.plan.campaign.from;
  to ??= model.plan.campaign.to;
  return `${formatDateVn(from)} - ${formatDateVn(to)}`;
}

/**
 * The province's consolidated result as one report under the parent plan: each parent task gathers the
 * fed tasks' activities (each once, with its originating unit), a status and summary from the units' answers;
 * difficulties and proposals keep who raised them. Pure.
 */
export function rollupReport(model: MergedReport, r: ResolvedRollup, options: RollupOptions): Report {
  const results = new Map<string, UnitTaskResult[]>();
  for (const agency of model.agencies) for (const task of agency.tasks) results.set(task.task.id, task.units);
  const planRef = `${model.plan.document.type.toLowerCase()} ${model.plan.document.number}`;
  const tasks: Record<string, TaskReport> = {};
  for (const [parentTask, own] of r.tasks) {
    const answers: Answer[] = own.flatMap((taskId) => (results.get(taskId) ?? []).map((result) => ({ taskId, result })));
    const counts = emptyStatusCounts();
    for (const a of answers) addStatusCounts(counts, { ...emptyStatusCounts(), [a.result.status]: 1, total: 1 });
    const activities = answers.flatMap((a) => a.result.activities).sort(compareActivities);
    const status = combinedStatus(answers);
    const said = (pick: (u: UnitTaskResult) => string | undefined): string[] =>
      answers.flatMap((a) => { const text = pick(a.result); return text ? [W.unitLine(a.result.unit, a.taskId, text)] : []; });
    const reasons = said((u) => u.reason);
    const report: TaskReport = {
      status,
      ...(status === 'not_started' ? { reason: reasons.length ? capped(reasons[0]!, reasons.slice(1)) : W.noneReported } : {}),
      summary: capped(W.counts(own.join(', '), planRef, counts, activities.length), said((u) => u.summary)),
      ...(activities.length ? { activities: activities.map((a) => carried(a, r)) } : {}),
    };
    tasks[parentTask] = report;
  }
  const difficulties = raised(model.difficulties);
  const proposals = raised(model.proposals);
  return {
    plan: r.parent.document.number,
    agency: r.agencyId,
    ...(r.unit === undefined ? {} : { unit: r.unit }),
    number: options.number,
    date: formatDateVn(options.date),
    period: reportPeriod(model, options.window),
    signer: options.signer,
    tasks,
    ...(difficulties.length ? { difficulties } : {}),
    ...(proposals.length ? { proposals } : {}),
  };
}
