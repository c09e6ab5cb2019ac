import { readFile, mkdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { resolveCommandInputs } from './command-inputs.js';
import type { Lang } from '../diagnostics/codes.js';
import { renderFormPage } from '../form/page.js';
import type { FormSetup } from '../form/setup.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { displayName } from '../load/collect-files.js';
import { packagePath } from '../core/package-root.js';
import type { Agency, Plan } from '../plan/types.js';
import { foldForCompare } from '../text/suggest.js';
import { chooseSchemaTarget, initWords, resolveAgency, resolveUnit, schemaRefFrom } from './init.js';
import { EXIT, UsageError, type CliIo } from '../core/cli-io.js';
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

interface FormCliWords {
  missingOut(all: boolean): string;
  unitWithAll: string;
  noBundle(path: string): string;
  notAFolder(path: string): string;
  written(path: string, who: string, kb: number): string;
  writtenAll(count: number, folder: string): string;
  next(plan: string): string;
}

const WORDS: Record<Lang, FormCliWords> = {
  vi: {
    missingOut: (all) => (all ? 'Thiếu --out <thư mục>: nơi ghi các biểu mẫu.' : 'Thiếu --out <tệp.html>: nơi ghi biểu mẫu.'),
    unitWithAll: '--all đã tạo biểu mẫu cho mọi đơn vị; bỏ --unit, hoặc bỏ --all để tạo cho một đơn vị.',
    noBundle: (path) => `Thiếu ${path} (mã của biểu mẫu); chạy "npm run build" trong thư mục của công cụ.`,
    notAFolder: (path) => `${path} đã có và không phải thư mục; --all ghi vào một thư mục.`,
    written: (path, who, kb) => `✔ Đã tạo ${path} (biểu mẫu của ${who}, ${kb} KB).\n`,
    writtenAll: (count, folder) => `✔ Đã tạo ${count} biểu mẫu trong ${folder}.\n`,
    next: (plan) => `Gửi mỗi đơn vị tệp .html của mình: mở bằng trình duyệt, không cần mạng. Báo cáo đơn vị gửi lại (.yaml) kiểm tra bằng: compile-report validate --plan ${plan} <tệp>\n`,
  },
  en: {
    missingOut: (all) => (all ? 'Missing --out <folder>: where to write the forms.' : 'Missing --out <file.html>: where to write the form.'),
    unitWithAll: '--all writes a form for every unit; leave out --unit, or leave out --all for one unit.',
    noBundle: (path) => `${path} (the form's script) is missing; run "npm run build" in the tool's folder.`,
    notAFolder: (path) => `${path} exists and is not a folder; --all writes into a folder.`,
    written: (path, who, kb) => `✔ Wrote ${path} (the form of ${who}, ${kb} KB).\n`,
    writtenAll: (count, folder) => `✔ Wrote ${count} forms in ${folder}.\n`,
    next: (plan) => `Send each unit its own .html file: it opens in a browser, offline. Check the reports (.yaml) they send back with: compile-report validate --plan ${plan} <file>\n`,
  },
};

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

function targetsFor(plan: Plan, args: FormArgs, lang: Lang): Target[] {
  const w = initWords(lang);
  if (!args.all) {
    const { agency, id } = resolveAgency(plan, args.agency, w);
    return [{ agency, agencyId: id, unit: resolveUnit(agency, args.unit, w) }];
  }
  const chosen = args.agency === undefined ? plan.agencies.map((agency) => ({ agency, id: agency.id })) : [resolveAgency(plan, args.agency, w)];
  return chosen.flatMap(({ agency, id }) => (agency.group ? agency.group.units.map((unit) => ({ agency, agencyId: id, unit })) : [{ agency, agencyId: id }]));
}

async function isDirectory(path: string): Promise<boolean | undefined> {
  const s = await stat(path).catch(() => undefined);
  return s === undefined ? undefined : s.isDirectory();
}

export async function runForm(rawArgs: FormArgs, io: CliIo): Promise<number> {
  const { args, t, errColor } = await resolveCommandInputs({ ...rawArgs, paths: [] }, io);
  const w = WORDS[t.lang];
  if (!args.out) throw new UsageError(w.missingOut(Boolean(args.all)));
  if (args.all && args.unit !== undefined) throw new UsageError(w.unitWithAll);
  const planPath = absolute(args.plan, io.cwd);
  const out = absolute(args.out, io.cwd);
  const plan = await loadPlanOrReport(args.plan, io, t, errColor);
  if (!plan) return EXIT.failure;
  const targets = targetsFor(plan, args, t.lang);
  const bundlePath = packagePath('dist', 'form', 'form.js');
  const script = await readFile(bundlePath, 'utf8').catch(() => undefined);
  if (script === undefined) throw new UsageError(w.noBundle(bundlePath));

  if (args.all) {
    if ((await isDirectory(out)) === false) throw new UsageError(w.notAFolder(args.out));
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
