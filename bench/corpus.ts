/**
 * Realistic report corpora, valid against the example plan (or a copy of it with a larger unit list),
 * built from a seed: the same seed gives the same bytes on every machine.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseDocument } from 'yaml';
import { packagePath } from '../src/core/package-root.js';
import type { Agency, Plan } from '../src/plan/types.js';
import { deriveReportSchema } from '../src/schema/derive-report-schema.js';
import { Rng } from './prng.js';
import * as P from './phrases.js';

/** Written beside plan.yaml; every report's modeline points at it (editors check against it). */
export const SCHEMA_FILE = 'report.schema.json';

export const EXAMPLE_PLAN_PATH = packagePath('examples', 'lang-son-2025', 'plan.yaml');

export const SIZES = {
  /** One province: the eleven agencies and the 65 communes and wards of the example plan. */
  province: { reports: 76 },
  /** 34 provinces' worth of communes: 3 000 reports, ~60 000 activities, ~17 MB. */
  national: { reports: 3_000 },
  /** Ten times national. */
  stress: { reports: 30_000 },
} as const;
export type SizeName = keyof typeof SIZES;

export interface CorpusSpec {
  /** Number of report files (the first up to 11 are the agencies, the rest group units). */
  reports: number;
  seed: string | number;
  /** Activities per report, both bounds included (default 16–24, ~20 on average). */
  activities?: [number, number];
  /** Leave out the agencies' reports (only units). */
  unitsOnly?: boolean;
  /** A province other than the example's (a name of PROVINCES): its own plan, communes and roll-up unit. */
  province?: string;
}

export interface GeneratedReport {
  /** File name, e.g. "12-xa-tan-lap-phu-tho.yaml". */
  name: string;
  text: string;
  /** Facts the property tests compare the built document with. */
  facts: { agency: string; unit?: string; titles: string[]; activities: number; quantities: Record<string, number>; participants: number; cost: number };
}

export interface Corpus {
  planText: string;
  plan: Plan;
  reports: GeneratedReport[];
}

let examplePlanText: string | undefined;
export function loadExamplePlanText(): string {
  examplePlanText ??= readFileSync(EXAMPLE_PLAN_PATH, 'utf8');
  return examplePlanText;
}

function nfc<T>(value: T): T {
  return JSON.parse(JSON.stringify(value).normalize('NFC')) as T;
}

/** ASCII slug of Vietnamese text: "Xã Tân Lập" → "xa-tan-lap". */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Unit names for `count` communes and wards spread over the 34 provinces, unique, in a stable order. */
export function nationalUnits(count: number, seed: string | number): string[] {
  const rng = new Rng(`units:${seed}`);
  const perProvince = Math.ceil(count / P.PROVINCES.length);
  const combos: string[] = [];
  for (const a of P.NAME_FIRST) for (const b of P.NAME_SECOND) if (a !== b) combos.push(`${a} ${b}`);
  if (perProvince > combos.length * 2) throw new Error(`too many units per province: ${perProvince}`);
  const units: string[] = [];
  for (const [i, province] of P.PROVINCES.entries()) {
    const names = rng.fork(`province:${i}`).shuffle(combos);
    const n = Math.min(perProvince, count - units.length);
    for (let k = 0; k < n; k++) {
      const base = names[k % names.length]!;
      const kind = k >= names.length ? 'Phường' : k % 10 === 9 ? 'Phường' : 'Xã';
      units.push(`${kind} ${base}, ${province.kind} ${province.name}`);
    }
  }
  return units;
}

/** The example plan's text, with the group's unit list replaced when more units are needed. */
export function planFor(unitCount: number, seed: string | number): { text: string; plan: Plan } {
  const exampleText = loadExamplePlanText();
  const example = nfc(parse(exampleText) as Plan);
  const groupIndex = example.agencies.findIndex((a) => a.group);
  const exampleUnits = example.agencies[groupIndex]!.group!.units;
  if (unitCount <= exampleUnits.length) return { text: exampleText, plan: example };
  const units = nationalUnits(unitCount, seed);
  const doc = parseDocument(exampleText);
  doc.setIn(['agencies', groupIndex, 'group', 'units'], doc.createNode(units));
  doc.setIn(['id'], `${example.id}-bench-${unitCount}`);
  doc.commentBefore =
    ` Bản sao của examples/lang-son-2025/plan.yaml do bench/generate.ts sinh ra: danh sách đơn vị của\n` +
    ` nhóm ${example.agencies[groupIndex]!.id} thay bằng ${unitCount} xã, phường giả định của 34 tỉnh, thành phố\n` +
    ` (để đo hiệu năng; không phải dữ liệu thật).`;
  const text = doc.toString({ lineWidth: 0 });
  return { text, plan: nfc(parse(text) as Plan) };
}

