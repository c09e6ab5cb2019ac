import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, RUNNERS } from '../cli/run-cli.js';
import { LANG_SON_DIR, NATIONAL_DIR, NATIONAL_PLAN_PATH } from './helpers.js';

const vn = (n: number): string => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const LANG_SON_PLAN = join(LANG_SON_DIR, 'plan.yaml');
const LANG_SON_REPORTS = join(LANG_SON_DIR, 'reports');

/** "✔ … 17/76 báo cáo, 111 hoạt động, 9.285 lượt người, kinh phí 515.750.000 đồng." → the numbers. */
function summary(stdout: string): { activities: number; participants: number; cost: number } {
  const m = /báo cáo, ([\d.]+) hoạt động, ([\d.]+) lượt người, kinh phí ([\d.]+) đồng/.exec(stdout);
  if (!m) throw new Error(`no summary in ${stdout}`);
  const n = (s: string): number => Number(s.replace(/\./g, ''));
  return { activities: n(m[1]!), participants: n(m[2]!), cost: n(m[3]!) };
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'cr-rollup-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

for (const runner of RUNNERS) {
  describe(`build --rollup (${runner.name})`, () => {
    it('writes Lạng Sơn’s roll-up, which validate --plan <national plan> accepts, byte for byte the checked-in example', async () => {
      const rollup = join(tmp, `${runner.name}-lang-son.yaml`);
      const built = await runner.run(['build', '--plan', LANG_SON_PLAN, LANG_SON_REPORTS, '--out', join(tmp, `${runner.name}.docx`), '--rollup', rollup, '--parent-plan', NATIONAL_PLAN_PATH]);
      expect(built.stderr).toBe('');
      expect(built.code).toBe(0);
      expect(built.stdout).toContain('(kế hoạch 705/KH-BCĐNQ): 111 hoạt động.');
      const checked = await runner.run(['validate', '--plan', NATIONAL_PLAN_PATH, rollup]);
      expect(checked.stdout).toContain('1 tệp hợp lệ, không có lỗi');
      expect(checked.code).toBe(0);
      expect(readFileSync(rollup, 'utf8')).toBe(readFileSync(join(NATIONAL_DIR, 'rollups/tinh-lang-son.yaml'), 'utf8'));
    });

    it('the national example builds from its ministries’ reports and the provinces’ roll-ups; its totals are theirs, added', async () => {
      const provinces = [];
      for (const file of ['tinh-lang-son.yaml', 'tinh-cao-bang.yaml', 'tinh-ca-mau.yaml']) {
        const r = await runner.run(['build', '--plan', NATIONAL_PLAN_PATH, join(NATIONAL_DIR, 'rollups', file), '--out', join(tmp, `${runner.name}-${file}.docx`)]);
        expect(r.code, file).toBe(0);
        provinces.push(summary(r.stdout));
      }
      const ministries = await runner.run(['build', '--plan', NATIONAL_PLAN_PATH, join(NATIONAL_DIR, 'reports'), '--out', join(tmp, `${runner.name}-bo.docx`)]);
      const all = await runner.run(['build', '--out', join(tmp, `${runner.name}-quoc-gia.docx`)], { cwd: NATIONAL_DIR });
      expect(all.stderr).toBe('');
      expect(all.code).toBe(0);
      expect(all.stdout).toContain('7/47 báo cáo');
      const parts = [...provinces, summary(ministries.stdout)];
      const sum = (k: 'activities' | 'participants' | 'cost'): number => parts.reduce((n, p) => n + p[k], 0);
      expect(summary(all.stdout)).toEqual({ activities: sum('activities'), participants: sum('participants'), cost: sum('cost') });
      // Lạng Sơn's own document and its roll-up carry the same totals.
      expect(provinces[0]).toEqual({ activities: 111, participants: 9285, cost: 515_750_000 });
      expect(all.stdout).toContain(`${vn(sum('activities'))} hoạt động`);
    });

    it('a mapping that does not match the parent plan: CR610 at its line in the plan, exit 2, nothing written', async () => {
      const out = join(tmp, `${runner.name}-bad.docx`);
      const rollup = join(tmp, `${runner.name}-bad.yaml`);
      const r = await runner.run(['build', '--plan', join(LANG_SON_DIR, 'invalid/plan/CR610-rollup-mapping.yaml'), LANG_SON_REPORTS, '--out', out, '--rollup', rollup, '--parent-plan', NATIONAL_PLAN_PATH]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('examples/lang-son-2025/invalid/plan/CR610-rollup-mapping.yaml:661:11 - lỗi CR610: Đối chiếu với kế hoạch cấp trên 705/KH-BCĐNQ: "Tỉnh Lang Sơn" không có trong danh sách UBND tỉnh, thành phố của kế hoạch cấp trên');
      expect(r.stderr).toContain('Không viết được báo cáo gửi lên');
      expect(existsSync(out)).toBe(false);
      expect(existsSync(rollup)).toBe(false);
    });

    it('--rollup without --parent-plan, or not .yaml: exit 2 with what to do', async () => {
      const a = await runner.run(['build', '--plan', LANG_SON_PLAN, LANG_SON_REPORTS, '--out', join(tmp, 'x.docx'), '--rollup', join(tmp, 'x.yaml')]);
      expect(a.code).toBe(2);
      expect(a.stderr).toContain('--rollup cần --parent-plan');
      const b = await runner.run(['build', '--plan', LANG_SON_PLAN, LANG_SON_REPORTS, '--out', join(tmp, 'x.docx'), '--rollup', join(tmp, 'x.docx'), '--parent-plan', NATIONAL_PLAN_PATH, '--lang', 'en']);
      expect(b.code).toBe(2);
      expect(b.stderr).toContain('The roll-up must end in .yaml');
    });
  });
}

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
