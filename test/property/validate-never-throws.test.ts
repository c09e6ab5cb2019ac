/**
 * validateReportBytes is total: on any bytes it returns a check with well-formed diagnostics and never
 * throws, and the check survives a structured clone (the worker threads send it that way).
 * Seeded and bounded: the same inputs on every run, a few seconds in all.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODES } from '../../src/diagnostics/codes.js';
import { en, vi } from '../../src/messages/diagnostics.js';
import type { ReportCheck } from '../../src/validate/validate-report.js';
import { validateReportBytes } from '../../src/validate/validate-report.js';
import { compiledPlan, exampleReportText, MINI_REPORT, REPORT_NAMES } from '../validate/support.js';

const SEED = 20251210;
const RUNS = 250;

function wellFormed(check: ReportCheck, file: string): void {
  expect(check.file).toBe(file);
  expect(Array.isArray(check.diagnostics)).toBe(true);
  for (const d of check.diagnostics) {
    expect(CODES[d.code], d.code).toBeDefined();
    expect(d.severity).toBe(CODES[d.code].severity);
    expect(d.file).toBe(file);
    expect(typeof d.message).toBe('string');
    expect(d.message.length).toBeGreaterThan(0);
    expect(d.range.start.line).toBeGreaterThanOrEqual(1);
    expect(d.range.start.column).toBeGreaterThanOrEqual(1);
    expect(d.range.end.line).toBeGreaterThanOrEqual(d.range.start.line);
    expect(Array.isArray(d.path)).toBe(true);
  }
  // A report is kept only when the file decoded, parsed (CR1xx, CR201–CR207) and passed the schema (CR3xx);
  // rule errors (CR4xx) and text problems, including those seen in the YAML source (CR208 on), may come
  // with it (build leaves out every file with an error).
  if (check.report) expect(check.diagnostics.filter((d) => /^CR(?:1|20[1-7]|3)/.test(d.code))).toEqual([]);
  else expect(check.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  // What crosses a thread boundary comes back equal.
  expect(structuredClone(check)).toEqual(check);
}

function run(bytes: Uint8Array, lang = vi): ReportCheck {
  const check = validateReportBytes(bytes, 'r.yaml', compiledPlan(), lang);
  wellFormed(check, 'r.yaml');
  return check;
}

const encode = (s: string): Uint8Array => new TextEncoder().encode(s);
const VALID_TEXTS = [MINI_REPORT, ...REPORT_NAMES.map(exampleReportText)];

/** A mutation of a valid report: what editing by hand, copying and pasting, and broken tools do. */
type Mutation =
  | { kind: 'flip'; at: number; xor: number }
  | { kind: 'delete-line'; at: number }
  | { kind: 'rename-key'; at: number; name: string }
  | { kind: 'swap-values'; a: number; b: number }
  | { kind: 'duplicate-line'; at: number }
  | { kind: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('rename-key' as const), at: fc.nat(), name: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'tasks', 'III.4', '<<', '? x', '&a', '*a', '!!js/function')) }),
  fc.record({ kind: fc.constant('swap-values' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

const KEY_LINE = /^(\s*(?:- )?)([^\s:#][^:#]*):(\s.*|)$/;

function apply(text: string, m: Mutation): Uint8Array {
  const bytes = encode(text);
  const lines = text.split('\n');
  switch (m.kind) {
    case 'flip': {
      if (bytes.length === 0) return bytes;
      const out = Uint8Array.from(bytes);
      const i = m.at % out.length;
      out[i] = out[i]! ^ m.xor;
      return out;
    }
    case 'truncate':
      return bytes.subarray(0, bytes.length === 0 ? 0 : m.at % bytes.length);
    case 'delete-line':
      if (bytes.length === 0) return bytes;
      lines.splice(m.at % lines.length, 1);
      return encode(lines.join('\n'));
    case 'duplicate-line': {
      const i = m.at % lines.length;
      lines.splice(i, 0, lines[i]!);
      return encode(lines.join('\n'));
    }
    case 'rename-key': {
      const keyed = lines.map((l, i) => (KEY_LINE.test(l) ? i : -1)).filter((i) => i >= 0);
      if (keyed.length === 0) return bytes;
      const i = keyed[m.at % keyed.length]!;
      lines[i] = lines[i]!.replace(KEY_LINE, (_all, indent: string, _key: string, rest: string) => `${indent}${m.name}:${rest}`);
      return encode(lines.join('\n'));
    }
    case 'swap-values': {
      const valued = lines.map((l, i) => (/^(\s*(?:- )?[^\s:#][^:#]*:) \S/.test(l) ? i : -1)).filter((i) => i >= 0);
      if (valued.length === 0) return bytes;
      const a = valued[m.a % valued.length]!;
      const b = valued[m.b % valued.length]!;
      const split = (l: string): [string, string] => {
        const k = l.indexOf(': ');
        return [l.slice(0, k + 2), l.slice(k + 2)];
      };
      const [ka, va] = split(lines[a]!);
      const [kb, vb] = split(lines[b]!);
      lines[a] = ka + vb;
      lines[b] = kb + va;
      return encode(lines.join('\n'));
    }
  }
}

describe('validateReportBytes never throws', () => {
  it('the unmutated texts are valid (the mutations start from good reports)', () => {
    for (const text of VALID_TEXTS) {
      const check = run(encode(text));
      expect(check.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(check.report).toBeDefined();
    }
  });

  it('on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
        run(bytes);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('on random bytes that start like a report', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VALID_TEXTS), fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 512 }), (text, cut, tail) => {
        const head = encode(text);
        const at = cut % head.length;
        const bytes = new Uint8Array(at + tail.length);
        bytes.set(head.subarray(0, at));
        bytes.set(tail, at);
        run(bytes);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('on random strings (every Unicode plane, controls, lone surrogates)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), fc.constantFrom(vi, en), (s, lang) => {
        run(encode(s), lang);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('on random YAML-ish text built from the characters that matter to YAML', () => {
    const yamlChar = fc.constantFrom(...'abc:-? []{},#&*!|>\'"%@`\n\t  \\0123456789.đĐạ'.split(''));
    fc.assert(
      fc.property(fc.array(yamlChar, { maxLength: 600 }), (chars) => {
        run(encode(chars.join('')));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('on random mutations of valid example reports: byte flips, line deletions, key renames, value swaps', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VALID_TEXTS), fc.array(mutation, { minLength: 1, maxLength: 4 }), (text, mutations) => {
        let bytes = encode(text);
        for (const m of mutations) {
          const current = new TextDecoder().decode(bytes);
          bytes = apply(current, m);
        }
        run(bytes);
      }),
      { seed: SEED, numRuns: 600 },
    );
  });

  it('a single mutation of a valid report is either still valid or says why (an error or a warning), at a real position', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VALID_TEXTS), mutation, (text, m) => {
        const bytes = apply(text, m);
        const check = run(bytes);
        const decoded = new TextDecoder().decode(bytes);
        const lineCount = decoded.split('\n').length;
        for (const d of check.diagnostics) expect(d.range.start.line).toBeLessThanOrEqual(lineCount + 1);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
