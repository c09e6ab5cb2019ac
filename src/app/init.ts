import { readFile, stat } from 'node:fs/promises';
import nodePath, { dirname, join, type PlatformPath } from 'node:path';
import { stringify } from 'yaml';
import { resolveCommandInputs } from './command-inputs.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { displayName } from '../load/collect-files.js';
import { packagePath } from '../core/package-root.js';
import type { Agency, Plan } from '../plan/types.js';
import { deriveReportSchema } from '../schema/derive-report-schema.js';
import { planExamples } from '../plan/examples.js';
import { formatDateVn } from '../text/dates.js';
import { slugify } from '../text/slug.js';
import { foldForCompare, suggest } from '../text/suggest.js';
import { INIT } from '../messages/init.js';
import { EXIT, type CliIo } from '../core/cli-io.js';
import { UsageError } from '../core/errors.js';
import { loadPlanOrReport } from './load-plan.js';
import { absolute } from './options.js';
import { schemaText } from './schema.js';
import { appendAll } from '../core/append-all.js';

export interface InitArgs {
  plan?: string;
  agency?: string;
  unit?: string;
  out?: string;
  /** Where the `$schema` line points: a path (relative to the working folder) or a URL. */
  schema?: string;
  lang?: string;
  config?: string | false;
}


