/**
 * Run by `npm run build` after tsc: replaces the compiled modules that compile one of the package's own
 * schemas at first use with the same validator generated now as code (ajv standalone), so the binary
 * imports it ready-made. Only the package's schemas, only at build time, only into its own dist/.
 * test/load/schema-validator.test.ts holds each generated validator to the one compiled at run time.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_SCHEMA } from '../src/config/config-schema.js';
import { packagePath } from '../src/core/package-root.js';
import { standaloneValidatorModule } from '../src/load/schema-validator.js';
import { planSchema } from '../src/plan/plan-schema.js';

/** Each module of src/ that holds a validator (built by compiledOnFirstUse), its export, and its schema. */
export const STANDALONE_VALIDATORS = [
  { module: 'src/plan/plan-schema-validator', name: 'planSchemaValidator', schema: planSchema },
  { module: 'src/config/config-schema-validator', name: 'configSchemaValidator', schema: (): object => CONFIG_SCHEMA },
] as const;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const v of STANDALONE_VALIDATORS) writeFileSync(packagePath('dist', `${v.module}.js`), standaloneValidatorModule(v.schema(), v.name));
}
