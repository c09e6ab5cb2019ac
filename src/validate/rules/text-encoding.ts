import type { Document, LineCounter } from 'yaml';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Messages } from '../../diagnostics/messages.js';
import { detectLegacyEncoding, firstControlCharacter, isDecomposed, stringsOf } from '../../text/vietnamese-encoding.js';
import { report } from './rule.js';

interface TextContext {
  file: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  t: Messages;
}

/**
 * Text problems, checked on the raw data before normalisation and whatever the schema says:
 * legacy encodings and control characters are errors, decomposed text a single warning per file.
 */
export function textEncodingDiagnostics(data: unknown, ctx: TextContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  let decomposedReported = false;
  for (const { path, text, isKey } of stringsOf(data)) {
    const control = firstControlCharacter(text);
    if (control) out.push(report(ctx, 'CR411', path, ctx.t.controlCharacter(control), isKey));
    const legacy = detectLegacyEncoding(text);
    if (legacy) out.push(report(ctx, 'CR409', path, ctx.t.legacyEncoding(legacy.sample, legacy.encoding), isKey));
    if (!decomposedReported && isDecomposed(text)) {
      decomposedReported = true;
      const word = text.split(/\s+/).find((w) => isDecomposed(w)) ?? text;
      out.push(report(ctx, 'CR408', path, ctx.t.decomposedUnicode(word.normalize('NFC')), isKey));
    }
  }
  return out;
}
