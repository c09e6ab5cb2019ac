import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { eachWay } from './run-cli.js';
import { checkRow } from './cases/cli-case.js';
import { errorLanguageTable } from './cases/error-language.js';

const tmp = mkdtempSync(join(tmpdir(), 'cr-error-language-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("errors in the run's language", () => {
  it.each(eachWay(errorLanguageTable(tmp)))('$name ($via)', checkRow);
});
