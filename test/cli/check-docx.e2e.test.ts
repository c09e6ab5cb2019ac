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
import { documentText } from '../render/helpers.js';
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
        const r = await runner.run(['build', '--plan', PLAN, REPORTS, '--out', out, '--period', '2025-12', '--date', '16/12/2025']);
        expect(r.code, r.stderr).toBe(0);
        expectValid(out);
        // its own number (blank until registered) and date; the window in the trích yếu and the opening
        const lines = documentText(readFileSync(out)).split('\n');
        expect(lines).toContain('Số:         /BC-BCĐNQ-CQTT');
        expect(lines).toContain('Lạng Sơn, ngày 16 tháng 12 năm 2025');
        const window = 'tháng 12 năm 2025 (từ ngày 15/11/2025 đến ngày 14/12/2025)';
        const title = lines.indexOf('BÁO CÁO');
        expect(lines[title + 1]).toMatch(new RegExp(`, kỳ báo cáo ${window.replace(/[()]/g, '\\$&')}$`));
        const opening = lines.find((l) => l.startsWith('Thực hiện Kế hoạch số 400/KH-BCĐNQ-CQTT'));
        expect(opening).toContain(`báo cáo kết quả ${window} như sau:`);
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
        // Phụ lục II: the unit and the reason in Vietnamese words; no path, no key, no code
        const text = documentText(readFileSync(out));
        const appendix = text.slice(text.indexOf('2. Báo cáo không đủ điều kiện tổng hợp'));
        expect(appendix).toMatch(/^2\. Báo cáo không đủ điều kiện tổng hợp\nSTT\nĐơn vị\nLý do\n1\nSở Y tế\nBáo cáo có \d+ lỗi: khóa không hợp lệ( \(\d+ chỗ\))?\.\n/);
        expect(text).not.toMatch(/09-so-y-te|\.yaml|partcipants|CR301/);
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
