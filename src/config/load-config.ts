import { stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { createAjv } from '../validate/ajv.js';
import { isDynamicPattern } from 'tinyglobby';
import { UsageError, type CliIo } from '../core/cli-io.js';
import { absolute, useColor } from '../app/options.js';
import type { Lang } from '../diagnostics/codes.js';
import { diagnosticAt } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { messagesFor, type Messages } from '../diagnostics/messages.js';
import { formatText } from '../format/text.js';
import { displayName } from '../load/collect-files.js';
import { rangeAt } from '../load/locate-node.js';
import { readYamlFile } from '../load/read-yaml-file.js';
import { VERSION } from '../core/package-root.js';
import { DATE_PATTERN, parseDate } from '../text/dates.js';
import { normalizeDeep } from '../text/vietnamese-encoding.js';
import { schemaErrorsToDiagnostics } from '../validate/schema-errors.js';
import { CONFIG_FILE_NAMES, CONFIG_SCHEMA, type ConfigValues } from './config-schema.js';
import { opsMessagesFor } from './messages.js';
import { PERIOD_PATTERN, periodFormatProblem } from './period.js';

/** A configuration file that passed its schema. */
export interface Config {
  /** Absolute path of the file. */
  file: string;
  /** Its folder: every relative path in the file starts here. */
  dir: string;
  values: ConfigValues;
}

export interface ResolvedConfig {
  config?: Config;
  /** The config file's folder, or the working folder when there is none. */
  dir: string;
}

export interface LoadedConfig {
  values?: ConfigValues;
  diagnostics: Diagnostic[];
  text?: string;
}

/** No configuration is anywhere near this; a larger file is refused unread. */
const MAX_CONFIG_BYTES = 1024 * 1024;

let validator: ValidateFunction | undefined;
function configValidator(): ValidateFunction {
  validator ??= createAjv().compile(CONFIG_SCHEMA);
  return validator;
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

/** The nearest compile-report.config.yaml (or .yml) in `start` or a folder above it, up to the filesystem root. */
export async function findConfigFile(start: string): Promise<string | undefined> {
  let dir = resolve(start);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (await isFile(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The schema's messages speak of "the report"; a configuration file says so about itself, and names its own formats. */
function configMessages(t: Messages): Messages {
  const ops = opsMessagesFor(t.lang);
  return {
    ...t,
    unknownKey: (key, path, allowed, s) => (path.length === 0 ? ops.configUnknownKey(key, allowed, s) : t.unknownKey(key, path, allowed, s)),
    invalidFormat: (path, value, expected) => t.invalidFormat(path, value, (path.length === 1 && ops.configFormat(String(path[0]))) || expected),
  };
}

/**
 * Reads and checks one configuration file: YAML, the config schema (every problem CR602 with its position),
 * real dates, period forms, and that the plan and plain report paths exist relative to the file.
 */
export async function loadConfigFile(path: string, name: string, t: Messages): Promise<LoadedConfig> {
  const code = 'CR602' as const;
  const ops = opsMessagesFor(t.lang);
  const { diagnostics, text, parsed } = await readYamlFile(path, name, t, MAX_CONFIG_BYTES);
  if (!parsed) return { diagnostics, text };
  const data = normalizeDeep(parsed.data);
  const validate = configValidator();
  const ctx = { file: name, doc: parsed.doc, lineCounter: parsed.lineCounter, data, t: configMessages(t), codeOverride: code };
  if (!validate(data)) diagnostics.push(...schemaErrorsToDiagnostics(validate.errors, ctx));
  // What the schema cannot see, checked on every value of the right type so that one run shows every problem.
  const values = data as Record<string, unknown>;
  const at = (where: (string | number)[], message: string): Diagnostic =>
    diagnosticAt(code, name, rangeAt(parsed.doc, parsed.lineCounter, where), where, message);
  if (typeof values.date === 'string' && new RegExp(DATE_PATTERN).test(values.date) && !parseDate(values.date).ok) {
    diagnostics.push(at(['date'], ops.configNoSuchDate(values.date)));
  }
  if (typeof values.period === 'string' && new RegExp(PERIOD_PATTERN).test(values.period)) {
    const problem = periodFormatProblem(values.period, t.lang);
    if (problem) diagnostics.push(at(['period'], problem));
  }
  const dir = dirname(path);
  if (typeof values.plan === 'string' && values.plan.trim() && !(await isFile(resolve(dir, values.plan)))) {
    diagnostics.push(at(['plan'], ops.configPathMissing('plan', values.plan, dir)));
  }
  for (const [i, entry] of (Array.isArray(values.reports) ? values.reports : []).entries()) {
    if (typeof entry !== 'string' || !entry.trim() || isDynamicPattern(entry)) continue;
    if (!(await stat(resolve(dir, entry)).catch(() => undefined))) diagnostics.push(at(['reports', i], ops.configPathMissing('reports', entry, dir)));
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics, text };
  return { values: values as ConfigValues, diagnostics, text };
}

/**
 * The configuration in force: `--config <file>` when given (it must exist), none with `--no-config` (false),
 * else the nearest compile-report.config.yaml walking up from the working folder. An invalid file prints its
 * positioned diagnostics on stderr and throws a UsageError (exit 2).
 */
export async function resolveConfig(io: CliIo, explicitPath?: string | false, lang: Lang = 'vi'): Promise<ResolvedConfig> {
  if (explicitPath === false) return { dir: io.cwd };
  const t = messagesFor(lang);
  const ops = opsMessagesFor(lang);
  let file: string | undefined;
  if (explicitPath !== undefined) {
    file = absolute(explicitPath, io.cwd);
    if (!(await isFile(file))) throw new UsageError(ops.configNotFound(explicitPath));
  } else {
    file = await findConfigFile(io.cwd);
    if (!file) return { dir: io.cwd };
  }
  const name = displayName(file, io.cwd);
  const loaded = await loadConfigFile(file, name, t);
  if (!loaded.values || loaded.diagnostics.length > 0) {
    // Errors stop every command; warnings (a byte-order mark…) are shown and the file is used.
    const color = useColor(undefined, { ...io, stdout: io.stderr });
    const sources = new Map(loaded.text === undefined ? [] : [[name, loaded.text]]);
    io.stderr.write(formatText([{ file: name, diagnostics: loaded.diagnostics }], { lang, color, sources, toolVersion: VERSION }));
  }
  if (!loaded.values) throw new UsageError(ops.configUnusable(name));
  const dir = dirname(file);
  return { config: { file, dir, values: loaded.values }, dir };
}
