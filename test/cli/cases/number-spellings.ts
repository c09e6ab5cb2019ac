/**
 * Issue 8's "done means" for numbers: each spelling, in each numeric field of a copy of an example
 * report, makes `validate` and `build` exit 1 with a diagnostic at that scalar, and `build` writes
 * nothing. The numeric fields and their positions are found here from the text and the plan's list of
 * quantities, without the YAML library or the tool's schema. Run by number-spellings.e2e.test.ts, and in
 * both languages by languages.e2e.test.ts.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../run-cli.js';
import type { CliCase } from './cli-case.js';

const EXAMPLE = join(ROOT, 'examples/lang-son-2025');
export const SPELLINGS = ['1.000', '42.000', '1,000', '1 000', '1.5', '1e3', '4.52E+06', '0x10', '010', '0o10', '+5', '.5', '1_000', '"1000"'];
const QUANTITIES: string[] = (parse(readFileSync(join(EXAMPLE, 'plan.yaml'), 'utf8')) as { quantities: { id: string }[] }).quantities.map((q) => q.id);
export const FIELDS = ['participants', 'cost', ...QUANTITIES];

export interface Planted {
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

/**
 * For each spelling, where it was planted (in `dir`, with the plan): for each numeric field, one copy of an
 * example report with that field's first number respelt. Each field's copy comes from a different report, so
 * that no unit reports twice in one run (the rarest fields choose first).
 */
export function plantSpellings(dir: string): Map<string, Planted[]> {
  const planted = new Map<string, Planted[]>();
  mkdirSync(dir, { recursive: true });
  cpSync(join(EXAMPLE, 'plan.yaml'), join(dir, 'plan.yaml'));
  const reports = readdirSync(join(EXAMPLE, 'reports'))
    .filter((f) => f.endsWith('.yaml'))
    .map((name) => ({ name, text: readFileSync(join(EXAMPLE, 'reports', name), 'utf8') }));
  const holders = (field: string) => reports.filter((r) => numbersIn(r.text).some((n) => n.field === field));
  const byRarity = [...FIELDS].sort((a, b) => holders(a).length - holders(b).length);
  for (const [k, spelling] of SPELLINGS.entries()) {
    mkdirSync(join(dir, `s${k}`));
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
      writeFileSync(join(dir, file), lines.join('\n'));
      list.push({ file, field, line: n.line, column: n.column });
    }
    planted.set(spelling, list);
  }
  return planted;
}

interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  code: string;
  severity: string;
}

/** The table: for each spelling, validate and build on its copies (planted in `dir`). */
export function numberSpellingsTable(dir: string): CliCase[] {
  const planted = plantSpellings(dir);
  return SPELLINGS.flatMap((spelling, k): CliCase[] => {
    const list = planted.get(spelling)!;
    const out = `out-${k}.docx`;
    return [
      {
        name: `validate with ${spelling}: exit 1, exactly one error per copy, a number code at the respelt scalar`,
        cwd: dir,
        argv: ['validate', '--plan', 'plan.yaml', `s${k}`, '--format', 'json'],
        code: 1,
        after: (r) => {
          const byFile = new Map<string, JsonDiagnostic[]>();
          for (const d of (JSON.parse(r.stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics) {
            // The copies live outside the repository, so their $schema line points nowhere: not about numbers.
            if (d.code === 'CR413') continue;
            byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
          }
          for (const p of list) {
            const got = (byFile.get(p.file) ?? []).map((d) => [d.line, d.column, d.severity, /^CR41[4-8]$/.test(d.code)]);
            expect(got, p.file).toEqual([[p.line, p.column, 'error', true]]);
          }
          expect(byFile.size).toBe(list.length);
        },
      },
      {
        name: `build with ${spelling}: exit 1, a diagnostic at each respelt scalar, nothing written`,
        cwd: dir,
        argv: ['build', '--plan', 'plan.yaml', `s${k}`, '--out', out],
        code: 1,
        after: (r) => {
          const said = (r.stdout + r.stderr).split('\n');
          const errors = said.filter((l) => / - lỗi CR\d+:/.test(l));
          expect(errors.map((l) => /^(\S+):(\d+):(\d+) - lỗi (CR41[4-8]):/.exec(l)?.slice(1, 4).join(':'))).toEqual(
            list.map((p) => `${p.file}:${p.line}:${p.column}`).sort(),
          );
          expect(existsSync(join(dir, out))).toBe(false);
          expect(readdirSync(dir).filter((f) => f.startsWith('out-'))).toEqual([]);
        },
      },
    ];
  });
}
