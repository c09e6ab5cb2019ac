import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { eachWay } from '../cli/run-cli.js';
import { checkRow } from '../cli/cases/cli-case.js';
import { anyPlanTable } from './cases.js';

const tmp = mkdtempSync(join(tmpdir(), 'cr-any-plan-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a plan with two groups, no parent body, its own numbering and a campaign across the new year', () => {
  it.each(eachWay(anyPlanTable(tmp)))('$name ($via)', checkRow);
});
