import { keyed } from '../messages/index.js';
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
  const say = (path: Path, message: PlanProblem['message']): void => {
    problems.push({ path, message });
  };
  const mapping = plan.rollup;
  if (!mapping) {
    say([], keyed('plan.rollupMissing'));
    return { problems };
  }
  const number = plan.implements?.number;
  if (number !== parent.document.number) {
    say(['implements', 'number'], keyed('plan.rollupOtherParent', String(number), parent.document.number));
  }
  const parentIndex = indexPlan(parent);
  const agency = parentIndex.agencyById.get(mapping.report_as.agency);
  if (!agency) {
    say(['rollup', 'report_as', 'agency'], keyed('plan.rollupNoParentAgency', mapping.report_as.agency, parent.agencies.map((a) => a.id)));
    return { problems };
  }
  const unit = mapping.report_as.unit;
  if (agency.group && unit === undefined) {
    say(['rollup', 'report_as'], keyed('plan.rollupUnitNeeded', agency.name, agency.group.member));
  } else if (agency.group && !agency.group.units.includes(unit!)) {
    say(['rollup', 'report_as', 'unit'], keyed('plan.rollupUnitNotListed', unit!, agency.group.member));
  } else if (!agency.group && unit !== undefined) {
    say(['rollup', 'report_as', 'unit'], keyed('plan.rollupUnitNotGroup', agency.name));
  }
  const assigned = new Set(agency.tasks.map((t) => t.id));
  for (const id of Object.keys(mapping.tasks)) {
    if (assigned.has(id)) continue;
    const owner = parentIndex.taskOwner.get(id);
    say(['rollup', 'tasks', id], owner ? keyed('plan.rollupTaskOfOther', id, owner.agency.name, agency.name) : keyed('plan.rollupNoParentTask', id, agency.name, [...assigned]));
  }
  for (const task of agency.tasks) {
    if (!(task.id in mapping.tasks)) {
      say(['rollup', 'tasks'], keyed('plan.rollupParentTaskUnfed', task.id, agency.name));
    }
  }

  const parentThemes = new Set(parentIndex.themeIds);
  const themes = new Map<string, string[]>();
  plan.campaign.phases.forEach((phase, i) => phase.themes.forEach((theme, j) => {
    const given = mapping.themes?.[theme.id];
    const target = given ?? (parentThemes.has(theme.id) ? [theme.id] : undefined);
    if (target === undefined) {
      say(['campaign', 'phases', i, 'themes', j, 'id'], keyed('plan.rollupThemeUnmapped', theme.id));
      return;
    }
    target.forEach((id, k) => {
      if (!parentThemes.has(id)) say(['rollup', 'themes', theme.id, k], keyed('plan.rollupNoParentTheme', id));
    });
    themes.set(theme.id, target);
  }));

  const quantities = new Map<string, string>();
  const parentQuantities = new Set(parent.quantities.map((x) => x.id));
  plan.quantities.forEach((x, i) => {
    const target = mapping.quantities?.[x.id] ?? x.id;
    if (parentQuantities.has(target)) quantities.set(x.id, target);
    else say(mapping.quantities?.[x.id] ? ['rollup', 'quantities', x.id] : ['quantities', i, 'id'], keyed('plan.rollupNoParentQuantity', target));
  });
  const forms = new Map<string, string>();
  const parentForms = new Map(parent.activity_forms.map((f) => [f.id, f]));
  plan.activity_forms.forEach((f, i) => {
    const target = mapping.forms?.[f.id] ?? f.id;
    const where: Path = mapping.forms?.[f.id] ? ['rollup', 'forms', f.id] : ['activity_forms', i, 'id'];
    const parentForm = parentForms.get(target);
    if (!parentForm) {
      say(where, keyed('plan.rollupNoParentForm', target));
      return;
    }
    forms.set(f.id, target);
    for (const q of f.counts) {
      const counted = quantities.get(q);
      if (counted !== undefined && !parentForm.counts.includes(counted)) {
        say(where, keyed('plan.rollupFormDropsQuantity', target, counted, f.id));
      }
    }
  });
  if (problems.length > 0) return { problems };
  const tasks = agency.tasks.map((t): [string, string[]] => [t.id, mapping.tasks[t.id]!]);
  return { problems, rollup: { parent, agency, agencyId: mapping.report_as.agency, ...(unit === undefined ? {} : { unit }), tasks, themes, forms, quantities } };
}
