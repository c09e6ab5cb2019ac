import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Messages } from '../diagnostics/messages.js';
import type { Report } from '../plan/report-types.js';
import { decodeSource } from '../load/decode-source.js';
import { parseYaml } from '../load/parse-yaml.js';
import { rangeAt } from '../load/locate-node.js';
import { normalizeDeep } from '../text/vietnamese-encoding.js';
import type { CompiledPlan } from './compile.js';
import { schemaErrorsToDiagnostics } from './schema-errors.js';
import { textEncodingDiagnostics } from './rules/text-encoding.js';
import { RULES } from './rules/index.js';
import { checkSource, pathKey } from './source-text/check-source.js';
import type { RuleContext } from './rules/rule.js';

export interface ReportCheck {
  file: string;
  diagnostics: Diagnostic[];
  /** The decoded text, for code frames. */
  text?: string;
  /** The report, NFC-normalised, when it passed the schema. */
  report?: Report;
  /** Where the report names its unit (`unit`, else `agency`), for cross-file diagnostics. */
  identityRange?: Diagnostic['range'];
}

/** Every check that one file's bytes can be put through on their own: encoding, YAML, schema, rules. */
export function validateReportBytes(bytes: Uint8Array, file: string, compiled: CompiledPlan, t: Messages): ReportCheck {
  const decoded = decodeSource(bytes, file, t);
  if (decoded.text === undefined) return { file, diagnostics: decoded.diagnostics };
  const text = decoded.text;
  const parsed = parseYaml(text, file, t);
  const diagnostics = [...decoded.diagnostics, ...parsed.diagnostics];
  if (parsed.data === undefined || !parsed.doc) return { file, diagnostics, text };

  const base = { file, doc: parsed.doc, lineCounter: parsed.lineCounter, t };
  const textCheck = textEncodingDiagnostics(parsed.data, base);
  diagnostics.push(...textCheck.diagnostics);
  const source = checkSource({ ...base, text, shape: compiled.shape });
  diagnostics.push(...source.diagnostics);
  // A value misread from its source text is one diagnostic, at its cause: what the schema and the rules say of it follows from it.
  // A cause covers what lies under it too (a text read as a mapping yields a key inside it).
  const notCaused = (d: Diagnostic): boolean => source.causes.size === 0 || !d.path.some((_, i) => source.causes.has(pathKey(d.path.slice(0, i + 1))));
  // Only decomposed text needs normalising; the rest is NFC as typed, and copying it costs time.
  const data = textCheck.decomposed ? normalizeDeep(parsed.data) : parsed.data;
  if (!compiled.validate(data)) {
    diagnostics.push(...schemaErrorsToDiagnostics(compiled.validate.errors, { ...base, data, index: compiled.index }).filter(notCaused));
    return { file, diagnostics, text };
  }
  const report = data as Report;
  const ctx: RuleContext = { ...base, report, index: compiled.index };
  for (const rule of RULES) diagnostics.push(...rule(ctx).filter(notCaused));
  const identityRange = rangeAt(parsed.doc, parsed.lineCounter, report.unit ? ['unit'] : ['agency']);
  return { file, diagnostics, text, report, identityRange };
}
