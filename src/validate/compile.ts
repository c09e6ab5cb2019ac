import type { ValidateFunction } from 'ajv/dist/2020.js';
import { createAjv } from './ajv.js';
import type { Plan } from '../plan/types.js';
import { indexPlan, type PlanIndex } from '../plan/lookup.js';
import { deriveReportSchema } from '../schema/derive-report-schema.js';

export interface CompiledPlan {
  index: PlanIndex;
  validate: ValidateFunction;
}

/** One ajv instance and one compiled validator per plan, reused for every file. */
export function compilePlan(plan: Plan): CompiledPlan {
  const ajv = createAjv();
  return { index: indexPlan(plan), validate: ajv.compile(deriveReportSchema(plan)) };
}
