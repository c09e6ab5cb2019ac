/**
 * Each command loads only what it uses (issue 11): the built binary runs with a module hook that records
 * every module it resolves, here the chunks of its bundle (dist/cli/), whose contents the bundler's
 * metafile lists. `--version` loads no package at all, `--help` only commander, and nothing but `build`
 * loads the document's libraries (docx, handlebars, fflate). Start-up time itself is measured by
 * `npm run bench`, not here.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from './run-cli.js';

const PLAN = join(ROOT, 'examples/lang-son-2025/plan.yaml');
const REPORTS = join(ROOT, 'examples/lang-son-2025/reports');
const HOOK = join(ROOT, 'test/cli/fixtures/record-loads/register.mjs');
const DOCUMENT_LIBRARIES = ['docx', 'handlebars', 'fflate'];
const dir = mkdtempSync(join(tmpdir(), 'cr-lazy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What esbuild put in each file of the bundle (npm run build:cli writes it). */
const META = JSON.parse(readFileSync(join(ROOT, 'dist/cli/meta.json'), 'utf8')) as { outputs: Record<string, { inputs: Record<string, unknown> }> };

/** The exit code, the npm packages and our own modules (paths under dist/src/) one run of the binary loaded. */
function loads(argv: string[]): { code: number | null; packages: string[]; own: string[] } {
  const log = join(dir, `loads-${argv[0]}.txt`);
  const r = spawnSync(process.execPath, ['--import', HOOK, BIN, ...argv], {
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, CR_LOADS: log },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const urls = readFileSync(log, 'utf8').trim().split('\n');
  // Every module of the program is in the bundle: a chunk loaded is every module it holds.
  expect(urls.filter((u) => /\/dist\/src\//.test(u))).toEqual([]);
  const chunks = urls.flatMap((u) => /\/(dist\/cli\/[^/]+\.js)$/.exec(u)?.[1] ?? []);
  expect(chunks).toContain('dist/cli/main.js');
  const inputs = chunks.flatMap((chunk) => Object.keys(META.outputs[chunk]?.inputs ?? {}));
  const packages = new Set([...urls, ...inputs].flatMap((u) => /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(u)?.[1] ?? []));
  const own = new Set(inputs.flatMap((u) => /^dist\/src\/(.+)$/.exec(u)?.[1] ?? []));
  return { code: r.status, packages: [...packages].sort(), own: [...own].sort() };
}

describe('each command loads only what it uses', () => {
  it('--version: no package, only the entry and the version', () => {
    const run = loads(['--version']);
    expect(run.code).toBe(0);
    expect(run.packages).toEqual([]);
    expect(run.own).toEqual(['cli/main.js', 'core/cli-io.js', 'core/package-root.js']);
  });

  it('--help: commander alone', () => {
    const run = loads(['--help']);
    expect(run.code).toBe(0);
    expect(run.packages).toEqual(['commander']);
  });

  it.each([
    ['schema', ['schema', '--plan', PLAN, '--out', join(dir, 'report.schema.json')]],
    ['init', ['init', '--plan', PLAN, '--agency', 'so-y-te', '--out', '-']],
    ['validate', ['validate', '--plan', PLAN, REPORTS]],
  ])('%s: not the document libraries', (_name, argv) => {
    const run = loads(argv);
    expect(run.code).toBe(0);
    expect(run.packages).toContain('yaml');
    for (const p of DOCUMENT_LIBRARIES) expect(run.packages).not.toContain(p);
  });

  it('build: the document libraries (the recorder sees a dynamic import)', () => {
    const run = loads(['build', '--plan', PLAN, REPORTS, '--out', join(dir, 'bao-cao.docx')]);
    expect(run.code).toBe(0);
    for (const p of DOCUMENT_LIBRARIES) expect(run.packages).toContain(p);
  });
});
