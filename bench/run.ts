/**
 * `npm run bench [-- --stress] [--runs 5] [--write docs/performance.md] [--keep <dir>]`
 *
 * Generates the province and national corpora (and stress with --stress) in a temporary folder, then
 * times whole processes, as users run them: `validate` and `build` (median of N runs, wall time, MB/s,
 * peak RSS), beside two references measured in the same run on the same files: a bare loop of yaml's
 * parseDocument in one process (the floor) and ajv-cli validating against the same derived schema.
 * Prints a table of the targets, met or missed and by how much; --write puts it in a Markdown file
 * (between the bench:begin and bench:end markers when the file has them).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { packagePath } from '../src/core/package-root.js';
import { SIZES, corpusForSize, writeCorpus, type SizeName } from './corpus.js';
import { measureFormOpen, type FormOpen } from './form-open.js';

const BIN = packagePath('bin', 'compile-report.js');
const FLOOR = packagePath('dist', 'bench', 'parse-floor.js');
const AJV = packagePath('node_modules', 'ajv-cli', 'dist', 'index.js');
const TIME = '/usr/bin/time';

export interface Sample {
  wallMs: number;
  /** Peak resident set, kilobytes (0 when it could not be measured). */
  rssKb: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface Measure {
  name: string;
  samples: Sample[];
  medianMs: number;
  maxRssKb: number;
  codes: (number | null)[];
  bytes?: number;
  note?: string;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** One process, timed from spawn to exit; peak RSS from /usr/bin/time, else from a --require hook in the child. */
export function runOnce(args: string[], options: { cwd?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): Sample {
  const scratch = mkdtempSync(join(tmpdir(), 'cr-rss-'));
  const rssFile = join(scratch, 'rss');
  let command = process.execPath;
  let argv = args;
  let env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  if (existsSync(TIME)) {
    command = TIME;
    argv = ['-o', rssFile, '-f', '%M', process.execPath, ...args];
  } else {
    const hook = join(scratch, 'hook.cjs');
    writeFileSync(hook, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`);
    env = { ...env, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --require ${hook}`.trim() };
  }
  const started = performance.now();
  const r = spawnSync(command, argv, { cwd: options.cwd, env, encoding: 'utf8', timeout: options.timeoutMs ?? 600_000, maxBuffer: 256 * 1024 * 1024 });
  const wallMs = performance.now() - started;
  let rssKb = 0;
  try {
    const lines = readFileSync(rssFile, 'utf8').trim().split('\n');
    rssKb = Number(lines[lines.length - 1]) || 0;
  } catch {
    /* not measured */
  }
  rmSync(scratch, { recursive: true, force: true });
  return { wallMs, rssKb, code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

export function measure(name: string, args: string[], runs: number, options: { cwd?: string; bytes?: number; warmup?: boolean } = {}): Measure {
  // One untimed run first: the files are in the page cache for every timed run alike.
  if (options.warmup !== false) runOnce(args, options);
  const samples = Array.from({ length: runs }, () => runOnce(args, options));
  return {
    name,
    samples,
    medianMs: median(samples.map((s) => s.wallMs)),
    maxRssKb: Math.max(...samples.map((s) => s.rssKb)),
    codes: [...new Set(samples.map((s) => s.code))],
    bytes: options.bytes,
  };
}

interface CorpusRun {
  size: SizeName;
  dir: string;
  files: number;
  bytes: number;
  activities: number;
  validate: Measure;
  /** validate forced to one thread (--jobs 1). */
  oneThread: Measure;
  /** validate --cache: the first run (cold) and the next ones (warm). */
  cacheCold: Measure;
  cacheWarm: Measure;
  build?: Measure;
  floorProcess: Measure;
  floorLoopMs: number;
  ajv?: Measure & { valid: number; invalid: number; firstError?: string };
}

function buildAvailable(): boolean {
  return spawnSync(process.execPath, [BIN, 'build', '--help'], { encoding: 'utf8' }).status === 0;
}

async function prepare(size: SizeName, root: string, log: (s: string) => void): Promise<{ dir: string; files: number; bytes: number; activities: number }> {
  const dir = join(root, size);
  log(`generating ${size} (${SIZES[size].reports} reports)…`);
  const corpus = corpusForSize(size);
  const written = await writeCorpus(dir, corpus);
  return { dir, files: written.files, bytes: written.bytes, activities: corpus.reports.reduce((n, r) => n + r.facts.activities, 0) };
}

function measureCorpus(prep: { dir: string; files: number; bytes: number; activities: number }, size: SizeName, runs: number, withBuild: boolean, log: (s: string) => void): CorpusRun {
  const { dir, bytes } = prep;
  const plan = join(dir, 'plan.yaml');
  const reports = join(dir, 'reports');
  log(`${size}: validate ×${runs}`);
  const validate = measure(`${size} validate`, [BIN, 'validate', '--plan', plan, reports], runs, { bytes });
  log(`${size}: validate --jobs 1 ×${runs}`);
  const oneThread = measure(`${size} validate --jobs 1`, [BIN, 'validate', '--plan', plan, '--jobs', '1', reports], runs, { bytes });
  log(`${size}: validate --cache ×${runs}`);
  const cache = join(dir, 'cache');
  const coldSample = runOnce([BIN, 'validate', '--plan', plan, '--cache', cache, reports]);
  const cacheCold: Measure = { name: `${size} validate --cache, cold`, samples: [coldSample], medianMs: coldSample.wallMs, maxRssKb: coldSample.rssKb, codes: [coldSample.code], bytes };
  const cacheWarm = measure(`${size} validate --cache, warm`, [BIN, 'validate', '--plan', plan, '--cache', cache, reports], runs, { bytes, warmup: false });
  let build: Measure | undefined;
  if (withBuild) {
    log(`${size}: build ×${runs}`);
    build = measure(`${size} build`, [BIN, 'build', '--plan', plan, reports, '--out', join(dir, 'out.docx')], runs, { bytes });
  }
  log(`${size}: bare parse loop ×${runs}`);
  const floorProcess = measure(`${size} yaml parseDocument loop`, [FLOOR, reports], runs, { bytes });
  const floorLoopMs = median(floorProcess.samples.map((s) => (JSON.parse(s.stdout || '{"loopMs":0}') as { loopMs: number }).loopMs));

  let ajv: CorpusRun['ajv'];
  if (existsSync(AJV)) {
    const schema = join(dir, 'schema.json');
    const made = runOnce([BIN, 'schema', '--plan', plan, '--out', schema]);
    if (made.code === 0) {
      log(`${size}: ajv-cli ×${runs}`);
      const m = measure(`${size} ajv-cli`, [AJV, 'validate', '-s', schema, '-d', 'reports/*.yaml', '--spec=draft2020', '--all-errors', '--errors=line'], runs, { cwd: dir, bytes });
      const out = m.samples[0]!.stdout + m.samples[0]!.stderr;
      const valid = (out.match(/ valid$/gm) ?? []).length;
      const invalid = (out.match(/ invalid$/gm) ?? []).length;
      const firstError = /"message":"([^"]+)"/.exec(out)?.[1];
      ajv = { ...m, valid, invalid, firstError };
    }
  }
  return { size, dir, files: prep.files, bytes, activities: prep.activities, validate, oneThread, cacheCold, cacheWarm, build, floorProcess, floorLoopMs, ajv };
}

// ---------------------------------------------------------------------------------------------

interface Target {
  what: string;
  measured: string;
  target: string;
  met: boolean | undefined;
  by: string;
}

const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const mb = (kb: number): string => (kb ? `${Math.round(kb / 1024)} MB` : '–');
const rate = (bytes: number | undefined, ms: number): string => (bytes ? `${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s` : '');

function versus(value: number, limit: number, unit: (x: number) => string): { met: boolean; by: string } {
  const met = value <= limit;
  const pct = ((Math.abs(value - limit) / limit) * 100).toFixed(0);
  return { met, by: met ? `met, ${unit(limit - value)} (${pct} %) to spare` : `missed by ${unit(value - limit)} (${pct} %)` };
}

function targets(runs: Map<SizeName, CorpusRun>, version: Measure): Target[] {
  const out: Target[] = [];
  const p = runs.get('province');
  const n = runs.get('national');
  const ok = (m: Measure | undefined): boolean => !!m && m.codes.every((c) => c === 0);
  if (p) {
    const v = versus(p.validate.medianMs, 500, s);
    out.push({ what: 'province validate', measured: s(p.validate.medianMs), target: '≤ 0.50 s', ...v, met: v.met && ok(p.validate) });
    if (p.build) {
      const b = versus(p.build.medianMs, 2000, s);
      out.push({ what: 'province build', measured: s(p.build.medianMs), target: '≤ 2.00 s', ...b, met: b.met && ok(p.build) });
    } else out.push({ what: 'province build', measured: 'n/a', target: '≤ 2.00 s', met: undefined, by: 'build not available' });
  }
  if (n) {
    if (n.ajv) {
      const a = versus(n.validate.medianMs, n.ajv.medianMs, s);
      out.push({ what: 'national validate vs ajv-cli', measured: `${s(n.validate.medianMs)} vs ${s(n.ajv.medianMs)}`, target: '≤ ajv-cli', ...a });
      const c = versus(n.cacheWarm.medianMs, n.ajv.medianMs, s);
      out.push({ what: 'national validate --cache (warm) vs ajv-cli', measured: `${s(n.cacheWarm.medianMs)} vs ${s(n.ajv.medianMs)}`, target: '≤ ajv-cli', ...c });
    } else out.push({ what: 'national validate vs ajv-cli', measured: s(n.validate.medianMs), target: '≤ ajv-cli', met: undefined, by: 'ajv-cli not installed' });
    const limit = 1.3 * n.floorProcess.medianMs;
    const f = versus(n.validate.medianMs, limit, s);
    out.push({
      what: 'national validate vs bare parse loop',
      measured: `${s(n.validate.medianMs)} = ${(n.validate.medianMs / n.floorProcess.medianMs).toFixed(2)}× ${s(n.floorProcess.medianMs)}`,
      target: `≤ 1.3× (${s(limit)})`,
      ...f,
    });
    if (n.build) {
      const b = versus(n.build.medianMs, 10_000, s);
      out.push({ what: 'national build time', measured: s(n.build.medianMs), target: '≤ 10 s', ...b, met: b.met && ok(n.build) });
      const r = versus(n.build.maxRssKb / 1024, 1024, (x) => `${Math.round(x)} MB`);
      out.push({ what: 'national build peak RSS', measured: mb(n.build.maxRssKb), target: '≤ 1 GB', ...r });
    } else {
      out.push({ what: 'national build', measured: 'n/a', target: '≤ 10 s, ≤ 1 GB', met: undefined, by: 'build not available' });
    }
  }
  if (p && n) {
    const perP = p.validate.medianMs / p.files;
    const perN = n.validate.medianMs / n.files;
    const x = versus(perN, 1.1 * perP, (v) => `${v.toFixed(2)} ms`);
    out.push({
      what: 'scaling province → national (validate, per report)',
      measured: `${perP.toFixed(2)} → ${perN.toFixed(2)} ms/report (${(n.files / p.files).toFixed(1)}× reports, ${(n.validate.medianMs / p.validate.medianMs).toFixed(1)}× time)`,
      target: '≤ 1.1× per report (10× reports ≤ 11× time)',
      ...x,
    });
  }
  const st = runs.get('stress');
  if (n && st) {
    const ratio = st.validate.medianMs / n.validate.medianMs;
    const x = versus(ratio, 11 * (st.files / n.files / 10), (v) => `${v.toFixed(1)}×`);
    out.push({ what: 'scaling national → stress (validate)', measured: `${(st.files / n.files).toFixed(0)}× reports, ${ratio.toFixed(1)}× time`, target: '≤ 11×', ...x });
  }
  const v = versus(version.medianMs, 150, (x) => `${x.toFixed(0)} ms`);
  out.push({ what: '--version start-up', measured: `${version.medianMs.toFixed(0)} ms`, target: '≤ 150 ms', ...v });
  return out;
}

/** The form must open in under a second on an office PC (issue 14). */
function formTarget(form: FormOpen | undefined): Target {
  const what = 'form opens in Chromium (Sở Y tế)';
  if (!form) return { what, measured: 'n/a', target: '≤ 1.00 s', met: undefined, by: 'no /usr/bin/chromium or playwright-core' };
  const v = versus(form.medianReadyMs, 1000, (x) => `${x.toFixed(0)} ms`);
  const measured = `first paint ${form.medianPaintMs.toFixed(0)} ms, ready ${form.medianReadyMs.toFixed(0)} ms (${Math.round(form.bytes / 1024)} KB, median of ${form.runs})`;
  return { what, measured, target: '≤ 1.00 s', ...v };
}

function machine(): string {
  const c = cpus();
  const model = c[0]?.model ?? 'unknown';
  return `${c.length} × ${model}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM (${(freemem() / 2 ** 30).toFixed(1)} GiB free at the end), Node ${process.version}, ${process.platform} ${process.arch}`;
}

function report(runs: Map<SizeName, CorpusRun>, version: Measure, bare: Measure, load: { before: number[]; after: number[] }, when: string, form?: FormOpen): string {
  const lines: string[] = [];
  lines.push(`Measured ${when} by \`npm run bench\` (bench/run.ts).`);
  lines.push('');
  lines.push(`Machine: ${machine()}. Load average (1, 5, 15 min) before: ${load.before.map((x) => x.toFixed(2)).join(', ')}; after: ${load.after.map((x) => x.toFixed(2)).join(', ')}.`);
  lines.push('');
  lines.push('| corpus | files | activities | MB |');
  lines.push('| --- | ---: | ---: | ---: |');
  for (const r of runs.values()) lines.push(`| ${r.size} | ${r.files} | ${r.activities} | ${(r.bytes / 1e6).toFixed(1)} |`);
  lines.push('');
  lines.push('| measure (whole process unless noted) | runs | median wall | throughput | peak RSS | exit codes |');
  lines.push('| --- | ---: | ---: | ---: | ---: | --- |');
  const row = (m: Measure, extra = ''): void => {
    lines.push(`| ${m.name}${extra} | ${m.samples.length} | ${s(m.medianMs)} | ${rate(m.bytes, m.medianMs)} | ${mb(m.maxRssKb)} | ${m.codes.join(', ')} |`);
  };
  for (const r of runs.values()) {
    row(r.validate);
    row(r.oneThread);
    row(r.cacheCold);
    row(r.cacheWarm);
    if (r.build) row(r.build);
    row(r.floorProcess);
    lines.push(`| ${r.size} yaml parseDocument loop, the loop alone (no start-up) | ${r.floorProcess.samples.length} | ${s(r.floorLoopMs)} | ${rate(r.bytes, r.floorLoopMs)} | | |`);
    if (r.ajv) row(r.ajv, ` (${r.ajv.valid} valid, ${r.ajv.invalid} invalid)`);
  }
  row(version);
  row(bare);
  lines.push('');
  lines.push('| target | measured | target | result |');
  lines.push('| --- | --- | --- | --- |');
  for (const t of [...targets(runs, version), formTarget(form)]) {
    const mark = t.met === undefined ? '–' : t.met ? '**met**' : '**missed**';
    lines.push(`| ${t.what} | ${t.measured} | ${t.target} | ${mark}: ${t.by} |`);
  }
  for (const r of runs.values()) {
    if (r.ajv && r.ajv.invalid > 0) {
      lines.push('');
      lines.push(
        `ajv-cli on ${r.size}: ${r.ajv.invalid} of ${r.files} files "invalid" although every one is valid (\`compile-report validate\` exits 0 on them): ` +
          `ajv-cli reads YAML with js-yaml, which turns unquoted ISO dates (\`date: 2025-12-05\`) into Date objects, and then ` +
          `"${r.ajv.firstError ?? 'must be string'}". It checks the schema only (no dates in the period, no duplicate units, no line numbers).`,
      );
    }
  }
  return lines.join('\n');
}

export const BEGIN = '<!-- bench:begin -->';
export const END = '<!-- bench:end -->';

export function writeInto(path: string, body: string): void {
  const block = `${BEGIN}\n${body}\n${END}`;
  let text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (text.includes(BEGIN) && text.includes(END)) {
    text = text.slice(0, text.indexOf(BEGIN)) + block + text.slice(text.indexOf(END) + END.length);
  } else {
    text = `${text}${text && !text.endsWith('\n') ? '\n' : ''}${text ? '\n' : '# Performance\n\n'}${block}\n`;
  }
  writeFileSync(path, text);
}

async function cli(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      stress: { type: 'boolean', default: false },
      runs: { type: 'string' },
      'runs-province': { type: 'string', default: '5' },
      'runs-national': { type: 'string', default: '3' },
      'runs-stress': { type: 'string', default: '1' },
      only: { type: 'string' },
      write: { type: 'string' },
      keep: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
    },
  });
  const log = (m: string): void => {
    process.stderr.write(`[bench] ${m}\n`);
  };
  const before = loadavg();
  const root = values.keep ? resolve(values.keep) : mkdtempSync(join(tmpdir(), 'cr-bench-'));
  const sizes: SizeName[] = values.only ? (values.only.split(',') as SizeName[]) : ['province', 'national', ...(values.stress ? (['stress'] as SizeName[]) : [])];
  const withBuild = !values['no-build'] && buildAvailable();
  if (!withBuild) log('build: not available (compile-report build --help failed) or --no-build; skipped');
  if (!existsSync(AJV)) log('ajv-cli: not installed (npm install -D ajv-cli@5); skipped');
  const runs = new Map<SizeName, CorpusRun>();
  try {
    for (const size of sizes) {
      const n = Number(values.runs ?? values[`runs-${size}` as 'runs-province']);
      const prep = await prepare(size, root, log);
      runs.set(size, measureCorpus(prep, size, n, withBuild, log));
    }
    log('--version ×10');
    const version = measure('compile-report --version', [BIN, '--version'], 10);
    const bare = measure('node -e 0 (bare Node start-up, for reference)', ['-e', '0'], 10);
    const form = await measureFormOpen(root, 5, log);
    const text = report(runs, version, bare, { before, after: loadavg() }, new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC', form);
    process.stdout.write(`${text}\n`);
    if (values.write) {
      writeInto(resolve(values.write), text);
      log(`written to ${values.write}`);
    }
  } finally {
    if (!values.keep) rmSync(root, { recursive: true, force: true });
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await cli(process.argv.slice(2));
}
