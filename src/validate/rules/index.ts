import { datesRule } from './dates.js';
import { duplicateActivitiesRule } from './duplicate-activities.js';
import { linksRule } from './links.js';
import { quantitiesRule } from './quantities.js';
import type { Rule } from './rule.js';
import { taskStatusRule } from './task-status.js';

/** The rules run, in order, on every report that passed the schema. */
export const RULES: readonly Rule[] = [datesRule, taskStatusRule, quantitiesRule, duplicateActivitiesRule, linksRule];
