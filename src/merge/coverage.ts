import type { Plan, Theme } from '../plan/types.js';
import { compareText } from './compare.js';
import type { Coverage, MergedActivity, ThemeCoverage } from './types.js';

/** For every plan theme: how many activities list it, overall and per agency. */
export function computeCoverage(plan: Plan, activities: readonly MergedActivity[]): Coverage {
  const rows: ThemeCoverage[] = [];
  const byId = new Map<string, ThemeCoverage>();
  for (const phase of plan.campaign.phases) {
    for (const theme of phase.themes) {
      const byAgency: Record<string, number> = {};
      for (const agency of plan.agencies) byAgency[agency.id] = 0;
      const row: ThemeCoverage = { theme, phaseId: phase.id, phaseTitle: phase.title, count: 0, byAgency };
      rows.push(row);
      if (!byId.has(theme.id)) byId.set(theme.id, row);
    }
  }
  const unknown = new Set<string>();
  let withThemes = 0;
  for (const a of activities) {
    let any = false;
    for (const id of new Set(a.themes)) {
      const row = byId.get(id);
      if (!row) {
        unknown.add(id);
        continue;
      }
      any = true;
      row.count += 1;
      row.byAgency[a.agencyId] = (row.byAgency[a.agencyId] ?? 0) + 1;
    }
    if (any) withThemes += 1;
  }
  const uncovered: Theme[] = rows.filter((r) => r.count === 0).map((r) => r.theme);
  return {
    themes: rows,
    uncovered,
    activitiesWithThemes: withThemes,
    unknownThemeIds: [...unknown].sort(compareText),
  };
}
