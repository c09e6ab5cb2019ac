/**
 * For random valid sets of reports (the bench generator with random seeds, kept small), the built DOCX
 * names every activity and every unit, and its totals (activities, participants, cost, each quantity)
 * are the sums of the inputs. Seeded and bounded: a handful of builds, in-process.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../bench/corpus.js';
import { runInProcess } from '../cli/run-cli.js';

const SEED = 77;
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** The document's text, one line per paragraph (table cells are paragraphs too), entities decoded. */
export function documentText(docx: Uint8Array): string {
  const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
  return xml
    .split('</w:p>')
    .map((p) => p.replace(/<w:noBreakHyphen\/>/g, '-').replace(/<w:br\/>/g, ' ').replace(/<[^>]+>/g, ''))
    .join('\n')
    .replace(/\u00a0/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** 1234567 → "1.234.567", as the report writes numbers. */
const vn = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
/** A table cell: a zero is a dash. */
const cell = (n: number): string => (n === 0 ? '-' : vn(n));

describe('build: the document holds what the reports say', () => {
  it('every activity title and unit, and totals equal to the sums of the inputs', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 8 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 4 }),
        async (seed, reports, unitsOnly, maxActivities) => {
          const corpus = generateCorpus({ reports, seed, unitsOnly, activities: [1, maxActivities] });
          const dir = mkdtempSync(join(tmpdir(), 'cr-prop-build-'));
          dirs.push(dir);
          await writeCorpus(dir, corpus);
          const out = join(dir, 'bao-cao.docx');
          const run = await runInProcess(['build', '--plan', join(dir, 'plan.yaml'), join(dir, 'reports'), '--out', out]);
          expect(run.stderr).toBe('');
          expect(run.code).toBe(0);
          const text = documentText(readFileSync(out));

          for (const r of corpus.reports) {
            for (const title of r.facts.titles) expect(text, `activity "${title}"`).toContain(title);
            if (r.facts.unit) expect(text, `unit "${r.facts.unit}"`).toContain(r.facts.unit);
          }
          const sum = (f: (x: (typeof corpus.reports)[number]['facts']) => number): number => corpus.reports.reduce((n, r) => n + f(r.facts), 0);
          const activities = sum((f) => f.activities);
          const participants = sum((f) => f.participants);
          const cost = sum((f) => f.cost);

          // Table 1's last row: "Tổng cộng", reported/expected, activities, participants, cost.
          const lines = text.split('\n');
          const total = lines.indexOf('Tổng cộng');
          expect(total).toBeGreaterThan(0);
          expect(lines[total + 2]).toBe(cell(activities));
          expect(lines[total + 3]).toBe(cell(participants));
          expect(lines[total + 4]).toBe(cell(cost));

          // The opening sentence of section II.1 repeats them, with each quantity's total.
          const general = lines.find((l) => l.startsWith('Các cơ quan, đơn vị đã tổ chức')) ?? '';
          expect(general).toContain(`${vn(activities)} hoạt động`);
          const quantities: Record<string, number> = {};
          for (const r of corpus.reports) for (const [q, v] of Object.entries(r.facts.quantities)) quantities[q] = (quantities[q] ?? 0) + v;
          // "kết quả cụ thể: 5 buổi; 3.976 bài dự thi; …": one figure per quantity counted, in the plan's order.
          const expected = corpus.plan.quantities.filter((q) => quantities[q.id]).map((q) => vn(quantities[q.id]!));
          const specific = general.split('kết quả cụ thể: ')[1]?.split(/; tổng kinh phí|\. Hình thức/)[0] ?? '';
          const figures = specific ? specific.split('; ').map((item) => /^[\d.]+/.exec(item)?.[0]) : [];
          expect(figures).toEqual(expected);
          if (cost > 0) expect(general).toContain(`tổng kinh phí ${vn(cost)} đồng`);
        },
      ),
      { seed: SEED, numRuns: 6 },
    );
  }, 120_000);
});
