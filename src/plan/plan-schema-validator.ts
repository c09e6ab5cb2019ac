import { compiledOnFirstUse } from '../load/schema-validator.js';
import { planSchema } from './plan-schema.js';

/**
 * The plan schema's validator. `npm run build` replaces this module's compiled file in dist/ with the same
 * validator generated ahead of time (scripts/standalone-validators.ts): the binary never compiles the schema.
 */
export const planSchemaValidator = compiledOnFirstUse(planSchema);