/** Comment lines of at most `width` columns, each starting with `prefix`. */
export function wrapComment(text: string, prefix: string, width = 100): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && [...(prefix + line + ' ' + word)].length > width) {
      lines.push(prefix + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(prefix + line);
  return lines;
}

/** A YAML scalar, quoted only when it must be. */
function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

function oneLine(text: string, max: number): string {
  const s = text.replace(/\s+/g, ' ').trim();
  return [...s].length > max ? `${[...s].slice(0, max - 1).join('')}…` : s;
}

export interface TemplateOptions {
  /** The agency id as it should appear in the report (an alias id for a successor body). */
  agencyId: string;
  unit?: string;
  /** What follows "$schema=" on the first line. */
  schemaRef: string;
  /** The plan path (relative to the report's folder) to show in the "validate" hint. */
  planHint: string;
}

/**
 * The report to fill for one agency (or one unit of a group): the `$schema` line first, every field explained
 * in Vietnamese comments, every task of the agency with its full text, and placeholders that fail validation
 * until they are filled (number "", date dd/mm/yyyy, period dd/mm/yyyy - dd/mm/yyyy, signer "", status empty,
 * summary ""; in the activity example form "", themes [""], empty participants, quantities and cost), so a blank
 * template cannot pass for a report. Pure.
 */
export function renderReportTemplate(plan: Plan, agency: Agency, options: TemplateOptions): string {
  const name = agency.aliases?.find((a) => a.id === options.agencyId)?.name ?? agency.name;
  const who = options.unit ? `${options.unit} (${agency.group?.member ?? agency.name})` : name;
  const campaign = `${formatDateVn(plan.campaign.from)} - ${formatDateVn(plan.campaign.to)}`;
  const form = plan.activity_forms.find((f) => f.counts.length > 0) ?? plan.activity_forms[0];
  const theme = plan.campaign.phases[0]?.themes[0]?.id;
  const quantity = form?.counts[0];
  const ex = planExamples(plan);
  const L: string[] = [];
  L.push(`# yaml-language-server: $schema=${options.schemaRef}`);
  L.push(`# BÁO CÁO kết quả thực hiện Kế hoạch số ${plan.document.number} ngày ${formatDateVn(plan.document.date)} của ${plan.issuer.name}`);
  L.push(`# Đơn vị báo cáo: ${who}`);
  L.push('#');
  L.push('# Cách điền:');
  L.push('#   - Thay mọi giá trị còn trống ("") và các mẫu dd/mm/yyyy bằng nội dung thật, điền status của từng');
  L.push('#     nhiệm vụ. Tệp chưa điền đủ sẽ KHÔNG qua được bước kiểm tra, nên không thể gửi nhầm bản trống.');
  L.push('#   - Dòng bắt đầu bằng "#" là ghi chú, không ảnh hưởng báo cáo; có thể giữ hoặc xóa.');
  L.push('#   - Thụt lề bằng dấu cách, không dùng phím Tab; giữ nguyên tên các khóa (plan:, agency:, tasks: …).');
  L.push('#   - Văn bản dài viết trên một dòng, hoặc viết ">-" rồi xuống dòng, thụt lề thêm 2 dấu cách.');
  L.push(`#   - Kiểm tra trước khi gửi: compile-report validate --plan ${options.planHint} <tệp này>`);
  L.push('#     (đường dẫn kế hoạch tính từ thư mục chứa tệp này).');
  L.push('');
  L.push('# Số kế hoạch mà báo cáo này thực hiện; giữ nguyên.');
  L.push(`plan: ${scalar(plan.document.number)}`);
  L.push('');
  L.push(`# Mã cơ quan báo cáo (${name}); giữ nguyên.`);
  L.push(`agency: ${scalar(options.agencyId)}`);
  if (options.unit !== undefined) {
    L.push('');
    L.push(`# Tên đơn vị thuộc nhóm "${agency.group?.member ?? agency.name}", đúng như danh sách trong kế hoạch; giữ nguyên.`);
    L.push(`unit: ${scalar(options.unit)}`);
  }
  L.push('');
  L.push(`# Số, ký hiệu văn bản báo cáo của đơn vị, dạng số/ký hiệu như ${ex.number}.`);
  L.push('number: ""');
  L.push('');
  L.push(`# Ngày ký báo cáo: dd/mm/yyyy (ví dụ ${ex.day}) hoặc yyyy-mm-dd (${plan.campaign.from}).`);
  L.push('date: dd/mm/yyyy');
  L.push('');
  L.push(`# Kỳ báo cáo: "từ ngày - đến ngày"; cả đợt của kế hoạch là: ${campaign}`);
  L.push('period: dd/mm/yyyy - dd/mm/yyyy');
  L.push('');
  L.push('# Người ký báo cáo.');
  L.push('signer:');
  L.push('  # Họ và tên người ký.');
  L.push('  name: ""');
  L.push('  # Chức vụ của người ký.');
  L.push('  title: ""');
  L.push('');
  L.push('# Kết quả từng nhiệm vụ kế hoạch giao cho đơn vị; báo cáo đủ mọi nhiệm vụ dưới đây.');
  L.push('#   status:   done (đã hoàn thành), in_progress (đang thực hiện) hoặc not_started (chưa thực hiện).');
  L.push('#   reason:   lý do chưa thực hiện; bắt buộc khi status là not_started, không dùng trong trường hợp khác.');
  L.push('#   summary:  tóm tắt kết quả thực hiện nhiệm vụ.');
  L.push('#   activities: các hoạt động đã thực hiện (không bắt buộc). Để dùng: bỏ dấu "# " ở đầu các dòng mẫu,');
  L.push('#     chép thêm một khối "- date: …" cho mỗi hoạt động, xóa các dòng không dùng đến (place, links …).');
  L.push('#     Mã hình thức (form), nội dung (themes) và chỉ tiêu (quantities): xem danh mục ở cuối tệp.');
  L.push('tasks:');
  for (const task of agency.tasks) {
    L.push(`  # Nhiệm vụ ${task.id}:`);
    appendAll(L, wrapComment(task.text, '  #   '));
    L.push(`  ${scalar(task.id)}:`);
    L.push('    # Tình trạng: done, in_progress hoặc not_started.');
    L.push('    status:');
    L.push('    # Tóm tắt kết quả thực hiện.');
    L.push('    summary: ""');
    L.push('    # Lý do chưa thực hiện (chỉ khi status: not_started):');
    L.push('    # reason: ""');
    L.push('    # Các hoạt động đã thực hiện:');
    L.push('    # activities:');
    const row = (lead: string, text: string, comment: string): string => `    #${lead}${text.padEnd(28)} # ${comment}`;
    L.push(row('   - ', 'date: dd/mm/yyyy', `ngày, hoặc khoảng ngày "${ex.range}"`));
    // Every placeholder fails validation until it is replaced: an example value would pass unnoticed.
    L.push(row('     ', 'form: ""', form ? `hình thức, ví dụ ${form.id} (${oneLine(form.name, 40)})` : 'hình thức'));
    L.push(row('     ', 'title: ""', 'tên hoạt động'));
    L.push(row('     ', 'place: ""', 'địa điểm'));
    if (theme) L.push(row('     ', 'themes: [""]', `mã nội dung của kế hoạch, ví dụ [${theme}]`));
    L.push(row('     ', 'participants:', 'số người tham dự (lượt người)'));
    if (quantity) L.push(row('     ', `quantities: { ${quantity}: }`, 'số lượng theo chỉ tiêu của hình thức'));
    L.push(row('     ', 'cost:', 'kinh phí (đồng), viết liền không dấu chấm: 4500000'));
    L.push(row('     ', 'links: [""]', 'đường dẫn https://… tới tin, bài, video'));
    L.push(row('     ', 'note: ""', 'ghi chú'));
    L.push('');
  }
  L.push('# Khó khăn, vướng mắc (không bắt buộc): bỏ dấu "# " để dùng, mỗi ý một dòng bắt đầu bằng "- ".');
  L.push('# difficulties:');
  L.push('#   - ""');
  L.push('');
  L.push('# Đề xuất, kiến nghị (không bắt buộc), cùng cách viết.');
  L.push('# proposals:');
  L.push('#   - ""');
  L.push('');
  L.push('# ── Danh mục của kế hoạch ─────────────────────────────────────────────────────────────────────────');
  L.push('# Hình thức hoạt động (form) và chỉ tiêu mỗi hình thức được đếm (quantities):');
  for (const f of plan.activity_forms) {
    L.push(`#   ${f.id}: ${f.name}${f.counts.length ? ` — ${f.counts.join(', ')}` : ''}`);
  }
  L.push('# Chỉ tiêu (quantities):');
  for (const x of plan.quantities) L.push(`#   ${x.id}: ${x.name} (${x.unit})`);
  L.push('# Nội dung của kế hoạch (themes):');
  for (const phase of plan.campaign.phases) {
    for (const t of phase.themes) L.push(`#   ${t.id}: ${oneLine(t.text, 88)}`);
  }
  return `${L.join('\n')}\n`.normalize('NFC');
}

/**
 * A path as a `$schema` reference: forward slashes, "./" when in the same folder, spaces %-encoded. `paths` is
 * node:path of this machine; tests pass path.win32 to check Windows folders (backslashes, drive letters).
 */
export function schemaRefFrom(fromDir: string, target: string, paths: Pick<PlatformPath, 'relative' | 'sep'> = nodePath): string {
  let rel = paths.relative(fromDir, target).split(paths.sep).join('/');
  // Another Windows drive has no relative path: a file URL, which editors and CR413's check both read.
  if (/^[A-Za-z]:\//.test(rel)) return `file:///${rel.replace(/ /g, '%20')}`;
  if (!rel.startsWith('.') && !rel.startsWith('/')) rel = `./${rel}`;
  return rel.replace(/ /g, '%20');
}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined)) !== undefined;
}

