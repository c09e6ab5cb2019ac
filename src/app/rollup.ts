import { diagnosticAt } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Messages } from '../messages/diagnostics.js';
import { renderKeyed } from '../messages/index.js';
import { formatText } from '../format/text.js';
import { displayName } from '../load/collect-files.js';
import type { MergedReport } from '../merge/types.js';
import { VERSION } from '../core/package-root.js';
import type { LoadedPlan } from '../plan/load-plan.js';
import type { Plan, Signer } from '../plan/types.js';
import { rollupReport } from '../rollup/build-rollup.js';
import { resolveRollup, type ResolvedRollup } from '../rollup/check-mapping.js';
import { rollupYaml } from '../rollup/rollup-yaml.js';
import { ROLLUP_WORDS } from '../rollup/words.js';
import { compilePlan } from '../validate/compile.js';
import { hasErrors } from '../validate/validate-files.js';
import { validateReportBytes } from '../validate/validate-report.js';
import type { CliIo } from '../core/cli-io.js';

export interface RollupInputs {
  /** The plan being built, with positions for diagnostics about its `rollup` block. */
  plan: LoadedPlan & { plan: Plan; name: string };
  parent: Plan;
  /** Where the roll-up goes, absolute. */
  out: string;
  model: MergedReport;
  number: string;
  date: string;
  signer: Signer;
  window?: { from: string; to: string };
}

function print(io: CliIo, t: Messages, color: boolean, file: string, diagnostics: Diagnostic[], sources?: Map<string, string>): void {
  io.stderr.write(formatText([{ file, diagnostics }], { lang: t.lang, color, sources, toolVersion: VERSION }));
}

/** The mapping resolved against the parent plan, or its problems as CR610 diagnostics at their place in the plan file. */
export function checkRollupMapping(plan: LoadedPlan & { plan: Plan; name: string }, parent: Plan, t: Messages): { diagnostics: Diagnostic[]; rollup?: ResolvedRollup } {
  const resolved = resolveRollup(plan.plan, parent);
  const diagnostics = resolved.problems.map((p) =>
    diagnosticAt('CR610', plan.name, plan.at!(p.path), p.path, t.rollupProblem(parent.document.number, renderKeyed(t.lang, p.message))),
  );
  return resolved.rollup ? { diagnostics, rollup: resolved.rollup } : { diagnostics };
}

/**
 * The roll-up file's text, checked twice: the mapping against the parent plan (CR610 at its place in the plan),
 * then the written YAML with the same engine as `validate --plan <parent>`. Undefined when either fails
 * (the diagnostics are printed; nothing is written, the caller exits 2).
 */
export function prepareRollup(input: RollupInputs, io: CliIo, t: Messages, color: boolean): string | undefined {
  const { plan, parent } = input;
  const resolved = checkRollupMapping(plan, parent, t);
  if (!resolved.rollup) {
    print(io, t, color, plan.name, resolved.diagnostics, plan.text === undefined ? undefined : new Map([[plan.name, plan.text]]));
    return undefined;
  }
  const report = rollupReport(input.model, resolved.rollup, {
    number: input.number,
    date: input.date,
    signer: { name: input.signer.name, title: input.signer.title ?? input.signer.authority },
    ...(input.window ? { window: input.window } : {}),
  });
  const who = resolved.rollup.unit ?? resolved.rollup.agency.name;
  const planRef = `${parent.document.type.toLowerCase()} ${parent.document.number}`;
  const text = rollupYaml(report, ROLLUP_WORDS.header(who, planRef, input.model.reportsMerged, 'compile-report'));
  const name = displayName(input.out, io.cwd);
  const check = validateReportBytes(Buffer.from(text, 'utf8'), name, compilePlan(parent), t);
  if (hasErrors(check.diagnostics) || !check.report) {
    print(io, t, color, name, check.diagnostics, new Map([[name, text]]));
    return undefined;
  }
  return text;
}
