import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import standalone from 'ajv/dist/standalone/index.js';
import { describe, expect, it } from 'vitest';
import { CONFIG_SCHEMA } from '../../src/config/config-schema.js';
import { AJV_OPTIONS, createAjv, lastRepeat } from '../../src/load/ajv.js';

/** The validator createAjv would compile, as the code ajv generates for it ahead of time (scripts/standalone-validators.ts), run. */
function generated(schema: object): ValidateFunction {
  const ajv = createAjv({ code: { source: true } });
  const module = { exports: {} as ValidateFunction };
  new Function('module', 'exports', 'require', standalone.default(ajv, ajv.compile(schema)))(module, module.exports, createRequire(import.meta.url));
  return module.exports;
}

const read = (path: string): object => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as object;

// The tool compiles without meta-schema checks (src/load/ajv.ts); this is where they happen.
describe('every schema the tool compiles is valid JSON Schema 2020-12', () => {
  const strict = new Ajv2020({ strict: true, strictRequired: false });
  it.each([
    ['schemas/plan.schema.json', read('schemas/plan.schema.json')],
    ['schemas/report.schema.json', read('schemas/report.schema.json')],
    ['schemas/config.schema.json', read('schemas/config.schema.json')],
    ['CONFIG_SCHEMA', CONFIG_SCHEMA as object],
  ])('%s', (_name, schema) => {
    expect(strict.validateSchema(schema), JSON.stringify(strict.errors)).toBe(true);
    expect(() => createAjv().compile(schema)).not.toThrow();
  });
});

// createAjv checks a long enum of texts with a Set; ajv's errors must not change by a field, compiled or generated ahead of time.
describe('a long enum of texts is looked up, with ajv’s own errors', () => {
  const texts = (n: number): string[] => Array.from({ length: n }, (_, i) => `Xã Số ${i}, tỉnh ${i % 34}`);
  const schemaWith = (values: unknown[]): object => ({
    type: 'object',
    properties: { agency: { type: 'string' }, unit: { type: 'string', enum: values }, list: { type: 'array', items: { enum: values } } },
    allOf: [{ if: { properties: { agency: { const: 'xa' } } }, then: { properties: { unit: { enum: values } } } }],
  });
  const data = [
    { agency: 'xa', unit: 'Xã Số 7, tỉnh 7', list: ['Xã Số 0, tỉnh 0'] },
    { agency: 'xa', unit: 'Xã Số 7, tỉnh 8', list: ['Xã Số 0, tỉnh 0', 'khác', 3, null] },
    { agency: 'khac', unit: 'Xã Số 7 , tỉnh 7' },
    { unit: 7 },
    { unit: null },
    { unit: { a: 1 } },
    { unit: ['Xã Số 1, tỉnh 1'] },
    { unit: Number.NaN },
    { unit: '' },
    { agency: 'xa' },
  ];

  it.each([
    ['199 texts (ajv’s own comparisons)', texts(199), false],
    ['200 texts', texts(200), true],
    ['2 989 texts', texts(2989), true],
    ['300 values, one a number (ajv’s own loop)', [...texts(299), 5], false],
  ])('%s', (_name, values, looked) => {
    const stock = new Ajv2020(AJV_OPTIONS).compile(schemaWith(values));
    const ours = createAjv().compile(schemaWith(values));
    const ahead = generated(schemaWith(values));
    expect(ours.toString().includes('.has(data')).toBe(looked);
    for (const d of data) {
      expect(ours(d)).toBe(stock(d));
      expect(ours.errors).toEqual(stock.errors);
      expect(ahead(d)).toBe(stock(d));
      expect(ahead.errors).toEqual(stock.errors);
    }
    expect(ours({ agency: 'xa', unit: 'Xã Số 5, tỉnh 8' }) ? [] : ours.errors?.map((e) => [e.keyword, e.schemaPath])).toEqual([
      ['enum', '#/allOf/0/then/properties/unit/enum'],
      ['if', '#/allOf/0/if'],
      ['enum', '#/properties/unit/enum'],
    ]);
  });
});

// createAjv finds repeated texts with a Map where ajv compares every pair; the pair it reports must be ajv's.
describe('uniqueItems over untyped items: the same errors as ajv’s pairwise loop', () => {
  const schemas: [string, object, boolean][] = [
    ['items by $ref (a plan’s units)', { $defs: { text: { type: 'string', minLength: 1 } }, type: 'object', properties: { units: { type: 'array', uniqueItems: true, items: { $ref: '#/$defs/text' } } } }, true],
    ['no items schema', { type: 'object', properties: { units: { type: 'array', uniqueItems: true } } }, true],
    ['typed items (ajv’s own hashing)', { type: 'object', properties: { units: { type: 'array', uniqueItems: true, items: { type: 'string' } } } }, false],
  ];
  const lists: unknown[][] = [
    [],
    ['a'],
    ['a', 'b', 'c'],
    ['a', 'a'],
    ['a', 'b', 'b', 'a'],
    ['a', 'b', 'a', 'b'],
    ['x', 'a', 'b', 'a', 'c', 'b', 'a'],
    ['a', '', ''],
    Array.from({ length: 3000 }, (_, i) => `Xã ${i}`),
    [...Array.from({ length: 3000 }, (_, i) => `Xã ${i}`), 'Xã 17', 'Xã 2'],
    ['a', 1, 'a'],
    [1, 1],
    [{ a: 1 }, { a: 1 }],
    ['a', null, null],
    [Number.NaN, Number.NaN],
  ];

  it.each(schemas)('%s', (_name, schema, hashed) => {
    const stock = new Ajv2020(AJV_OPTIONS).compile(schema);
    const ours = createAjv().compile(schema);
    const ahead = generated(schema);
    expect(/const repeat\d* = /.test(ours.toString())).toBe(hashed);
    for (const units of lists) {
      expect(ours({ units })).toBe(stock({ units }));
      expect(ours.errors).toEqual(stock.errors);
      expect(ahead({ units })).toBe(stock({ units }));
      expect(ahead.errors).toEqual(stock.errors);
    }
  });

  it('reports the pair ajv’s loop stops at: the last repeated item and its nearest earlier copy', () => {
    expect(lastRepeat(['a', 'b', 'b', 'a'])).toEqual([3, 0]);
    expect(lastRepeat(['x', 'a', 'b', 'a', 'c', 'b', 'a'])).toEqual([6, 3]);
    expect(lastRepeat(['a', 'b', 'c'])).toBeUndefined();
  });
});
