import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { eachWay } from './run-cli.js';
import { checkRow } from './cases/cli-case.js';
import { schemaTable } from './cases/schema.js';

const tmp = mkdtempSync(join(tmpdir(), 'cr-schema-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('schema, and outputs written to a file', () => {
  it.each(eachWay(schemaTable(tmp)))('$name ($via)', checkRow);
});
