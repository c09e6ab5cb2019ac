import { Ajv2020 } from 'ajv/dist/2020.js';

/**
 * The one way this tool builds a validator. Every schema it compiles is its own (the plan and config
 * schemas it ships, report schemas it derives), so checking them against the draft 2020-12
 * meta-schema at every start would cost a tenth of a second for nothing; a test does it once instead.
 */
export function createAjv(): Ajv2020 {
  return new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false, validateSchema: false, meta: false });
}
