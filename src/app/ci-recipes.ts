import { readFile } from 'node:fs/promises';
import { packagePath } from '../core/package-root.js';

/** Where a reporting folder keeps its plan and its reports, as the recipes of docs/ci/ name them. */
export interface RecipeWiring {
  plan: string;
  reports: string;
}

/** Puts `value` between the two groups of the one match of `pattern`; a recipe that lost the line is a bug. */
function setValue(text: string, pattern: RegExp, value: string, what: string): string {
  if (!pattern.test(text)) throw new Error(`docs/ci recipe: ${what} not found`);
  return text.replace(pattern, (_m, lead: string, tail: string) => `${lead}${value}${tail}`);
}

/** docs/ci/github-actions.yml with PLAN and REPORTS_DIR pointing at a reporting folder's own files. */
export function wireWorkflow(text: string, to: RecipeWiring): string {
  const withPlan = setValue(text, /^( {2}PLAN: ).*()$/m, to.plan, 'env PLAN');
  return setValue(withPlan, /^( {2}REPORTS_DIR: ).*()$/m, to.reports, 'env REPORTS_DIR');
}

/** docs/ci/pre-commit with the defaults of COMPILE_REPORT_PLAN and COMPILE_REPORT_REPORTS set to a folder's own files. */
export function wireHook(text: string, to: RecipeWiring): string {
  const withPlan = setValue(text, /^(PLAN="\$\{COMPILE_REPORT_PLAN:-)[^}]*(\}")$/m, to.plan, 'COMPILE_REPORT_PLAN default');
  return setValue(withPlan, /^(REPORTS_DIR="\$\{COMPILE_REPORT_REPORTS:-)[^}]*(\}")$/m, to.reports, 'COMPILE_REPORT_REPORTS default');
}

/** The recipes as docs/ci/ ships them, one source for the documentation and for `compile-report new`. */
export async function readRecipes(): Promise<{ workflow: string; hook: string }> {
  const [workflow, hook] = await Promise.all([
    readFile(packagePath('docs', 'ci', 'github-actions.yml'), 'utf8'),
    readFile(packagePath('docs', 'ci', 'pre-commit'), 'utf8'),
  ]);
  return { workflow, hook };
}
