/**
 * The YAML-source diagnostics as a user meets them: each example of invalid/ for the codes CR208–CR218
 * and CR414–CR418 through `validate` (exit 1 for an error, 0 for a warning, the code at its line and
 * column), and the block-text swallowings of issue 8 through `build`, which must write nothing. Run by
 * source-text.e2e.test.ts, and in both languages by languages.e2e.test.ts.
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { CliCase } from './cli-case.js';

const PLAN = 'examples/lang-son-2025/plan.yaml';
const INVALID = 'examples/lang-son-2025/invalid';

const FILES: { file: string; exit: number; where: string }[] = [
  { file: 'CR208-yaml-version-directive.yaml', exit: 1, where: '4:1 - lỗi CR208' },
  { file: 'CR209-text-cut-by-hash.yaml', exit: 1, where: '48:28 - lỗi CR209' },
  { file: 'CR210-comment-after-text.yaml', exit: 0, where: '26:38 - cảnh báo CR210' },
  { file: 'CR211-text-read-as-value.yaml', exit: 1, where: '75:15 - lỗi CR211' },
  { file: 'CR212-anchor-in-text.yaml', exit: 1, where: '33:16 - lỗi CR212' },
  { file: 'CR213-text-split-by-colon.yaml', exit: 1, where: '64:5 - lỗi CR213' },
  { file: 'CR214-backslash-in-double-quotes.yaml', exit: 1, where: '38:15 - lỗi CR214' },
  { file: 'CR215-unclosed-quote.yaml', exit: 1, where: '56:16 - lỗi CR215' },
  { file: 'CR216-key-inside-block-text.yaml', exit: 1, where: '22:7 - lỗi CR216' },
  { file: 'CR217-comment-inside-block-text.yaml', exit: 1, where: '16:7 - lỗi CR217' },
  { file: 'CR218-bullets-folded.yaml', exit: 0, where: '23:7 - cảnh báo CR218' },
  { file: 'CR414-number-with-separators.yaml', exit: 1, where: '30:15 - lỗi CR414' },
  { file: 'CR415-number-not-whole.yaml', exit: 1, where: '37:33 - lỗi CR415' },
  { file: 'CR416-number-in-exponent-form.yaml', exit: 1, where: '48:15 - lỗi CR416' },
  { file: 'CR417-number-in-quotes.yaml', exit: 1, where: '28:23 - lỗi CR417' },
  { file: 'CR418-number-notation.yaml', exit: 1, where: '58:23 - lỗi CR418' },
];

/** The table; build's outputs (never written) would go to `dir`. */
export function sourceTextTable(dir: string): CliCase[] {
  mkdirSync(dir, { recursive: true });
  return [
    ...FILES.map((c): CliCase => ({
      name: `validate ${c.file}: exit ${c.exit}, ${c.where}`,
      argv: ['validate', '--plan', PLAN, `${INVALID}/${c.file}`],
      code: c.exit,
      stdout: [`${INVALID}/${c.file}:${c.where}: `],
    })),
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
          expect(r.stdout + r.stderr).toContain(`${INVALID}/${file}:${FILES.find((c) => c.file === file)!.where}`);
          expect(existsSync(out)).toBe(false);
          expect(readdirSync(dir)).toEqual([]);
        },
      };
    }),
  ];
}
