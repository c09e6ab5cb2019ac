import { _, Ajv2020, stringify, type KeywordCxt, type Options } from 'ajv/dist/2020.js';
import { _Code } from 'ajv/dist/compile/codegen/code.js';
import type { CodeKeywordDefinition } from 'ajv';

/**
 * The options of every validator this tool builds; exported for the tests that hold our keyword code to ajv's own.
 * `code.optimize: false` skips ajv's passes over the code it generates (names, dead branches): compiling the plan's
 * and a report's schema took ~40 % longer with them, at every start, and the validators check as fast without.
 */
export const AJV_OPTIONS: Options = { allErrors: true, verbose: true, strict: true, strictRequired: false, validateSchema: false, meta: false, code: { optimize: false } };

/**
 * The one way this tool builds a validator. Every schema it compiles is its own (the plan and config
 * schemas it ships, report schemas it derives), so checking them against the draft 2020-12
 * meta-schema at every start would cost a tenth of a second for nothing; a test does it once instead.
 */
export function createAjv(extra: Options = {}): Ajv2020 {
  const ajv = new Ajv2020({ ...AJV_OPTIONS, ...extra, code: { ...AJV_OPTIONS.code, ...extra.code } });
  lookUpLongEnums(ajv);
  hashRepeatedTexts(ajv);
  return ajv;
}

/** ajv's code for a keyword, to be wrapped: only the test changes, never the keyword's place, path, params or message. */
function keywordDefinition(ajv: Ajv2020, keyword: string): CodeKeywordDefinition {
  const rule = ajv.RULES.all[keyword];
  if (typeof rule !== 'object' || !('code' in rule.definition)) throw new Error(`ajv: the ${keyword} keyword is not where it was`);
  return rule.definition as CodeKeywordDefinition;
}

/**
 * A long list of texts (a national plan's 2 989 communes for `unit`) is checked with one Set lookup
 * instead of ajv's loop, which compares the value with each text in turn. Any other enum (short, with
 * non-text values, or $data) is left to ajv's code.
 */
function lookUpLongEnums(ajv: Ajv2020): void {
  const definition = keywordDefinition(ajv, 'enum');
  const ajvCode = definition.code;
  definition.code = (cxt: KeywordCxt, ruleType?: string) => {
    const { gen, data, $data, schema, it } = cxt;
    // Below loopEnum ajv writes one comparison per value, which is as fast as a lookup.
    if ($data || !Array.isArray(schema) || schema.length < (it.opts.loopEnum ?? 200) || !schema.every((v) => typeof v === 'string')) {
      ajvCode(cxt, ruleType);
      return;
    }
    // `code` is what a validator generated ahead of time (standalone-validator.ts) writes for the value.
    const texts = gen.scopeValue('keyword', { ref: new Set(schema as string[]), code: _`new Set(${stringify(schema)})` });
    cxt.pass(_`${texts}.has(${data})`);
  };
}

/**
 * Where ajv's pairwise loop for uniqueItems would stop: the last item equal to an earlier one (i), and
 * the nearest such earlier item (j); undefined when all differ. For arrays of texts only, where ajv's
 * deep equality is ===.
 */
export function lastRepeat(items: readonly string[]): [number, number] | undefined {
  const lastSeen = new Map<string, number>();
  let found: [number, number] | undefined;
  for (let i = 0; i < items.length; i++) {
    const earlier = lastSeen.get(items[i]!);
    if (earlier !== undefined) found = [i, earlier];
    lastSeen.set(items[i]!, i);
  }
  return found;
}

/** A helper's own source, for a validator generated ahead of time; the helpers use nothing from outside themselves. */
const sourceOf = (helper: (items: never) => unknown): _Code => new _Code(`(${helper.toString()})`);

const allTexts = (items: unknown): boolean => Array.isArray(items) && items.every((x) => typeof x === 'string');

/**
 * uniqueItems over untyped items (a plan's 2 989 units, whose items are a $ref) is ajv's pairwise loop:
 * 4.5 million comparisons for a valid list. When every item is a text, one pass with a Map finds the same
 * pair ajv's loop would report; any other list (and typed items, which ajv already hashes) keeps ajv's code.
 */
function hashRepeatedTexts(ajv: Ajv2020): void {
  const definition = keywordDefinition(ajv, 'uniqueItems');
  const ajvCode = definition.code;
  definition.code = (cxt: KeywordCxt, ruleType?: string) => {
    const { gen, data, $data, schema, parentSchema } = cxt;
    const items: unknown = parentSchema.items;
    const typed = typeof items === 'object' && items !== null && ('type' in items || 'nullable' in items);
    if ($data || schema !== true || typed) {
      ajvCode(cxt, ruleType);
      return;
    }
    const texts = gen.scopeValue('keyword', { ref: allTexts, code: sourceOf(allTexts) });
    const repeat = gen.scopeValue('keyword', { ref: lastRepeat, code: sourceOf(lastRepeat) });
    gen.if(
      _`${texts}(${data})`,
      () => {
        const found = gen.const('repeat', _`${repeat}(${data})`);
        const i = gen.let('i', _`${found} && ${found}[0]`);
        const j = gen.let('j', _`${found} && ${found}[1]`);
        cxt.setParams({ i, j });
        gen.if(found, () => cxt.error());
      },
      () => ajvCode(cxt, ruleType),
    );
  };
}
