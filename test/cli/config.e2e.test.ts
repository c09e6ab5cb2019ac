import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { RUNNERS } from './run-cli.js';
import { checkCase } from './cases/cli-case.js';
import { configTable } from './cases/config.js';

const tmp = mkdtempSync(join(tmpdir(), 'cr-config-e2e-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const CASES = configTable(tmp);

for (const runner of RUNNERS) {
  describe(`configuration (${runner.name})`, () => {
    it.each(CASES)('$name', (c) => checkCase(runner.run, c));
  });
}
