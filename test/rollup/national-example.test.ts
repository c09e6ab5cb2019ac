import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mergeReports } from '../../src/merge/index.js';
import { addTotals, emptyTotals } from '../../src/merge/totals.js';
import type { Report } from '../../src/plan/report-types.js';
import { exampleInputs, generatedProvince, NATIONAL_DIR, NATIONAL_PLAN_PATH, PROVINCES, provinceInputs, readPlan } from './helpers.js';

const national = readPlan(NATIONAL_PLAN_PATH);
const read = (dir: string): { file: string; report: Report }[] =>
  readdirSync(join(NATIONAL_DIR, dir)).sort().map((f) => ({ file: `${dir}/${f}`, report: parse(readFileSync(join(NATIONAL_DIR, dir, f), 'utf8')) as Report }));

describe('the national example', () => {
  const nation = mergeReports(national, [...read('reports'), ...read('rollups')]);
  const provinces = nation.agencies.find((a) => a.agency.id === 'tinh-thanh-pho')!;

  it('has 34 provinces and cities in one group and a second group, and no parent body', () => {
    expect(national.agencies.filter((a) => a.group).map((a) => a.group!.units.length)).toEqual([34, 4]);
    expect(national.issuer.parent).toBeUndefined();
    expect(national.campaign.from.slice(0, 4)).not.toBe(national.campaign.to.slice(0, 4));
  });

  it('holds, for each province, exactly the totals of the province’s own document', () => {
    const sources = [
      { unit: 'Tỉnh Lạng Sơn', input: exampleInputs() },
      ...PROVINCES.generated.map((g) => ({ unit: `Tỉnh ${g.province}`, input: provinceInputs(generatedProvince(g)) })),
    ];
    const sum = emptyTotals(national.quantities);
    for (const s of sources) {
      const own = mergeReports(s.input.plan, s.input.reports).totals;
      expect(own.activities, s.unit).toBeGreaterThan(50);
      const carried = provinces.reportingUnits.find((u) => u.name === s.unit)!;
      expect(carried.totals, s.unit).toEqual(own);
      addTotals(sum, own);
    }
    expect(provinces.totals).toEqual(sum);
    const ministries = mergeReports(national, read('reports')).totals;
    addTotals(sum, ministries);
    expect(nation.totals).toEqual(sum);
  });

  it('names the originating unit of every carried activity and difficulty', () => {
    const carried = nation.activities.filter((a) => a.agencyId === 'tinh-thanh-pho');
    expect(carried.length).toBeGreaterThan(0);
    expect(carried.every((a) => a.by !== undefined && a.by.length > 0)).toBe(true);
    expect(carried.some((a) => a.unit === 'Tỉnh Lạng Sơn' && a.by === 'Phường Kỳ Lừa')).toBe(true);
    expect(nation.difficulties.some((d) => d.unit === 'Tỉnh Lạng Sơn' && d.by === 'Ban Tuyên giáo và Dân vận Tỉnh ủy')).toBe(true);
  });
});
