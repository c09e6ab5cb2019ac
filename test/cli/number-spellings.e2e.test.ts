/**
 * Issue 8's "done means" for numbers: each spelling, in each numeric field of a copy of an example
 * report, makes `validate` and `build` exit 1 with a diagnostic at that scalar, and `build` writes
 * nothing. The numeric fields and their positions are found here from the text and the plan's list of
 * quantities, without the YAML library or the tool's schema.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, RUNNERS } from './run-cli.js';

const EXAMPLE = join(ROOT, 'examples/lang-son-2025');
const SPELLINGS = ['1.000', '42.000', '1,000', '1 000', '1.5', '1e3', '4.52E+06', '0x10', '010', '0o10', '+5', '.5', '1_000', '"1000"'];
const QUANTITIES: string[] = (parse(readFileSync(join(EXAMPLE, 'plan.yaml'), 'utf8')) as { quantities: { id: string }[] }).quantities.map((q) => q.id);
const FIELDS = ['participants', 'cost', ...QUANTITIES];

interface Planted {
  file: string;
  field: string;
  line: number;
  column: number;
}

/** Every `field: 123` on a line, block or inside `{ … }`, with the 1-based line and column of the number. */
function numbersIn(text: string): { field: string; line: number; column: number; length: number }[] {
  const found: { field: string; line: number; column: number; length: number }[] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(/(?<=^ *|\{ |, )([a-z_]+): (\d+)(?= *$|,| \})/g)) {
      if (FIELDS.includes(m[1]!)) found.push({ field: m[1]!, line: i + 1, column: m.index! + m[1]!.length + 3, length: m[2]!.length });
    }
  });
  return found;
}

let tmp: string;
/**
 * For each spelling, where it was planted: for each numeric field, one copy of an example report with
 * that field's first number respelt. Each field's copy comes from a different report, so that no unit
 * reports twice in one run (the rarest fields choose first).
 */
const planted = new Map<string, Planted[]>();

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'cr-numbers-'));
  cpSync(join(EXAMPLE, 'plan.yaml'), join(tmp, 'plan.yaml'));
  const reports = readdirSync(join(EXAMPLE, 'reports'))
    .filter((f) => f.endsWith('.yaml'))
    .map((name) => ({ name, text: readFileSync(join(EXAMPLE, 'reports', name), 'utf8') }));
  const holders = (field: string) => reports.filter((r) => numbersIn(r.text).some((n) => n.field === field));
  const byRarity = [...FIELDS].sort((a, b) => holders(a).length - holders(b).length);
  for (const [k, spelling] of SPELLINGS.entries()) {
    mkdirSync(join(tmp, `s${k}`));
    const used = new Set<string>();
    const list: Planted[] = [];
    for (const field of byRarity) {
      const report = holders(field).find((r) => !used.has(r.name));
      if (!report) continue;
      used.add(report.name);
      const n = numbersIn(report.text).find((x) => x.field === field)!;
      const lines = report.text.split('\n');
      const l = lines[n.line - 1]!;
      lines[n.line - 1] = l.slice(0, n.column - 1) + spelling + l.slice(n.column - 1 + n.length);
      const file = `s${k}/${report.name.replace(/\.yaml$/, '')}-${field}.yaml`;
      writeFileSync(join(tmp, file), lines.join('\n'));
      list.push({ file, field, line: n.line, column: n.column });
    }
    planted.set(spelling, list);
  }
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  code: string;
  severity: string;
}

describe('the copies cover every numeric field of the plan', () => {
  it('each of participants, cost and every quantity the plan declares is respelt somewhere', () => {
    for (const list of planted.values()) expect(list.map((p) => p.field).sort()).toEqual([...FIELDS].sort());
  });
});

for (const runner of RUNNERS) {
  describe(`number spellings (${runner.name})`, () => {
    it.each(SPELLINGS)('validate with %s: exit 1, exactly one error per copy, a number code at the respelt scalar', async (spelling) => {
      const k = SPELLINGS.indexOf(spelling);
      const r = await runner.run(['validate', '--plan', 'plan.yaml', `s${k}`, '--format', 'json'], { cwd: tmp });
      expect(r.code).toBe(1);
      const byFile = new Map<string, JsonDiagnostic[]>();
      for (const d of (JSON.parse(r.stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics) {
        // The copies live outside the repository, so their $schema line points nowhere: not about numbers.
        if (d.code === 'CR413') continue;
        byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
      }
      const list = planted.get(spelling)!;
      for (const p of list) {
        const got = (byFile.get(p.file) ?? []).map((d) => [d.line, d.column, d.severity, /^CR41[4-8]$/.test(d.code)]);
        expect(got, p.file).toEqual([[p.line, p.column, 'error', true]]);
      }
      expect(byFile.size).toBe(list.length);
    }, 60_000);

    it.each(SPELLINGS)('build with %s: exit 1, a diagnostic at each respelt scalar, nothing written', async (spelling) => {
      const k = SPELLINGS.indexOf(spelling);
      const out = `out-${runner.name}-${k}.docx`;
      const r = await runner.run(['build', '--plan', 'plan.yaml', `s${k}`, '--out', out], { cwd: tmp });
      expect(r.code).toBe(1);
      const said = (r.stdout + r.stderr).split('\n');
      const errors = said.filter((l) => / - lỗi CR\d+:/.test(l));
      expect(errors.map((l) => /^(\S+):(\d+):(\d+) - lỗi (CR41[4-8]):/.exec(l)?.slice(1, 4).join(':'))).toEqual(
        planted.get(spelling)!.map((p) => `${p.file}:${p.line}:${p.column}`).sort(),
      );
      expect(existsSync(join(tmp, out))).toBe(false);
      expect(readdirSync(tmp).filter((f) => f.startsWith('out-'))).toEqual([]);
    }, 60_000);
  });
}
