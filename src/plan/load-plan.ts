import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { messagesFor, type Messages } from '../messages/diagnostics.js';
import { renderKeyed } from '../messages/index.js';
import { diagnosticAt } from '../diagnostics/create.js';
import { rangeAt } from '../load/locate-node.js';
import { readYamlFile } from '../load/read-yaml-file.js';
import { normalizeDeep } from '../text/vietnamese-encoding.js';
import { ajvErrorsToDiagnostics } from '../load/ajv-errors.js';
import { planConsistencyProblems } from './check-plan.js';
import type { Plan } from './types.js';
import { planSchemaValidator } from './plan-schema-validator.js';
import { appendAll } from '../core/append-all.js';

export interface LoadedPlan {
  plan?: Plan;
  diagnostics: Diagnostic[];
  text?: string;
  /** Positions in the plan file, for problems found later (the roll-up mapping against a parent plan). */
  at?: (path: (string | number)[]) => Diagnostic['range'];
}

/** A national plan with thousands of units is well under this; a larger file is not a plan. */
const MAX_PLAN_BYTES = 10 * 1024 * 1024;

/** Reads and checks a plan; every problem is a CR601 diagnostic (or a read/YAML one) with its position. */
export async function loadPlan(path: string, name: string, t: Messages): Promise<LoadedPlan> {
  const file = await readYamlFile(path, name, t, MAX_PLAN_BYTES);
  const { diagnostics, text, parsed } = file;
  if (!parsed) return { diagnostics, text };
  const data = normalizeDeep(parsed.data);
  const validate = planSchemaValidator();
  const ctx = { file: name, doc: parsed.doc, lineCounter: parsed.lineCounter, data, t: messagesFor(t.lang, 'plan'), codeOverride: 'CR601' as const };
  if (!validate(data)) {
    appendAll(diagnostics, ajvErrorsToDiagnostics(validate.errors, ctx));
    return { diagnostics, text };
  }
  const plan = data as Plan;
  for (const problem of planConsistencyProblems(plan)) {
    const range = rangeAt(parsed.doc, parsed.lineCounter, problem.path);
    diagnostics.push(diagnosticAt('CR601', name, range, problem.path, t.planProblem(renderKeyed(t.lang, problem.message))));
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics, text };
  return { plan, diagnostics, text, at: (path) => rangeAt(parsed.doc, parsed.lineCounter, path) };
}
