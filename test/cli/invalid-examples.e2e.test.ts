import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { RUNNERS } from './run-cli.js';
import { checkCase } from './cases/cli-case.js';
import { sourceTextTable } from './cases/source-text.js';

const tmp = mkdtempSync(join(tmpdir(), 'cr-source-text-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

for (const runner of RUNNERS) {
  describe(`source-text diagnostics (${runner.name})`, () => {
    it.each(sourceTextTable(join(tmp, runner.name)))('$name', (c) => checkCase(runner.run, c));
  });
}
