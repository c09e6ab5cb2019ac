import type { StatusModel } from './model.js';

/** Version of the JSON shape below; raised only when a field changes meaning or goes away. */
export const STATUS_JSON_VERSION = 1;

export interface StatusJsonOptions {
  toolVersion: string;
}

/**
 * The status as JSON for programs (dashboards, reminders):
 * { version, tool, plan, deadline, asOf, pastDeadline, counts, units[], tasks[], invalid[] }.
 * Dates are ISO yyyy-mm-dd; task texts are left out (they are in the plan). Pure; ends with a newline.
 */
export function formatStatusJson(m: StatusModel, options: StatusJsonOptions): string {
  const doc = {
    version: STATUS_JSON_VERSION,
    tool: { name: 'compile-report', version: options.toolVersion },
    plan: m.plan,
    deadline: m.deadline,
    asOf: m.asOf,
    pastDeadline: m.pastDeadline,
    counts: m.counts,
    units: m.units.map((u) => ({
      agency: u.agencyId,
      number: u.agencyNumber,
      ...(u.unit !== undefined ? { unit: u.unit } : {}),
      name: u.name,
      state: u.state,
      reported: u.reported,
      late: u.late,
      overdue: u.overdue,
      file: u.file ?? null,
      reportedAs: u.reportedAs ?? null,
      reportNumber: u.number ?? null,
      date: u.date ?? null,
      invalidFiles: u.invalidFiles,
      tasks: Object.fromEntries(u.tasks.map((t) => [t.id, t.status])),
    })),
    tasks: m.tasks.map((t) => ({ task: t.taskId, agency: t.agencyId, ...t.counts })),
    invalid: m.invalid,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
