/**
 * Every example of examples/lang-son-2025/invalid/ as a user meets it: through `validate`, exit 1 for an error and 0
 * for a warning, its code at its line and column (CR601's plan: exit 2, on stderr; CR610 needs a parent plan and is
 * in the roll-up table); the YAML-source wording in English; and the block-text swallowings of issue 8 through
 * `build`, which must write nothing. Run by invalid-examples.e2e.test.ts, and in both languages by
 * languages.e2e.test.ts.
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { CODES } from '../../../src/diagnostics/codes.js';
import { CASES, type Case } from '../../validate/invalid-cases.js';
import type { CliCase } from './cli-case.js';

const PLAN = 'examples/lang-son-2025/plan.yaml';
const INVALID = 'examples/lang-son-2025/invalid';

/** "file:line:column - lỗi CODE", as the text format starts the example's diagnostic. */
function where(c: Case): string {
  const word = CODES[c.code].severity === 'error' ? 'lỗi' : 'cảnh báo';
  return `${INVALID}/${c.file}${c.in ? `/${c.in}` : ''}:${c.line}:${c.column} - ${word} ${c.code}: `;
}

function validateRow(c: Case): CliCase {
  if (c.code === 'CR601') {
    return { name: `validate --plan ${c.file}: exit 2, ${c.code} at ${c.line}:${c.column}`, argv: ['validate', '--plan', `${INVALID}/${c.file}`, 'examples/lang-son-2025/reports'], code: 2, stdoutEmpty: true, stderr: [where(c)] };
  }
  const error = CODES[c.code].severity === 'error';
  return { name: `validate ${c.file}: exit ${error ? 1 : 0}, ${c.code} at ${c.line}:${c.column}`, argv: ['validate', '--plan', PLAN, `${INVALID}/${c.file}`], code: error ? 1 : 0, stdout: [where(c)] };
}

/** The table; build's outputs (never written) would go to `dir`. */
export function invalidExamplesTable(dir: string): CliCase[] {
  mkdirSync(dir, { recursive: true });
  return [
    ...CASES.filter((c) => c.code !== 'CR610').map(validateRow),
    {
      name: 'validate --lang en says the same in English',
      argv: ['validate', '--plan', PLAN, `${INVALID}/CR209-text-cut-by-hash.yaml`, '--lang', 'en'],
      code: 1,
      stdout: ['48:28 - error CR209: YAML takes " #" as the start of a comment, so the value is only "Chuỗi video" and "#QuyenDuocChamSocSucKhoe trên Trang thông tin điện tử và Fanpage Sở Y tế" is lost.'],
    },
    ...['CR209-text-cut-by-hash.yaml', 'CR216-key-inside-block-text.yaml', 'CR217-comment-inside-block-text.yaml'].map((file): CliCase => {
      const out = join(dir, `${file}.docx`);
      return {
        name: `build refuses ${file} and writes nothing`,
        argv: ['build', '--plan', PLAN, `${INVALID}/${file}`, '--out', out],
        code: 1,
        after: (r) => {
          expect(r.stdout + r.stderr).toContain(where(CASES.find((c) => c.file === file)!));
          expect(existsSync(out)).toBe(false);
          expect(readdirSync(dir)).toEqual([]);
        },
      };
    }),
  ];
}