/** Communes and wards of one province, with no province suffix: "Xã Tân Lập". */
function provinceUnits(count: number, province: string, seed: string | number): string[] {
  const combos: string[] = [];
  for (const a of P.NAME_FIRST) for (const b of P.NAME_SECOND) if (a !== b) combos.push(`${a} ${b}`);
  if (count > combos.length) throw new Error(`too many units for one province: ${count}`);
  return new Rng(`units:${province}:${seed}`).shuffle(combos).slice(0, count).map((base, k) => `${k % 10 === 9 ? 'Phường' : 'Xã'} ${base}`);
}

/**
 * The example plan rewritten for another province: its name everywhere the example says Lạng Sơn, its own
 * communes, and the unit it reports as in the national plan (implements.report_as.unit).
 */
export function provincePlanFor(provinceName: string, unitCount: number, seed: string | number): { text: string; plan: Plan } {
  const province = P.PROVINCES.find((p) => p.name === provinceName);
  if (!province) throw new Error(`unknown province ${provinceName}`);
  const kind = province.kind === 'tỉnh' ? 'Tỉnh' : 'Thành phố';
  const text = loadExamplePlanText()
    .replaceAll('TỈNH LẠNG SƠN', `${province.kind.toUpperCase()} ${province.name.toUpperCase()}`)
    .replaceAll('tỉnh Lạng Sơn', `${province.kind} ${province.name}`)
    .replaceAll('Tỉnh Lạng Sơn', `${kind} ${province.name}`)
    .replaceAll('Lạng Sơn', province.name)
    .replace(/^id: .*$/m, `id: ${slug(province.name)}-2025-bench`);
  const doc = parseDocument(text);
  const groupIndex = (doc.toJS() as Plan).agencies.findIndex((a) => a.group);
  doc.setIn(['agencies', groupIndex, 'group', 'units'], doc.createNode(provinceUnits(unitCount, province.name, seed)));
  doc.commentBefore =
    ` Bản sao của examples/lang-son-2025/plan.yaml do bench/corpus.ts sinh ra cho ${kind.toLowerCase()} ${province.name}\n` +
    ` (tên tỉnh và danh sách ${unitCount} xã, phường là giả định; không phải dữ liệu thật).`;
  const out = doc.toString({ lineWidth: 0 });
  return { text: out, plan: nfc(parse(out) as Plan) };
}

// ---------------------------------------------------------------------------------------------
// YAML text, written the way people write reports (flow maps for quantities, folded summaries).

