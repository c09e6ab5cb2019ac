/**
 * The peers `npm run bench` times on the same valid corpora: ajv-cli 5 (a devDependency) and
 * check-jsonschema when it is on PATH (a Python tool: neither Debian nor this machine's registries
 * offer it, so CI never depends on it). Every corpus file is valid, so each file a peer rejects is a
 * wrong rejection; the bench reports how many.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { packagePath } from '../src/core/package-root.js';
import { measure, type Measure } from './measure.js';

const AJV = packagePath('node_modules', 'ajv-cli', 'dist', 'index.js');

export interface PeerRun extends Measure {
  peer: string;
  files: number;
  /** Files rejected although every one is valid. */
  rejected: number;
  /** The peer gave no verdict for some files (it stopped, or printed something it should not). */
  crashed: boolean;
  firstError?: string;
}

export interface PeerInput {
  size: string;
  /** The corpus folder: plan.yaml, reports/, and schema.json derived by `compile-report schema`. */
  dir: string;
  schema: string;
  files: number;
  bytes: number;
  runs: number;
}

/** ajv-cli prints "<file> valid" or "<file> invalid" and the errors as JSON for each file. */
export function ajvCliVerdicts(output: string): { valid: number; invalid: number; firstError?: string } {
  const valid = (output.match(/ valid$/gm) ?? []).length;
  const invalid = (output.match(/ invalid$/gm) ?? []).length;
  const firstError = /"message":"([^"]+)"/.exec(output)?.[1];
  return { valid, invalid, ...(firstError === undefined ? {} : { firstError }) };
}

interface CheckJsonschemaReport {
  status?: string;
  errors?: { filename?: string; message?: string }[];
  parse_errors?: { filename?: string; message?: string }[];
}

/** check-jsonschema -o JSON: the files named in errors or parse_errors; undefined when stdout is no such report. */
export function checkJsonschemaRejections(stdout: string): { rejected: number; firstError?: string } | undefined {
  let report: CheckJsonschemaReport;
  try {
    report = JSON.parse(stdout) as CheckJsonschemaReport;
  } catch {
    return undefined;
  }
  if (typeof report !== 'object' || report === null || (report.status !== 'ok' && report.status !== 'fail')) return undefined;
  const problems = [...(report.errors ?? []), ...(report.parse_errors ?? [])];
  const files = new Set(problems.map((p) => p.filename ?? ''));
  const firstError = problems[0]?.message;
  return { rejected: files.size, ...(firstError === undefined ? {} : { firstError }) };
}

export function ajvCli(input: PeerInput): PeerRun | undefined {
  if (!existsSync(AJV)) return undefined;
  const args = [AJV, 'validate', '-s', input.schema, '-d', 'reports/*.yaml', '--spec=draft2020', '--all-errors', '--errors=line'];
  const m = measure(`${input.size} ajv-cli`, args, input.runs, { cwd: input.dir, bytes: input.bytes });
  const first = m.samples[0]!;
  const verdicts = ajvCliVerdicts(first.stdout + first.stderr);
  return {
    ...m,
    peer: 'ajv-cli 5 (js-yaml)',
    files: input.files,
    rejected: verdicts.invalid,
    crashed: verdicts.valid + verdicts.invalid !== input.files,
    ...(verdicts.firstError === undefined ? {} : { firstError: verdicts.firstError }),
  };
}

/** The check-jsonschema on PATH, or undefined. */
export function findCheckJsonschema(env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const dir of (env.PATH ?? '').split(':')) {
    if (dir !== '' && existsSync(join(dir, 'check-jsonschema'))) return join(dir, 'check-jsonschema');
  }
  return undefined;
}

export function checkJsonschema(input: PeerInput, command = findCheckJsonschema()): PeerRun | undefined {
  if (command === undefined) return undefined;
  const reports = readdirSync(join(input.dir, 'reports'))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => `reports/${f}`);
  const m = measure(`${input.size} check-jsonschema`, ['-o', 'JSON', '--schemafile', input.schema, ...reports], input.runs, {
    cwd: input.dir,
    bytes: input.bytes,
    command,
  });
  const verdict = checkJsonschemaRejections(m.samples[0]!.stdout);
  return {
    ...m,
    peer: 'check-jsonschema (Python)',
    files: input.files,
    rejected: verdict?.rejected ?? 0,
    crashed: verdict === undefined,
    ...(verdict?.firstError === undefined ? {} : { firstError: verdict.firstError }),
  };
}
