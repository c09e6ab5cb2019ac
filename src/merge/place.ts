import type { Agency, Plan } from '../plan/types.js';
import type { Report } from '../plan/report-types.js';
import type { ExcludedFile, MergeInput } from './types.js';
import { nfc } from '../text/nfc.js';

/** Where a report belongs: its agency and reporting unit. */
export interface UnitPlace {
  agency: Agency;
  /** Display name of the reporting unit: the group member as the plan writes it, the alias body's name, or the agency's. */
  unit: string;
  aliasId?: string;
  /** False for a group report naming a unit the plan does not list (its unit is then the name as typed). */
  listed: boolean;
}

/** A report matched to its agency and reporting unit. */
export interface PlacedReport extends UnitPlace {
  file: string;
  report: Report;
}


/** Key for matching names typed by people: NFC, trimmed, inner spaces collapsed, lower case. */
export function nameKey(s: string): string {
  return nfc(s).trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

interface AgencyIndex {
  byId: Map<string, { agency: Agency; aliasId?: string; aliasName?: string }>;
  /** For each group agency: member name key → the member's name as the plan writes it. */
  members: Map<string, Map<string, string>>;
}

function indexAgencies(plan: Plan): AgencyIndex {
  const byId: AgencyIndex['byId'] = new Map();
  const members: AgencyIndex['members'] = new Map();
  for (const agency of plan.agencies) {
    byId.set(agency.id, { agency });
    if (agency.group) {
      const m = new Map<string, string>();
      for (const u of agency.group.units) if (!m.has(nameKey(u))) m.set(nameKey(u), nfc(u));
      members.set(agency.id, m);
    }
  }
  for (const agency of plan.agencies) {
    for (const alias of agency.aliases ?? []) {
      if (!byId.has(alias.id)) byId.set(alias.id, { agency, aliasId: alias.id, aliasName: nfc(alias.name) });
    }
  }
  return { byId, members };
}

/** Why a report has no place: the plan has no such agency, or a group report does not name its unit. */
export type Unplaced = { why: 'unknown-agency' } | { why: 'no-unit'; agency: Agency };

/**
 * The one rule that says which unit of the plan a report is from, for merge and status alike: its agency
 * directly or through an alias, and for a group assignment the member it names (matched by nameKey).
 */
export function unitPlacer(plan: Plan): (agencyId: string, unit: string | undefined) => UnitPlace | Unplaced {
  const index = indexAgencies(plan);
  return (agencyId, unit) => {
    const hit = index.byId.get(agencyId);
    if (!hit) return { why: 'unknown-agency' };
    const { agency } = hit;
    const alias = hit.aliasId === undefined ? {} : { aliasId: hit.aliasId };
    if (!agency.group) return { agency, unit: hit.aliasName ?? nfc(agency.name), ...alias, listed: true };
    const unitText = unit === undefined ? '' : nfc(unit).trim();
    if (unitText === '') return { why: 'no-unit', agency };
    const member = index.members.get(agency.id)?.get(nameKey(unitText));
    return { agency, unit: member ?? unitText, ...alias, listed: member !== undefined };
  };
}

export function isPlaced(p: UnitPlace | Unplaced): p is UnitPlace {
  return !('why' in p);
}

export interface Placement {
  placed: PlacedReport[];
  excluded: ExcludedFile[];
}

/**
 * Match every report to an agency of the plan (directly or through an alias) and to a reporting
 * unit (the group member it names, or the agency itself). Reports that cannot be placed are excluded
 * with a reason; nothing is thrown for bad input.
 */
export function placeReports(plan: Plan, inputs: readonly MergeInput[]): Placement {
  const place = unitPlacer(plan);
  const placed: PlacedReport[] = [];
  const excluded: ExcludedFile[] = [];
  for (const { file, report } of inputs) {
    const where = place(report.agency, report.unit);
    if (!isPlaced(where)) {
      excluded.push({
        file,
        reason:
          where.why === 'unknown-agency'
            ? `Cơ quan "${nfc(report.agency)}" không có trong kế hoạch`
            : `Báo cáo của ${nfc(where.agency.group!.member)} không ghi tên đơn vị (unit)`,
      });
      continue;
    }
    placed.push({ file, report, ...where });
  }
  return { placed, excluded };
}
