import { isKnownTimeZone, parseDate } from '../text/dates.js';
import type { Plan } from './types.js';
import { appendAll } from '../core/append-all.js';

export interface PlanProblem {
  path: (string | number)[];
  message: { vi: string; en: string };
}

/** What the plan schema cannot say: ids unique across lists, references that resolve, dates that exist and nest. */
export function planConsistencyProblems(plan: Plan): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const unique = (path: (string | number)[], id: string, seen: Set<string>): void => {
    if (seen.has(id)) problems.push({ path, message: { vi: `mã "${id}" bị trùng`, en: `id "${id}" is used twice` } });
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
        problems.push({ path: ['activity_forms', i, 'counts', j], message: { vi: `chỉ tiêu "${c}" chưa khai báo trong quantities`, en: `quantity "${c}" is not declared in quantities` } });
      }
    });
  });
  if (!plan.agencies.some((a) => a.id === plan.standing_body.agency)) {
    problems.push({ path: ['standing_body', 'agency'], message: { vi: `không có cơ quan "${plan.standing_body.agency}"`, en: `no agency "${plan.standing_body.agency}"` } });
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
    if (!parseDate(value).ok) problems.push({ path, message: { vi: `ngày "${value}" không tồn tại`, en: `no such date "${value}"` } });
  }
  if (plan.campaign.from > plan.campaign.to) {
    problems.push({ path: ['campaign', 'to'], message: { vi: 'thời gian kết thúc trước thời gian bắt đầu', en: 'the campaign ends before it starts' } });
  }
  if (plan.reportable_from && plan.reportable_from > plan.campaign.to) {
    problems.push({ path: ['reportable_from'], message: { vi: 'ngày bắt đầu được báo cáo sau khi kết thúc đợt', en: 'reportable activity starts after the campaign ends' } });
  }
  if (plan.time_zone !== undefined && !isKnownTimeZone(plan.time_zone)) {
    problems.push({ path: ['time_zone'], message: { vi: `không có múi giờ "${plan.time_zone}" (viết theo IANA, ví dụ Asia/Ho_Chi_Minh)`, en: `no time zone "${plan.time_zone}" (write an IANA name such as Asia/Ho_Chi_Minh)` } });
  }
  plan.campaign.phases.forEach((p, i) => {
    if (p.from < plan.campaign.from || p.to > plan.campaign.to || p.from > p.to) {
      problems.push({ path: ['campaign', 'phases', i], message: { vi: `giai đoạn ${p.id} nằm ngoài thời gian kế hoạch`, en: `phase ${p.id} lies outside the campaign` } });
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
        problems.push({ path, message: { vi: `kế hoạch này không có nhiệm vụ "${id}"`, en: `this plan has no task "${id}"` } });
      } else if (fedBy.has(id)) {
        problems.push({ path, message: { vi: `nhiệm vụ ${id} đã đưa lên nhiệm vụ ${fedBy.get(id)}; mỗi nhiệm vụ chỉ đưa lên một nhiệm vụ cấp trên, để không hoạt động nào bị tính hai lần`, en: `task ${id} already feeds ${fedBy.get(id)}; each task feeds one parent task, so that no activity is counted twice` } });
      } else fedBy.set(id, parentTask);
    });
  }
  plan.agencies.forEach((a, i) => a.tasks.forEach((task, j) => {
    if (!fedBy.has(task.id)) {
      problems.push({ path: ['agencies', i, 'tasks', j, 'id'], message: { vi: `nhiệm vụ ${task.id} chưa đưa lên nhiệm vụ nào trong rollup.tasks; kết quả của nó sẽ bị bỏ sót`, en: `task ${task.id} feeds no parent task in rollup.tasks; its results would be lost` } });
    }
  }));
  const ownKeys: [string, Record<string, unknown> | undefined, Set<string>][] = [['themes', up.themes, themeIds], ['forms', up.forms, formIds], ['quantities', up.quantities, quantityIds]];
  for (const [key, map, ids] of ownKeys) {
    for (const id of Object.keys(map ?? {})) {
      if (!ids.has(id)) problems.push({ path: ['rollup', key, id], message: { vi: `kế hoạch này không có mã "${id}" trong ${key}`, en: `this plan has no ${key} id "${id}"` } });
    }
  }
  return problems;
}
