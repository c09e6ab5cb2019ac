import { compareDiagnostics, countBySeverity, type Diagnostic, type FileResult } from '../diagnostics/diagnostic.js';
import type { FormatOptions } from './options.js';
import { severityWord } from './text.js';

/**
 * JUnit XML, for CI systems that show test reports: one test suite and one test case per file.
 * A file with errors fails, with one <failure> per error; warnings go to <system-out>.
 */
export function formatJunit(results: readonly FileResult[], options: FormatOptions): string {
  const failedFiles = results.filter((r) => countBySeverity([r]).errors > 0).length;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="compile-report" tests="${results.length}" failures="${failedFiles}">`,
  ];
  for (const result of results) {
    const diagnostics = [...result.diagnostics].sort(compareDiagnostics);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const warnings = diagnostics.filter((d) => d.severity === 'warning');
    const name = attr(result.file);
    out.push(`  <testsuite name="${name}" tests="1" failures="${errors.length > 0 ? 1 : 0}">`);
    if (errors.length === 0 && warnings.length === 0) {
      out.push(`    <testcase classname="compile-report" name="${name}"/>`);
    } else {
      out.push(`    <testcase classname="compile-report" name="${name}">`);
      for (const d of errors) {
        out.push(
          `      <failure type="${attr(d.code)}" message="${attr(d.message)}">${text(`${location(d)} ${d.message}`)}</failure>`,
        );
      }
      if (warnings.length > 0) {
        const lines = warnings.map(
          (d) => `${location(d)} ${severityWord('warning', options.lang)} ${d.code}: ${d.message}`,
        );
        out.push(`      <system-out>${text(lines.join('\n'))}</system-out>`);
      }
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}

function location(d: Diagnostic): string {
  return `${d.file}:${d.range.start.line}:${d.range.start.column}`;
}

/** Characters XML 1.0 cannot hold at all: controls other than tab/LF/CR, lone surrogates, U+FFFE, U+FFFF. */
const ILLEGAL_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Drop the characters XML 1.0 cannot hold. */
export function stripInvalidXmlChars(s: string): string {
  return s.replace(ILLEGAL_XML, '');
}

/** Character data. CR is written as a reference so that parsers do not turn it into LF. */
function text(s: string): string {
  return stripInvalidXmlChars(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** An attribute value in double quotes; tab and line breaks as references so they survive normalisation. */
function attr(s: string): string {
  return text(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
