import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eachWay } from './run-cli.js';
import { checkRow } from './cases/cli-case.js';
import { FIELDS, numberSpellingsTable, plantSpellings } from './cases/number-spellings.js';

const tmp = mkdtempSync(join(tmpdir(), 'cr-numbers-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the copies cover every numeric field of the plan', () => {
  it('each of participants, cost and every quantity the plan declares is respelt somewhere', () => {
    for (const list of plantSpellings(join(tmp, 'cover')).values()) expect(list.map((p) => p.field).sort()).toEqual([...FIELDS].sort());
  });
});

describe('number spellings', () => {
  it.each(eachWay(numberSpellingsTable(tmp)))('$name ($via)', checkRow, 60_000);
});
