import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, RUNNERS } from '../cli/run-cli.js';
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

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'cr-any-plan-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

for (const runner of RUNNERS) {
  describe(`a plan with two groups, no parent body, its own numbering and a campaign across the new year (${runner.name})`, () => {
    it('validates its reports', async () => {
      const r = await runner.run(['validate', '--plan', PLAN, REPORTS]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('3 tệp hợp lệ');
    });

    it('builds a document with its own words, its own header and none of Lạng Sơn', async () => {
      const out = join(tmp, `${runner.name}.docx`);
      const r = await runner.run(['build', '--plan', PLAN, REPORTS, '--out', out]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('3/5 báo cáo, 4 hoạt động, 1.370 lượt người, kinh phí 20.000.000 đồng');
      const text = documentText(readFileSync(out));
      expect(leaks(text)).toEqual([]);
      // No parent line: the header opens with the issuing body itself.
      expect(text.split('\n')[0]).toBe('BAN CHỈ ĐẠO PHÒNG, CHỐNG THIÊN TAI THÀNH PHỐ HẢI HÀ');
      expect(text).toContain('Hải Hà, ngày 15 tháng 02 năm 2026');
      for (const id of ['NV-01', 'NV-02.1', 'B/1']) expect(text).toContain(id);
      expect(text).toContain('Trường THPT Ven Biển');
      expect(text).toContain('Diễn tập ứng phó rét đậm');
    });

    it('status counts each group on its own', async () => {
      const r = await runner.run(['status', '--plan', PLAN, REPORTS, '--as-of', '20/02/2026']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Đã báo cáo 3/5 (cơ quan 1/1, Các phường 1/2, Các trường trung học phổ thông 1/2); đúng hạn 3, muộn 0; chưa báo cáo 2 (quá hạn 2)');
      expect(leaks(r.stdout)).toEqual([]);
    });

    it('says what is wrong in a report with the plan’s own examples', async () => {
      const r = await runner.run(['validate', '--plan', PLAN, join(ROOT, 'test/any-plan/fixtures/bad-report.yaml')]);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('cần số và ký hiệu như "4/BC-BCĐPCTT"');
      expect(r.stdout).toContain('cần khoảng ngày "20/11/2025 - 10/02/2026"');
      expect(r.stdout).toMatch(/CR307: [^\n]*"NV-3"[^\n]*: NV-01\./);
      expect(r.stdout).toContain('khóa "unit" chỉ dùng cho UBND phường, Trường trung học phổ thông');
      expect(leaks(r.stdout)).toEqual([]);
    });

    it('prints templates, the schema and the form without Lạng Sơn’s wording', async () => {
      const texts: string[] = [];
      for (const argv of [
        ['init', '--plan', PLAN, '--agency', 'truong-hoc', '--unit', 'Trường THPT Ven Biển', '--schema', 'report.schema.json'],
        ['init', '--plan', PLAN, '--agency', 'phong-van-hoa', '--schema', 'report.schema.json'],
        ['schema', '--plan', PLAN],
      ]) {
        const r = await runner.run(argv);
        expect(r.code, argv.join(' ')).toBe(0);
        texts.push(r.stdout);
        expect(leaks(r.stdout), argv.join(' ')).toEqual([]);
      }
      const form = join(tmp, `${runner.name}-form.html`);
      const r = await runner.run(['form', '--plan', PLAN, '--agency', 'truong-hoc', '--unit', 'Trường THPT Ven Biển', '--out', form]);
      expect(r.code).toBe(0);
      const html = readFileSync(form, 'utf8');
      expect(html).toContain('Trường THPT Ven Biển');
      expect(leaks(html)).toEqual([]);
      expect(texts[0]).toContain('unit: Trường THPT Ven Biển');
      expect(texts[0]).toContain('  B/1:');
      expect(texts[0]).toContain('ví dụ 20/11/2025');
    });
  });
}
