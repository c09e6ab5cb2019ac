/**
 * Every hostile case through the built binary (spawned, with a time limit, peak memory measured):
 * the exit code and diagnostic codes it promises, within its bounds, never a stack trace, never a
 * partial output file, never a temporary file left behind. Then the same inputs in-process, to show
 * that nothing in them reaches Object.prototype. Then templates that reach for prototypes (build).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vi } from '../../src/messages/diagnostics.js';
import { validateReportBytes } from '../../src/validate/validate-report.js';
import { compiledPlan } from '../validate/support.js';
import { CASES, PLAN, REPORTS, TEMPLATE_ATTACKS, VALID } from './cases.js';
import { runMeasured, STACK_LINE } from './measure.js';

const DEFAULT_MAX_MS = 15_000;
const DEFAULT_MAX_RSS_MB = 300;

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'cr-hostile-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface JsonResult {
  summary: { files: number; errors: number; warnings: number };
  files: { file: string }[];
  diagnostics: { code: string; file: string }[];
}

function leftovers(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.tmp'));
}

describe('hostile inputs through the binary', () => {
  it('has at least 30 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  for (const [i, c] of CASES.entries()) {
    const skipped = c.skip?.();
    it.skipIf(skipped !== undefined)(`${String(i + 1).padStart(2, '0')} ${c.name}`, () => {
      const dir = join(root, `case-${i + 1}`);
      const out = join(dir, 'out');
      mkdirSync(out, { recursive: true });
      const setup = c.setup(dir);
      const result = join(out, 'result.json');
      const argv = setup.argv ?? ['validate', '--plan', PLAN, ...setup.inputs, '--format', 'json', '--output', result];
      const maxMs = c.maxMs ?? DEFAULT_MAX_MS;
      const run = runMeasured(argv, { timeoutMs: maxMs + 10_000 });

      expect(run.timedOut, `hung: killed after ${Math.round(run.ms)} ms`).toBe(false);
      expect(run.stderr).not.toMatch(STACK_LINE);
      expect(run.stderr).not.toMatch(/internal error|lỗi nội bộ/);
      // A library's warning through Node's process.emitWarning is English noise the user cannot act on.
      expect(run.stderr).not.toMatch(/\(node:\d+\) \w*Warning/);
      expect(run.code, run.stderr).toBe(c.code);
      expect(run.ms, 'time bound').toBeLessThan(maxMs);
      if (Number.isFinite(run.rssMb)) expect(run.rssMb, 'peak RSS bound (MB)').toBeLessThan(c.maxRssMb ?? DEFAULT_MAX_RSS_MB);
      expect(leftovers(out)).toEqual([]);
      expect(leftovers(dir)).toEqual([]);

      if (c.code === 2) {
        // The tool could not do its job: it says why, and writes nothing.
        expect(existsSync(result)).toBe(false);
        if (c.stderr) expect(run.stderr).toMatch(c.stderr);
      } else if (!setup.argv) {
        const json = JSON.parse(readFileSync(result, 'utf8')) as JsonResult;
        const codes = new Set(json.diagnostics.map((d) => d.code));
        for (const code of c.codes ?? []) expect([...codes], `expected ${code}`).toContain(code);
        const only = c.onlyCodes ?? c.codes;
        if (only !== 'any' && only !== undefined) expect([...codes].sort()).toEqual([...new Set(only)].sort());
        expect(json.summary.files).toBe(c.files ?? setup.inputs.length);
        c.after?.(dir, { stdout: readFileSync(result, 'utf8'), stderr: run.stderr });
      }
      if (setup.argv) c.after?.(dir, { stdout: run.stdout, stderr: run.stderr });
    });
  }
});

describe('hostile inputs in-process: nothing reaches the prototypes', () => {
  it('validateReportBytes on every case input leaves Object.prototype, Array.prototype and Function.prototype as they were', () => {
    const dir = join(root, 'in-process');
    mkdirSync(dir, { recursive: true });
    const before = {
      object: Object.getOwnPropertyNames(Object.prototype).sort(),
      array: Object.getOwnPropertyNames(Array.prototype).sort(),
      fn: Object.getOwnPropertyNames(Function.prototype).sort(),
    };
    let checked = 0;
    for (const [i, c] of CASES.entries()) {
      if (c.skip?.() !== undefined || c.code === 2) continue;
      const sub = join(dir, String(i));
      mkdirSync(sub);
      for (const input of c.setup(sub).inputs) {
        // Only regular files within the limit (reading a FIFO would block this test forever).
        const info = statSync(input, { throwIfNoEntry: false });
        if (!info?.isFile() || info.size > 5 * 1024 * 1024) continue;
        const bytes = readFileSync(input);
        const check = validateReportBytes(bytes, input, compiledPlan(), vi);
        expect(Array.isArray(check.diagnostics)).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(25);
    const probe = {} as Record<string, unknown>;
    expect(probe.polluted).toBeUndefined();
    expect(probe.isAdmin).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before.object);
    expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(before.array);
    expect(Object.getOwnPropertyNames(Function.prototype).sort()).toEqual(before.fn);
  });

  it('a __proto__ key is data on the report, not its prototype', () => {
    const text = VALID.replace('signer:\n', 'signer:\n  __proto__: { isAdmin: true }\n');
    const check = validateReportBytes(new TextEncoder().encode(text), 'p.yaml', compiledPlan(), vi);
    expect(check.diagnostics.map((d) => d.code)).toContain('CR301');
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});

describe('templates that reach for prototypes (build --template <dir>)', () => {
  for (const attack of TEMPLATE_ATTACKS) {
    it(`${attack.name}: exit ${attack.code}, nothing of the runtime in the document`, () => {
      const dir = mkdtempSync(join(root, 'tpl-'));
      const templates = join(dir, 'templates');
      mkdirSync(templates);
      writeFileSync(join(templates, 'mo-dau.hbs'), `${attack.template}\n`);
      const docx = join(dir, 'bao-cao.docx');
      const run = runMeasured(['build', '--plan', PLAN, REPORTS, '--out', docx, '--template', templates], { timeoutMs: 60_000 });
      expect(run.timedOut).toBe(false);
      expect(run.stderr).not.toMatch(STACK_LINE);
      expect(run.code, run.stderr).toBe(attack.code);
      expect(leftovers(dir)).toEqual([]);
      if (attack.code !== 0) {
        expect(existsSync(docx)).toBe(false);
        expect(run.stderr).toMatch(/mo-dau\.hbs/);
        return;
      }
      // Between the markers the template rendered nothing: no function source, no "[object Object]".
      const xml = strFromU8(unzipSync(readFileSync(docx))['word/document.xml']!);
      const text = xml.replace(/<[^>]+>/g, '');
      expect(text).toContain('ZQQZ');
      expect(text).not.toMatch(/function|\[native code\]|\[object /);
    });
  }
});
