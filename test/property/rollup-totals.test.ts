/**
 * For random province corpora (the bench generator: random provinces, sizes and seeds), each province's
 * roll-up is accepted by the national plan, and the national merge of the roll-ups has, for every province and
 * in total, exactly the province's own totals, with every activity once (same unit, date and title).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.js';
import { PROVINCES as ALL_PROVINCES } from '../../bench/phrases.js';
import { mergeReports } from '../../src/merge/index.js';
import { addTotals, emptyTotals } from '../../src/merge/totals.js';
import type { MergedActivity, Totals } from '../../src/merge/types.js';
import { compilePlan, NATIONAL_PLAN_PATH, provinceInputs, readPlan, rollUp } from '../rollup/helpers.js';

const national = readPlan(NATIONAL_PLAN_PATH);
const compiledNational = compilePlan(national);
const unitOf = (p: { name: string; kind: string }): string => `${p.kind === 'tỉnh' ? 'Tỉnh' : 'Thành phố'} ${p.name}`;
/** An activity as the nation sees it: the province, the unit inside it, date, form (after the plan's form mapping) and title. */
const key = (unit: string, by: string | undefined, a: MergedActivity, forms: Record<string, string> = {}): string =>
  `${unit}|${by ?? ''}|${a.dateText}|${forms[a.form] ?? a.form}|${a.title}`;
const sorted = (xs: string[]): string[] => [...xs].sort();

describe('roll-up: the nation adds up the provinces', () => {
  it('national totals are the sums of the provinces’ own totals, and every activity appears once', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: ALL_PROVINCES.length - 1 }), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 16 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 3 }),
        (picks, seed, reports, unitsOnly, maxActivities) => {
          const rollups = [];
          const expected: { unit: string; totals: Totals; keys: string[] }[] = [];
          for (const i of picks) {
            const province = ALL_PROVINCES[i]!;
            const corpus = generateCorpus({ reports, seed: `${seed}:${i}`, unitsOnly, activities: [1, maxActivities], province: province.name });
            const up = rollUp(provinceInputs(corpus), national, compiledNational, `${province.name}.yaml`);
            expect(up.errors, province.name).toEqual([]);
            expect(up.report.unit).toBe(unitOf(province));
            rollups.push({ file: `${province.name}.yaml`, report: up.report });
            expected.push({ unit: unitOf(province), totals: up.model.totals, keys: up.model.activities.map((a) => key(unitOf(province), a.unit, a, corpus.plan.rollup?.forms)) });
          }
          const nation = mergeReports(national, rollups);
          const group = nation.agencies.find((a) => a.agency.id === 'tinh-thanh-pho')!;
          const sum = emptyTotals(national.quantities);
          for (const e of expected) {
            const unit = group.reportingUnits.find((u) => u.name === e.unit)!;
            expect(unit.totals, e.unit).toEqual(e.totals);
            addTotals(sum, e.totals);
          }
          expect(group.totals).toEqual(sum);
          expect(nation.totals).toEqual(sum);
          expect(sorted(nation.activities.map((a) => key(a.unit, a.by, a)))).toEqual(sorted(expected.flatMap((e) => e.keys)));
        },
      ),
      { seed: 2026, numRuns: 12 },
    );
  }, 240_000);
});
