import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { eachWay, RUNNERS } from './run-cli.js';
import { checkRow } from './cases/cli-case.js';
import { PLAN, fixture, BAD, CASES } from './cases/validate.js';

const tmp = mkdtempSync(join(tmpdir(), 'cr-e2e-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('validate', () => {
  it.each(eachWay(CASES))('$name ($via)', checkRow);
});

for (const runner of RUNNERS) {
  describe(`validate (${runner.name})`, () => {
    it.each(BAD)('$dir: every machine format names file, line and column', async (b) => {
      const file = `${fixture(b.dir)}/09-so-y-te.yaml`;
      const json = await runner.run(['validate', '--plan', PLAN, fixture(b.dir), '--format', 'json']);
      expect(json.code).toBe(1);
      const diagnostics = (JSON.parse(json.stdout) as { diagnostics: Record<string, unknown>[] }).diagnostics;
      expect(diagnostics).toContainEqual(expect.objectContaining({ file, line: b.line, column: b.column, code: b.code, severity: 'error' }));

      const sarifPath = join(tmp, `${runner.name}-${b.dir}.sarif`);
      const sarif = await runner.run(['validate', '--plan', PLAN, fixture(b.dir), '--format', 'sarif', '--output', sarifPath]);
      expect(sarif.code).toBe(1);
      expect(sarif.stdout).toBe('');
      const log = JSON.parse(readFileSync(sarifPath, 'utf8')) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[] }[] };
      const hit = log.runs[0]!.results.find((r) => r.ruleId === b.code)!;
      expect(hit.locations[0]!.physicalLocation).toMatchObject({ artifactLocation: { uri: file }, region: { startLine: b.line, startColumn: b.column } });

      const junit = await runner.run(['validate', '--plan', PLAN, fixture(b.dir), '--format', 'junit']);
      expect(junit.code).toBe(1);
      expect(XMLValidator.validate(junit.stdout)).toBe(true);
      expect(junit.stdout).toContain(`${file}:${b.line}:${b.column}`);
    });

    it('--output never writes over an input', async () => {
      const target = `${fixture('unknown-key')}/09-so-y-te.yaml`;
      const before = readFileSync(target, 'utf8');
      const r = await runner.run(['validate', '--plan', PLAN, fixture('unknown-key'), '--format', 'json', '--output', target]);
      expect(r.code).toBe(2);
      expect(readFileSync(target, 'utf8')).toBe(before);
      expect(existsSync(target)).toBe(true);
    });
  });
}
