import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { eachWay } from './run-cli.js';
import { checkRow } from './cases/cli-case.js';
import { invalidExamplesTable } from './cases/invalid-examples.js';

const tmp = mkdtempSync(join(tmpdir(), 'cr-invalid-examples-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the invalid examples through the CLI', () => {
  it.each(eachWay(invalidExamplesTable(tmp)))('$name ($via)', checkRow);
});
