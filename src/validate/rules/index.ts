import { datesRule } from './dates.js';
import { duplicateActivitiesRule } from './duplicate-activities.js';
import { linksRule } from './links.js';
import { quantitiesRule } from './quantities.js';
import type { Rule } from './rule.js';

/** The rules run, in order, on every report that passed the schema. */
export const RULES: readonly Rule[] = [datesRule, quantitiesRule, duplicateActivitiesRule, linksRule];
