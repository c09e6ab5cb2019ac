import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { RUNNERS } from './run-cli.js';
import { checkCase } from './cases/cli-case.js';
import { schemaTable } from './cases/schema.js';

const tmp = mkdtempSync(join(tmpdir(), 'cr-schema-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

for (const runner of RUNNERS) {
  describe(`schema, and outputs written to a file (${runner.name})`, () => {
    it.each(schemaTable(join(tmp, runner.name)))('$name', (c) => checkCase(runner.run, c));
  });
}
