import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { RUNNERS } from './run-cli.js';
import { checkCase } from './cases/cli-case.js';
import { invalidExamplesTable } from './cases/invalid-examples.js';

const tmp = mkdtempSync(join(tmpdir(), 'cr-invalid-examples-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

for (const runner of RUNNERS) {
  describe(`the invalid examples through the CLI (${runner.name})`, () => {
    it.each(invalidExamplesTable(join(tmp, runner.name)))('$name', (c) => checkCase(runner.run, c));
  });
}
