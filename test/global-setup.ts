/** Runs once before any test file: the end-to-end tests spawn dist/, so it must match the sources. */
import { fileURLToPath } from 'node:url';
import { ensureFreshDist } from './harness/fresh-dist.js';

export default function setup(): void {
  const rebuilt = ensureFreshDist(fileURLToPath(new URL('..', import.meta.url)));
  if (rebuilt !== undefined) process.stdout.write(`${rebuilt}\n`);
}
