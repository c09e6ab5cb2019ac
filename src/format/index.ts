import type { FileResult } from '../diagnostics/diagnostic.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import type { FormatOptions } from './options.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';
import type { FormatName } from './names.js';

export type { FormatOptions } from './options.js';
export { formatGithub, formatJson, formatJunit, formatSarif, formatText };

export { FORMATS, isFormatName, type FormatName } from './names.js';

const FORMATTERS: Record<FormatName, (results: readonly FileResult[], options: FormatOptions) => string> = {
  text: formatText,
  json: formatJson,
  github: formatGithub,
  junit: formatJunit,
  sarif: formatSarif,
};

/** Render validation results in the named format. Pure: the caller writes the string out. */
export function formatResults(name: FormatName, results: readonly FileResult[], options: FormatOptions): string {
  const formatter = FORMATTERS[name];
  if (formatter === undefined) throw new Error(`unknown output format: ${String(name)}`);
  return formatter(results, options);
}
