import { isAbsolute, resolve } from 'node:path';
import type { Lang } from '../messages/lang.js';
import type { FormatName } from '../format/index.js';
import type { CliIo } from '../core/cli-io.js';

export const LANGS = ['vi', 'en'] as const;

/** Colour when writing to a terminal, unless NO_COLOR says otherwise (https://no-color.org); --color/--no-color win. */
export function useColor(flag: boolean | undefined, io: CliIo): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return Boolean(io.stdout.isTTY) && io.env.TERM !== 'dumb';
}

/** GitHub Actions gets annotations without being asked, as yamllint does. */
export function defaultFormat(io: CliIo): FormatName {
  return io.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text';
}

export function resolveLang(value: string | undefined): Lang {
  return value === 'en' ? 'en' : 'vi';
}

export function absolute(path: string, cwd: string): string {
  return isAbsolute(path) ? path : resolve(cwd, path);
}

/** --jobs and --cache, as validate, status and build pass them to validateFiles. */
export interface RunOptions {
  jobs?: number | 'auto';
  cache?: string;
}

/** RunOptions resolved, plus the plan's path: a folder walk must not read the plan as a report. */
export function runOptions(args: RunOptions & { plan?: string }, cwd: string): RunOptions & { planFile?: string } {
  return {
    jobs: args.jobs,
    cache: args.cache === undefined ? undefined : absolute(args.cache, cwd),
    planFile: args.plan === undefined ? undefined : absolute(args.plan, cwd),
  };
}
