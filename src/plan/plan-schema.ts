import { readFileSync } from 'node:fs';
import { packagePath } from '../core/package-root.js';

/** The plan file's JSON Schema, as shipped. */
export const planSchema = (): object => JSON.parse(readFileSync(packagePath('schemas', 'plan.schema.json'), 'utf8')) as object;
