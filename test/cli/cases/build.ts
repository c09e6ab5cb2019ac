/** The build end-to-end table and the files it works on: run by build.e2e.test.ts, and in both languages by languages.e2e.test.ts. */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { parse, parseDocument } from 'yaml';
import { expect } from 'vitest';
import { ROOT } from '../run-cli.js';
import type { CliCase } from './cli-case.js';

export const PLAN = join(ROOT, 'examples/lang-son-2025/plan.yaml');
export const REPORTS = join(ROOT, 'examples/lang-son-2025/reports');
export const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');
export const vn = (n: number): string => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** The document's visible text, paragraph by paragraph. */
export function documentText(docx: string): string {
  const xml = strFromU8(unzipSync(readFileSync(docx))['word/document.xml']!);
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:noBreakHyphen\/>/g, '-')
    .replace(/<w:br\/>/g, ' ')
    .replace(/\u00a0/g, ' ')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

/** Sums over the example reports, computed here from the YAML, independently of the merge code. */
export function exampleSums(): { activities: number; participants: number; cost: number; titles: string[]; starts: string[] } {
  const starts: string[] = [];
  let activities = 0;
  let participants = 0;
  let cost = 0;
  const titles: string[] = [];
  for (const name of readdirSync(REPORTS)) {
    const report = parse(readFileSync(join(REPORTS, name), 'utf8')) as { tasks: Record<string, { activities?: { date: string; title: string; participants?: number; cost?: number }[] }> };
    for (const task of Object.values(report.tasks)) {
      for (const a of task.activities ?? []) {
        activities++;
        participants += a.participants ?? 0;
        cost += a.cost ?? 0;
        titles.push(a.title);
        const first = /^(\d{4})-(\d{2})-(\d{2})|^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(a.date)!;
        starts.push(first[1] ? `${first[1]}-${first[2]}-${first[3]}` : `${first[6]}-${first[5]!.padStart(2, '0')}-${first[4]!.padStart(2, '0')}`);
      }
    }
  }
  return { activities, participants, cost, titles, starts };
}

/** The example plan without a default report date, in the plan's own time zone and in UTC (written in `dir`). */
export function undatedPlans(dir: string): { undated: string; undatedUtc: string } {
  const doc = parseDocument(readFileSync(PLAN, 'utf8'));
  doc.deleteIn(['report', 'date']);
  const undated = join(dir, 'plan-undated.yaml');
  writeFileSync(undated, String(doc));
  doc.set('time_zone', 'UTC');
  const undatedUtc = join(dir, 'plan-undated-utc.yaml');
  writeFileSync(undatedUtc, String(doc));
  return { undated, undatedUtc };
}

