import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { isoDayIn } from '../../src/text/dates.js';
import { ROOT, RUNNERS, runBinary } from './run-cli.js';

const PLAN = join(ROOT, 'examples/lang-son-2025/plan.yaml');
const REPORTS = join(ROOT, 'examples/lang-son-2025/reports');
const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');
const vn = (n: number): string => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** The document's visible text, paragraph by paragraph. */
function documentText(docx: string): string {
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
function exampleSums(): { activities: number; participants: number; cost: number; titles: string[]; starts: string[] } {
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

let tmp: string;
/** The example plan without a default report date, in the plan's own time zone and in UTC. */
let undated: string;
let undatedUtc: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'cr-build-'));
  const doc = parseDocument(readFileSync(PLAN, 'utf8'));
  doc.deleteIn(['report', 'date']);
  undated = join(tmp, 'plan-undated.yaml');
  writeFileSync(undated, String(doc));
  doc.set('time_zone', 'UTC');
  undatedUtc = join(tmp, 'plan-undated-utc.yaml');
  writeFileSync(undatedUtc, String(doc));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

for (const runner of RUNNERS) {
  describe(`build (${runner.name})`, () => {
    it('builds the example; the totals in the document equal the sums over the reports', async () => {
      const out = join(tmp, `${runner.name}-bao-cao.docx`);
      const r = await runner.run(['build', '--plan', PLAN, REPORTS, '--out', out]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const sums = exampleSums();
      expect(r.stdout).toBe(
        `✔ Đã tạo ${out}: 17/76 báo cáo, ${sums.activities} hoạt động, ${vn(sums.participants)} lượt người, kinh phí ${vn(sums.cost)} đồng.\n`,
      );
      const text = documentText(out);
      expect(text).toContain('BÁO CÁO');
      expect(text).toContain('Số: 15/BC-BCĐNQ-CQTT');
      expect(text).toContain('Lạng Sơn, ngày 05 tháng 01 năm 2026');
      const totalRow = text.split('\n').indexOf('Tổng cộng');
      expect(totalRow).toBeGreaterThan(0);
      expect(text.split('\n').slice(totalRow, totalRow + 6)).toEqual(['Tổng cộng', '17/76', String(sums.activities), vn(sums.participants), vn(sums.cost), expect.any(String)]);
      for (const title of sums.titles) expect(text).toContain(title.replace(/&/g, '&'));
      const csv = readFileSync(join(tmp, `${runner.name}-bao-cao.hoat-dong.csv`), 'utf8');
      expect(csv.startsWith('\uFEFFco_quan,don_vi,nhiem_vu,')).toBe(true);
      expect(csv.trimEnd().split('\r\n')).toHaveLength(sums.activities + 1);
    });

    it('with no date given, the report is dated by the plan\'s calendar: 2025-12-31T23:30Z is 01/01/2026 in Hà Nội', async () => {
      const now = new Date('2025-12-31T23:30:00Z');
      const out = join(tmp, `${runner.name}-clock.docx`);
      const r = await runner.run(['build', '--plan', undated, REPORTS, '--out', out, '--no-config'], { now });
      expect(r.code, r.stderr).toBe(0);
      expect(documentText(out)).toContain('Lạng Sơn, ngày 01 tháng 01 năm 2026');
      // The same moment under a plan kept in UTC is still 31/12/2025: the day is the plan's, not the machine's.
      const utc = join(tmp, `${runner.name}-clock-utc.docx`);
      expect((await runner.run(['build', '--plan', undatedUtc, REPORTS, '--out', utc, '--no-config'], { now })).code).toBe(0);
      expect(documentText(utc)).toContain('Lạng Sơn, ngày 31 tháng 12 năm 2025');
    });

    it('two builds give the same bytes', async () => {
      const a = join(tmp, `${runner.name}-a.docx`);
      const b = join(tmp, `${runner.name}-b.docx`);
      expect((await runner.run(['build', '--plan', PLAN, REPORTS, '--out', a])).code).toBe(0);
      expect((await runner.run(['build', '--plan', PLAN, REPORTS, '--out', b])).code).toBe(0);
      expect(sha256(a)).toBe(sha256(b));
    });

    it('one invalid report: no file written, the existing output untouched, exit 1', async () => {
      const reports = join(tmp, `${runner.name}-reports`);
      cpSync(REPORTS, reports, { recursive: true });
      const broken = join(reports, '09-so-y-te.yaml');
      writeFileSync(broken, readFileSync(broken, 'utf8').replace('      - date: 05/12/2025', '      - date: 15/01/2026'));
      const out = join(tmp, `${runner.name}-existing.docx`);
      writeFileSync(out, 'bản cũ');
      const r = await runner.run(['build', '--plan', PLAN, reports, '--out', out]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/09-so-y-te\.yaml:21:15 - lỗi CR403: Ngày "15\/01\/2026"/);
      expect(r.stderr).toContain('✖ 1 lỗi trong 1 tệp: không tạo báo cáo');
      expect(readFileSync(out, 'utf8')).toBe('bản cũ');
      expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);

      const skipped = await runner.run(['build', '--plan', PLAN, reports, '--out', out, '--skip-invalid']);
      expect(skipped.code).toBe(0);
      expect(skipped.stderr).toMatch(/Bỏ qua .*09-so-y-te\.yaml \(CR403: /);
      expect(skipped.stdout).toMatch(/16\/76 báo cáo/);
      // Phụ lục II names the unit and the reason in words; the path and the raw message stay on stderr
      const doc = documentText(out);
      expect(doc).toContain('Sở Y tế\nBáo cáo có 1 lỗi: ngày nằm ngoài thời gian kế hoạch.');
      expect(doc).not.toContain('09-so-y-te.yaml');
      expect(doc).not.toContain('CR403');
    });

    it.each([
      { name: 'missing output folder', out: () => join(tmp, 'khong-co', 'bc.docx'), stderr: /compile-report: .*(không tồn tại|does not exist)/ },
      { name: 'output is not .docx', out: () => join(tmp, 'bc.pdf'), stderr: /Tệp kết quả phải có đuôi \.docx/ },
    ])('$name: exit 2, nothing written', async ({ out, stderr }) => {
      const target = out();
      const r = await runner.run(['build', '--plan', PLAN, REPORTS, '--out', target]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(stderr);
      expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
      expect(existsSync(target)).toBe(false);
    });

    it('refuses to write over an input, which survives', async () => {
      // A report saved with a .docx name and named explicitly is still an input.
      const input = join(tmp, `${runner.name}-09-so-y-te.docx`);
      cpSync(join(REPORTS, '09-so-y-te.yaml'), input);
      const before = sha256(input);
      const r = await runner.run(['build', '--plan', PLAN, input, '--out', input]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/compile-report: .*(đầu vào|input)/);
      expect(sha256(input)).toBe(before);
      expect(existsSync(input.replace(/\.docx$/, '.hoat-dong.csv'))).toBe(false);
    });

    it('with a config file in the folder, `build` alone produces the report; --period keeps one month', async () => {
      const dir = join(tmp, `${runner.name}-config`);
      cpSync(join(ROOT, 'examples/lang-son-2025'), dir, { recursive: true });
      const r = await runner.run(['build'], { cwd: dir });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^✔ Đã tạo bao-cao\.docx: 17\/76 báo cáo, 111 hoạt động/);
      expect(existsSync(join(dir, 'bao-cao.docx'))).toBe(true);

      const month = await runner.run(['build', '--period', '2025-12', '--out', 'thang-12.docx'], { cwd: dir });
      expect(month.code).toBe(0);
      // Activities starting 15/11–14/12/2025, counted independently from the reports.
      const starting = exampleSums().starts.filter((iso) => iso >= '2025-11-15' && iso <= '2025-12-14').length;
      expect(month.stdout).toContain(`17/76 báo cáo, ${starting} hoạt động`);
      expect(month.stdout).toContain('Kỳ tháng 12 năm 2025');
    });

    it('a broken template is CR701 at the opening of the unclosed block, in the chosen language, exit 2', async () => {
      const dir = join(tmp, `${runner.name}-templates`);
      cpSync(join(ROOT, 'templates'), dir, { recursive: true });
      const file = join(dir, 'muc-4-de-xuat.hbs');
      const original = readFileSync(file, 'utf8');
      writeFileSync(file, `${original}\n  {{#if has.proposals}}\n`);
      const line = original.split('\n').length + 1;
      const out = join(tmp, `${runner.name}-tpl.docx`);
      const r = await runner.run(['build', '--plan', PLAN, REPORTS, '--out', out, '--template', dir]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`muc-4-de-xuat.hbs:${line}:3 - lỗi CR701: Khối {{#if}} mở ở đây nhưng không có {{/if}} để đóng.\n`);
      expect(r.stderr).not.toMatch(/Expecting|OPEN_ENDBLOCK|never closed/);
      expect(existsSync(out)).toBe(false);

      const english = await runner.run(['build', '--plan', PLAN, REPORTS, '--out', out, '--template', dir, '--lang', 'en']);
      expect(english.code).toBe(2);
      expect(english.stderr).toContain(`muc-4-de-xuat.hbs:${line}:3 - error CR701: The block {{#if}} opened here is never closed with {{/if}}.\n`);
      expect(english.stderr).not.toMatch(/Khối|lỗi/);
    });

    it('a template file with a name no template has is named in a warning, and the build goes on', async () => {
      const dir = join(tmp, `${runner.name}-stray-templates`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'muc-1-chidao.hbs'), '# I. CHỈ ĐẠO\n');
      const out = join(tmp, `${runner.name}-stray.docx`);
      const r = await runner.run(['build', '--plan', PLAN, REPORTS, '--out', out, '--template', dir]);
      expect(r.code).toBe(0);
      // The folder is outside the working folder, so it is named by its absolute path.
      const shown = join(dir, 'muc-1-chidao.hbs');
      const names = 'tieu-de.hbs, mo-dau.hbs, muc-1-chi-dao.hbs, muc-2-ket-qua.hbs, muc-3-danh-gia.hbs, muc-4-de-xuat.hbs, phu-luc-1-hoat-dong.hbs, phu-luc-2-chua-bao-cao.hbs, phu-luc-3-chu-de.hbs';
      expect(r.stderr).toBe(`Cảnh báo: tệp mẫu ${shown} không trùng tên mẫu nào nên không được dùng. Có phải ý bạn là "muc-1-chi-dao.hbs"? Các tên mẫu: ${names}.\n`);
      const english = await runner.run(['build', '--plan', PLAN, REPORTS, '--out', out, '--template', dir, '--lang', 'en']);
      expect(english.code).toBe(0);
      expect(english.stderr).toBe(`Warning: the template file ${shown} matches no template name and is not used. Did you mean "muc-1-chi-dao.hbs"? Template names: ${names}.\n`);
    });
  });
}

describe('build (binary): the entry point passes the system clock', () => {
  it('nothing fixing the moment, the report is dated today in Hà Nội', () => {
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
