/**
 * What the document says about a report `build --skip-invalid` leaves out: the unit it comes from, as
 * the plan names it, and its errors by code; never the file's path or its keys.
 */
import { opsMessagesFor } from '../messages/ops.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Messages } from '../messages/diagnostics.js';
import { parseYaml } from '../load/parse-yaml.js';
import type { ExcludedFile } from '../merge/types.js';
import { indexPlan, reportingBodyName } from '../plan/lookup.js';
import type { Plan } from '../plan/types.js';
import type { ReportCheck } from '../validate/validate-report.js';

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.normalize('NFC').trim() : undefined;
}

/** The unit a report names: its commune or ward for a group assignment, else the reporting body. */
function unitOf(data: unknown, plan: Plan): string | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const record = data as Record<string, unknown>;
  const agencyId = text(record.agency);
  const agency = agencyId === undefined ? undefined : indexPlan(plan).agencyById.get(agencyId);
  if (agency === undefined || agencyId === undefined) return undefined;
  if (agency.group) return text(record.unit) ?? agency.group.member;
  return reportingBodyName(indexPlan(plan), agencyId);
}

/** Errors counted by code, in order of first appearance. */
function errorsByCode(diagnostics: readonly Diagnostic[]): { code: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const d of diagnostics) if (d.severity === 'error') counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
  return [...counts].map(([code, count]) => ({ code, count }));
}

export function excludedReport(check: ReportCheck, plan: Plan, t: Messages, source: string | undefined): ExcludedFile {
  const first = check.diagnostics.find((d) => d.severity === 'error');
  const reason = first ? `${first.code}: ${first.message}` : opsMessagesFor(t.lang).unreadable();
  const body = check.text ?? source;
  const data = check.report ?? (body === undefined ? undefined : parseYaml(body, check.file, t).data);
  const unit = unitOf(data, plan);
  return { file: check.file, reason, ...(unit === undefined ? {} : { unit }), errors: errorsByCode(check.diagnostics) };
}
