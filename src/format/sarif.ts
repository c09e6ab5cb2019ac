import { CODES, type DiagnosticCode } from '../diagnostics/codes.js';
import { compareDiagnostics, type FileResult, type Severity } from '../diagnostics/diagnostic.js';
import type { FormatOptions } from './options.js';

/** Every rule, in code order; a result's ruleIndex points into this list. */
const RULE_IDS = (Object.keys(CODES) as DiagnosticCode[]).sort();
const RULE_INDEX = new Map<string, number>(RULE_IDS.map((id, i) => [id, i]));

/**
 * SARIF 2.1.0 (one run), for code-scanning tools such as GitHub code scanning.
 * Columns are UTF-16 code units (run.columnKind) and region ends are exclusive.
 */
export function formatSarif(results: readonly FileResult[], options: FormatOptions): string {
  const lang = options.lang;
  const artifactIndex = new Map<string, number>();
  const artifacts: { location: { uri: string }; roles: string[] }[] = [];
  const artifactOf = (file: string): number => {
    let index = artifactIndex.get(file);
    if (index === undefined) {
      index = artifacts.length;
      artifactIndex.set(file, index);
      artifacts.push({ location: { uri: fileUri(file) }, roles: ['analysisTarget'] });
    }
    return index;
  };
  for (const r of results) artifactOf(r.file);

  const sarifResults = results.flatMap((r) =>
    [...r.diagnostics].sort(compareDiagnostics).map((d) => {
      const startLine = atLeast1(d.range.start.line);
      const startColumn = atLeast1(d.range.start.column);
      const endLine = Math.max(startLine, atLeast1(d.range.end.line));
      let endColumn = atLeast1(d.range.end.column);
      if (endLine === startLine && endColumn < startColumn) endColumn = startColumn;
      return {
        ruleId: d.code,
        ruleIndex: RULE_INDEX.get(d.code) ?? -1,
        level: level(d.severity),
        message: { text: d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: fileUri(d.file), index: artifactOf(d.file) },
              region: { startLine, startColumn, endLine, endColumn },
            },
          },
        ],
      };
    }),
  );

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'compile-report',
            version: options.toolVersion,
            rules: RULE_IDS.map((id) => {
              const info = CODES[id];
              return {
                id,
                name: info.name,
                shortDescription: { text: info.title[lang] },
                fullDescription: { text: info.help[lang] },
                help: { text: info.help[lang] },
                defaultConfiguration: { level: level(info.severity) },
              };
            }),
          },
        },
        language: lang,
        columnKind: 'utf16CodeUnits',
        artifacts,
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function level(severity: Severity): 'error' | 'warning' {
  return severity === 'error' ? 'error' : 'warning';
}

function atLeast1(n: number): number {
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

/**
 * A file path as a URI reference: forward slashes, each segment percent-encoded (UTF-8).
 * Relative paths stay relative ("reports/b%C3%A1o%20c%C3%A1o.yaml"); absolute ones become file URIs
 * ("/srv/a.yaml" → "file:///srv/a.yaml", "C:\\a.yaml" → "file:///C:/a.yaml").
 */
export function fileUri(file: string): string {
  const path = wellFormed(file).replace(/\\/g, '/');
  const encode = (p: string): string => p.split('/').map(encodeURIComponent).join('/');
  if (/^[A-Za-z]:(\/|$)/.test(path)) return `file:///${path.slice(0, 2)}${encode(path.slice(2))}`;
  if (path.startsWith('//')) return `file:${encode(path)}`;
  if (path.startsWith('/')) return `file://${encode(path)}`;
  // encodeURIComponent turns ":" into %3A, so a first segment cannot be read as a scheme.
  return encode(path);
}

/** Lone surrogates replaced by U+FFFD (encodeURIComponent throws on them). */
function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
