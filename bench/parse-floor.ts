/**
 * The floor: read every file of a folder and parse it with yaml's parseDocument, nothing else, in one
 * process and one thread. `node dist/bench/parse-floor.js <dir>` prints JSON: files, bytes, the time
 * of the loop alone, and the parser's speed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

export interface FloorResult {
  files: number;
  bytes: number;
  /** Reading and parsing, without start-up. */
  loopMs: number;
  mbPerS: number;
  errors: number;
}

export function parseFloor(dir: string): FloorResult {
  const names = readdirSync(dir)
    .filter((n) => /\.ya?ml$/i.test(n))
    .sort();
  const started = performance.now();
  let bytes = 0;
  let errors = 0;
  for (const name of names) {
    const text = readFileSync(join(dir, name), 'utf8');
    bytes += Buffer.byteLength(text);
    errors += parseDocument(text).errors.length;
  }
  const loopMs = performance.now() - started;
  return { files: names.length, bytes, loopMs, mbPerS: bytes / 1e6 / (loopMs / 1000), errors };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url) && process.argv[2]) {
  process.stdout.write(`${JSON.stringify(parseFloor(process.argv[2]))}\n`);
}
