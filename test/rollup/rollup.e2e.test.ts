import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, eachWay } from '../cli/run-cli.js';
import { checkRow } from '../cli/cases/cli-case.js';
import { NATIONAL_DIR } from './helpers.js';
import { rollupTable } from './cases.js';

const tmp = mkdtempSync(join(tmpdir(), 'cr-rollup-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('build --rollup', () => {
  it.each(eachWay(rollupTable(tmp)))('$name ($via)', checkRow);
});

describe('the checked-in roll-ups', () => {
  it('are what make-rollups.mjs writes today (same inputs, same bytes)', async () => {
    const { spawnSync } = await import('node:child_process');
    const { cpSync } = await import('node:fs');
    const copy = join(tmp, 'national-copy');
    cpSync(NATIONAL_DIR, copy, { recursive: true });
    rmSync(join(copy, 'rollups'), { recursive: true });
    // The script writes beside itself; run the copy, from the real package's dist.
    const script = readFileSync(join(NATIONAL_DIR, 'make-rollups.mjs'), 'utf8').replaceAll("'../../dist/", `'${ROOT}/dist/`).replace("const root = join(here, '..', '..');", `const root = ${JSON.stringify(ROOT)};`);
    const { writeFileSync, mkdirSync } = await import('node:fs');
    mkdirSync(join(copy, 'rollups'));
    writeFileSync(join(copy, 'make-rollups.mjs'), script);
    const r = spawnSync(process.execPath, [join(copy, 'make-rollups.mjs')], { encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    for (const f of ['tinh-lang-son.yaml', 'tinh-cao-bang.yaml', 'tinh-ca-mau.yaml']) {
      expect(readFileSync(join(copy, 'rollups', f), 'utf8'), f).toBe(readFileSync(join(NATIONAL_DIR, 'rollups', f), 'utf8'));
    }
  }, 180_000);
});
