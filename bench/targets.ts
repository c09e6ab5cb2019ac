/**
 * The targets of issue 11 (and the earlier ones they do not replace), each met or missed with its ratio:
 * to ajv-cli measured in the same run, to a fixed limit, or to Node's own start-up.
 */
import type { Measure } from './measure.js';
import type { PeerRun } from './peers.js';

/** What the targets need of one corpus's measures. */
export interface CorpusMeasures {
  size: string;
  files: number;
  validate: Measure;
  cacheWarm?: Measure;
  build?: Measure;
  floorProcess?: Measure;
  ajv?: PeerRun;
}

export interface Target {
  what: string;
  measured: string;
  /** The measure in the target's terms: × ajv-cli, × the limit, × the allowance over Node's start-up. */
  ratio?: string;
  limit: string;
  /** undefined: could not be measured (`why` says why). */
  met?: boolean;
  why?: string;
}

const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const x = (r: number): string => `${r.toFixed(2)}×`;
const allZero = (m: Measure): boolean => m.codes.every((c) => c === 0);

/** `m` at most `limit` × `peer` (both medians), and every run of `m` exited 0. */
function versusPeer(what: string, m: Measure, peer: PeerRun | undefined, limit: number): Target {
  const target = `≤ ${x(limit)} ajv-cli`;
  if (!peer) return { what, measured: s(m.medianMs), limit: target, why: 'ajv-cli not installed (npm ci installs it)' };
  const r = m.medianMs / peer.medianMs;
  return { what, measured: `${s(m.medianMs)} vs ajv-cli ${s(peer.medianMs)}`, ratio: `${x(r)} ajv-cli`, limit: target, met: r <= limit && allZero(m) };
}

/** `value` at most `limit` (same unit); the ratio is value ÷ limit. */
function versusLimit(what: string, value: number, limit: number, unit: (v: number) => string, ok = true): Target {
  const r = value / limit;
  return { what, measured: unit(value), ratio: `${x(r)} the limit`, limit: `≤ ${unit(limit)}`, met: r <= 1 && ok };
}

const VERSION_ALLOWANCE_MS = 40;

export function targets(runs: readonly CorpusMeasures[], version: Measure, bare: Measure): Target[] {
  const out: Target[] = [];
  const bySize = new Map(runs.map((r) => [r.size, r]));
  const p = bySize.get('province');
  const n = bySize.get('national');
  const mb = (kb: number): number => kb / 1024;
  const mbText = (v: number): string => `${Math.round(v)} MB`;
  if (n) out.push(versusPeer('national validate', n.validate, n.ajv, 1.5));
  if (p) out.push(versusPeer('province validate', p.validate, p.ajv, 1.0));
  if (n) {
    if (n.build) {
      out.push(versusLimit('national build time', n.build.medianMs, 5000, s, allZero(n.build)));
      out.push(versusLimit('national build peak RSS', mb(n.build.maxRssKb), 600, mbText));
    } else out.push({ what: 'national build', measured: 'n/a', limit: '≤ 5 s, ≤ 600 MB', why: 'build not measured (--no-build)' });
  }
  if (p) {
    if (p.build) out.push(versusLimit('province build time', p.build.medianMs, 1000, s, allZero(p.build)));
    else out.push({ what: 'province build time', measured: 'n/a', limit: '≤ 1 s', why: 'build not measured (--no-build)' });
  }
  const over = version.medianMs - bare.medianMs;
  out.push({
    what: '--version start-up',
    measured: `${version.medianMs.toFixed(0)} ms = Node's ${bare.medianMs.toFixed(0)} ms ${over < 0 ? '−' : '+'} ${Math.abs(over).toFixed(0)} ms`,
    ratio: `${x(Math.max(0, over) / VERSION_ALLOWANCE_MS)} the allowance`,
    limit: `≤ Node's start-up + ${VERSION_ALLOWANCE_MS} ms`,
    met: over <= VERSION_ALLOWANCE_MS && allZero(version),
  });
  // Earlier targets the ones above do not replace.
  if (n?.cacheWarm) out.push(versusPeer('national validate --cache, warm', n.cacheWarm, n.ajv, 1.0));
  if (n?.floorProcess) {
    const r = n.validate.medianMs / n.floorProcess.medianMs;
    out.push({ what: 'national validate vs bare yaml parse loop', measured: `${s(n.validate.medianMs)} vs ${s(n.floorProcess.medianMs)}`, ratio: `${x(r)} the loop`, limit: '≤ 1.30× the loop', met: r <= 1.3 });
  }
  const scaling = (from: CorpusMeasures | undefined, to: CorpusMeasures | undefined): void => {
    if (!from || !to) return;
    const perFrom = from.validate.medianMs / from.files;
    const perTo = to.validate.medianMs / to.files;
    const r = perTo / perFrom;
    out.push({
      what: `scaling ${from.size} → ${to.size} (validate, per report)`,
      measured: `${perFrom.toFixed(2)} → ${perTo.toFixed(2)} ms/report (${(to.files / from.files).toFixed(1)}× reports)`,
      ratio: `${x(r)} per report`,
      limit: '≤ 1.10× per report',
      met: r <= 1.1,
    });
  };
  scaling(p, n);
  scaling(n, bySize.get('stress'));
  return out;
}

/** The Markdown rows of the targets table. */
export function targetRows(list: readonly Target[]): string[] {
  const rows = ['| target | measured | ratio | limit | result |', '| --- | --- | ---: | --- | --- |'];
  for (const t of list) {
    const result = t.met === undefined ? `– ${t.why ?? ''}`.trim() : t.met ? '**met**' : '**missed**';
    rows.push(`| ${t.what} | ${t.measured} | ${t.ratio ?? '–'} | ${t.limit} | ${result} |`);
  }
  return rows;
}
