import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SIZES, corpusForSize, generateCorpus, writeCorpus } from '../../bench/corpus.js';
import { BIN, ROOT } from '../cli/run-cli.js';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'cr-gen-'));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function validate(dir: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, 'validate', '--plan', join(dir, 'plan.yaml'), join(dir, 'reports')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('bench/generate: province corpus', () => {
  const corpus = corpusForSize('province');

  it('has the eleven agencies and the 65 units of the example plan, ~20 activities each', () => {
    expect(corpus.reports).toHaveLength(SIZES.province.reports);
    const agencies = new Set(corpus.reports.filter((r) => !r.facts.unit).map((r) => r.facts.agency));
    expect(agencies.size).toBe(11);
    const units = corpus.reports.map((r) => r.facts.unit).filter(Boolean);
    expect(new Set(units).size).toBe(65);
    const activities = corpus.reports.reduce((n, r) => n + r.facts.activities, 0);
    expect(activities / corpus.reports.length).toBeGreaterThan(17);
    expect(activities / corpus.reports.length).toBeLessThan(23);
    // The example plan itself, unchanged.
    expect(corpus.planText).toBe(readFileSync(join(ROOT, 'examples/lang-son-2025/plan.yaml'), 'utf8'));
  });

  it('is the same bytes for the same seed, and different for another', () => {
    const again = corpusForSize('province');
    expect(again.reports.map((r) => r.text)).toEqual(corpus.reports.map((r) => r.text));
    const other = corpusForSize('province', 7);
    expect(other.reports.map((r) => r.text)).not.toEqual(corpus.reports.map((r) => r.text));
  });

  it('writes plan.yaml and reports/*.yaml that `compile-report validate` accepts without a warning', async () => {
    const dir = tempDir();
    const written = await writeCorpus(dir, corpus);
    expect(written.files).toBe(76);
    expect(readdirSync(join(dir, 'reports'))).toHaveLength(76);
    const r = validate(dir);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('76 tệp hợp lệ, không có lỗi');
    expect(r.stdout).not.toMatch(/cảnh báo/);
    expect(r.code).toBe(0);
  });

  it('the npm script entry point writes the corpus (dist/bench/generate.js --size province --out)', () => {
    const dir = tempDir();
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/bench/generate.js'), '--size', 'province', '--out', dir], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^province: 76 reports, \d+ activities/);
    expect(statSync(join(dir, 'plan.yaml')).isFile()).toBe(true);
    expect(readdirSync(join(dir, 'reports'))).toHaveLength(76);
  });

  it('uses every form, a date format mix and realistic Vietnamese text', () => {
    const all = corpus.reports.map((r) => r.text).join('\n');
    for (const form of corpus.plan.activity_forms) expect(all).toContain(`form: ${form.id}\n`);
    expect(all).toMatch(/date: 2025-12-\d\d/);
    expect(all).toMatch(/date: \d\d\/12\/2025 - \d\d\/12\/2025/);
    expect(all).toContain('Hội nghị');
    expect(all.normalize('NFC')).toBe(all);
  });
});

describe('bench/generate: national corpus', () => {
  const corpus = corpusForSize('national');

  it('has 3 000 reports for distinct units, ~60 000 activities, 15–25 MB', () => {
    expect(corpus.reports).toHaveLength(3_000);
    const keys = corpus.reports.map((r) => `${r.facts.agency}/${r.facts.unit ?? ''}`);
    expect(new Set(keys).size).toBe(3_000);
    expect(new Set(corpus.reports.map((r) => r.name)).size).toBe(3_000);
    const activities = corpus.reports.reduce((n, r) => n + r.facts.activities, 0);
    expect(activities).toBeGreaterThan(55_000);
    expect(activities).toBeLessThan(65_000);
    const bytes = corpus.reports.reduce((n, r) => n + Buffer.byteLength(r.text), 0);
    expect(bytes).toBeGreaterThan(15e6);
    expect(bytes).toBeLessThan(25e6);
  });

  it('comes with a plan (the example plus 34 provinces of units) that is valid', () => {
    const plan = parse(corpus.planText) as { agencies: { group?: { units: string[] } }[] };
    const units = plan.agencies.find((a) => a.group)!.group!.units;
    expect(units.length).toBeGreaterThanOrEqual(2_989);
    expect(new Set(units).size).toBe(units.length);
  });

  it('its first 200 files validate against its plan', async () => {
    const dir = tempDir();
    await writeCorpus(dir, { ...corpus, reports: corpus.reports.slice(0, 200) });
    const r = validate(dir);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('200 tệp hợp lệ, không có lỗi');
    expect(r.stdout).not.toMatch(/cảnh báo/);
    expect(r.code).toBe(0);
  });

  it('a small corpus of units only, with a random seed, is valid too', async () => {
    const dir = tempDir();
    await writeCorpus(dir, generateCorpus({ reports: 30, seed: 'x', unitsOnly: true, activities: [1, 3] }));
    expect(validate(dir).code).toBe(0);
  });
});
