import { describe, expect, it } from 'vitest';
import { CODES, type DiagnosticCode } from '../../src/diagnostics/codes.js';
import { compareDiagnostics, countBySeverity, FILE_START, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { diagnosticAt, fileStartDiagnostic } from '../../src/diagnostics/create.js';
import { en, messagesFor, vi } from '../../src/messages/diagnostics.js';

const entries = Object.entries(CODES) as [DiagnosticCode, (typeof CODES)[DiagnosticCode]][];

describe('CODES', () => {
  it('has codes of the form CRnnn, in ascending order', () => {
    const codes = entries.map(([code]) => code);
    for (const code of codes) expect(code).toMatch(/^CR\d{3}$/);
    expect(codes).toEqual([...codes].sort());
  });

  it.each(entries)('%s has a kebab-case name, a severity, and a vi/en title and help', (_code, info) => {
    expect(info.name).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(['error', 'warning']).toContain(info.severity);
    for (const text of [info.title.vi, info.title.en, info.help.vi, info.help.en]) {
      expect(typeof text).toBe('string');
      expect(text.trim().length).toBeGreaterThan(3);
      expect(text).toBe(text.normalize('NFC'));
    }
    // The two languages really are two texts (a forgotten translation copies one into the other).
    expect(info.title.vi).not.toBe(info.title.en);
    expect(info.help.vi).not.toBe(info.help.en);
  });

  it('has unique names', () => {
    const names = entries.map(([, info]) => info.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('groups codes by hundred as documented (1 reading … 7 templates)', () => {
    const groups = new Set(entries.map(([code]) => code.slice(0, 3)));
    expect([...groups].sort()).toEqual(['CR1', 'CR2', 'CR3', 'CR4', 'CR5', 'CR6', 'CR7']);
  });

  it('has exactly these warnings; everything else is an error', () => {
    const warnings = entries.filter(([, info]) => info.severity === 'warning').map(([code]) => code);
    expect(warnings).toEqual(['CR105', 'CR210', 'CR218', 'CR405', 'CR407', 'CR408', 'CR413', 'CR427']);
  });

  it('keeps the documented names of the codes users see most', () => {
    expect(CODES.CR301.name).toBe('unknown-key');
    expect(CODES.CR308.name).toBe('task-not-assigned');
    expect(CODES.CR409.name).toBe('legacy-encoding');
    expect(CODES.CR501.name).toBe('duplicate-unit');
    expect(CODES.CR601.name).toBe('plan-invalid');
  });
});

describe('diagnostic helpers', () => {
  it('diagnosticAt takes the severity from the code table', () => {
    const range = { start: { line: 3, column: 5 }, end: { line: 3, column: 9 } };
    expect(diagnosticAt('CR405', 'a.yaml', range, ['x'], 'm')).toEqual({
      code: 'CR405',
      severity: 'warning',
      message: 'm',
      file: 'a.yaml',
      range,
      path: ['x'],
    });
    expect(diagnosticAt('CR301', 'a.yaml', range, [], 'm').severity).toBe('error');
  });

  it('fileStartDiagnostic points at line 1, column 1', () => {
    const d = fileStartDiagnostic('CR106', 'a.yaml', 'empty');
    expect(d.range).toEqual({ start: { line: 1, column: 1 }, end: { line: 1, column: 1 } });
    expect(d.range).toEqual(FILE_START);
    expect(d.path).toEqual([]);
  });

  it('countBySeverity and compareDiagnostics', () => {
    const at = (file: string, line: number, column: number, code: DiagnosticCode): Diagnostic =>
      diagnosticAt(code, file, { start: { line, column }, end: { line, column } }, [], code);
    const ds = [at('b', 1, 1, 'CR301'), at('a', 2, 1, 'CR405'), at('a', 1, 5, 'CR302'), at('a', 1, 5, 'CR301'), at('a', 1, 2, 'CR408')];
    expect(countBySeverity([{ file: 'a', diagnostics: ds }])).toEqual({ errors: 3, warnings: 2 });
    const sorted = [...ds].sort(compareDiagnostics).map((d) => `${d.file}:${d.range.start.line}:${d.range.start.column}:${d.code}`);
    expect(sorted).toEqual(['a:1:2:CR408', 'a:1:5:CR301', 'a:1:5:CR302', 'a:2:1:CR405', 'b:1:1:CR301']);
  });
});

describe('messages', () => {
  it('messagesFor picks the catalogue, Vietnamese by default', () => {
    expect(messagesFor('vi')).toBe(vi);
    expect(messagesFor('en')).toBe(en);
    expect(vi.lang).toBe('vi');
    expect(en.lang).toBe('en');
  });

  it('both catalogues have the same sentences and type names', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    expect(Object.keys(en.typeNames).sort()).toEqual(Object.keys(vi.typeNames).sort());
  });

  it('describes where a value is, in both languages', () => {
    expect(vi.where([])).toBe('báo cáo');
    expect(en.where([])).toBe('the report');
    expect(vi.where(['tasks', 'III.9'])).toBe('nhiệm vụ III.9');
    expect(en.where(['tasks', 'III.9'])).toBe('task III.9');
    expect(vi.where(['tasks', 'III.9', 'activities', 2])).toBe('hoạt động thứ 3 của nhiệm vụ III.9');
    expect(en.where(['tasks', 'III.9', 'activities', 2, 'quantities', 'sessions'])).toBe('"quantities.sessions" (activity 3 of task III.9)');
    expect(vi.where(['tasks', 'III.9', 'summary'])).toBe('"summary" của nhiệm vụ III.9');
    expect(vi.where(['signer', 'title'])).toBe('"signer.title"');
  });

  it('shortens long lists of allowed values', () => {
    const many = Array.from({ length: 15 }, (_, i) => `v${i}`);
    expect(vi.invalidValue(['form'], 'x', many)).toBe(
      'Giá trị "x" của "form" không có trong danh mục. Giá trị hợp lệ: v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, … (15).',
    );
    expect(en.unknownKey('partcipants', ['signer'], ['name', 'title'], 'name')).toBe(
      'Unknown key "partcipants" in "signer". Did you mean "name"? Allowed keys: name, title.',
    );
  });
});