/**
 * Where the `$schema` line points. --schema: a URL as given, or a path (from the working folder) made relative
 * to the report. Otherwise report.schema.json next to the plan when it is exactly this plan's schema (a folder
 * made by `compile-report new`), else the package's schemas/report.schema.json when it is (the example plan),
 * else report.schema.json next to the plan (create it with `compile-report schema`).
 */
export async function chooseSchemaTarget(plan: Plan, planPath: string, schemaArg: string | undefined, cwd: string): Promise<{ url?: string; path?: string }> {
  if (schemaArg !== undefined) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(schemaArg)) return { url: schemaArg };
    return { path: absolute(schemaArg, cwd) };
  }
  const beside = join(dirname(planPath), 'report.schema.json');
  const derived = schemaText(deriveReportSchema(plan));
  for (const candidate of [beside, packagePath('schemas', 'report.schema.json')]) {
    if ((await readFile(candidate, 'utf8').catch(() => undefined)) === derived) return { path: candidate };
  }
  return { path: beside };
}

export function resolveAgency(plan: Plan, value: string | undefined): { agency: Agency; id: string } {
  const ids = plan.agencies.flatMap((a) => [a.id, ...(a.aliases ?? []).map((x) => x.id)]);
  if (!value) throw new UsageError('init.missingAgency', ids);
  for (const agency of plan.agencies) {
    if (agency.id === value || agency.aliases?.some((a) => a.id === value)) return { agency, id: value };
  }
  // A name typed instead of an id ("Sở Y tế") is a fine guess too.
  const byName = plan.agencies.flatMap((a) => [
    { name: a.name, id: a.id },
    ...(a.aliases ?? []).map((x) => ({ name: x.name, id: x.id })),
  ]);
  const named = byName.find((n) => foldForCompare(n.name) === foldForCompare(value));
  throw new UsageError('errors.unknownAgency', value, ids, named?.id ?? suggest(value, ids));
}

