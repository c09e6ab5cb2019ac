import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isoDayIn } from '../../src/text/dates.js';
import { eachWay, runBinary } from './run-cli.js';
import { checkRow } from './cases/cli-case.js';
import { buildTable, documentText, REPORTS, undatedPlans } from './cases/build.js';

const tmp = mkdtempSync(join(tmpdir(), 'cr-build-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('build', () => {
  it.each(eachWay(buildTable(tmp)))('$name ($via)', checkRow);
});

describe('build (binary): the entry point passes the system clock', () => {
  it('nothing fixing the moment, the report is dated today in Hà Nội', () => {
    const { undated } = undatedPlans(tmp);
    const out = join(tmp, 'binary-today.docx');
    const before = isoDayIn(new Date(), 'Asia/Ho_Chi_Minh');
    const r = runBinary(['build', '--plan', undated, REPORTS, '--out', out, '--no-config']);
    const after = isoDayIn(new Date(), 'Asia/Ho_Chi_Minh');
    expect(r.code, r.stderr).toBe(0);
    const line = (iso: string): string => `Lạng Sơn, ngày ${iso.slice(8, 10)} tháng ${iso.slice(5, 7)} năm ${iso.slice(0, 4)}`;
    const text = documentText(out);
    expect([before, after].some((day) => text.includes(line(day))), `${line(before)} in the document`).toBe(true);
  });
});
