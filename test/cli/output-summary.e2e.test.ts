import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, RUNNERS } from './run-cli.js';

const PLAN = join(ROOT, 'examples/lang-son-2025/plan.yaml');
const tmp = mkdtempSync(join(tmpdir(), 'cr-summary-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

for (const runner of RUNNERS) {
  describe(`one line on stderr when the output goes to a file (${runner.name})`, () => {
    it('validate --output: where, how many files, errors and warnings; stdout empty', async () => {
      const ok = await runner.run(['validate', '-p', PLAN, 'examples/lang-son-2025/reports', '--format', 'sarif', '--output', join(tmp, `${runner.name}.sarif`)], { cwd: ROOT });
      expect(ok.code).toBe(0);
      expect(ok.stdout).toBe('');
      expect(ok.stderr).toBe(`✔ Đã ghi kết quả kiểm tra 17 tệp vào ${join(tmp, `${runner.name}.sarif`)}: 0 lỗi, 0 cảnh báo.\n`);
      const bad = await runner.run(['validate', '-p', PLAN, 'test/cli/fixtures/unknown-key', '--format', 'json', '-o', join(tmp, `${runner.name}.json`), '--lang', 'en'], { cwd: ROOT });
      expect(bad.code).toBe(1);
      const written = JSON.parse(readFileSync(join(tmp, `${runner.name}.json`), 'utf8')) as { diagnostics: { severity: string }[] };
      const errors = written.diagnostics.filter((d) => d.severity === 'error').length;
      expect(errors).toBeGreaterThan(0);
      expect(bad.stderr).toBe(`✖ Wrote the results for 1 file to ${join(tmp, `${runner.name}.json`)}: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${written.diagnostics.length - errors} warnings.\n`);
    });

    it('schema --out names the file and the plan; stdout empty', async () => {
      const r = await runner.run(['schema', '-p', PLAN, '--out', 'report.schema.json'], { cwd: tmp });
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe('✔ Đã ghi JSON Schema của báo cáo theo kế hoạch 400/KH-BCĐNQ-CQTT vào report.schema.json.\n');
      expect(readFileSync(join(tmp, 'report.schema.json'), 'utf8')).toBe(readFileSync(join(ROOT, 'schemas/report.schema.json'), 'utf8'));
      rmSync(join(tmp, 'report.schema.json'));
    });
  });
}
