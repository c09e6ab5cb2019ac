import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { RUNNERS } from './run-cli.js';
import { checkCase } from './cases/cli-case.js';
import { errorLanguageTable } from './cases/error-language.js';

const tmp = mkdtempSync(join(tmpdir(), 'cr-error-language-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

for (const runner of RUNNERS) {
  describe(`errors in the run's language (${runner.name})`, () => {
    it.each(errorLanguageTable(join(tmp, runner.name)))('$name', (c) => checkCase(runner.run, c));
  });
}
