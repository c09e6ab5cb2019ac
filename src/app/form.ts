import { readFile, mkdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { resolveCommandInputs } from './command-inputs.js';
import { renderFormPage } from '../form/page.js';
import type { FormSetup } from '../form/setup.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { displayName } from '../load/collect-files.js';
import { packagePath } from '../core/package-root.js';
import type { Agency, Plan } from '../plan/types.js';
import { foldForCompare } from '../text/suggest.js';
import { FORM } from '../messages/form.js';
import { chooseSchemaTarget, resolveAgency, resolveUnit, schemaRefFrom } from './init.js';
import { EXIT, type CliIo } from '../core/cli-io.js';
import { UsageError } from '../core/errors.js';
import { loadPlanOrReport } from './load-plan.js';
import { absolute } from './options.js';

export interface FormArgs {
  plan?: string;
  agency?: string;
  unit?: string;
  /** One form for every unit (of the plan, or of --agency) into the folder --out. */
  all?: boolean;
  out?: string;
  schema?: string;
  lang?: string;
  config?: string | false;
}


interface Target {
  agency: Agency;
  agencyId: string;
  unit?: string;
}

/** "09-so-y-te", "12-xa-loc-binh": the agency's number in the plan, then its id or the unit's name without marks. */
export function unitFileStem(target: Target): string {
  const name = target.unit === undefined ? target.agencyId : foldForCompare(target.unit).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${String(target.agency.number).padStart(2, '0')}-${name}`;
}

function whoOf(target: Target): string {
  return target.unit ?? target.agency.aliases?.find((a) => a.id === target.agencyId)?.name ?? target.agency.name;
}

function targetsFor(plan: Plan, args: FormArgs): Target[] {
  if (!args.all) {
    const { agency, id } = resolveAgency(plan, args.agency);
    return [{ agency, agencyId: id, unit: resolveUnit(agency, args.unit) }];
  }
  const chosen = args.agency === undefined ? plan.agencies.map((agency) => ({ agency, id: agency.id })) : [resolveAgency(plan, args.agency)];
  return chosen.flatMap(({ agency, id }) => (agency.group ? agency.group.units.map((unit) => ({ agency, agencyId: id, unit })) : [{ agency, agencyId: id }]));
}

async function isDirectory(path: string): Promise<boolean | undefined> {
  const s = await stat(path).catch(() => undefined);
  return s === undefined ? undefined : s.isDirectory();
}

export async function runForm(rawArgs: FormArgs, io: CliIo): Promise<number> {
  const { args, t, errColor } = await resolveCommandInputs({ ...rawArgs, paths: [] }, io);
  const w = FORM[t.lang];
  if (!args.out) throw new UsageError('form.missingOut', Boolean(args.all));
  if (args.all && args.unit !== undefined) throw new UsageError('form.unitWithAll');
  const planPath = absolute(args.plan, io.cwd);
  const out = absolute(args.out, io.cwd);
  const plan = await loadPlanOrReport(args.plan, io, t, errColor);
  if (!plan) return EXIT.failure;
  const targets = targetsFor(plan, args);
  const bundlePath = packagePath('dist', 'form', 'form.js');
  const script = await readFile(bundlePath, 'utf8').catch(() => undefined);
  if (script === undefined) throw new UsageError('form.noBundle', bundlePath);

  if (args.all) {
    if ((await isDirectory(out)) === false) throw new UsageError('form.notAFolder', args.out);
    await mkdir(out, { recursive: true });
  }
  const folder = args.all ? out : dirname(out);
  // The saved reports' $schema line points where `init` would point it from the folder the forms are written to.
  const target = await chooseSchemaTarget(plan, planPath, args.schema, io.cwd);
  const modeline = `# yaml-language-server: $schema=${target.url ?? schemaRefFrom(folder, target.path!)}`;
  for (const unit of targets) {
    const stem = unitFileStem(unit);
    const setup: FormSetup = { lang: t.lang, plan, agencyId: unit.agencyId, unit: unit.unit, modeline, fileName: `${stem}.yaml` };
    const html = renderFormPage(setup, script, whoOf(unit));
    const path = args.all ? join(out, `${stem}.html`) : out;
    await writeFileAtomic(path, html, { inputs: [planPath] });
    if (!args.all) io.stdout.write(w.written(displayName(path, io.cwd), whoOf(unit), Math.ceil(Buffer.byteLength(html) / 1024)));
  }
  if (args.all) io.stdout.write(w.writtenAll(targets.length, displayName(out, io.cwd)));
  io.stdout.write(w.next(displayName(planPath, io.cwd)));
  return EXIT.ok;
}