const PLAIN_UNSAFE_START = /^[\s\-?:,[\]{}#&*!|>'"%@`]/;
const RESERVED = /^(?:true|false|null|~|yes|no|on|off|y|n)$/i;

/** A plain scalar when YAML reads it back as the same string, else a double-quoted one. */
export function scalar(s: string, flow = false): string {
  const unsafe =
    s === '' ||
    PLAIN_UNSAFE_START.test(s) ||
    /\s$/.test(s) ||
    /: |:$| #|\t|\n/.test(s) ||
    RESERVED.test(s) ||
    /^[-+]?(?:\.?\d|\.inf|\.nan)/i.test(s) ||
    (flow && /[,[\]{}]/.test(s));
  return unsafe ? JSON.stringify(s) : s;
}

function folded(text: string, indent: string, width = 96): string {
  const words = text.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return `>-\n${lines.map((l) => indent + l).join('\n')}`;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const vnDate = (day: number, month = 12, year = 2025): string => `${pad2(day)}/${pad2(month)}/${year}`;
const isoDate = (day: number, month = 12, year = 2025): string => `${year}-${pad2(month)}-${pad2(day)}`;

function personName(rng: Rng): string {
  return `${rng.pick(P.FAMILY_NAMES)} ${rng.pick(P.MIDDLE_NAMES)} ${rng.pick(P.GIVEN_NAMES)}`;
}

function fill(template: string, rng: Rng, ctx: { unit: string; body: string; province: string }, topicList: readonly string[] = P.TOPICS): string {
  const topics = rng.sample(topicList, 2);
  return template
    .replace('{topic2}', topics[1]!)
    .replace('{topic}', topics[0]!)
    .replace('{audience}', rng.pick(P.AUDIENCES))
    .replace('{village}', `${rng.pick(['thôn', 'bản', 'khu dân cư'])} ${rng.pick(P.VILLAGES)}`.replace(/^(thôn|bản|khu dân cư) (Thôn|Bản|Khu|Tổ)/, '$2'))
    .replace('{unit}', ctx.unit)
    .replace('{body}', ctx.body)
    .replace('{province}', ctx.province);
}

const QUANTITY_RANGE: Record<string, [number, number]> = {
  sessions: [1, 6],
  articles: [1, 30],
  broadcasts: [2, 60],
  posts: [1, 40],
  views: [200, 45_000],
  banners: [2, 40],
  copies: [100, 5_000],
  entries: [50, 4_000],
  examinations: [40, 900],
  documents: [1, 4],
};
const WITH_PARTICIPANTS = new Set(['conference', 'direct-propaganda', 'political-study', 'medical-exam', 'other', 'contest']);
const WITH_LINKS = new Set(['social-media', 'press-article', 'broadcast']);

interface Body {
  agency: Agency;
  /** The id written in the report (the agency's or one of its aliases). */
  agencyId: string;
  unit?: string;
  /** How the report names itself in summaries ("UBND xã Tân Lập", "Sở Y tế"). */
  name: string;
  symbol: string;
  province: string;
  domain: string;
  fileName: string;
}

function acronym(name: string): string {
  return slug(name)
    .split('-')
    .filter((w) => w && w !== 'va')
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/** One report's text and the facts it states. */
export function reportText(body: Body, plan: Plan, rng: Rng, activityRange: [number, number]): GeneratedReport {
  const themes = plan.campaign.phases.flatMap((p) => p.themes.map((t) => t.id));
  const forms = plan.activity_forms;
  const campaignEnd = Number(plan.campaign.to.slice(8, 10));
  const periodEnd = rng.int(Math.min(20, campaignEnd), campaignEnd);
  const ctx = { unit: body.unit ? body.unit.split(',')[0]!.replace(/^Xã/, 'xã').replace(/^Phường/, 'phường') : body.name, body: body.name, province: body.province };
  const lines: string[] = [];
  lines.push(`# yaml-language-server: $schema=../${SCHEMA_FILE}`);
  lines.push(`# Báo cáo kết quả thực hiện Kế hoạch ${plan.document.number} — ${body.name}`);
  lines.push(`plan: ${scalar(plan.document.number)}`);
  lines.push(`agency: ${body.agencyId}`);
  if (body.unit) lines.push(`unit: ${scalar(body.unit)}`);
  lines.push(`number: ${rng.int(100, 999)}/BC-${body.symbol}`);
  const reportDay = Math.min(campaignEnd, periodEnd + rng.int(0, 2));
  lines.push(`date: ${rng.chance(0.1) ? isoDate(reportDay) : vnDate(reportDay)}`);
  lines.push(`period: ${vnDate(1)} - ${vnDate(periodEnd)}`);
  lines.push('signer:');
  lines.push(`  name: ${personName(rng)}`);
  lines.push(`  title: ${rng.pick(P.SIGNER_TITLES)}`);
  lines.push('tasks:');

  const tasks = body.agency.tasks;
  const total = rng.int(activityRange[0], activityRange[1]);
  const status = tasks.map((_, i) => (tasks.length > 1 && i === tasks.length - 1 && rng.chance(0.05) ? 'not_started' : rng.chance(0.15) ? 'in_progress' : 'done'));
  const active = status.map((s, i) => (s === 'not_started' ? -1 : i)).filter((i) => i >= 0);
  const perTask = tasks.map(() => 0);
  for (let k = 0; k < total; k++) {
    const i = active[k % active.length];
    if (i !== undefined) perTask[i]!++;
  }
  const facts: GeneratedReport['facts'] = { agency: body.agencyId, unit: body.unit, titles: [], activities: 0, quantities: {}, participants: 0, cost: 0 };
  const seen = new Set<string>();

  for (const [ti, task] of tasks.entries()) {
    lines.push(`  ${scalar(task.id)}:`);
    lines.push(`    status: ${status[ti]}`);
    if (status[ti] === 'not_started') lines.push(`    reason: ${folded(rng.pick(P.REASONS), '      ')}`);
    const summary = [rng.pick(P.SUMMARY_OPENINGS), ...rng.sample(P.SUMMARY_MIDDLES, 1), rng.pick(P.SUMMARY_CLOSINGS)].map((s) => fill(s, rng, ctx)).join(' ');
    lines.push(`    summary: ${folded(summary[0]!.toUpperCase() + summary.slice(1), '      ')}`);
    if (perTask[ti] === 0) continue;
    lines.push('    activities:');
    for (let k = 0; k < perTask[ti]!; k++) {
      let form = rng.pick(forms);
      let title = '';
      let date = '';
      for (let attempt = 0; attempt < 20; attempt++) {
        form = rng.pick(forms);
        title = fill(rng.pick(P.FORM_TITLES[form.id] ?? P.FORM_TITLES.other!), rng, ctx, P.TITLE_TOPICS);
        const from = rng.int(1, periodEnd);
        const to = rng.chance(0.3) && from < periodEnd ? rng.int(from + 1, periodEnd) : from;
        const fmt = rng.chance(0.1) ? isoDate : vnDate;
        date = to > from ? `${fmt(from)} - ${fmt(to)}` : fmt(from);
        // The same key as the duplicate-activity rule: the day span, the form and the folded title.
        const key = `${from}-${to}|${form.id}|${slug(title)}`;
        if (!seen.has(key)) {
          seen.add(key);
          break;
        }
      }
      facts.titles.push(title);
      facts.activities++;
      lines.push(`      - date: ${date}`);
      lines.push(`        form: ${form.id}`);
      lines.push(`        title: ${scalar(title)}`);
      if (rng.chance(0.2)) lines.push(`        place: ${scalar(fill(rng.pick(P.PLACES), rng, ctx))}`);
      if (rng.chance(0.7)) lines.push(`        themes: [${rng.sample(themes, rng.int(1, 2)).join(', ')}]`);
      if (WITH_PARTICIPANTS.has(form.id) && rng.chance(0.6)) {
        const n = rng.int(15, 600);
        facts.participants += n;
        lines.push(`        participants: ${n}`);
      }
      if (form.counts.length > 0) {
        const qs = form.counts.map((q) => {
          const [lo, hi] = QUANTITY_RANGE[q] ?? [1, 10];
          const v = rng.int(lo, hi);
          facts.quantities[q] = (facts.quantities[q] ?? 0) + v;
          return `${q}: ${v}`;
        });
        lines.push(`        quantities: { ${qs.join(', ')} }`);
      }
      if (WITH_LINKS.has(form.id) && rng.chance(0.3)) {
        lines.push('        links:');
        lines.push(`          - https://${body.domain}/tin-tuc/${slug(title).slice(0, 60)}-${rng.int(1000, 99999)}.html`);
      }
      if (rng.chance(0.3)) {
        const cost = rng.int(2, 120) * 500_000;
        facts.cost += cost;
        lines.push(`        cost: ${cost}`);
      }
      if (rng.chance(0.05)) lines.push(`        note: ${scalar(`Phối hợp với ${rng.pick(['Mặt trận Tổ quốc', 'Đoàn Thanh niên', 'Hội Liên hiệp Phụ nữ', 'Hội Nông dân', 'Công an xã'])} thực hiện.`)}`);
    }
  }
  if (rng.chance(0.8)) {
    lines.push('difficulties:');
    for (const d of rng.sample(P.DIFFICULTIES, rng.int(1, 2))) lines.push(`  - ${scalar(d)}`);
  }
  if (rng.chance(0.6)) {
    lines.push('proposals:');
    for (const d of rng.sample(P.PROPOSALS, rng.int(1, 2))) lines.push(`  - ${scalar(d)}`);
  }
  return { name: body.fileName, text: `${lines.join('\n')}\n`.normalize('NFC'), facts };
}

function bodies(plan: Plan, spec: CorpusSpec): Body[] {
  const out: Body[] = [];
  const group = plan.agencies.find((a) => a.group)!;
  const own = plan.agencies.filter((a) => !a.group);
  const rng = new Rng(`bodies:${spec.seed}`);
  const langSon = P.PROVINCES.find((p) => p.name === (spec.province ?? 'Lạng Sơn'))!;
  if (!spec.unitsOnly) {
    for (const agency of own.slice(0, Math.min(own.length, spec.reports))) {
      const alias = agency.aliases?.[0];
      const useAlias = alias !== undefined && rng.chance(0.5);
      const name = useAlias ? alias.name : agency.name;
      out.push({
        agency,
        agencyId: useAlias ? alias.id : agency.id,
        name,
        symbol: acronym(name),
        province: langSon.name,
        domain: `${slug(name).replace(/-/g, '')}.${langSon.domain}.gov.vn`,
        fileName: `${pad2(agency.number)}-${slug(name)}.yaml`,
      });
    }
  }
  const units = group.group!.units;
  const needed = spec.reports - out.length;
  if (needed > units.length) throw new Error(`the plan has ${units.length} units, ${needed} needed`);
  for (const unit of units.slice(0, needed)) {
    const [local, where] = unit.split(', ');
    const province = P.PROVINCES.find((p) => where?.endsWith(p.name)) ?? langSon;
    out.push({
      agency: group,
      agencyId: group.id,
      unit,
      name: `UBND ${local!.replace(/^Xã/, 'xã').replace(/^Phường/, 'phường')}`,
      symbol: 'UBND',
      province: province.name,
      domain: `${slug(local!).replace(/-/g, '')}.${province.domain}.gov.vn`,
      fileName: `${pad2(group.number)}-${slug(unit)}.yaml`,
    });
  }
  return out;
}

/** A plan and `spec.reports` reports, every one valid against it and no two for the same unit. */
export function generateCorpus(spec: CorpusSpec): Corpus {
  const agencies = spec.unitsOnly ? 0 : 11;
  const units = Math.max(0, spec.reports - agencies);
  const { text: planText, plan } = spec.province ? provincePlanFor(spec.province, units, spec.seed) : planFor(units, spec.seed);
  const root = new Rng(`reports:${spec.seed}`);
  const names = new Set<string>();
  const reports = bodies(plan, spec).map((b, i) => {
    let name = b.fileName;
    for (let k = 2; names.has(name); k++) name = b.fileName.replace(/\.yaml$/, `-${k}.yaml`);
    names.add(name);
    return reportText({ ...b, fileName: name }, plan, root.fork(i), spec.activities ?? [16, 24]);
  });
  return { planText, plan, reports };
}

export function corpusForSize(size: SizeName, seed: string | number = 2025): Corpus {
  return generateCorpus({ reports: SIZES[size].reports, seed });
}

/** Writes `<dir>/plan.yaml`, `<dir>/report.schema.json` and `<dir>/reports/*.yaml` (the reports folder is emptied first). */
export async function writeCorpus(dir: string, corpus: Corpus): Promise<{ files: number; bytes: number }> {
  const reportsDir = join(dir, 'reports');
  await rm(reportsDir, { recursive: true, force: true });
  await mkdir(reportsDir, { recursive: true });
  await writeFile(join(dir, 'plan.yaml'), corpus.planText);
  await writeFile(join(dir, SCHEMA_FILE), `${JSON.stringify(deriveReportSchema(corpus.plan), null, 2)}\n`);
  let bytes = 0;
  const queue = [...corpus.reports];
  const writers = Array.from({ length: 16 }, async () => {
    for (let r = queue.shift(); r; r = queue.shift()) {
      const data = Buffer.from(r.text, 'utf8');
      bytes += data.length;
      await writeFile(join(reportsDir, r.name), data);
    }
  });
  await Promise.all(writers);
  return { files: corpus.reports.length, bytes };
}
