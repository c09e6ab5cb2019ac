import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { RUNNERS } from './run-cli.js';
import { checkCase } from './cases/cli-case.js';
import { buildPdfTable } from './cases/build-pdf.js';

const tmp = mkdtempSync(join(tmpdir(), 'cr-build-pdf-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

for (const runner of RUNNERS) {
  describe(`build --pdf, and numbers by language (${runner.name})`, () => {
    it.each(buildPdfTable(join(tmp, runner.name)))('$name', (c) => checkCase(runner.run, c), 180_000);
  });
}
