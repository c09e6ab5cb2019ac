/**
 * Every document the build makes validates against the ISO/IEC 29500 transitional schemas (what makes
 * Word open a file without "repairing" it): the example, a `--period` build, a `--skip-invalid` build
 * and a large generated build.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../bench/corpus.js';
import { checkDocx, checkDocxMissing, skipCheckDocx } from '../render/check-docx.js';
import { ROOT, RUNNERS, runBinary } from './run-cli.js';

const PLAN = join(ROOT, 'examples/lang-son-2025/plan.yaml');
const REPORTS = join(ROOT, 'examples/lang-son-2025/reports');

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'cr-check-docx-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function expectValid(file: string): void {
  const r = checkDocx(file);
  expect(r.output).toMatch(/valid: 0 part\(s\) failing/);
  expect(r.code, r.output).toBe(0);
}

describe.skipIf(skipCheckDocx)('check-docx on the documents build writes', () => {
  it('check-docx is available (CI must have ../shared/ooxml/check-docx, Python 3 and lxml)', () => {
    expect(checkDocxMissing).toBeNull();
  });

  for (const runner of RUNNERS) {
    describe(runner.name, () => {
      it('the example build', async () => {
        const out = join(tmp, `${runner.name}-example.docx`);
        const r = await runner.run(['build', '--plan', PLAN, REPORTS, '--out', out]);
        expect(r.code, r.stderr).toBe(0);
        expectValid(out);
      });

      it('a --period build', async () => {
        const out = join(tmp, `${runner.name}-period.docx`);
        const r = await runner.run(['build', '--plan', PLAN, REPORTS, '--out', out, '--period', '2025-12']);
        expect(r.code, r.stderr).toBe(0);
        expectValid(out);
      });

      it('a --skip-invalid build', async () => {
        const reports = join(tmp, `${runner.name}-reports`);
        cpSync(REPORTS, reports, { recursive: true });
        const broken = join(reports, '09-so-y-te.yaml');
        writeFileSync(broken, readFileSync(broken, 'utf8').replace('participants:', 'partcipants:'));
        const out = join(tmp, `${runner.name}-skip.docx`);
        const r = await runner.run(['build', '--plan', PLAN, reports, '--out', out, '--skip-invalid']);
        expect(r.code, r.stderr).toBe(0);
        expectValid(out);
      });
    });
  }

  it('a large generated build (Phụ lục I summarised per unit)', { timeout: 240_000 }, async () => {
    const dir = join(tmp, 'large');
    await writeCorpus(dir, generateCorpus({ reports: 200, seed: 'check-docx', activities: [16, 24] }));
    const out = join(tmp, 'large.docx');
    const r = runBinary(['build', '--plan', join(dir, 'plan.yaml'), join(dir, 'reports'), '--out', out], {});
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/200\/\d+ báo cáo/);
    expectValid(out);
  });
});
