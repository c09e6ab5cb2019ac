import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { judgeWholeNumber } from '../../../src/validate/source-text/number-spelling.js';

/** [as typed, in quotes?, kind, the figure meant]; the parsed value is what YAML 1.2 makes of the plain text. */
const SLIPS: [string, boolean, string, string | undefined][] = [
  ['1.000', false, 'separators', '1000'],
  ['42.000', false, 'separators', '42000'],
  ['500.000', false, 'separators', '500000'],
  ['4.500.000', false, 'separators', '4500000'],
  ['1,000', false, 'separators', '1000'],
  ['1 000', false, 'separators', '1000'],
  ['1\u00a0000', false, 'separators', '1000'],
  ['1_000', false, 'separators', '1000'],
  ['-1.000', false, 'separators', '-1000'],
  ['1.5', false, 'fraction', undefined],
  ['.5', false, 'fraction', undefined],
  ['1,5', false, 'fraction', undefined],
  ['42.0', false, 'fraction', '42'],
  ['5.', false, 'fraction', '5'],
  ['1.000,5', false, 'fraction', undefined],
  ['1.000,00', false, 'fraction', '1000'],
  ['1,000.50', false, 'fraction', undefined],
  ['1e3', false, 'exponent', '1000'],
  ['4.52E+06', false, 'exponent', '4520000'],
  ['4,52E+06', false, 'exponent', '4520000'],
  ['1e400', false, 'exponent', undefined],
  ['1.5e-3', false, 'exponent', undefined],
  ['1000', true, 'quoted', '1000'],
  ['0x10', false, 'notation', undefined],
  ['0o10', false, 'notation', undefined],
  ['010', false, 'notation', '10'],
  ['0120', false, 'notation', '120'],
  ['+5', false, 'notation', '5'],
  ['-0', false, 'notation', '0'],
  ['.inf', false, 'notation', undefined],
  ['-.Inf', false, 'notation', undefined],
  ['.nan', false, 'notation', undefined],
];

describe('judgeWholeNumber', () => {
  it.each(SLIPS)('%j (quoted: %s) is %s, meant %s', (written, quoted, kind, meant) => {
    const parsed = quoted ? written : parse(`v: ${written}`).v;
    expect(judgeWholeNumber(written, quoted, parsed)).toEqual(meant === undefined ? { kind, meant: undefined } : { kind, meant });
  });

  it.each(['0', '7', '120', '4500000', '-24', '18446744073709551616'])('%s is taken as written', (written) => {
    expect(judgeWholeNumber(written, false, parse(`v: ${written}`).v)).toBeUndefined();
  });

  it('quoted grouped digits are judged by what is inside the quotes', () => {
    expect(judgeWholeNumber('1.000', true, '1.000')).toEqual({ kind: 'separators', meant: '1000' });
  });

  it('leaves words to the schema: "150 người" is not a number spelling', () => {
    expect(judgeWholeNumber('150 người', false, '150 người')).toBeUndefined();
    expect(judgeWholeNumber('khoảng 100', true, 'khoảng 100')).toBeUndefined();
  });

  it('catches whatever else YAML made a number of, such as 1_000 under %YAML 1.1', () => {
    expect(judgeWholeNumber('1:30', false, 90)).toEqual({ kind: 'notation' });
  });
});
