import { isKnownTimeZone, parseDate } from '../text/dates.js';
import { keyed, type Keyed, type MessageKey } from '../messages/index.js';
import type { Plan } from './types.js';
import { appendAll } from '../core/append-all.js';

/** A problem of the plan at its path, worded by the catalogue's plan area in the run's language. */
export interface PlanProblem {
  path: (string | number)[];
  message: Keyed<Extract<MessageKey, `plan.${string}`>>;
}

/** What the plan schema cannot say: ids unique across lists, references that resolve, dates that exist and nest. */
export function planConsistencyProblems(plan: Plan): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const unique = (path: (string | number)[], id: string, seen: Set<string>): void => {
    if (seen.has(id)) problems.push({ path, message: keyed('plan.duplicateId', id) });
    seen.add(id);
  };
  const agencyIds = new Set<string>();
  const taskIds = new Set<string>();
  plan.agencies.forEach((a, i) => {
    unique(['agencies', i, 'id'], a.id, agencyIds);
    (a.aliases ?? []).forEach((x, j) => unique(['agencies', i, 'aliases', j, 'id'], x.id, agencyIds));
    a.tasks.forEach((task, j) => unique(['agencies', i, 'tasks', j, 'id'], task.id, taskIds));
  });
  const themeIds = new Set<string>();
  plan.campaign.phases.forEach((p, i) => p.themes.forEach((th, j) => unique(['campaign', 'phases', i, 'themes', j, 'id'], th.id, themeIds)));
  const quantityIds = new Set<string>();
  plan.quantities.forEach((q, i) => unique(['quantities', i, 'id'], q.id, quantityIds));
  const formIds = new Set<string>();
  plan.activity_forms.forEach((f, i) => {
    unique(['activity_forms', i, 'id'], f.id, formIds);
    f.counts.forEach((c, j) => {
      if (!quantityIds.has(c)) {
        problems.push({ path: ['activity_forms', i, 'counts', j], message: keyed('plan.undeclaredQuantity', c) });
      }
    });
  });
  if (!plan.agencies.some((a) => a.id === plan.standing_body.agency)) {
    problems.push({ path: ['standing_body', 'agency'], message: keyed('plan.noStandingAgency', plan.standing_body.agency) });
  }
  const dates: [(string | number)[], string][] = [
    [['document', 'date'], plan.document.date],
    [['campaign', 'from'], plan.campaign.from],
    [['campaign', 'to'], plan.campaign.to],
    [['report', 'deadline'], plan.report.deadline],
    ...plan.campaign.phases.flatMap((p, i): [(string | number)[], string][] => [
      [['campaign', 'phases', i, 'from'], p.from],
      [['campaign', 'phases', i, 'to'], p.to],
    ]),
  ];
  if (plan.report.date) dates.push([['report', 'date'], plan.report.date]);
  if (plan.reportable_from) dates.push([['reportable_from'], plan.reportable_from]);
  for (const [path, value] of dates) {
    if (!parseDate(value).ok) problems.push({ path, message: keyed('plan.noSuchDate', value) });
  }
  if (plan.campaign.from > plan.campaign.to) {
    problems.push({ path: ['campaign', 'to'], message: keyed('plan.campaignReversed') });
  }
  if (plan.reportable_from && plan.reportable_from > plan.campaign.to) {
    problems.push({ path: ['reportable_from'], message: keyed('plan.reportableAfterCampaign') });
  }
  if (plan.time_zone !== undefined && !isKnownTimeZone(plan.time_zone)) {
    problems.push({ path: ['time_zone'], message: keyed('plan.unknownTimeZone', plan.time_zone) });
  }
  plan.campaign.phases.forEach((p, i) => {
    if (p.from < plan.campaign.from || p.to > plan.campaign.to || p.from > p.to) {
      problems.push({ path: ['campaign', 'phases', i], message: keyed('plan.phaseOutsideCampaign', p.id) });
    }
  });
  appendAll(problems, rollupProblems(plan, taskIds, themeIds, formIds, quantityIds));
  return problems;
}

/** The roll-up mapping, seen from this plan alone: every own task feeds exactly one parent task, every key is ours. */
function rollupProblems(plan: Plan, taskIds: Set<string>, themeIds: Set<string>, formIds: Set<string>, quantityIds: Set<string>): PlanProblem[] {
  const up = plan.rollup;
  if (!up) return [];
  const problems: PlanProblem[] = [];
  const fedBy = new Map<string, string>();
  for (const [parentTask, own] of Object.entries(up.tasks)) {
    own.forEach((id, j) => {
      const path = ['rollup', 'tasks', parentTask, j];
      if (!taskIds.has(id)) {
        problems.push({ path, message: keyed('plan.rollupNoOwnTask', id) });
      } else if (fedBy.has(id)) {
        problems.push({ path, message: keyed('plan.rollupTaskFedTwice', id, fedBy.get(id)!) });
      } else fedBy.set(id, parentTask);
    });
  }
  plan.agencies.forEach((a, i) => a.tasks.forEach((task, j) => {
    if (!fedBy.has(task.id)) {
      problems.push({ path: ['agencies', i, 'tasks', j, 'id'], message: keyed('plan.rollupTaskUnfed', task.id) });
    }
  }));
  const ownKeys: [string, Record<string, unknown> | undefined, Set<string>][] = [['themes', up.themes, themeIds], ['forms', up.forms, formIds], ['quantities', up.quantities, quantityIds]];
  for (const [key, map, ids] of ownKeys) {
    for (const id of Object.keys(map ?? {})) {
      if (!ids.has(id)) problems.push({ path: ['rollup', key, id], message: keyed('plan.rollupNoOwnId', key, id) });
    }
  }
  return problems;
}
