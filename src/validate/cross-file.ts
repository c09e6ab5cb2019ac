import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Messages } from '../messages/diagnostics.js';
import { diagnosticAt } from '../diagnostics/create.js';
import type { PlanIndex } from '../plan/lookup.js';
import { reportIdentityRange, type ReportCheck } from './validate-report.js';

/** The reporting unit a report speaks for: the canonical agency, and the member for a group. */
export function unitKey(index: PlanIndex, agency: string, unit: string | undefined): { key: string; name: string } {
  const canonical = index.agencyById.get(agency);
  const id = canonical?.id ?? agency;
  return { key: unit ? `${id}/${unit}` : id, name: unit ?? canonical?.name ?? agency };
}

/** A second report for the same unit would be counted twice: flag every one after the first. */
export function crossFileDiagnostics(checks: readonly ReportCheck[], index: PlanIndex, t: Messages): Map<string, Diagnostic[]> {
  const firstFile = new Map<string, string>();
  const out = new Map<string, Diagnostic[]>();
  for (const check of checks) {
    if (!check.report) continue;
    const { key, name } = unitKey(index, check.report.agency, check.report.unit);
    const first = firstFile.get(key);
    if (first === undefined) {
      firstFile.set(key, check.file);
      continue;
    }
    const range = reportIdentityRange(check, t);
    if (!range) continue;
    const path = check.report.unit ? ['unit'] : ['agency'];
    const list = out.get(check.file) ?? [];
    list.push(diagnosticAt('CR501', check.file, range, path, t.duplicateUnit(name, first)));
    out.set(check.file, list);
  }
  return out;
}
