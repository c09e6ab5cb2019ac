/**
 * `npm run bench:generate -- --size national --out <dir> [--seed 2025]`: writes <dir>/plan.yaml and
 * <dir>/reports/*.yaml, a corpus that `compile-report validate --plan <dir>/plan.yaml <dir>/reports` accepts.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { SIZES, corpusForSize, writeCorpus, type SizeName } from './corpus.js';

export async function generateToDir(size: SizeName, out: string, seed: string | number = 2025): Promise<{ files: number; bytes: number; activities: number }> {
  const corpus = corpusForSize(size, seed);
  const written = await writeCorpus(out, corpus);
  return { ...written, activities: corpus.reports.reduce((n, r) => n + r.facts.activities, 0) };
}

async function cli(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { size: { type: 'string', default: 'province' }, out: { type: 'string' }, seed: { type: 'string', default: '2025' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help || !values.out || !(values.size! in SIZES)) {
    process.stderr.write(`usage: node dist/bench/generate.js --size ${Object.keys(SIZES).join('|')} --out <dir> [--seed 2025]\n`);
    return values.help ? 0 : 2;
  }
  const started = performance.now();
  const r = await generateToDir(values.size as SizeName, resolve(values.out), values.seed!);
  const ms = performance.now() - started;
  process.stdout.write(`${values.size}: ${r.files} reports, ${r.activities} activities, ${(r.bytes / 1e6).toFixed(1)} MB in ${resolve(values.out)} (${(ms / 1000).toFixed(1)} s)\n`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await cli(process.argv.slice(2));
}
