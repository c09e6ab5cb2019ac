import { opsMessagesFor } from '../messages/ops.js';
import { formatText } from '../format/text.js';
import type { Messages } from '../messages/diagnostics.js';
import { loadPlan, type LoadedPlan } from '../plan/load-plan.js';
import type { Plan } from '../plan/types.js';
import { displayName } from '../load/collect-files.js';
import { VERSION } from '../core/package-root.js';
import type { CliIo } from '../core/cli-io.js';
import { absolute } from './options.js';

/** Loads the plan, or prints why it cannot be used (on stderr) and returns undefined: the caller exits 2. */
export async function loadPlanOrReport(planArg: string, io: CliIo, t: Messages, color: boolean): Promise<Plan | undefined> {
  return (await loadPlanFileOrReport(planArg, io, t, color))?.plan;
}

/** As loadPlanOrReport, with the file's display name and positions for later diagnostics. */
export async function loadPlanFileOrReport(planArg: string, io: CliIo, t: Messages, color: boolean): Promise<(LoadedPlan & { plan: Plan; name: string }) | undefined> {
  const path = absolute(planArg, io.cwd);
  const name = displayName(path, io.cwd);
  const loaded = await loadPlan(path, name, t, { fastParse: io.env.COMPILE_REPORT_PARSER !== 'yaml' });
  const problems = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (loaded.plan && problems.length === 0) return { ...loaded, plan: loaded.plan, name };
  const sources = new Map(loaded.text === undefined ? [] : [[name, loaded.text]]);
  io.stderr.write(formatText([{ file: name, diagnostics: loaded.diagnostics }], { lang: t.lang, color, sources, toolVersion: VERSION }));
  io.stderr.write(`${opsMessagesFor(t.lang).planUnusable(name)}\n`);
  return undefined;
}
