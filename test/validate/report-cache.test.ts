import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CACHE_FORMAT, ReportCache } from '../../src/validate/report-cache.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { ReportCheck } from '../../src/validate/validate-report.js';
import { examplePlan, utf8, validateText } from '../validate/support.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cr-cache-unit-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cacheIn = (folder = dir, version = '0.1.0', lang: 'vi' | 'en' = 'vi'): ReportCache => new ReportCache(folder, examplePlan(), version, lang);
const bytes = utf8('agency: so-y-te\n');
/** Every file under the cache folder, relative. */
const entries = (): string[] => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1));

describe('ReportCache.key', () => {
  it('is a sha256 in hex, the same for the same inputs in another instance', () => {
    const key = cacheIn().key('bao-cao/09.yaml', bytes);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(cacheIn().key('bao-cao/09.yaml', bytes)).toBe(key);
  });

  it('changes with the file name, its bytes, the tool version, the language and the plan', () => {
    const key = cacheIn().key('a.yaml', bytes);
    const other = [
      cacheIn().key('b.yaml', bytes),
      cacheIn().key('a.yaml', utf8('agency: so-y-te\n ')),
      cacheIn(dir, '0.1.1').key('a.yaml', bytes),
      cacheIn(dir, '0.1.0', 'en').key('a.yaml', bytes),
      new ReportCache(dir, { ...examplePlan(), id: 'another-plan' }, '0.1.0', 'vi').key('a.yaml', bytes),
    ];
    expect(new Set([key, ...other]).size).toBe(6);
  });

  it('does not confuse where the name ends and the bytes begin', () => {
    const c = cacheIn();
    expect(c.key('ab', utf8('c'))).not.toBe(c.key('a', utf8('bc')));
  });
});

describe('ReportCache.get and set', () => {
  it('misses on an empty folder, then returns what was stored, without the text but saying it had one', async () => {
    const c = cacheIn();
    const check = validateText('khong: hop le\n', 'bad.yaml');
    expect(check.diagnostics.length).toBeGreaterThan(0);
    expect(check.text).toBeDefined();
    const key = c.key('bad.yaml', bytes);
    expect(c.get(key)).toBeUndefined();
    await c.set(key, check);
    const { text: _text, ...rest } = check;
    expect(c.get(key)).toStrictEqual({ ...rest, hasText: true });
    expect(c.stats).toEqual({ hits: 1, misses: 1, writes: 1, writeErrors: 0 });
    // Two hex characters of the key as a folder, the key as the name; no temporary file left.
    expect(entries()).toEqual([join(key.slice(0, 2), `${key}.v8`)]);
  });

  it('keeps exact values: -0, big numbers, an own "__proto__" key, the absence of text', async () => {
    const c = cacheIn();
    const report = JSON.parse('{"agency":"so-y-te","__proto__":{"polluted":true},"cost":-0,"n":9007199254740991}') as ReportCheck['report'];
    const check: ReportCheck = { file: 'x.yaml', diagnostics: [], report };
    const key = c.key('x.yaml', bytes);
    await c.set(key, check);
    const got = c.get(key)!;
    expect(got.hasText).toBe(false);
    expect(Object.hasOwn(got.report!, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.is((got.report as unknown as { cost: number }).cost, -0)).toBe(true);
    expect((got.report as unknown as { n: number }).n).toBe(9007199254740991);
  });

  it('stores the check as it was when set was called, whatever the caller adds afterwards', async () => {
    const c = cacheIn();
    const check: ReportCheck = { file: 'x.yaml', diagnostics: [] };
    const key = c.key('x.yaml', bytes);
    const pending = c.set(key, check);
    check.diagnostics.push({ code: 'CR501' } as unknown as Diagnostic);
    await pending;
    expect(c.get(key)!.diagnostics).toEqual([]);
  });

  it('takes a damaged entry, an entry of another format and an entry copied under another key as misses', async () => {
    const c = cacheIn();
    const check: ReportCheck = { file: 'x.yaml', diagnostics: [] };
    const key = c.key('x.yaml', bytes);
    const path = join(dir, key.slice(0, 2), `${key}.v8`);
    await c.set(key, check);

    writeFileSync(path, 'garbage');
    expect(c.get(key)).toBeUndefined();

    writeFileSync(path, serialize({ format: CACHE_FORMAT + 1, key, check: { ...check, hasText: false } }));
    expect(c.get(key)).toBeUndefined();

    const other = c.key('y.yaml', bytes);
    await c.set(other, check);
    mkdirSync(join(dir, key.slice(0, 2)), { recursive: true });
    copyFileSync(join(dir, other.slice(0, 2), `${other}.v8`), path);
    expect(c.get(key)).toBeUndefined();
    expect(c.stats.misses).toBe(3);
    expect(c.stats.hits).toBe(0);
  });

  it('counts an entry it cannot write and leaves nothing behind', async () => {
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, '');
    const c = cacheIn(join(blocker, 'cache'));
    const key = c.key('x.yaml', bytes);
    await c.set(key, { file: 'x.yaml', diagnostics: [] });
    expect(c.stats).toEqual({ hits: 0, misses: 0, writes: 0, writeErrors: 1 });
    expect(c.get(key)).toBeUndefined();
    expect(entries()).toEqual(['a-file']);
  });
});
