/**
 * The end-to-end tests spawn the built binary (bin/ → dist/), so a test run must never meet a dist/
 * older than the sources: vitest's globalSetup (test/global-setup.ts) rebuilds a stale dist/ before
 * any test starts, and stops the run with the build's own errors when it cannot.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The folders `tsc -p tsconfig.build.json` compiles file by file, and the files that change what the build writes (the plan schema: its validator is generated at build time). */
export const BUILD_SOURCES = ['src', 'bench', 'scripts'] as const;
export const BUILD_INPUTS = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json', 'schemas/plan.schema.json'] as const;
/** Sources esbuild bundles into one file instead (npm run build:form): the browser form. */
export const BUNDLED = { sources: 'src/form/browser', output: 'dist/form/form.js' } as const;
/**
 * What esbuild bundles from src/ (directly or compiled), each when the project has the file that uses it: the
 * browser form, and the binary's bundle that bin/ runs (npm run build:cli). Any source newer than one makes it stale.
 */
export const BUNDLES = [
  { usedBy: BUNDLED.sources, output: BUNDLED.output },
  { usedBy: 'bin/compile-report.js', output: 'dist/cli/main.js' },
] as const;

function tsFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const mtime = (file: string): number | undefined => (existsSync(file) ? statSync(file).mtimeMs : undefined);

/**
 * Why dist/ does not reflect the sources under `root`, one reason a line (relative paths), or [] when
 * it does: every source has its compiled file, no newer than it, the form bundle (when the project
 * has the form) and the binary's bundle (when it has the binary) are newer than every source they may
 * include, and no build setting changed since.
 */
export function staleReasons(root: string): string[] {
  const reasons: string[] = [];
  let oldestOutput = Infinity;
  let newestSource = 0;
  const bundled = join(root, BUNDLED.sources);
  for (const folder of BUILD_SOURCES) {
    for (const source of tsFiles(join(root, folder))) {
      const rel = relative(root, source);
      const changed = statSync(source).mtimeMs;
      if (folder === 'src') newestSource = Math.max(newestSource, changed);
      if (source.startsWith(`${bundled}/`)) continue;
      const built = mtime(join(root, 'dist', rel.replace(/\.ts$/, '.js')));
      if (built === undefined) reasons.push(`${rel}: not built`);
      else if (built < changed) reasons.push(`${rel}: changed since it was built`);
      else oldestOutput = Math.min(oldestOutput, built);
    }
  }
  for (const bundle of BUNDLES) {
    if (!existsSync(join(root, bundle.usedBy))) continue;
    // A bundle takes in whatever its entry imports from src/, so any source newer than it makes it stale.
    const built = mtime(join(root, bundle.output));
    if (built === undefined) reasons.push(`${bundle.output}: not built`);
    else if (built < newestSource) reasons.push(`${bundle.output}: older than src/`);
  }
  for (const input of BUILD_INPUTS) {
    const changed = mtime(join(root, input));
    if (changed !== undefined && oldestOutput !== Infinity && changed > oldestOutput) reasons.push(`${input}: changed since the last build`);
  }
  return reasons;
}

export interface BuildResult {
  ok: boolean;
  output: string;
}

/** `npm run build`, the one way the project builds. */
export function runBuild(root: string): BuildResult {
  const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, encoding: 'utf8' });
  return { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}`.trim() };
}

/**
 * Makes dist/ fresh: nothing when it is (returns undefined), a build when it is not (returns why, for
 * the log); throws when the build fails or leaves dist/ stale, so no test runs against old code.
 */
export function ensureFreshDist(root: string, build: (root: string) => BuildResult = runBuild): string | undefined {
  const before = staleReasons(root);
  if (before.length === 0) return undefined;
  const shown = before.slice(0, 5).join('; ') + (before.length > 5 ? `; and ${before.length - 5} more` : '');
  const result = build(root);
  if (!result.ok) {
    throw new Error(
      `dist/ is older than the sources (${shown}) and rebuilding it failed, so the tests that run the built ` +
        `binary would test old code. Fix the build (npm run build) and run the tests again.\n${result.output}`,
    );
  }
  const after = staleReasons(root);
  if (after.length > 0) throw new Error(`the build succeeded but dist/ is still stale: ${after.slice(0, 5).join('; ')}`);
  return `dist/ was stale (${shown}); rebuilt it`;
}
