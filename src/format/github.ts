import { CODES } from '../diagnostics/codes.js';
import { compareDiagnostics, type FileResult } from '../diagnostics/diagnostic.js';
import type { FormatOptions } from './options.js';
import { formatSummary } from './text.js';

/**
 * GitHub Actions workflow commands, one per diagnostic, which GitHub shows as annotations:
 *
 *   ::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=CR301 unknown-key::message
 *
 * followed by the plain summary line (not a command).
 */
export function formatGithub(results: readonly FileResult[], options: FormatOptions): string {
  let out = '';
  for (const result of results) {
    for (const d of [...result.diagnostics].sort(compareDiagnostics)) {
      const properties = [
        `file=${escapeProperty(d.file)}`,
        `line=${d.range.start.line}`,
        `col=${d.range.start.column}`,
        `endLine=${d.range.end.line}`,
        `endColumn=${d.range.end.column}`,
        `title=${escapeProperty(`${d.code} ${CODES[d.code].name}`)}`,
      ];
      out += `::${d.severity} ${properties.join(',')}::${escapeData(d.message)}\n`;
    }
  }
  return out + formatSummary(results, options.lang, false) + '\n';
}

/** The message part of a workflow command. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value of a workflow command. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
