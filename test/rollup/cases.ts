/** The build --rollup end-to-end table: run by rollup.e2e.test.ts, and in both languages by test/cli/languages.e2e.test.ts. */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { CliCase } from '../cli/cases/cli-case.js';
import { LANG_SON_DIR, NATIONAL_DIR, NATIONAL_PLAN_PATH } from './helpers.js';

const vn = (n: number): string => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const LANG_SON_PLAN = join(LANG_SON_DIR, 'plan.yaml');
const LANG_SON_REPORTS = join(LANG_SON_DIR, 'reports');
const PROVINCES = ['tinh-lang-son.yaml', 'tinh-cao-bang.yaml', 'tinh-ca-mau.yaml'];

/** "✔ … 17/76 báo cáo, 111 hoạt động, 9.285 lượt người, kinh phí 515.750.000 đồng." → the numbers. */
function summary(stdout: string): { activities: number; participants: number; cost: number } {
  const m = /báo cáo, ([\d.]+) hoạt động, ([\d.]+) lượt người, kinh phí ([\d.]+) đồng/.exec(stdout);
  if (!m) throw new Error(`no summary in ${stdout}`);
  const n = (s: string): number => Number(s.replace(/\./g, ''));
  return { activities: n(m[1]!), participants: n(m[2]!), cost: n(m[3]!) };
}

/** The table, its outputs in `dir`; the national build's row adds up what the rows before it printed. */
export function rollupTable(dir: string): CliCase[] {
  mkdirSync(dir, { recursive: true });
  const at = (name: string): string => join(dir, name);
  const parts: { activities: number; participants: number; cost: number }[] = [];
  return [
    {
      name: 'writes Lạng Sơn’s roll-up',
      argv: ['build', '--plan', LANG_SON_PLAN, LANG_SON_REPORTS, '--out', at('lang-son.docx'), '--rollup', at('lang-son.yaml'), '--parent-plan', NATIONAL_PLAN_PATH],
      code: 0,
      stderrIs: '',
      stdout: ['(kế hoạch 705/KH-BCĐNQ): 111 hoạt động.'],
    },
    {
      name: '…which validate --plan <national plan> accepts, byte for byte the checked-in example',
      argv: ['validate', '--plan', NATIONAL_PLAN_PATH, at('lang-son.yaml')],
      code: 0,
      stdout: ['1 tệp hợp lệ, không có lỗi'],
      after: () => expect(readFileSync(at('lang-son.yaml'), 'utf8')).toBe(readFileSync(join(NATIONAL_DIR, 'rollups/tinh-lang-son.yaml'), 'utf8')),
    },
    ...PROVINCES.map((file): CliCase => ({
      name: `the national plan builds from the roll-up ${file}`,
      argv: ['build', '--plan', NATIONAL_PLAN_PATH, join(NATIONAL_DIR, 'rollups', file), '--out', at(`${file}.docx`)],
      code: 0,
      after: (r) => void parts.push(summary(r.stdout)),
    })),
    {
      name: 'the national plan builds from its ministries’ reports',
      argv: ['build', '--plan', NATIONAL_PLAN_PATH, join(NATIONAL_DIR, 'reports'), '--out', at('bo.docx')],
      code: 0,
      after: (r) => void parts.push(summary(r.stdout)),
    },
    {
      name: 'the national example builds from its ministries’ reports and the provinces’ roll-ups; its totals are theirs, added',
      cwd: NATIONAL_DIR,
      argv: ['build', '--out', at('quoc-gia.docx')],
      code: 0,
      stderrIs: '',
      stdout: ['7/47 báo cáo'],
      after: (r) => {
        expect(parts).toHaveLength(4);
        const sum = (k: 'activities' | 'participants' | 'cost'): number => parts.reduce((n, p) => n + p[k], 0);
        expect(summary(r.stdout)).toEqual({ activities: sum('activities'), participants: sum('participants'), cost: sum('cost') });
        // Lạng Sơn's own document and its roll-up carry the same totals.
        expect(parts[0]).toEqual({ activities: 111, participants: 9285, cost: 515_750_000 });
        expect(r.stdout).toContain(`${vn(sum('activities'))} hoạt động`);
      },
    },
    {
      name: 'a mapping that does not match the parent plan: CR610 at its line in the plan, exit 2, nothing written',
      argv: ['build', '--plan', join(LANG_SON_DIR, 'invalid/plan/CR610-rollup-mapping.yaml'), LANG_SON_REPORTS, '--out', at('bad.docx'), '--rollup', at('bad.yaml'), '--parent-plan', NATIONAL_PLAN_PATH],
      code: 2,
      stderr: [
        'examples/lang-son-2025/invalid/plan/CR610-rollup-mapping.yaml:661:11 - lỗi CR610: Đối chiếu với kế hoạch cấp trên 705/KH-BCĐNQ: "Tỉnh Lang Sơn" không có trong danh sách UBND tỉnh, thành phố của kế hoạch cấp trên',
        'Không viết được báo cáo gửi lên',
      ],
      after: () => {
        expect(existsSync(at('bad.docx'))).toBe(false);
        expect(existsSync(at('bad.yaml'))).toBe(false);
      },
    },
    {
      name: '--rollup without --parent-plan: exit 2 with what to do',
      argv: ['build', '--plan', LANG_SON_PLAN, LANG_SON_REPORTS, '--out', at('x.docx'), '--rollup', at('x.yaml')],
      code: 2,
      stderr: ['--rollup cần --parent-plan'],
    },
    {
      name: '--rollup not .yaml: exit 2 with what to do',
      argv: ['build', '--plan', LANG_SON_PLAN, LANG_SON_REPORTS, '--out', at('x.docx'), '--rollup', at('x.docx'), '--parent-plan', NATIONAL_PLAN_PATH, '--lang', 'en'],
      code: 2,
      stderr: ['The roll-up must end in .yaml'],
    },
  ];
}
