/**
 * `npm run bench [-- --stress] [--runs 5] [--write docs/performance.md] [--keep <dir>]`
 *
 * Generates the province and national corpora (and stress, 30 000 reports, with --stress) in a temporary
 * folder, then times whole processes, as users run them: `validate` and `build` (median of N runs, wall
 * time, MB/s, peak RSS), beside the peers on the same files in the same run (ajv-cli, and
 * check-jsonschema when it is installed; peers.ts) and a bare loop of yaml's parseDocument (the floor).
 * Prints every target of targets.ts met or missed with its ratio, and how many of the valid files each
 * peer wrongly rejects; --write puts it in a Markdown file (between the bench:begin and bench:end markers
 * when the file has them).
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
import { median, measure, runOnce, type Measure } from './measure.js';
import { ajvCli, checkJsonschema, findCheckJsonschema, type PeerRun } from './peers.js';
import { targetRows, targets, type CorpusMeasures, type Target } from './targets.js';

const BIN = packagePath('bin', 'compile-report.js');
const FLOOR = packagePath('dist', 'bench', 'parse-floor.js');

interface CorpusRun extends CorpusMeasures {
  size: SizeName;
  dir: string;
  bytes: number;
  activities: number;
  /** validate forced to one thread (--jobs 1). */
  oneThread: Measure;
  /** validate --cache: the first run (cold) and the next ones (warm). */
  cacheCold: Measure;
  cacheWarm: Measure;
  floorProcess: Measure;
  floorLoopMs: number;
  checkJsonschema?: PeerRun;
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

  const schema = join(dir, 'schema.json');
  const made = runOnce([BIN, 'schema', '--plan', plan, '--out', schema]);
  const peer = { size, dir, schema, files: prep.files, bytes, runs };
  if (made.code === 0) log(`${size}: peers ×${runs}`);
  const ajv = made.code === 0 ? ajvCli(peer) : undefined;
  const cj = made.code === 0 ? checkJsonschema(peer) : undefined;
  return { size, dir, files: prep.files, bytes, activities: prep.activities, validate, oneThread, cacheCold, cacheWarm, build, floorProcess, floorLoopMs, ajv, checkJsonschema: cj };
}

// ---------------------------------------------------------------------------------------------

const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const mb = (kb: number): string => (kb ? `${Math.round(kb / 1024)} MB` : '–');
const rate = (bytes: number | undefined, ms: number): string => (bytes ? `${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s` : '');

/** The form must open in under a second on an office PC (issue 14). */
function formTarget(form: FormOpen | undefined): Target {
  const what = 'form opens in Chromium (Sở Y tế)';
  if (!form) return { what, measured: 'n/a', limit: '≤ 1.00 s', why: 'no /usr/bin/chromium or playwright-core' };
  const measured = `first paint ${form.medianPaintMs.toFixed(0)} ms, ready ${form.medianReadyMs.toFixed(0)} ms (${Math.round(form.bytes / 1024)} KB, median of ${form.runs})`;
  return { what, measured, ratio: `${(form.medianReadyMs / 1000).toFixed(2)}× the limit`, limit: '≤ 1.00 s', met: form.medianReadyMs <= 1000 };
}

/** Each peer beside compile-report: time per corpus and how many of the valid files it rejected. */
function peerRows(runs: Map<SizeName, CorpusRun>): string[] {
  const sizes = [...runs.values()];
  const rows = [`| tool | ${sizes.map((r) => r.size).join(' | ')} | wrongly rejected (${sizes.map((r) => r.size).join(', ')}) |`, `| --- | ${sizes.map(() => '---:').join(' | ')} | --- |`];
  const ours = sizes.map((r) => (allZero(r.validate) ? '0' : `exit ${r.validate.codes.join(', ')}`));
  rows.push(`| compile-report validate | ${sizes.map((r) => s(r.validate.medianMs)).join(' | ')} | ${ours.join(', ')} |`);
  for (const key of ['ajv', 'checkJsonschema'] as const) {
    const peer = sizes.map((r) => r[key]).find((p) => p !== undefined);
    const name = key === 'ajv' ? 'ajv-cli 5 (js-yaml)' : 'check-jsonschema (Python)';
    if (!peer) {
      rows.push(`| ${name} | ${sizes.map(() => 'not installed').join(' | ')} | – |`);
      continue;
    }
    const times = sizes.map((r) => (r[key] ? s(r[key].medianMs) : 'n/a'));
    const wrong = sizes.map((r) => {
      const p = r[key];
      return p ? `${p.rejected} of ${p.files}${p.crashed ? ' (no verdict for some files)' : ''}` : 'n/a';
    });
    rows.push(`| ${peer.peer} | ${times.join(' | ')} | ${wrong.join(', ')} |`);
  }
  return rows;
}

const allZero = (m: Measure): boolean => m.codes.every((c) => c === 0);

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
    if (r.ajv) row(r.ajv, ` (${r.ajv.rejected} of ${r.files} rejected)`);
    if (r.checkJsonschema) row(r.checkJsonschema, ` (${r.checkJsonschema.rejected} of ${r.files} rejected)`);
  }
  row(version);
  row(bare);
  lines.push('');
  lines.push(...peerRows(runs));
  lines.push('');
  lines.push(...targetRows([...targets([...runs.values()], version, bare), formTarget(form)]));
  for (const r of runs.values()) {
    const first = r.ajv?.firstError;
    if (r.ajv && r.ajv.rejected > 0) {
      lines.push('');
      lines.push(
        `ajv-cli on ${r.size}: ${r.ajv.rejected} of ${r.files} files "invalid" although every one is valid (\`compile-report validate\` exits 0 on them): ` +
          `ajv-cli reads YAML with js-yaml, which turns unquoted ISO dates (\`date: 2025-12-05\`) into Date objects, and then ` +
          `"${first ?? 'must be string'}". It checks the schema only (no dates in the period, no duplicate units, no line numbers).`,
      );
    }
    if (r.checkJsonschema && r.checkJsonschema.rejected > 0) {
      lines.push('');
      lines.push(`check-jsonschema on ${r.size}: ${r.checkJsonschema.rejected} of ${r.files} valid files rejected; first: "${r.checkJsonschema.firstError ?? ''}".`);
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
  if (findCheckJsonschema() === undefined) log('check-jsonschema: not on PATH; skipped');
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