export function resolveUnit(agency: Agency, value: string | undefined): string | undefined {
  if (!agency.group) {
    if (value !== undefined) throw new UsageError('init.unitNotAllowed', agency.name);
    return undefined;
  }
  const units = agency.group.units;
  if (value === undefined) throw new UsageError('init.unitNeeded', agency.name, agency.group.member, units);
  const wanted = value.normalize('NFC').trim();
  if (units.includes(wanted)) return wanted;
  throw new UsageError('init.unknownUnit', value, agency.group.member, suggest(wanted, units));
}

/**
 * Without --out, in a folder whose configuration names a reports folder (one made by `compile-report new`), the
 * template goes there as <agency id>[-<unit>].yaml, so that its `$schema` line is right where the file lives;
 * otherwise (no configuration, or reports given as globs) it is printed.
 */
async function defaultOut(configReports: readonly string[], id: string, unit: string | undefined): Promise<string | undefined> {
  const folder = configReports[0];
  if (folder === undefined || !(await stat(folder).catch(() => undefined))?.isDirectory()) return undefined;
  return join(folder, `${unit ? `${id}-${slugify(unit)}` : id}.yaml`);
}

export async function runInit(rawArgs: InitArgs, io: CliIo): Promise<number> {
  const { args, t, errColor, config } = await resolveCommandInputs({ ...rawArgs, paths: [] }, io);
  const w = INIT[t.lang];
  const planPath = absolute(args.plan, io.cwd);
  if (args.out !== undefined && args.out !== '-' && (await exists(absolute(args.out, io.cwd)))) throw new UsageError('init.exists', args.out);
  const plan = await loadPlanOrReport(args.plan, io, t, errColor);
  if (!plan) return EXIT.failure;
  const { agency, id } = resolveAgency(plan, args.agency);
  const unit = resolveUnit(agency, args.unit);
  const out = args.out === '-' ? undefined : args.out !== undefined ? absolute(args.out, io.cwd) : await defaultOut(config ? args.paths : [], id, unit);
  if (out && (await exists(out))) throw new UsageError('init.exists', displayName(out, io.cwd));

  const target = await chooseSchemaTarget(plan, planPath, args.schema, io.cwd);
  const fromDir = out ? dirname(out) : io.cwd;
  const schemaRef = target.url ?? schemaRefFrom(fromDir, target.path!);
  const planHint = displayName(planPath, io.cwd);
  const planFromReport = schemaRefFrom(fromDir, planPath).replace(/%20/g, ' ');
  const text = renderReportTemplate(plan, agency, { agencyId: id, unit, schemaRef, planHint: /\s/.test(planFromReport) ? `"${planFromReport}"` : planFromReport });
  if (target.path && !(await exists(target.path))) io.stderr.write(w.schemaMissing(displayName(target.path, io.cwd), planHint));

  if (!out) {
    io.stdout.write(text);
    return EXIT.ok;
  }
  await writeFileAtomic(out, text, { inputs: [planPath] });
  const who = unit ?? agency.aliases?.find((a) => a.id === id)?.name ?? agency.name;
  io.stdout.write(w.written(displayName(out, io.cwd), who, planHint));
  return EXIT.ok;
}
