import type { AgencyResult, MissingReports } from './types.js';

/** Agencies with no report at all, and group members with no report, in plan order. */
export function computeMissing(agencies: readonly AgencyResult[]): MissingReports {
  const result: MissingReports = { agencies: [], units: [] };
  for (const a of agencies) {
    if (a.reportingUnits.length === 0) result.agencies.push(a.agency);
    if (a.isGroup) for (const unit of a.missingUnits) result.units.push({ agency: a.agency, unit });
  }
  return result;
}
