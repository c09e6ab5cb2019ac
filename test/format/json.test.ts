import { describe, expect, it } from 'vitest';
import { CODES } from '../../src/diagnostics/codes.js';
import type { FileResult } from '../../src/diagnostics/diagnostic.js';
import { formatJson, jsonPointer, type JsonReport } from '../../src/format/json.js';
import {
  diag,
  FILE_A,
  FILE_B,
  FILE_CLEAN,
  MSG_CONTROL,
  MSG_FORMAT,
  MSG_UNKNOWN_KEY,
  options,
  sampleResults,
  SORTED_CODES_A,
} from './fixtures.js';

const parse = (s: string): JsonReport => JSON.parse(s) as JsonReport;

describe('formatJson', () => {
  const out = formatJson(sampleResults(), options({ toolVersion: '0.9.0' }));
  const report = parse(out);

  it('is 2-space indented JSON with a trailing newline', () => {
    expect(out.endsWith('}\n')).toBe(true);
    expect(out).toBe(JSON.stringify(report, null, 2) + '\n');
    expect(out.split('\n')[1]).toBe('  "version": 1,');
  });

  it('has the version, the tool and the summary', () => {
    expect(Object.keys(report)).toEqual(['version', 'tool', 'summary', 'files', 'diagnostics']);
    expect(report.version).toBe(1);
    expect(report.tool).toEqual({ name: 'compile-report', version: '0.9.0' });
    expect(report.summary).toEqual({ files: 3, errors: 5, warnings: 3 });
  });

  it('lists every file in the order given, clean ones too', () => {
    expect(report.files).toEqual([
      { file: FILE_A, errors: 5, warnings: 1 },
      { file: FILE_B, errors: 0, warnings: 2 },
      { file: FILE_CLEAN, errors: 0, warnings: 0 },
    ]);
  });

  it('sorts the diagnostics of each file and keeps the file order', () => {
    expect(report.diagnostics.map((d) => d.code)).toEqual([...SORTED_CODES_A, 'CR407', 'CR408']);
    expect(report.diagnostics.map((d) => d.file)).toEqual([...Array(6).fill(FILE_A), FILE_B, FILE_B]);
  });

  it('writes every field of a diagnostic', () => {
    expect(report.diagnostics[1]).toEqual({
      file: FILE_A,
      line: 6,
      column: 9,
      endLine: 6,
      endColumn: 13,
      severity: 'error',
      code: 'CR301',
      name: 'unknown-key',
      title: 'Khóa không hợp lệ',
      message: MSG_UNKNOWN_KEY,
      path: '/tasks/III.9/activities/0/ngay',
    });
    expect(Object.keys(report.diagnostics[0]!)).toEqual([
      'file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'name', 'title', 'message', 'path',
    ]);
  });

  it('keeps messages exactly, newlines and control characters included', () => {
    expect(report.diagnostics[2]!.message).toBe(MSG_FORMAT);
    expect(report.diagnostics[3]!.message).toBe(MSG_CONTROL);
    expect(out).toContain('\\u0007');
    expect(out).toContain('\\n');
  });

  it('escapes ~ and / in paths as RFC 6901 says', () => {
    expect(report.diagnostics[0]!.path).toBe('/tasks/III.9/a~1b~0c');
    expect(jsonPointer([])).toBe('');
    expect(jsonPointer(['tasks', 'III.9', 'activities', 0, 'date'])).toBe('/tasks/III.9/activities/0/date');
    expect(jsonPointer(['~1', '/', ''])).toBe('/~01/~1/');
  });

  it('takes the title in the chosen language', () => {
    const en = parse(formatJson(sampleResults(), options({ lang: 'en' })));
    expect(en.diagnostics.map((d) => d.title)).toEqual(
      [...SORTED_CODES_A, 'CR407', 'CR408'].map((c) => CODES[c as keyof typeof CODES].title.en),
    );
    expect(report.diagnostics[0]!.title).toBe(CODES.CR406.title.vi);
  });

  it('writes an empty report for no files', () => {
    expect(parse(formatJson([], options()))).toEqual({
      version: 1,
      tool: { name: 'compile-report', version: '1.2.3' },
      summary: { files: 0, errors: 0, warnings: 0 },
      files: [],
      diagnostics: [],
    });
  });

  it('escapes lone surrogates so the output is valid UTF-8 JSON', () => {
    const results: FileResult[] = [
      { file: 'x.yaml', diagnostics: [diag('x.yaml', 'CR103', 'error', [1, 1, 1, 2], 'bad \uD800 byte')] },
    ];
    const text = formatJson(results, options());
    expect(text).toContain('bad \\ud800 byte');
    expect(parse(text).diagnostics[0]!.message).toBe('bad \uD800 byte');
  });

  it('is deterministic whatever the order of diagnostics inside a file', () => {
    const reversed = sampleResults().map((r) => ({ ...r, diagnostics: [...r.diagnostics].reverse() }));
    expect(formatJson(reversed, options({ toolVersion: '0.9.0' }))).toBe(out);
  });
});
