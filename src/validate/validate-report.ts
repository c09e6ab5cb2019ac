import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Messages } from '../messages/diagnostics.js';
import type { Report } from '../plan/report-types.js';
import { decodeSource } from '../load/decode-source.js';
import { fastYamlData } from '../load/fast-yaml.js';
import { parseYaml } from '../load/parse-yaml.js';
import { rangeAt } from '../load/locate-node.js';
import { normalizeDeep } from '../text/vietnamese-encoding.js';
import type { CompiledPlan } from './compile.js';
import { schemaErrorsToDiagnostics } from './schema-errors.js';
import { textEncodingDiagnostics } from './rules/text-encoding.js';
import { RULES } from './rules/index.js';
import { checkSource, pathKey } from './source-text/check-source.js';
import { sourceTextQuiet } from './source-text/source-quiet.js';
import type { RuleContext } from './rules/rule.js';
import { appendAll } from '../core/append-all.js';

export interface ReportCheck {
  file: string;
  diagnostics: Diagnostic[];
  /** The decoded text, for code frames. */
  text?: string;
  /** The report, NFC-normalised, when it passed the schema. */
  report?: Report;
  /**
   * Where the report names its unit (`unit`, else `agency`), for cross-file diagnostics. Absent for a
   * report the fast reader took: reportIdentityRange finds it in the text when a diagnostic needs it.
   */
  identityRange?: Diagnostic['range'];
}

/** The business rules on a schema-valid report: `keep` drops what a source-text finding already explains. */
function ruleDiagnostics(ctx: RuleContext, keep: (d: Diagnostic) => boolean): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const rule of RULES) appendAll(diagnostics, rule(ctx).filter(keep));
  return diagnostics;
}

/**
 * The shortcut for the common case, a clean report: js-yaml's data, when the fast reader vouches for it,
 * through the same checks. Any finding at all and the answer is undefined: the caller reads the file with
 * `yaml`, so every diagnostic, position and message is the one the `yaml` path gives.
 */
export function cleanByFastPath(text: string, file: string, compiled: CompiledPlan, t: Messages): ReportCheck | undefined {
  const data = fastYamlData(text);
  if (data === undefined || !sourceTextQuiet(data, compiled.shape)) return undefined;
  // No tree: a diagnostic here would have no position, and any diagnostic sends the file the `yaml` way.
  const base = { file, doc: undefined, lineCounter: undefined, t };
  const textCheck = textEncodingDiagnostics(data, base);
  if (textCheck.diagnostics.length > 0) return undefined;
  if (!compiled.validate(data)) return undefined;
  const report = data as Report;
  if (ruleDiagnostics({ ...base, report, index: compiled.index }, () => true).length > 0) return undefined;
  return { file, diagnostics: [], text, report };
}

/** Every check that one file's bytes can be put through on their own: encoding, YAML, schema, rules. */
export function validateReportBytes(bytes: Uint8Array, file: string, compiled: CompiledPlan, t: Messages): ReportCheck {
  const decoded = decodeSource(bytes, file, t);
  if (decoded.text === undefined) return { file, diagnostics: decoded.diagnostics };
  const text = decoded.text;
  if (compiled.fastParse && decoded.diagnostics.length === 0) {
    const clean = cleanByFastPath(text, file, compiled, t);
    if (clean) return clean;
  }
  const parsed = parseYaml(text, file, t);
  const diagnostics = [...decoded.diagnostics, ...parsed.diagnostics];
  if (parsed.data === undefined || !parsed.doc) return { file, diagnostics, text };

  const base = { file, doc: parsed.doc, lineCounter: parsed.lineCounter, t };
  const textCheck = textEncodingDiagnostics(parsed.data, base);
  appendAll(diagnostics, textCheck.diagnostics);
  const source = checkSource({ ...base, text, shape: compiled.shape });
  appendAll(diagnostics, source.diagnostics);
  // A value misread from its source text is one diagnostic, at its cause: what the schema and the rules say of it follows from it.
  // A cause covers what lies under it too (a text read as a mapping yields a key inside it).
  const notCaused = (d: Diagnostic): boolean => source.causes.size === 0 || !d.path.some((_, i) => source.causes.has(pathKey(d.path.slice(0, i + 1))));
  // Only decomposed text needs normalising; the rest is NFC as typed, and copying it costs time.
  const data = textCheck.decomposed ? normalizeDeep(parsed.data) : parsed.data;
  if (!compiled.validate(data)) {
    appendAll(diagnostics, schemaErrorsToDiagnostics(compiled.validate.errors, { ...base, data, index: compiled.index }).filter(notCaused));
    return { file, diagnostics, text };
  }
  const report = data as Report;
  appendAll(diagnostics, ruleDiagnostics({ ...base, report, index: compiled.index }, notCaused));
  const identityRange = rangeAt(parsed.doc, parsed.lineCounter, identityPath(report));
  return { file, diagnostics, text, report, identityRange };
}

const identityPath = (report: Report): string[] => (report.unit ? ['unit'] : ['agency']);

/** Where a checked report names its unit, from the check or, for a report the fast path took, from its text. */
export function reportIdentityRange(check: ReportCheck, t: Messages): Diagnostic['range'] | undefined {
  if (check.identityRange || !check.report || check.text === undefined) return check.identityRange;
  const parsed = parseYaml(check.text, check.file, t);
  return rangeAt(parsed.doc, parsed.lineCounter, identityPath(check.report));
}
