import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import { isFile } from '../io/is-file.js';
import { diagnosticAt } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Messages } from '../messages/diagnostics.js';
import { rangeAt } from '../load/locate-node.js';
import { readYamlFile } from '../load/read-yaml-file.js';
import { DATE_PATTERN, parseDate } from '../text/dates.js';
import { normalizeDeep } from '../text/vietnamese-encoding.js';
import { ajvErrorsToDiagnostics } from '../load/ajv-errors.js';
import type { ConfigValues } from './config-schema.js';
import { configSchemaValidator } from './config-schema-validator.js';
import { opsMessagesFor } from '../messages/ops.js';
import { PERIOD_PATTERN, periodFormatProblem } from './period.js';
import { appendAll } from '../core/append-all.js';

/** A configuration file that passed its schema. */
export interface Config {
  /** Absolute path of the file. */
  file: string;
  /** Its folder: every relative path in the file starts here. */
  dir: string;
  values: ConfigValues;
}

export interface LoadedConfig {
  values?: ConfigValues;
  diagnostics: Diagnostic[];
  text?: string;
}

/** No configuration is anywhere near this; a larger file is refused unread. */
const MAX_CONFIG_BYTES = 1024 * 1024;

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
  const validate = configSchemaValidator();
  const ctx = { file: name, doc: parsed.doc, lineCounter: parsed.lineCounter, data, t: configMessages(t), codeOverride: code };
  if (!validate(data)) appendAll(diagnostics, ajvErrorsToDiagnostics(validate.errors, ctx));
  // What the schema cannot see, checked on every value of the right type so that one run shows every problem.
  const values = data as Record<string, unknown>;
  const at = (where: (string | number)[], message: string): Diagnostic =>
    diagnosticAt(code, name, rangeAt(parsed.doc, parsed.lineCounter, where), where, message);
  if (typeof values.date === 'string' && new RegExp(DATE_PATTERN).test(values.date) && !parseDate(values.date).ok) {
    diagnostics.push(at(['date'], ops.configNoSuchDate(values.date)));
  }
  if (typeof values.period === 'string' && new RegExp(PERIOD_PATTERN).test(values.period)) {
    const problem = periodFormatProblem(values.period);
    if (problem) diagnostics.push(at(['period'], problem.render(t.lang)));
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
