import type { Agency, Plan, Task } from './types.js';

/** Indexes over a plan that every stage asks: which agency an id or alias names, who owns a task. */
export interface PlanIndex {
  plan: Plan;
  /** Agency id or alias id → the canonical agency. */
  agencyById: Map<string, Agency>;
  /** Task id → its agency and task. */
  taskOwner: Map<string, { agency: Agency; task: Task }>;
  formById: Map<string, Plan['activity_forms'][number]>;
  themeIds: string[];
  quantityIds: string[];
}

export function indexPlan(plan: Plan): PlanIndex {
  const agencyById = new Map<string, Agency>();
  const taskOwner = new Map<string, { agency: Agency; task: Task }>();
  for (const agency of plan.agencies) {
    agencyById.set(agency.id, agency);
    for (const alias of agency.aliases ?? []) agencyById.set(alias.id, agency);
    for (const task of agency.tasks) taskOwner.set(task.id, { agency, task });
  }
  return {
    plan,
    agencyById,
    taskOwner,
    formById: new Map(plan.activity_forms.map((f) => [f.id, f])),
    themeIds: plan.campaign.phases.flatMap((p) => p.themes.map((t) => t.id)),
    quantityIds: plan.quantities.map((q) => q.id),
  };
}

/** The name a report's agency id stands for: the alias's own name when the successor reports. */
export function reportingBodyName(index: PlanIndex, id: string): string {
  const agency = index.agencyById.get(id);
  if (!agency) return id;
  return agency.aliases?.find((a) => a.id === id)?.name ?? agency.name;
}
