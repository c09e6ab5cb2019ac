import type { ValidateFunction } from 'ajv/dist/2020.js';
import { createAjv } from '../load/ajv.js';
import type { Plan } from '../plan/types.js';
import { indexPlan, type PlanIndex } from '../plan/lookup.js';
import { deriveReportSchema, type JsonSchema } from '../schema/derive-report-schema.js';
import { SchemaShape } from './source-text/schema-shape.js';

export interface CompiledPlan {
  index: PlanIndex;
  validate: ValidateFunction;
  /** The same schema, for judging values by their source text (which positions hold numbers, which text). */
  shape: SchemaShape;
  /** Whether clean reports may be read by the fast path (load/fast-yaml.ts); off, every file is read with `yaml`. */
  fastParse: boolean;
}

export interface CompileOptions {
  /** Default true; false is for the differential tests and COMPILE_REPORT_PARSER=yaml. */
  fastParse?: boolean;
}

type Compiled = Pick<CompiledPlan, 'validate' | 'shape'>;

/**
 * The validators of the last few report schemas, by the schema's text: a process that checks the same plan
 * again (a library caller, a watch loop, the in-process test runs) compiles it once. A plan's schema is what
 * it compiles to, so two plans with the same schema share a validator and a changed plan never does.
 */
const recent = new Map<string, Compiled>();
const KEEP = 4;

function compiledFor(derived: JsonSchema): Compiled {
  const key = JSON.stringify(derived);
  let compiled = recent.get(key);
  if (!compiled) {
    compiled = { validate: createAjv().compile(derived), shape: new SchemaShape(derived) };
    if (recent.size === KEEP) recent.delete(recent.keys().next().value!);
  }
  recent.delete(key);
  recent.set(key, compiled);
  return compiled;
}

/**
 * One ajv instance and one compiled validator per plan, reused for every file. The schema is derived and
 * compiled when a file first needs it: a run that every file's cached check answers never compiles it,
 * and a run with worker threads starts them before this thread spends its tenth of a second compiling.
 */
export function compilePlan(plan: Plan, { fastParse = true }: CompileOptions = {}): CompiledPlan {
  let compiled: Compiled | undefined;
  const schema = (): Compiled => (compiled ??= compiledFor(deriveReportSchema(plan)));
  return {
    index: indexPlan(plan),
    get validate() {
      return schema().validate;
    },
    get shape() {
      return schema().shape;
    },
    fastParse,
  };
}