/** The build table, its outputs and inputs in `dir` (made here); the rows run in order, later ones on what earlier ones wrote. */
export function buildTable(dir: string): CliCase[] {
  mkdirSync(dir, { recursive: true });
  const { undated, undatedUtc } = undatedPlans(dir);
  const sums = exampleSums();
  const at = (name: string): string => join(dir, name);

  const reports = at('reports');
  const broken = join(reports, '09-so-y-te.yaml');
  const existing = at('existing.docx');
  const input = at('09-so-y-te.docx');
  const project = at('config');
  const templates = at('templates');
  const templateFile = join(templates, 'muc-4-de-xuat.hbs');
  const line = readFileSync(join(ROOT, 'templates/muc-4-de-xuat.hbs'), 'utf8').split('\n').length + 1;
  const stray = at('stray-templates');
  const strayShown = join(stray, 'muc-1-chidao.hbs');
  const names = 'tieu-de.hbs, mo-dau.hbs, muc-1-chi-dao.hbs, muc-2-ket-qua.hbs, muc-3-danh-gia.hbs, muc-4-de-xuat.hbs, phu-luc-1-hoat-dong.hbs, phu-luc-2-chua-bao-cao.hbs, phu-luc-3-chu-de.hbs';
  // Activities starting 15/11–14/12/2025, counted independently from the reports.
  const december = sums.starts.filter((iso) => iso >= '2025-11-15' && iso <= '2025-12-14').length;
  const midnight = new Date('2025-12-31T23:30:00Z');

  return [
    {
      name: 'builds the example; the totals in the document equal the sums over the reports',
      argv: ['build', '--plan', PLAN, REPORTS, '--out', at('bao-cao.docx')],
      code: 0,
      stderrIs: '',
      stdoutIs: `✔ Đã tạo ${at('bao-cao.docx')}: 17/76 báo cáo, ${sums.activities} hoạt động, ${vn(sums.participants)} lượt người, kinh phí ${vn(sums.cost)} đồng.\n`,
      after: () => {
        const text = documentText(at('bao-cao.docx'));
        expect(text).toContain('BÁO CÁO');
        expect(text).toContain('Số: 15/BC-BCĐNQ-CQTT');
        expect(text).toContain('Lạng Sơn, ngày 05 tháng 01 năm 2026');
        const totalRow = text.split('\n').indexOf('Tổng cộng');
        expect(totalRow).toBeGreaterThan(0);
        expect(text.split('\n').slice(totalRow, totalRow + 6)).toEqual(['Tổng cộng', '17/76', String(sums.activities), vn(sums.participants), vn(sums.cost), expect.any(String)]);
        for (const title of sums.titles) expect(text).toContain(title);
        const csv = readFileSync(at('bao-cao.hoat-dong.csv'), 'utf8');
        expect(csv.startsWith('\uFEFFco_quan,don_vi,nhiem_vu,')).toBe(true);
        expect(csv.trimEnd().split('\r\n')).toHaveLength(sums.activities + 1);
      },
    },
    {
      name: "with no date given, the report is dated by the plan's calendar: 2025-12-31T23:30Z is 01/01/2026 in Hà Nội",
      argv: ['build', '--plan', undated, REPORTS, '--out', at('clock.docx'), '--no-config'],
      now: midnight,
      code: 0,
      after: () => expect(documentText(at('clock.docx'))).toContain('Lạng Sơn, ngày 01 tháng 01 năm 2026'),
    },
    {
      name: "…and the same moment under a plan kept in UTC is still 31/12/2025: the day is the plan's, not the machine's",
      argv: ['build', '--plan', undatedUtc, REPORTS, '--out', at('clock-utc.docx'), '--no-config'],
      now: midnight,
      code: 0,
      after: () => expect(documentText(at('clock-utc.docx'))).toContain('Lạng Sơn, ngày 31 tháng 12 năm 2025'),
    },
    { name: 'two builds give the same bytes (the first)', argv: ['build', '--plan', PLAN, REPORTS, '--out', at('a.docx')], code: 0 },
    {
      name: 'two builds give the same bytes (the second)',
      argv: ['build', '--plan', PLAN, REPORTS, '--out', at('b.docx')],
      code: 0,
      after: () => expect(sha256(at('b.docx'))).toBe(sha256(at('a.docx'))),
    },
    {
      name: 'one invalid report: no file written, the existing output untouched, exit 1',
      before: () => {
        cpSync(REPORTS, reports, { recursive: true });
        writeFileSync(broken, readFileSync(join(REPORTS, '09-so-y-te.yaml'), 'utf8').replace('      - date: 05/12/2025', '      - date: 15/01/2026'));
        writeFileSync(existing, 'bản cũ');
      },
      argv: ['build', '--plan', PLAN, reports, '--out', existing],
      code: 1,
      stdoutIs: '',
      stderr: [/09-so-y-te\.yaml:21:15 - lỗi CR403: Ngày "15\/01\/2026"/, '✖ 1 lỗi trong 1 tệp: không tạo báo cáo'],
      after: () => {
        expect(readFileSync(existing, 'utf8')).toBe('bản cũ');
        expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
      },
    },
    {
      name: '…with --skip-invalid, built without it; Phụ lục II names the unit and the reason in words, the path and the raw message stay on stderr',
      argv: ['build', '--plan', PLAN, reports, '--out', existing, '--skip-invalid'],
      code: 0,
      stderr: [/Bỏ qua .*09-so-y-te\.yaml \(CR403: /],
      stdout: [/16\/76 báo cáo/],
      after: () => {
        const doc = documentText(existing);
        expect(doc).toContain('Sở Y tế\nBáo cáo có 1 lỗi: ngày nằm ngoài thời gian kế hoạch.');
        expect(doc).not.toContain('09-so-y-te.yaml');
        expect(doc).not.toContain('CR403');
      },
    },
    {
      name: 'missing output folder: exit 2, nothing written',
      argv: ['build', '--plan', PLAN, REPORTS, '--out', join(dir, 'khong-co', 'bc.docx')],
      code: 2,
      stderr: [/compile-report: .*không tồn tại/],
      after: () => expect(existsSync(join(dir, 'khong-co', 'bc.docx'))).toBe(false),
    },
    {
      name: 'output is not .docx: exit 2, nothing written',
      argv: ['build', '--plan', PLAN, REPORTS, '--out', at('bc.pdf')],
      code: 2,
      stderr: [/Tệp kết quả phải có đuôi \.docx/],
      after: () => expect(existsSync(at('bc.pdf'))).toBe(false),
    },
    {
      name: 'a blank --number: exit 2 with what to write, before any work, nothing written',
      argv: ['build', '--plan', PLAN, REPORTS, '--out', at('blank.docx'), '--number', ' '],
      code: 2,
      stdoutEmpty: true,
      stderrIs: 'compile-report: Số, ký hiệu của báo cáo đang để trống; ghi bằng --number (hoặc khóa number của tệp cấu hình), ví dụ "15/BC-BCĐNQ-CQTT".\n',
      after: () => expect(existsSync(at('blank.docx'))).toBe(false),
    },
    {
      name: 'a blank --signer: exit 2 with where a signer comes from, nothing written',
      argv: ['build', '--plan', PLAN, REPORTS, '--out', at('blank.docx'), '--signer', '  '],
      code: 2,
      stdoutEmpty: true,
      stderrIs: 'compile-report: Người ký đang để trống: cần quyền hạn ký và họ tên (--signer, khóa signer của tệp cấu hình, hoặc report.signer của kế hoạch).\n',
      after: () => expect(existsSync(at('blank.docx'))).toBe(false),
    },
    {
      // A report saved with a .docx name and named explicitly is still an input.
      name: 'refuses to write over an input, which survives',
      before: () => cpSync(join(REPORTS, '09-so-y-te.yaml'), input),
      argv: ['build', '--plan', PLAN, input, '--out', input],
      code: 2,
      stderr: [/compile-report: .*đầu vào/],
      after: () => {
        expect(sha256(input)).toBe(sha256(join(REPORTS, '09-so-y-te.yaml')));
        expect(existsSync(input.replace(/\.docx$/, '.hoat-dong.csv'))).toBe(false);
      },
    },
    {
      name: 'with a config file in the folder, `build` alone produces the report',
      before: () => cpSync(join(ROOT, 'examples/lang-son-2025'), project, { recursive: true }),
      cwd: project,
      argv: ['build'],
      code: 0,
      stdout: [/^✔ Đã tạo bao-cao\.docx: 17\/76 báo cáo, 111 hoạt động/],
      after: () => expect(existsSync(join(project, 'bao-cao.docx'))).toBe(true),
    },
    {
      name: '--period keeps one month',
      cwd: project,
      argv: ['build', '--period', '2025-12', '--out', 'thang-12.docx'],
      code: 0,
      stdout: [`17/76 báo cáo, ${december} hoạt động`, 'Kỳ tháng 12 năm 2025'],
    },
    {
      name: 'a broken template is CR701 at the opening of the unclosed block, exit 2',
      before: () => {
        cpSync(join(ROOT, 'templates'), templates, { recursive: true });
        writeFileSync(templateFile, `${readFileSync(join(ROOT, 'templates/muc-4-de-xuat.hbs'), 'utf8')}\n  {{#if has.proposals}}\n`);
      },
      argv: ['build', '--plan', PLAN, REPORTS, '--out', at('tpl.docx'), '--template', templates],
      code: 2,
      stderr: [`muc-4-de-xuat.hbs:${line}:3 - lỗi CR701: Khối {{#if}} mở ở đây nhưng không có {{/if}} để đóng.\n`],
      notStderr: [/Expecting|OPEN_ENDBLOCK|never closed/],
      after: () => expect(existsSync(at('tpl.docx'))).toBe(false),
    },
    {
      name: '…in English with --lang en',
      argv: ['build', '--plan', PLAN, REPORTS, '--out', at('tpl.docx'), '--template', templates, '--lang', 'en'],
      code: 2,
      stderr: [`muc-4-de-xuat.hbs:${line}:3 - error CR701: The block {{#if}} opened here is never closed with {{/if}}.\n`],
      notStderr: [/Khối|lỗi/],
    },
    {
      // The folder is outside the working folder, so it is named by its absolute path.
      name: 'a template file with a name no template has is named in a warning, and the build goes on',
      before: () => {
        mkdirSync(stray, { recursive: true });
        writeFileSync(strayShown, '# I. CHỈ ĐẠO\n');
      },
      argv: ['build', '--plan', PLAN, REPORTS, '--out', at('stray.docx'), '--template', stray],
      code: 0,
      stderrIs: `Cảnh báo: tệp mẫu ${strayShown} không trùng tên mẫu nào nên không được dùng. Có phải ý bạn là "muc-1-chi-dao.hbs"? Các tên mẫu: ${names}.\n`,
    },
    {
      name: '…in English with --lang en',
      argv: ['build', '--plan', PLAN, REPORTS, '--out', at('stray.docx'), '--template', stray, '--lang', 'en'],
      code: 0,
      stderrIs: `Warning: the template file ${strayShown} matches no template name and is not used. Did you mean "muc-1-chi-dao.hbs"? Template names: ${names}.\n`,
    },
  ];
}
