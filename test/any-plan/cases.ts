/**
 * A plan with two groups, no parent body, its own numbering and a campaign across the new year, end to end: run by
 * any-plan.e2e.test.ts, and in both languages by test/cli/languages.e2e.test.ts.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from '../cli/run-cli.js';
import type { CliCase } from '../cli/cases/cli-case.js';
import { documentText } from '../render/helpers.js';

/** Two groups, no parent body, task ids NV-01 / NV-02.1 / B/1, a campaign from 20/11/2025 to 10/02/2026. */
const DIR = join(ROOT, 'test/any-plan/fixtures/two-groups');
const PLAN = join(DIR, 'plan.yaml');
const REPORTS = join(DIR, 'reports');

/** Words, ids and numbers that belong to the Lạng Sơn example and must never leak into another plan's output. */
const LANG_SON = [
  'Lạng Sơn', 'LẠNG SƠN', 'lang-son', '412/BC-SYT', 'Phó Giám đốc', 'xã, phường', 'GIÁM ĐỐC CÔNG AN', 'Công an tỉnh',
  'mục III', 'mục II', 'III.1', 'III.9', '2.1.a', 'so-y-te', 'Sở Y tế', 'ubnd-xa-phuong', 'Lộc Bình', 'BCĐNQ', '400/KH', '705/KH',
  'Vũ Thanh Tùng', '05/12/2025', '01/12/2025', '31/12/2025', 'Nhân quyền',
];

function leaks(text: string): string[] {
  return LANG_SON.filter((w) => text.includes(w));
}

const noLeak = (r: { stdout: string }): void => expect(leaks(r.stdout)).toEqual([]);

/** The table, its outputs in `dir`. */
export function anyPlanTable(dir: string): CliCase[] {
  mkdirSync(dir, { recursive: true });
  const out = join(dir, 'bao-cao.docx');
  const form = join(dir, 'form.html');
  return [
    { name: 'validates its reports', argv: ['validate', '--plan', PLAN, REPORTS], code: 0, stderrIs: '', stdout: ['3 tệp hợp lệ'] },
    {
      name: 'builds a document with its own words, its own header and none of Lạng Sơn',
      argv: ['build', '--plan', PLAN, REPORTS, '--out', out],
      code: 0,
      stdout: ['3/5 báo cáo, 4 hoạt động, 1.370 lượt người, kinh phí 20.000.000 đồng'],
      after: () => {
        const text = documentText(readFileSync(out));
        expect(leaks(text)).toEqual([]);
        // No parent line: the header opens with the issuing body itself.
        expect(text.split('\n')[0]).toBe('BAN CHỈ ĐẠO PHÒNG, CHỐNG THIÊN TAI THÀNH PHỐ HẢI HÀ');
        expect(text).toContain('Hải Hà, ngày 15 tháng 02 năm 2026');
        for (const id of ['NV-01', 'NV-02.1', 'B/1']) expect(text).toContain(id);
        expect(text).toContain('Trường THPT Ven Biển');
        expect(text).toContain('Diễn tập ứng phó rét đậm');
      },
    },
    {
      name: 'status counts each group on its own',
      argv: ['status', '--plan', PLAN, REPORTS, '--as-of', '20/02/2026'],
      code: 0,
      stdout: ['Đã báo cáo 3/5 (cơ quan 1/1, Các phường 1/2, Các trường trung học phổ thông 1/2); đúng hạn 3, muộn 0; chưa báo cáo 2 (quá hạn 2)'],
      after: noLeak,
    },
    {
      name: 'says what is wrong in a report with the plan’s own examples',
      argv: ['validate', '--plan', PLAN, join(ROOT, 'test/any-plan/fixtures/bad-report.yaml')],
      code: 1,
      stdout: ['cần số và ký hiệu như "4/BC-BCĐPCTT"', 'cần khoảng ngày "20/11/2025 - 10/02/2026"', /CR307: [^\n]*"NV-3"[^\n]*: NV-01\./, 'khóa "unit" chỉ dùng cho UBND phường, Trường trung học phổ thông'],
      after: noLeak,
    },
    {
      name: 'prints the template of a unit of a group without Lạng Sơn’s wording',
      argv: ['init', '--plan', PLAN, '--agency', 'truong-hoc', '--unit', 'Trường THPT Ven Biển', '--schema', 'report.schema.json'],
      code: 0,
      stdout: ['unit: Trường THPT Ven Biển', '  B/1:', 'ví dụ 20/11/2025'],
      after: noLeak,
    },
    {
      name: 'prints the template of an agency without Lạng Sơn’s wording',
      argv: ['init', '--plan', PLAN, '--agency', 'phong-van-hoa', '--schema', 'report.schema.json'],
      code: 0,
      after: noLeak,
    },
    { name: 'prints the schema without Lạng Sơn’s wording', argv: ['schema', '--plan', PLAN], code: 0, after: noLeak },
    {
      name: 'writes the form without Lạng Sơn’s wording',
      argv: ['form', '--plan', PLAN, '--agency', 'truong-hoc', '--unit', 'Trường THPT Ven Biển', '--out', form],
      code: 0,
      after: () => {
        const html = readFileSync(form, 'utf8');
        expect(html).toContain('Trường THPT Ven Biển');
        expect(leaks(html)).toEqual([]);
      },
    },
  ];
}
