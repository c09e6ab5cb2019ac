/**
 * Run by `npm run build` after tsc and standalone-validators.ts: bundles the compiled CLI (dist/src/cli/main.js)
 * and its worker into dist/cli/, one file per share of the commands, loaded on demand (`import()` stays lazy).
 * Loading ~250 modules one by one cost ~50-80 ms of CPU at every start (province validate 0.53 s -> 0.45 s CPU);
 * bin/compile-report.js runs the bundle.
 * dist/cli/meta.json says what each file holds (test/cli/lazy-load.e2e.test.ts reads it).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { packagePath } from '../src/core/package-root.js';

const out = packagePath('dist', 'cli');
// Chunk names change with their contents: start empty, so no file of an older build stays behind.
rmSync(out, { recursive: true, force: true });
const result = await build({
  absWorkingDir: packagePath(),
  entryPoints: ['dist/src/cli/main.js', 'dist/src/validate/parallel/worker.js'],
  outdir: 'dist/cli',
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  charset: 'utf8',
  legalComments: 'eof',
  // Less text for V8 to scan at every start (~10-20 ms of CPU); names are kept, so a --debug stack still reads.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  metafile: true,
  // The packages bundled are CommonJS; their require() of Node's modules needs a require in an ES module.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
writeFileSync(packagePath('dist', 'cli', 'meta.json'), JSON.stringify(result.metafile));
