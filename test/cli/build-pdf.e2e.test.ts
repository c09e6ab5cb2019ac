import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { eachWay } from './run-cli.js';
import { checkRow } from './cases/cli-case.js';
import { buildPdfTable } from './cases/build-pdf.js';

const tmp = mkdtempSync(join(tmpdir(), 'cr-build-pdf-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('build --pdf, and numbers by language', () => {
  it.each(eachWay(buildPdfTable(tmp)))('$name ($via)', checkRow, 180_000);
});
