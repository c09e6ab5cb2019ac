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

/** One ajv instance and one compiled validator per plan, reused for every file. */
export function compilePlan(plan: Plan, { fastParse = true }: CompileOptions = {}): CompiledPlan {
  const schema = deriveReportSchema(plan);
  return { index: indexPlan(plan), validate: createAjv().compile(schema), shape: new SchemaShape(schema), fastParse };
}
