import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureFreshDist, staleReasons, type BuildResult } from './fresh-dist.js';

let root: string;
const at = (file: string, seconds: number): void => {
  const full = join(root, file);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, '// x\n');
  utimesSync(full, seconds, seconds);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'fresh-dist-'));
  // A built tree: sources at t=100, their outputs at t=200.
  at('tsconfig.json', 50);
  at('src/cli/main.ts', 100);
  at('bench/run.ts', 100);
  at('dist/src/cli/main.js', 200);
  at('dist/bench/run.js', 200);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('staleReasons', () => {
  it('is empty for a tree built after its last change', () => {
    expect(staleReasons(root)).toEqual([]);
  });

  it('names a source edited after the build, a source never built, and a build setting changed since', () => {
    at('src/cli/main.ts', 300);
    at('src/load/new-module.ts', 100);
    at('tsconfig.json', 250);
    expect(staleReasons(root)).toEqual([
      'src/cli/main.ts: changed since it was built',
      'src/load/new-module.ts: not built',
      'tsconfig.json: changed since the last build',
    ]);
  });

  it('counts a missing dist/ as stale', () => {
    rmSync(join(root, 'dist'), { recursive: true });
    expect(staleReasons(root)).toEqual(['src/cli/main.ts: not built', 'bench/run.ts: not built']);
  });
});

describe('ensureFreshDist (vitest globalSetup)', () => {
  it('does not build a fresh tree', () => {
    let builds = 0;
    expect(ensureFreshDist(root, () => ((builds += 1), { ok: true, output: '' }))).toBeUndefined();
    expect(builds).toBe(0);
  });

  it('rebuilds a stale tree and says why', () => {
    at('src/cli/main.ts', 300);
    const build = (): BuildResult => {
      at('dist/src/cli/main.js', 400);
      return { ok: true, output: '' };
    };
    expect(ensureFreshDist(root, build)).toBe('dist/ was stale (src/cli/main.ts: changed since it was built); rebuilt it');
    expect(staleReasons(root)).toEqual([]);
  });

  it('stops the run with the build errors when the rebuild fails', () => {
    at('src/cli/main.ts', 300);
    const failing = (): BuildResult => ({ ok: false, output: "src/cli/main.ts(1,7): error TS2322: Type 'number' is not assignable to type 'string'." });
    expect(() => ensureFreshDist(root, failing)).toThrow(
      "dist/ is older than the sources (src/cli/main.ts: changed since it was built) and rebuilding it failed, so the tests that run the built binary would test old code. Fix the build (npm run build) and run the tests again.\nsrc/cli/main.ts(1,7): error TS2322: Type 'number' is not assignable to type 'string'.",
    );
  });

  it('refuses a build that leaves dist/ stale', () => {
    at('src/cli/main.ts', 300);
    expect(() => ensureFreshDist(root, () => ({ ok: true, output: '' }))).toThrow(
      'the build succeeded but dist/ is still stale: src/cli/main.ts: changed since it was built',
    );
  });
});

// Each with a source it takes in: the form's own (never compiled file by file), a compiled one for the binary.
describe.each([
  ['the browser form bundle', 'src/form/browser/main.ts', 'dist/form/form.js', 'src/form/browser/main.ts', undefined],
  ['the binary’s bundle', 'bin/compile-report.js', 'dist/cli/main.js', 'src/load/parse-yaml.ts', 'dist/src/load/parse-yaml.js'],
])('staleReasons with %s', (_, usedBy, output, source, compiled) => {
  beforeEach(() => {
    at(usedBy, 100);
    at(output, 200);
  });

  it('is empty when the bundle was built after every source (no file-by-file output for a bundled source)', () => {
    expect(staleReasons(root)).toEqual([]);
  });

  it('counts the bundle stale when any source is newer, shared or its own, even with its compiled file fresh (tsc run alone)', () => {
    at('src/cli/main.ts', 300);
    at('dist/src/cli/main.js', 300);
    expect(staleReasons(root)).toEqual([`${output}: older than src/`]);
    at(output, 400);
    at(source, 500);
    if (compiled) at(compiled, 500);
    expect(staleReasons(root)).toEqual([`${output}: older than src/`]);
  });

  it('counts a missing bundle as stale', () => {
    rmSync(join(root, output));
    expect(staleReasons(root)).toEqual([`${output}: not built`]);
  });
});
