import { describe, expect, it } from 'vitest';
import { isScalar, LineCounter } from 'yaml';
import { FILE_START, type Range } from '../../src/diagnostics/diagnostic.js';
import { vi } from '../../src/messages/diagnostics.js';
import { locate, rangeAt } from '../../src/load/locate-node.js';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { positionOf } from '../validate/support.js';

const NFD_KEY = 'ngươ\u0300i'; // "người" with the grave accent as a combining mark

const TEXT = [
  'signer:', //                                   1
  '  name: Hoàng Thị Thanh Huyền', //             2
  '  title:', //                                  3  (null value)
  'tasks:', //                                    4
  '  III.9:', //                                  5
  '    activities:', //                           6
  '      - date: 05/12/2025', //                  7
  '        themes: [2.1.a, 2.1.c]', //            8
  '        quantities: { sessions: 1 }', //       9
  '      - date: 12/12/2025 - 14/12/2025', //    10
  '        links:', //                           11
  '          - https://soyte.langson.gov.vn/a', // 12
  `        ${NFD_KEY}: 380`, //                  13
  '        place: "Trạm Y tế" # chú thích', //    14
  '',
].join('\n');

const parsed = parseYaml(TEXT, 'r.yaml', vi);
const doc = parsed.doc!;
const lc = parsed.lineCounter;
const r = (l1: number, c1: number, l2: number, c2: number): Range => ({ start: { line: l1, column: c1 }, end: { line: l2, column: c2 } });
const act = (i: number, ...rest: (string | number)[]) => ['tasks', 'III.9', 'activities', i, ...rest];

describe('rangeAt', () => {
  it('the document parses (the fixture itself is valid YAML)', () => {
    expect(parsed.diagnostics).toEqual([]);
  });

  it('points at a nested value', () => {
    expect(rangeAt(doc, lc, ['signer', 'name'])).toEqual(r(2, 9, 2, 30));
    expect(positionOf(TEXT, 'Hoàng')).toEqual({ line: 2, column: 9 });
    expect(rangeAt(doc, lc, act(1, 'date'))).toEqual(r(10, 15, 10, 38));
  });

  it('points at the key when asked', () => {
    expect(rangeAt(doc, lc, ['signer', 'name'], { preferKey: true })).toEqual(r(2, 3, 2, 7));
    expect(rangeAt(doc, lc, ['tasks', 'III.9'], { preferKey: true })).toEqual(r(5, 3, 5, 8));
  });

  it('points at the key of a null value (`title:` with nothing after it)', () => {
    expect(rangeAt(doc, lc, ['signer', 'title'])).toEqual(r(3, 3, 3, 8));
  });

  it('points into flow sequences and flow mappings', () => {
    expect(rangeAt(doc, lc, act(0, 'themes', 1))).toEqual(r(8, 25, 8, 30));
    expect(positionOf(TEXT, '2.1.c')).toEqual({ line: 8, column: 25 });
    expect(rangeAt(doc, lc, act(0, 'quantities', 'sessions'))).toEqual(r(9, 33, 9, 34));
    expect(rangeAt(doc, lc, act(0, 'quantities', 'sessions'), { preferKey: true })).toEqual(r(9, 23, 9, 31));
  });

  it('points into block sequences', () => {
    expect(rangeAt(doc, lc, act(1, 'links', 0))).toEqual(r(12, 13, 12, 43));
  });

  it('finds a decomposed (NFD) key from the normalised (NFC) path', () => {
    const nfc = NFD_KEY.normalize('NFC');
    expect(nfc).not.toBe(NFD_KEY);
    expect(rangeAt(doc, lc, act(1, nfc), { preferKey: true })).toEqual(r(13, 9, 13, 15));
    expect(rangeAt(doc, lc, act(1, nfc))).toEqual(r(13, 17, 13, 20));
    // …and an NFD path into the same document.
    expect(rangeAt(doc, lc, act(1, NFD_KEY))).toEqual(r(13, 17, 13, 20));
  });

  it('ends a value before its trailing comment; a quoted value includes its quotes', () => {
    expect(rangeAt(doc, lc, act(1, 'place'))).toEqual(r(14, 16, 14, 27));
  });

  it('falls back to the nearest existing parent for a path that is not in the document', () => {
    // A missing key: the mapping that should hold it.
    expect(rangeAt(doc, lc, ['signer', 'phone']).start).toEqual({ line: 2, column: 3 });
    // A missing list item: the list.
    expect(rangeAt(doc, lc, act(5, 'date')).start).toEqual({ line: 7, column: 7 });
  });

  it('the empty path is the whole document', () => {
    expect(rangeAt(doc, lc, []).start).toEqual({ line: 1, column: 1 });
  });

  it('without a document it is the file start', () => {
    expect(rangeAt(undefined, new LineCounter(), ['signer', 'name'])).toEqual(FILE_START);
  });
});

describe('locate', () => {
  it('returns the value node and the key node of the last step', () => {
    const found = locate(doc, ['signer', 'name']);
    expect(isScalar(found.node) && found.node.value).toBe('Hoàng Thị Thanh Huyền');
    expect(isScalar(found.key) && found.key.value).toBe('name');
  });

  it('has no key for a list item', () => {
    const found = locate(doc, act(0, 'themes', 0));
    expect(isScalar(found.node) && found.node.value).toBe('2.1.a');
    expect(found.key).toBeUndefined();
  });

  it('stops at a scalar when the path goes deeper than the document', () => {
    const found = locate(doc, ['signer', 'name', 'first']);
    expect(isScalar(found.node) && found.node.value).toBe('Hoàng Thị Thanh Huyền');
  });
});
