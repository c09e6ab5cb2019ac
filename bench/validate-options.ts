/**
 * `validate` with the options the CLI does not have yet (`--jobs`, `--cache`), for the benchmark:
 * `node dist/bench/validate-options.js --plan P [--jobs n|auto] [--cache dir] <paths…>`.
 * The same steps as `compile-report validate` (load the plan, collect the files, check them, format
 * the text report) in one process, so the timings compare with the binary's.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { messagesFor } from '../src/diagnostics/messages.js';
import { formatResults } from '../src/format/index.js';
import { collectFiles, displayName } from '../src/load/collect-files.js';
import { VERSION } from '../src/package-root.js';
import { loadPlan } from '../src/plan/load-plan.js';
import { compilePlan } from '../src/validate/compile.js';
import { hasErrors, toFileResults, validateFiles, type ValidateFilesOptions } from '../src/validate/validate-files.js';

export async function validateWithOptions(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { plan: { type: 'string' }, jobs: { type: 'string' }, cache: { type: 'string' } } });
  const t = messagesFor('vi');
  const cwd = process.cwd();
  const loaded = await loadPlan(resolve(values.plan!), values.plan!, t);
  if (!loaded.plan) return 2;
  const collected = await collectFiles(positionals, cwd);
  const stats: NonNullable<ValidateFilesOptions['stats']> = {};
  const jobs = values.jobs === undefined || values.jobs === 'auto' ? 'auto' : Number(values.jobs);
  const run = await validateFiles(
    collected.files.map((path) => ({ path, name: displayName(path, cwd) })),
    compilePlan(loaded.plan),
    t,
    { jobs, cache: values.cache ? resolve(values.cache) : undefined, stats },
  );
  const sources = new Map<string, string>();
  for (const c of run.checks) if (c.text !== undefined) sources.set(c.file, c.text);
  const results = toFileResults(run);
  process.stdout.write(formatResults('text', results, { lang: 'vi', color: false, sources, toolVersion: VERSION }));
  process.stderr.write(`${JSON.stringify(stats)}\n`);
  return results.some((r) => hasErrors(r.diagnostics)) ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await validateWithOptions(process.argv.slice(2));
}
