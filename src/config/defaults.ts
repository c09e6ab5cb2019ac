import { isAbsolute, resolve } from 'node:path';
import { convertPathToPattern, isDynamicPattern } from 'tinyglobby';
import type { Signer } from '../plan/types.js';
import type { Config } from './load-config.js';

/** What a configuration file gives the build command, every path absolute. */
export interface BuildDefaults {
  plan?: string;
  /** Report files, folders and globs (absolute); empty when the file has no `reports`. */
  paths: string[];
  out?: string;
  number?: string;
  date?: string;
  signer?: Signer;
  recipients?: string[];
  lang?: 'vi' | 'en';
  period?: string;
}

/** A config entry of `reports` as an argument for collectFiles: an absolute path, or a glob anchored at the config's folder. */
export function reportPathFromConfig(entry: string, dir: string): string {
  if (!isDynamicPattern(entry)) return resolve(dir, entry);
  if (isAbsolute(entry)) return entry;
  return `${convertPathToPattern(dir)}/${entry.replace(/^(?:\.\/)+/, '')}`;
}

/** Everything a configuration gives `build` (another module merges the command line over it; see applyDefaults). */
export function buildDefaults(config: Config | undefined): BuildDefaults {
  if (!config) return { paths: [] };
  const v = config.values;
  const at = (p: string | undefined): string | undefined => (p === undefined ? undefined : resolve(config.dir, p));
  return {
    plan: at(v.plan),
    paths: (v.reports ?? []).map((r) => reportPathFromConfig(r, config.dir)),
    out: at(v.out),
    number: v.number,
    date: v.date,
    signer: v.signer ? { ...v.signer } : undefined,
    recipients: v.recipients ? [...v.recipients] : undefined,
    lang: v.lang,
    period: v.period,
  };
}

/**
 * Command-line values over defaults: a key the command line left undefined (or, for `paths`, empty) takes the
 * default. Returns a new object; neither input changes.
 */
export function applyDefaults<A extends object, D extends object>(args: A, defaults: D): A & D {
  const out: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [key, value] of Object.entries(args)) {
    const emptyList = Array.isArray(value) && value.length === 0 && Array.isArray((defaults as Record<string, unknown>)[key]);
    if (value !== undefined && !emptyList) out[key] = value;
  }
  return out as A & D;
}

/** The options validate, status and init read from a configuration. */
export interface CommandArgs {
  plan?: string;
  paths: string[];
  lang?: string;
}

/** validate / status / init: `--plan`, the paths and `--lang` from the command line, else from the configuration. */
export function commandDefaults<A extends { plan?: string; paths?: string[]; lang?: string }>(args: A, config: Config | undefined): A & CommandArgs {
  const d = buildDefaults(config);
  return applyDefaults({ ...args, paths: args.paths ?? [] }, { plan: d.plan, paths: d.paths, lang: d.lang }) as A & CommandArgs;
}
