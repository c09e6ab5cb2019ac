import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findIndentSlip } from '../../src/load/indentation.js';
import { findMissingDash } from '../../src/load/missing-dash.js';
import { vi } from '../../src/messages/diagnostics.js';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { EXAMPLE_DIR, MINI_REPORT, edit } from '../validate/support.js';

const brief = (text: string) => parseYaml(text, 'r.yaml', vi).diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.column]);

describe('findIndentSlip', () => {
  it('finds nothing in the example reports and the mini report', () => {
    const dir = join(EXAMPLE_DIR, 'reports');
    for (const name of readdirSync(dir)) expect(findIndentSlip(readFileSync(join(dir, name), 'utf8')), name).toBeUndefined();
    expect(findIndentSlip(MINI_REPORT)).toBeUndefined();
  });

  it.each([
    ['a key one space too far after a key with a value', '  title: Phó Giám đốc\n', '   title: Phó Giám đốc\n', { line: 8, key: 'title', indent: 3, expected: 2, sibling: { key: 'name', line: 7 } }],
    ['a key one space short among its siblings', '        form: conference\n', '       form: conference\n', { line: 15, key: 'form', indent: 7, expected: 8, sibling: { key: 'date', line: 14 } }],
    ['the first key of a mapping too far: that key, not the siblings after it', '    status: done\n', '     status: done\n', { line: 11, key: 'status', indent: 5, expected: 4, sibling: { key: 'summary', line: 12 } }],
    ['a top-level key indented', 'agency: so-tu-phap\n', ' agency: so-tu-phap\n', { line: 2, key: 'agency', indent: 1, expected: 0, sibling: { key: 'plan', line: 1 } }],
  ])('%s', (_name, from, to, expected) => {
    expect(findIndentSlip(edit(MINI_REPORT, from, to))).toMatchObject(expected);
  });

  it('a line that is no key, at the margin inside a list item, is no slip (and no crash)', () => {
    // Found by the fast-parse differential test: the level the list item opened had no key to align with.
    const text = edit(MINI_REPORT, '      - date: 05/12/2025\n', '      - date:---\n05/12/2025\n');
    expect(findIndentSlip(text)).toBeUndefined();
    const found = brief(text);
    expect(found[0]).toEqual(['CR201', 15, 1]);
    expect(found.every(([code]) => code === 'CR201')).toBe(true);
  });

  it('block scalars are text: their lines never count as keys', () => {
    const text = edit(MINI_REPORT, '    summary: Đã tổ chức tuyên truyền Công ước Chống tra tấn.\n', '    summary: >-\n      Kết quả:\n        thêm: một dòng\n');
    expect(findIndentSlip(text)).toBeUndefined();
  });
});

describe('findMissingDash', () => {
  const lines = edit(MINI_REPORT, '      - date: 08/12/2025 - 22/12/2025\n', '        date: 08/12/2025 - 22/12/2025\n').split('\n');

  it('a repeated key in the column of the item keys, the item above starting with it', () => {
    expect(findMissingDash(lines, 19)).toEqual({ line: 19, key: 'date', indent: 8, itemLine: 14, blockEnd: 25 });
  });

  it('not for a key repeated elsewhere in the item', () => {
    expect(findMissingDash(lines, 20)).toBeUndefined();
    expect(findMissingDash(edit(MINI_REPORT, '        participants: 150\n', '        participants: 150\n        title: Lặp\n').split('\n'), 18)).toBeUndefined();
  });
});

describe('parseYaml: one diagnostic at the cause', () => {
  it('CR310 replaces the parser complaints about the line above', () => {
    expect(brief(edit(MINI_REPORT, '        participants: 150\n', '         participants: 150\n'))).toEqual([['CR310', 17, 10]]);
  });

  it('CR311 replaces one CR202 per key of the item without its dash', () => {
    expect(brief(edit(MINI_REPORT, '      - date: 08/12/2025 - 22/12/2025\n', '        date: 08/12/2025 - 22/12/2025\n'))).toEqual([['CR311', 19, 9]]);
  });

  it('CR311 for a first item without its dash, before items that have one', () => {
    expect(brief(edit(MINI_REPORT, '      - date: 05/12/2025\n', '        date: 05/12/2025\n'))).toEqual([['CR311', 14, 9]]);
  });

  it('a real duplicate key stays CR202', () => {
    expect(brief(edit(MINI_REPORT, '        participants: 150\n', '        participants: 150\n        title: Lặp\n'))).toEqual([['CR202', 18, 9]]);
  });
});
