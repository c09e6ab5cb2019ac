import type { PlanProblem } from '../plan/check-plan.js';
import { indexPlan } from '../plan/lookup.js';
import type { Agency, Plan } from '../plan/types.js';

/** The roll-up mapping with every default filled in, checked against the parent plan. */
export interface ResolvedRollup {
  parent: Plan;
  /** The parent agency the report is written for, and the id it is written under (its own or an alias). */
  agency: Agency;
  agencyId: string;
  unit?: string;
  /** Parent task id → own task ids, in the parent agency's task order. */
  tasks: [string, string[]][];
  themes: Map<string, string[]>;
  forms: Map<string, string>;
  quantities: Map<string, string>;
}

type Path = (string | number)[];

/**
 * Checks the plan's `rollup` mapping against the parent plan: the plan number, the agency and unit it
 * reports as, that every parent task of that agency is fed and only those, and that every theme, form and
 * quantity of this plan has a counterpart (so no activity, theme or count is dropped on the way up).
 */
export function resolveRollup(plan: Plan, parent: Plan): { problems: PlanProblem[]; rollup?: ResolvedRollup } {
  const problems: PlanProblem[] = [];
  const say = (path: Path, vi: string, en: string): void => {
    problems.push({ path, message: { vi, en } });
  };
  const mapping = plan.rollup;
  if (!mapping) {
    say([], 'kế hoạch chưa có khối rollup (báo cáo với tư cách cơ quan nào của kế hoạch cấp trên, nhiệm vụ nào đưa lên nhiệm vụ nào)', 'the plan has no rollup block (which agency of the parent plan it reports as, which task feeds which)');
    return { problems };
  }
  const number = plan.implements?.number;
  if (number !== parent.document.number) {
    say(['implements', 'number'], `kế hoạch này thực hiện "${number}" nhưng kế hoạch cấp trên là "${parent.document.number}"`, `this plan implements "${number}" but the parent plan is "${parent.document.number}"`);
  }
  const parentIndex = indexPlan(parent);
  const agency = parentIndex.agencyById.get(mapping.report_as.agency);
  if (!agency) {
    const ids = parent.agencies.map((a) => a.id).join(', ');
    say(['rollup', 'report_as', 'agency'], `kế hoạch cấp trên không có cơ quan "${mapping.report_as.agency}" (có: ${ids})`, `the parent plan has no agency "${mapping.report_as.agency}" (it has: ${ids})`);
    return { problems };
  }
  const unit = mapping.report_as.unit;
  if (agency.group && unit === undefined) {
    say(['rollup', 'report_as'], `${agency.name} là nhóm ${agency.group.member}: cần ghi unit (tên đơn vị đúng như danh sách của kế hoạch cấp trên)`, `${agency.name} is a group (${agency.group.member}): give unit, the name exactly as the parent plan lists it`);
  } else if (agency.group && !agency.group.units.includes(unit!)) {
    say(['rollup', 'report_as', 'unit'], `"${unit}" không có trong danh sách ${agency.group.member} của kế hoạch cấp trên`, `"${unit}" is not in the parent plan's list of ${agency.group.member}`);
  } else if (!agency.group && unit !== undefined) {
    say(['rollup', 'report_as', 'unit'], `${agency.name} không phải nhóm đơn vị; bỏ unit`, `${agency.name} is not a group; remove unit`);
  }
  const assigned = new Set(agency.tasks.map((t) => t.id));
  for (const id of Object.keys(mapping.tasks)) {
    if (assigned.has(id)) continue;
    const owner = parentIndex.taskOwner.get(id);
    say(['rollup', 'tasks', id], owner
      ? `nhiệm vụ ${id} của kế hoạch cấp trên giao cho ${owner.agency.name}, không phải ${agency.name}`
      : `kế hoạch cấp trên không có nhiệm vụ "${id}"; nhiệm vụ giao cho ${agency.name}: ${[...assigned].join(', ')}`, owner
      ? `parent task ${id} is assigned to ${owner.agency.name}, not ${agency.name}`
      : `the parent plan has no task "${id}"; tasks assigned to ${agency.name}: ${[...assigned].join(', ')}`);
  }
  for (const task of agency.tasks) {
    if (!(task.id in mapping.tasks)) {
      say(['rollup', 'tasks'], `nhiệm vụ ${task.id} mà kế hoạch cấp trên giao cho ${agency.name} chưa có nhiệm vụ nào của kế hoạch này đưa lên`, `parent task ${task.id} of ${agency.name} is fed by none of this plan's tasks`);
    }
  }

  const parentThemes = new Set(parentIndex.themeIds);
  const themes = new Map<string, string[]>();
  plan.campaign.phases.forEach((phase, i) => phase.themes.forEach((theme, j) => {
    const given = mapping.themes?.[theme.id];
    const target = given ?? (parentThemes.has(theme.id) ? [theme.id] : undefined);
    if (target === undefined) {
      say(['campaign', 'phases', i, 'themes', j, 'id'], `nội dung ${theme.id} chưa có trong rollup.themes (mã nội dung tương ứng của kế hoạch cấp trên, hoặc [] nếu không có)`, `theme ${theme.id} is missing from rollup.themes (the parent plan's matching theme ids, or [] for none)`);
      return;
    }
    target.forEach((id, k) => {
      if (!parentThemes.has(id)) say(['rollup', 'themes', theme.id, k], `kế hoạch cấp trên không có nội dung "${id}"`, `the parent plan has no theme "${id}"`);
    });
    themes.set(theme.id, target);
  }));

  const quantities = new Map<string, string>();
  const parentQuantities = new Set(parent.quantities.map((x) => x.id));
  plan.quantities.forEach((x, i) => {
    const target = mapping.quantities?.[x.id] ?? x.id;
    if (parentQuantities.has(target)) quantities.set(x.id, target);
    else say(mapping.quantities?.[x.id] ? ['rollup', 'quantities', x.id] : ['quantities', i, 'id'], `kế hoạch cấp trên không có chỉ tiêu "${target}"; ghi chỉ tiêu tương ứng trong rollup.quantities`, `the parent plan has no quantity "${target}"; map it in rollup.quantities`);
  });
  const forms = new Map<string, string>();
  const parentForms = new Map(parent.activity_forms.map((f) => [f.id, f]));
  plan.activity_forms.forEach((f, i) => {
    const target = mapping.forms?.[f.id] ?? f.id;
    const where: Path = mapping.forms?.[f.id] ? ['rollup', 'forms', f.id] : ['activity_forms', i, 'id'];
    const parentForm = parentForms.get(target);
    if (!parentForm) {
      say(where, `kế hoạch cấp trên không có hình thức "${target}"; ghi hình thức tương ứng trong rollup.forms`, `the parent plan has no activity form "${target}"; map it in rollup.forms`);
      return;
    }
    forms.set(f.id, target);
    for (const q of f.counts) {
      const counted = quantities.get(q);
      if (counted !== undefined && !parentForm.counts.includes(counted)) {
        say(where, `hình thức "${target}" của kế hoạch cấp trên không đếm chỉ tiêu "${counted}" mà hình thức ${f.id} đếm; số liệu đó sẽ bị bỏ sót`, `the parent form "${target}" does not count "${counted}", which ${f.id} counts; those numbers would be lost`);
      }
    }
  });
  if (problems.length > 0) return { problems };
  const tasks = agency.tasks.map((t): [string, string[]] => [t.id, mapping.tasks[t.id]!]);
  return { problems, rollup: { parent, agency, agencyId: mapping.report_as.agency, ...(unit === undefined ? {} : { unit }), tasks, themes, forms, quantities } };
}
