import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { messagesFor, type Messages } from '../messages/diagnostics.js';
import { renderKeyed } from '../messages/index.js';
import { diagnosticAt } from '../diagnostics/create.js';
import { rangeAt } from '../load/locate-node.js';
import { parseYamlText, readYamlText } from '../load/read-yaml-file.js';
import { fastYamlData } from '../load/fast-yaml.js';
import { parseYaml, type ParsedYaml } from '../load/parse-yaml.js';
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

export interface LoadPlanOptions {
  /** Default true: a clean plan may be read by the fast path (load/fast-yaml.ts); false reads it with `yaml` (COMPILE_REPORT_PARSER=yaml). */
  fastParse?: boolean;
}

/**
 * The shortcut for the common case, a clean plan: js-yaml's data, when the fast reader vouches for it, through
 * the same checks. Any problem at all and the answer is undefined: the caller reads the file with `yaml`, so
 * every diagnostic and position is the one the `yaml` path gives. Positions asked later parse the text then.
 */
function cleanByFastPath(text: string, name: string, t: Messages): LoadedPlan | undefined {
  const read = fastYamlData(text, { sourceChecks: false });
  if (read === undefined) return undefined;
  const data = normalizeDeep(read);
  if (!planSchemaValidator()(data)) return undefined;
  const plan = data as Plan;
  if (planConsistencyProblems(plan).length > 0) return undefined;
  let tree: ParsedYaml | undefined;
  const at = (path: (string | number)[]): Diagnostic['range'] => {
    tree ??= parseYaml(text, name, t);
    return rangeAt(tree.doc!, tree.lineCounter, path);
  };
  return { plan, diagnostics: [], text, at };
}

/** Reads and checks a plan; every problem is a CR601 diagnostic (or a read/YAML one) with its position. */
export async function loadPlan(path: string, name: string, t: Messages, { fastParse = true }: LoadPlanOptions = {}): Promise<LoadedPlan> {
  const read = await readYamlText(path, name, t, MAX_PLAN_BYTES);
  if (read.text === undefined) return read;
  const clean = fastParse && read.diagnostics.length === 0 ? cleanByFastPath(read.text, name, t) : undefined;
  if (clean) return clean;
  const file = parseYamlText({ diagnostics: read.diagnostics, text: read.text }, name, t);
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
