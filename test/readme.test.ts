import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codesMarkdownTable } from '../src/diagnostics/codes-table.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('documents every diagnostic code exactly as the code table says', () => {
    const block = /<!-- codes:start -->\n([\s\S]*?)\n<!-- codes:end -->/.exec(readme)?.[1];
    const expected = codesMarkdownTable('vi');
    expect(block, `Replace the table between the codes markers in README.md with:\n${expected}`).toBe(expected);
  });

  it('gives the two commands a fresh clone runs', () => {
    expect(readme).toContain('npm ci && npx compile-report build --plan examples/lang-son-2025/plan.yaml examples/lang-son-2025/reports --out bao-cao.docx');
    expect(readme).toContain('```sh\nnpm test\n```');
  });
});
