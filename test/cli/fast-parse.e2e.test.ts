/**
 * The fast parse path changes no output: at the same commit, `build` writes byte-identical DOCX and CSV,
 * and `validate` the same JSON (diagnostics, positions, messages), with the fast path on and with every
 * file read by `yaml` (COMPILE_REPORT_PARSER=yaml), in-process and through the binary, on one thread and on two.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, RUNNERS } from './run-cli.js';

const PLAN = join(ROOT, 'examples/lang-son-2025/plan.yaml');
const REPORTS = join(ROOT, 'examples/lang-son-2025/reports');
const INVALID = join(ROOT, 'examples/lang-son-2025/invalid');
const YAML_ONLY = { COMPILE_REPORT_PARSER: 'yaml' };

const tmp = mkdtempSync(join(tmpdir(), 'cr-fast-parse-e2e-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

for (const runner of RUNNERS) {
  describe(`fast parse path changes no output (${runner.name})`, () => {
    it('build: the same DOCX and CSV bytes', async () => {
      const out = (name: string) => join(tmp, `${runner.name}-${name}.docx`);
      const fast = await runner.run(['build', '--plan', PLAN, REPORTS, '--out', out('fast')]);
      const slow = await runner.run(['build', '--plan', PLAN, REPORTS, '--out', out('yaml')], { env: YAML_ONLY });
      expect([fast.code, slow.code], fast.stderr + slow.stderr).toEqual([0, 0]);
      expect(readFileSync(out('fast')).equals(readFileSync(out('yaml')))).toBe(true);
      const csv = (name: string) => readFileSync(out(name).replace(/\.docx$/, '.hoat-dong.csv'));
      expect(csv('fast').length).toBeGreaterThan(1000);
      expect(csv('fast').equals(csv('yaml'))).toBe(true);
    });

    it.each(['1', '2'])('validate --jobs %s: the same JSON for the valid and the invalid examples', async (jobs) => {
      const argv = ['validate', '--plan', PLAN, REPORTS, INVALID, '--format', 'json', '--jobs', jobs];
      const fast = await runner.run(argv);
      const slow = await runner.run(argv, { env: YAML_ONLY });
      expect(fast.code).toBe(1);
      expect(slow.code).toBe(1);
      expect(JSON.parse(fast.stdout).diagnostics.length).toBeGreaterThan(60);
      expect(fast.stdout).toBe(slow.stdout);
    });
  });
}
