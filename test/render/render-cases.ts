/**
 * Documents to compare two ways of writing the same DOCX on: the example (item by item and summarised
 * per unit), the tricky fixture (markup characters, control characters, NFD, long words) and corpora
 * from the bench generator (groups of units, agencies with and without units, several seeds).
 */
import { parse } from 'yaml';
import { generateCorpus } from '../../bench/corpus.js';
import { mergeReports, type MergedReport } from '../../src/merge/index.js';
import type { Report } from '../../src/plan/report-types.js';
import type { Plan } from '../../src/plan/types.js';
import type { RenderOptions } from '../../src/render/index.js';
import { exampleExists, loadExample, loadFixture } from './helpers.js';

export interface RenderCase {
  name: string;
  model: MergedReport;
  options: RenderOptions;
}

/** The options the render tests use: the plan's report, numbered 15. */
export function optionsFor(plan: Plan, extra: Partial<RenderOptions> = {}): RenderOptions {
  return {
    number: plan.report.number.replace(/^\d+/, '15'),
    date: plan.report.date ?? '2026-01-05',
    signer: plan.report.signer,
    recipients: plan.report.recipients,
    ...extra,
  };
}

function generated(seed: number, reports: number, unitsOnly: boolean): { plan: Plan; reports: { file: string; report: Report }[] } {
  const corpus = generateCorpus({ reports, seed, unitsOnly, activities: [1, 6] });
  return { plan: corpus.plan, reports: corpus.reports.map((r) => ({ file: `reports/${r.name}`, report: parse(r.text) as Report })) };
}

export function renderCases(): RenderCase[] {
  const example = exampleExists() ? loadExample() : loadFixture('merge', 'small');
  const tricky = loadFixture('render', 'tricky');
  const excluded = [{ file: 'reports/hong.yaml', reason: 'CR201: Lỗi cú pháp', unit: 'Xã Hỏng', errors: [{ code: 'CR201', count: 1 }] }];
  const cases: RenderCase[] = [
    { name: 'example', model: mergeReports(example.plan, example.reports, { excluded }), options: optionsFor(example.plan) },
    { name: 'example, Phụ lục I per unit', model: mergeReports(example.plan, example.reports), options: optionsFor(example.plan, { maxActivityRows: 10 }) },
    { name: 'tricky', model: mergeReports(tricky.plan, tricky.reports), options: optionsFor(tricky.plan) },
  ];
  for (const [seed, reports, unitsOnly] of [
    [11, 30, false],
    [12, 25, true],
    [13, 40, false],
  ] as const) {
    const g = generated(seed, reports, unitsOnly);
    cases.push({ name: `generated seed ${seed}`, model: mergeReports(g.plan, g.reports), options: optionsFor(g.plan) });
  }
  return cases;
}
