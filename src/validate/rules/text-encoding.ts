import type { Document, LineCounter } from 'yaml';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Messages } from '../../messages/diagnostics.js';
import { detectLegacyEncoding, firstControlCharacter, forEachString, isDecomposed, mayHaveEncodingProblem } from '../../text/vietnamese-encoding.js';
import { report } from './rule.js';

interface TextContext {
  file: string;
  /** Absent on the fast path (validate-report.ts), which only asks whether there is anything to say. */
  doc?: Document.Parsed;
  lineCounter?: LineCounter;
  t: Messages;
}

/**
 * Text problems, checked on the raw data before normalisation and whatever the schema says:
 * legacy encodings and control characters are errors, decomposed text a single warning per file.
 * `decomposed` says whether the data needs NFC normalisation at all (most files do not).
 */
export function textEncodingDiagnostics(data: unknown, ctx: TextContext): { diagnostics: Diagnostic[]; decomposed: boolean } {
  const out: Diagnostic[] = [];
  let decomposed = false;
  forEachString(data, (text, isKey, path) => {
    if (!mayHaveEncodingProblem(text)) return;
    const control = firstControlCharacter(text);
    if (control) out.push(report(ctx, 'CR411', path(), ctx.t.controlCharacter(control), isKey));
    const legacy = detectLegacyEncoding(text);
    if (legacy) out.push(report(ctx, 'CR409', path(), ctx.t.legacyEncoding(legacy.sample, legacy.encoding), isKey));
    if (!decomposed && isDecomposed(text)) {
      decomposed = true;
      const word = text.split(/\s+/).find((w) => isDecomposed(w)) ?? text;
      out.push(report(ctx, 'CR408', path(), ctx.t.decomposedUnicode(word.normalize('NFC')), isKey));
    }
  });
  return { diagnostics: out, decomposed };
}
