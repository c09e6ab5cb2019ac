/**
 * The fast parse path (src/load/fast-yaml.ts) cannot disagree with the `yaml` path: on the example
 * reports, every invalid example and the known differences between the two YAML readers, both give the
 * same checks. The hostile corpus and tens of thousands of mutated reports: fast-parse.slow.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fastYamlData } from '../../src/load/fast-yaml.js';
import { edit, INVALID_DIR, MINI_REPORT, REPORT_NAMES, REPORTS_DIR } from './support.js';
import { expectSameOnBothPaths, utf8 } from './fast-parse-support.js';

describe('fast parse path', () => {
  it('reads every example report, and gives the same checks as the yaml path', () => {
    for (const name of REPORT_NAMES) expect(expectSameOnBothPaths(readFileSync(join(REPORTS_DIR, name)), name), name).toBe('fast');
  });

  it('leaves every invalid example to the yaml path, with the same diagnostics', () => {
    const names = readdirSync(INVALID_DIR).filter((f) => /\.ya?ml$/.test(f));
    expect(names.length).toBeGreaterThan(50);
    for (const name of names) expect(expectSameOnBothPaths(readFileSync(join(INVALID_DIR, name)), name), name).toBe('yaml');
  });

  // Each is a place where js-yaml and yaml's YAML 1.2 core schema part ways, or where only yaml's tree shows the problem.
  const ROUTED: [string, string, string][] = [
    ['a hexadecimal', '        participants: 150', '        participants: 0x96'],
    ['a fraction without its zero', '        participants: 150', '        participants: -.5'],
    ['an exponent past the largest double', '        participants: 150', '        participants: 1e400'],
    ['a negative zero', '        participants: 150', '        participants: -0'],
    ['a float tag', '        participants: 150', '        participants: !!float 150'],
    ['a tilde', '        form: conference', '        form: conference\n        place: ~'],
    ['a null key', '  name: Vi Thị Thu Hằng', '  name: Vi Thị Thu Hằng\n  ~: x'],
    ['a complex key', '  name: Vi Thị Thu Hằng', '  name: Vi Thị Thu Hằng\n  ? [a, b]\n  : x'],
    ['a flow key', '  name: Vi Thị Thu Hằng', '  name: Vi Thị Thu Hằng\n  [a, b]: x'],
    ['an anchor and an alias', '        participants: 150', '        participants: &n 150\n        cost: *n'],
    ['a duplicate key', '  name: Vi Thị Thu Hằng', '  name: Vi Thị Thu Hằng\n  name: Vi Thị Thu Hằng'],
    ['a directive', 'plan:', '%YAML 1.2\n---\nplan:'],
    ['a second document', '', '---\nplan: x\n'],
    ['a lone CR', '  title: Phó Giám đốc', '  title: Phó\rGiám đốc'],
    ['a tab in the leading blanks', '  title: Phó Giám đốc', ' \ttitle: Phó Giám đốc'],
    ['a hash glued to a quote', '  title: Phó Giám đốc', '  title: "Phó Giám đốc"#x'],
    ['a comment after a value', '  title: Phó Giám đốc', '  title: Phó Giám đốc # x'],
    ['a key longer than 1024 characters', '  title: Phó Giám đốc', `  title: Phó Giám đốc\n  ${'k'.repeat(1100)}: x`],
    ['a quoted text over two lines', '  title: Phó Giám đốc', '  title: "Phó Giám\n    đốc"'],
    ['block text with a key line', '    summary: Đã tổ chức tuyên truyền Công ước Chống tra tấn.', '    summary: >-\n      Đã tổ chức.\n      note: x'],
    ['block text kept with its last line break', '    summary: Đã tổ chức tuyên truyền Công ước Chống tra tấn.', '    summary: |+\n      Đã tổ chức.\n'],
  ];
  it.each(ROUTED)('sends a file with %s to the yaml path, with the same checks', (_, from, to) => {
    const text = from === '' ? MINI_REPORT + to : edit(MINI_REPORT, from, to);
    expect(fastYamlData(text)).toBeUndefined();
    expect(expectSameOnBothPaths(utf8(text), 'report.yaml')).toBe('yaml');
  });

  it('reads 0b1010 and +0x1 as text, as YAML 1.2 does, and leaves the file to the yaml path', () => {
    for (const spelling of ['0b1010', '+0x1']) {
      const text = edit(MINI_REPORT, '        participants: 150', `        participants: ${spelling}`);
      const data = fastYamlData(text) as { tasks: Record<string, { activities: { participants: unknown }[] }> };
      expect(data.tasks['III.4']!.activities[0]!.participants).toBe(spelling);
      expect(expectSameOnBothPaths(utf8(text), 'report.yaml')).toBe('yaml');
    }
  });

  it('reads an empty document, a list and a scalar the yaml way (CR106, CR206)', () => {
    for (const text of ['# nothing\n', '- a\n- b\n', 'just text\n', '{}\n', '---\n']) {
      expect(fastYamlData(text), text).toBeUndefined();
      expect(expectSameOnBothPaths(utf8(text), 'report.yaml'), text).toBe('yaml');
    }
  });

  it('takes plain text with a hash inside a word, flow maps and folded text', () => {
    const text = edit(edit(MINI_REPORT, '  title: Phó Giám đốc', '  title: Phó Giám đốc phụ trách C#'), '    summary: Đã tổ chức tuyên truyền Công ước Chống tra tấn.', '    summary: >-\n      Đã tổ chức tuyên truyền\n      Công ước Chống tra tấn.');
    expect(expectSameOnBothPaths(utf8(text), 'report.yaml')).toBe('fast');
  });
});
