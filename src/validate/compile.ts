import type { ValidateFunction } from 'ajv/dist/2020.js';
import { createAjv } from '../load/ajv.js';
import type { Plan } from '../plan/types.js';
import { indexPlan, type PlanIndex } from '../plan/lookup.js';
import { deriveReportSchema } from '../schema/derive-report-schema.js';
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

/**
 * One ajv instance and one compiled validator per plan, reused for every file. The schema is derived and
 * compiled when a file first needs it: a run that every file's cached check answers never compiles it,
 * and a run with worker threads starts them before this thread spends its tenth of a second compiling.
 */
export function compilePlan(plan: Plan, { fastParse = true }: CompileOptions = {}): CompiledPlan {
  let compiled: Pick<CompiledPlan, 'validate' | 'shape'> | undefined;
  const schema = (): Pick<CompiledPlan, 'validate' | 'shape'> => {
    if (!compiled) {
      const derived = deriveReportSchema(plan);
      compiled = { validate: createAjv().compile(derived), shape: new SchemaShape(derived) };
    }
    return compiled;
  };
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
