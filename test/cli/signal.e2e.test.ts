import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { eachWay } from './run-cli.js';
import { checkRow } from './cases/cli-case.js';
import { signalTable } from './cases/signal.js';

const tmp = mkdtempSync(join(tmpdir(), 'cr-signal-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('issue 8 items 4, 6 and 8', () => {
  it.each(eachWay(signalTable(tmp)))('$name ($via)', checkRow);
});
