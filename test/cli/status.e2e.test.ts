import { rmSync } from 'node:fs';
import { afterAll, describe, it } from 'vitest';
import { RUNNERS } from './run-cli.js';
import { checkCase } from './cases/cli-case.js';
import { CASES, statusProject } from './cases/status.js';

const tmp = statusProject();
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

for (const runner of RUNNERS) {
  describe(`status (${runner.name})`, () => {
    it.each(CASES)('$name', (c) => checkCase(runner.run, { ...c, cwd: tmp }));
  });
}
