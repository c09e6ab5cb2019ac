import { _, Ajv2020, type KeywordCxt, type Options } from 'ajv/dist/2020.js';
import type { CodeKeywordDefinition } from 'ajv';

/** The options of every validator this tool builds; exported for the test that holds the enum lookup to ajv's own. */
export const AJV_OPTIONS: Options = { allErrors: true, verbose: true, strict: true, strictRequired: false, validateSchema: false, meta: false };

/**
 * The one way this tool builds a validator. Every schema it compiles is its own (the plan and config
 * schemas it ships, report schemas it derives), so checking them against the draft 2020-12
 * meta-schema at every start would cost a tenth of a second for nothing; a test does it once instead.
 */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020(AJV_OPTIONS);
  lookUpLongEnums(ajv);
  return ajv;
}

/**
 * A long list of texts (a national plan's 2 989 communes for `unit`) is checked with one Set lookup
 * instead of ajv's loop, which compares the value with each text in turn. Only ajv's test changes: the
 * keyword, its place in the order and its error (keyword, path, params, message) stay ajv's own, and any
 * other enum (short, with non-text values, or $data) is left to ajv's code.
 */
function lookUpLongEnums(ajv: Ajv2020): void {
  const rule = ajv.RULES.all.enum;
  if (typeof rule !== 'object' || !('code' in rule.definition)) throw new Error('ajv: the enum keyword is not where it was');
  const definition = rule.definition as CodeKeywordDefinition;
  const ajvCode = definition.code;
  definition.code = (cxt: KeywordCxt, ruleType?: string) => {
    const { gen, data, $data, schema, it } = cxt;
    // Below loopEnum ajv writes one comparison per value, which is as fast as a lookup.
    if ($data || !Array.isArray(schema) || schema.length < (it.opts.loopEnum ?? 200) || !schema.every((v) => typeof v === 'string')) {
      ajvCode(cxt, ruleType);
      return;
    }
    const texts = gen.scopeValue('keyword', { ref: new Set(schema as string[]) });
    cxt.pass(_`${texts}.has(${data})`);
  };
}
