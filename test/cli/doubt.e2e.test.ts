/**
 * Doubt said aloud, dates as meant (issue 8, items 3 and 5), end to end: each case is a copy of the example
 * reports with one slip, run through `validate` or `build` as the table harness runs rows (`eachWay`).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { eachWay, RUNNERS } from './run-cli.js';
import { checkRow, type CliCase } from './cases/cli-case.js';
import { doubtTable } from './cases/doubt.js';

const tmp = mkdtempSync(join(tmpdir(), 'cr-doubt-e2e-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const { DIRS, CASES, build } = doubtTable(tmp);

/** Each case as a table row, with its own output file. */
const ROWS = CASES.map((c, i): CliCase => {
  const out = join(tmp, `${i}.docx`);
  const after = (): void => {
    if (c.writes !== undefined) expect(existsSync(out)).toBe(c.writes);
  };
  return { name: c.name, argv: c.argv(out), code: c.code, stdout: c.stdout, stderr: c.stderr, after };
});

describe('doubt said aloud', () => {
  it.each(eachWay(ROWS))('$name ($via)', checkRow);
});

for (const runner of RUNNERS) {
  describe(`doubt said aloud (${runner.name})`, () => {
    it('a repeated activity is counted once in the DOCX and the CSV: totals computed here from the YAML', async () => {
      const out = join(tmp, `${runner.name}-dup.docx`);
      const r = await runner.run(build(DIRS.duplicate)(out));
      expect(r.code, r.stderr).toBe(0);
      const sums = distinctSums(DIRS.duplicate);
      const all = distinctSums(DIRS.duplicate, false);
      // The copy really is in the input, and really left out.
      expect(all.activities - sums.activities).toBe(1);
      expect(all.cost - sums.cost).toBe(4_500_000);
      expect(r.stdout).toContain(`17/76 báo cáo, ${sums.activities} hoạt động, ${vn(sums.participants)} lượt người, kinh phí ${vn(sums.cost)} đồng.`);
      const lines = documentText(out).split('\n');
      const total = lines.indexOf('Tổng cộng');
      expect(lines.slice(total, total + 5)).toEqual(['Tổng cộng', '17/76', String(sums.activities), vn(sums.participants), vn(sums.cost)]);
      const csv = readFileSync(out.replace(/\.docx$/, '.hoat-dong.csv'), 'utf8').trimEnd().split('\r\n');
      expect(csv).toHaveLength(sums.activities + 1);
      expect(csv.filter((row) => row.includes('quán triệt nội dung quyền được chăm sóc sức khỏe'))).toHaveLength(1);
    });
  });
}

const vn = (n: number): string => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** Sums over a folder's reports; with `distinct`, an activity repeated in one report (invisible characters aside) counts once. */
function distinctSums(dir: string, distinct = true): { activities: number; participants: number; cost: number } {
  const sums = { activities: 0, participants: 0, cost: 0 };
  for (const name of readdirSync(dir)) {
    const report = parse(readFileSync(join(dir, name), 'utf8')) as { tasks: Record<string, { activities?: { date: string; form: string; title: string; participants?: number; cost?: number }[] }> };
    const seen = new Set<string>();
    for (const task of Object.values(report.tasks)) {
      for (const a of task.activities ?? []) {
        const key = `${a.date}|${a.form}|${a.title.replace(/[\u200B\u00AD\uFEFF\u2060]/g, '').replace(/\s+/gu, ' ')}`;
        if (distinct && seen.has(key)) continue;
        seen.add(key);
        sums.activities++;
        sums.participants += a.participants ?? 0;
        sums.cost += a.cost ?? 0;
      }
    }
  }
  return sums;
}

function documentText(docx: string): string {
  const xml = strFromU8(unzipSync(readFileSync(docx))['word/document.xml']!);
  return xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&');
}
