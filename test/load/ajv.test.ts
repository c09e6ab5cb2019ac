import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { CONFIG_SCHEMA } from '../../src/config/config-schema.js';
import { createAjv } from '../../src/load/ajv.js';

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
