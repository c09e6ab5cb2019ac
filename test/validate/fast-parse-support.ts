/**
 * The fast parse path against the `yaml` path on the same bytes: what the differential tests assert for
 * every input (examples, invalid examples, hostile corpus, mutated reports), and the mutations themselves.
 */
import { expect } from 'vitest';
import { Rng } from '../../bench/prng.js';
import { vi } from '../../src/messages/diagnostics.js';
import { fastYamlData } from '../../src/load/fast-yaml.js';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { compilePlan, type CompiledPlan } from '../../src/validate/compile.js';
import { cleanByFastPath, reportIdentityRange, validateReportBytes } from '../../src/validate/validate-report.js';
import { decodeSource } from '../../src/load/decode-source.js';
import { compiledPlan, examplePlan } from './support.js';

let yamlOnly: CompiledPlan | undefined;

/** The example plan compiled with the fast path off: every file read with `yaml`, as before the fast path. */
export function yamlOnlyPlan(): CompiledPlan {
  yamlOnly ??= compilePlan(examplePlan(), { fastParse: false });
  return yamlOnly;
}

/**
 * Asserts that both paths give the same check (diagnostics with their positions and messages, text,
 * report, where the report names its unit) and, whenever js-yaml's reading is used at all, the same
 * data as `yaml` with no YAML error. Returns which path answered.
 */
export function expectSameOnBothPaths(bytes: Uint8Array, file: string): 'fast' | 'yaml' {
  const fast = validateReportBytes(bytes, file, compiledPlan(), vi);
  const slow = validateReportBytes(bytes, file, yamlOnlyPlan(), vi);
  const took = fast.report !== undefined && fast.identityRange === undefined ? 'fast' : 'yaml';
  const identityRange = reportIdentityRange(fast, vi);
  expect(identityRange === undefined ? fast : { ...fast, identityRange }, file).toStrictEqual(slow);
  expectSameData(slow.text, file);
  return took;
}

/**
 * The same promise at half the cost, for thousands of inputs: the fast path's own answer (cleanByFastPath, given
 * the decoded text as validateReportBytes gives it) against the `yaml` path's check. When the fast path gives no
 * answer, validateReportBytes goes on with the very code that made the `yaml` path's check, so there is nothing
 * to compare; expectSameOnBothPaths shows that wiring on the examples, the invalid examples and the hostile corpus.
 */
export function expectFastAnswerRight(bytes: Uint8Array, file: string): 'fast' | 'yaml' {
  const slow = validateReportBytes(bytes, file, yamlOnlyPlan(), vi);
  const decoded = decodeSource(bytes, file, vi);
  const clean = decoded.text !== undefined && decoded.diagnostics.length === 0 ? cleanByFastPath(decoded.text, file, compiledPlan(), vi) : undefined;
  if (clean) expect({ ...clean, identityRange: reportIdentityRange(clean, vi) }, file).toStrictEqual(slow);
  expectSameData(slow.text, file);
  return clean ? 'fast' : 'yaml';
}

/** Whenever js-yaml reads a text at all, `yaml` reads it with no error and to the same data. */
function expectSameData(text: string | undefined, file: string): void {
  const data = text === undefined ? undefined : fastYamlData(text);
  if (data !== undefined) {
    const parsed = parseYaml(text!, file, vi);
    expect(parsed.diagnostics.filter((d) => d.severity === 'error'), file).toEqual([]);
    // toEqual, not toStrictEqual: a `constructor` key (hostile corpus) is data, and toStrictEqual would compare it as a class.
    expect(data, file).toEqual(parsed.data);
  }
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Values and snippets where YAML readers are known to part ways, or that the source-text checks look for. */
const TRICKY = [
  '0b1010', '+0x1', '0x1F', '0o17', '017', '-.5', '.5', '1.', '1e400', '1e3', '-0', '+5', '1_000', '1,000', '1.000', '42.000', '4.52E+06',
  '.inf', '-.Inf', '.NaN', '~', 'null', 'Null', 'NULL', 'true', 'False', 'yes', 'no', 'on', 'y', '!!float 1', '!!str 1', '!foo x', '&a x', '*a',
  '? x', '[a, b]', '{a: 1}', '{a, b}', '[a: 1]', '"quoted"', "'single'", '"multi\n  line"', "'it''s'", '"esc \\t \\n"', '"D:\\tai-lieu"',
  '|\n  literal', '>-\n  folded\n  - bullet', '|+\n  keep\n\n', '>2\n   indented', 'text #tag', 'text # note', 'a#b', '"x"#y', '[x]#y',
  '# only', '@at', '`tick', '%pct', 'a: b', 'a:b', '- item', '-item', ':', '- ', '', '\t', '\r', '\\', '\u00a0', '\ufeff', 'x\u2028y',
  '12345678901234567890', '9007199254740993', '00', '0', '150', '2025-12-05', '05/12/2025', '2025-12-01 - 2025-12-31',
];
const PIECES = [' ', '  ', '\n', ':', ': ', '-', '- ', '#', ' #', '"', "'", '[', ']', '{', '}', ',', '|', '>', '&', '*', '!', '%', '?', '\t', '\r', '\r\n', '\\', '0', '1', '.', 'e', '+', '~', '@', '`', '---\n', '...\n', 'x'.repeat(1030)];

/** One seeded change to a report: a value replaced by a tricky one, a character edit, or a line moved, dropped, copied or re-indented. */
export function mutate(text: string, rng: Rng): string {
  const lines = text.split('\n');
  const at = rng.int(0, lines.length - 1);
  const line = lines[at]!;
  switch (rng.int(0, 7)) {
    case 0:
    case 1: {
      // The commonest edit keeps the file valid or nearly: a value written another way.
      const colon = line.indexOf(': ');
      const dash = line.indexOf('- ');
      const cut = colon !== -1 ? colon + 2 : dash !== -1 ? dash + 2 : line.length;
      const indent = ' '.repeat(line.length - line.trimStart().length + 2);
      lines[at] = line.slice(0, cut) + rng.pick(TRICKY).replace(/\n/g, `\n${indent}`);
      break;
    }
    case 2: {
      const i = rng.int(0, line.length);
      lines[at] = line.slice(0, i) + rng.pick(PIECES) + line.slice(i + rng.int(0, 2));
      break;
    }
    case 3:
      lines.splice(at, 1);
      break;
    case 4:
      lines.splice(at, 0, line);
      break;
    case 5:
      lines[at] = rng.chance(0.5) ? ` ${line}` : line.replace(/^ {1,2}/, '');
      break;
    case 6: {
      const other = rng.int(0, lines.length - 1);
      [lines[at], lines[other]] = [lines[other]!, line];
      break;
    }
    default: {
      // Text in another spelling the tool must see through: decomposed, legacy or with a control character.
      lines[at] = rng.pick([line.normalize('NFD'), line.replace(/ệ/g, 'Ö'), `${line}\u0007`, line.replace(/a/g, 'а')]);
    }
  }
  return lines.join('\n');
}
