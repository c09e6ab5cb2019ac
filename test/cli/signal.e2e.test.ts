import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { RUNNERS } from './run-cli.js';
import { checkCase } from './cases/cli-case.js';
import { signalTable } from './cases/signal.js';

const tmp = mkdtempSync(join(tmpdir(), 'cr-signal-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

for (const runner of RUNNERS) {
  describe(`issue 8 items 4, 6 and 8 (${runner.name})`, () => {
    it.each(signalTable(join(tmp, runner.name)))('$name', (c) => checkCase(runner.run, c));
  });
}
