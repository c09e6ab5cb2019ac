import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { eachWay } from './run-cli.js';
import { checkRow } from './cases/cli-case.js';
import { configTable } from './cases/config.js';

const tmp = mkdtempSync(join(tmpdir(), 'cr-config-e2e-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const CASES = configTable(tmp);

describe('configuration', () => {
  it.each(eachWay(CASES))('$name ($via)', checkRow);
});
