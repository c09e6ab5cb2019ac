import type { Agency, Plan } from '../plan/types.js';
import type { Report } from '../plan/report-types.js';
import type { ExcludedFile, MergeInput, MergeWarning } from './types.js';

/** A report matched to its agency and reporting unit. */
export interface PlacedReport {
  file: string;
  report: Report;
  agency: Agency;
  /** Display name of the reporting unit. */
  unit: string;
  aliasId?: string;
  /** False for a group report naming a unit the plan does not list. */
  listed: boolean;
}

export function nfc(s: string): string {
  return s.normalize('NFC');
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

export interface Placement {
  placed: PlacedReport[];
  excluded: ExcludedFile[];
  warnings: MergeWarning[];
}

/**
 * Match every report to an agency of the plan (directly or through an alias) and to a reporting
 * unit (the group member it names, or the agency itself). Reports that cannot be placed are excluded
 * with a reason; nothing is thrown for bad input.
 */
export function placeReports(plan: Plan, inputs: readonly MergeInput[]): Placement {
  const index = indexAgencies(plan);
  const placed: PlacedReport[] = [];
  const excluded: ExcludedFile[] = [];
  const warnings: MergeWarning[] = [];
  for (const { file, report } of inputs) {
    const hit = index.byId.get(report.agency);
    if (!hit) {
      excluded.push({
        file,
        reason: `Cơ quan "${nfc(report.agency)}" không có trong kế hoạch / agency "${report.agency}" is not in the plan`,
      });
      continue;
    }
    const { agency } = hit;
    if (agency.group) {
      const unitText = report.unit === undefined ? '' : nfc(report.unit).trim();
      if (unitText === '') {
        excluded.push({
          file,
          reason: `Báo cáo của ${nfc(agency.group.member)} không ghi tên đơn vị (unit) / a group report without "unit"`,
        });
        continue;
      }
      const member = index.members.get(agency.id)?.get(nameKey(unitText));
      if (member === undefined) {
        warnings.push({
          file,
          kind: 'unlisted-unit',
          message: `Đơn vị "${unitText}" không có trong danh sách ${nfc(agency.group.member)} của kế hoạch / unit not listed in the plan`,
        });
      }
      placed.push({
        file,
        report,
        agency,
        unit: member ?? unitText,
        ...(hit.aliasId === undefined ? {} : { aliasId: hit.aliasId }),
        listed: member !== undefined,
      });
    } else {
      placed.push({
        file,
        report,
        agency,
        unit: hit.aliasName ?? nfc(agency.name),
        ...(hit.aliasId === undefined ? {} : { aliasId: hit.aliasId }),
        listed: true,
      });
    }
  }
  return { placed, excluded, warnings };
}
