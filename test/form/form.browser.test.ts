// Functions passed to page.evaluate run in the page: they are typed against the DOM.
/// <reference lib="dom" />
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseDocument, stringify } from 'yaml';
import type { Page } from 'playwright-core';
import { ROOT, runInProcess } from '../cli/run-cli.js';
import { foreignRequests, launch, openForm, type Browser, type OpenedForm } from './browser.js';

const PLAN = join(ROOT, 'examples/lang-son-2025/plan.yaml');
const REPORTS = join(ROOT, 'examples/lang-son-2025/reports');
const SHOTS = join(ROOT, 'test-results');

let browser: Browser;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'form-browser-'));
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function makeForm(name: string, ...who: string[]): Promise<string> {
  const out = join(dir, `${name}.html`);
  const r = await runInProcess(['form', '--plan', PLAN, ...who, '--out', out]);
  expect(r.code, r.stderr).toBe(0);
  return out;
}

/** Saves through the page's own button and returns the downloaded file's path and text. */
async function save(page: Page, button: 'Lưu báo cáo (.yaml)' | 'Lưu bản nháp', as: string): Promise<{ path: string; text: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const path = join(dir, as);
  await (await download).saveAs(path);
  return { path, text: readFileSync(path, 'utf8') };
}

async function validateFile(path: string): Promise<{ code: number; stdout: string }> {
  const r = await runInProcess(['validate', '--plan', PLAN, path, '--no-config']);
  return { code: r.code, stdout: r.stdout };
}

function expectClean(opened: OpenedForm, file: string): void {
  expect(foreignRequests(opened, file)).toEqual([]);
  expect(opened.errors).toEqual([]);
  expect(opened.violations).toEqual([]);
}

describe('the form in Chromium', () => {
  it('fills, checks and saves an agency report that validate accepts', async () => {
    const file = await makeForm('so-y-te', '--agency', 'so-y-te');
    const opened = await openForm(browser, file);
    const { page } = opened;
    expect(await page.title()).toBe('Báo cáo của Sở Y tế');

    // A blank form refuses to save.
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.getByRole('button', { name: 'Lưu báo cáo (.yaml)' }).click();
    await expect.poll(() => page.locator('#form-notice').textContent()).toMatch(/^Chưa lưu: báo cáo còn \d+ lỗi/);
    expect(downloads).toBe(0);
    // Once a save was tried, every message sits beside its field.
    await expect.poll(() => page.locator('[aria-invalid=true]').count()).toBeGreaterThan(5);

    await page.getByLabel('Số, ký hiệu báo cáo').fill('412/BC-SYT');
    await page.getByRole('textbox', { name: 'Ngày ký báo cáo', exact: true }).fill('26/12/2025');
    // The period from two calendars: the text field shows dd/mm/yyyy.
    await page.getByLabel('Chọn ngày (bắt đầu) trên lịch: Kỳ báo cáo').fill('2025-12-01');
    await page.getByLabel('Chọn ngày kết thúc trên lịch: Kỳ báo cáo').fill('2025-12-31');
    expect(await page.getByRole('textbox', { name: 'Kỳ báo cáo', exact: true }).inputValue()).toBe('01/12/2025 - 31/12/2025');
    await page.getByLabel('Họ và tên người ký').fill('Nguyễn Văn An');
    await page.getByLabel('Chức vụ').fill('Phó Giám đốc');

    const task = page.locator('fieldset.task', { hasText: 'Nhiệm vụ III.9' });
    await expect.poll(() => task.locator('.task-text').textContent()).toContain('chăm sóc sức khỏe');
    await task.getByLabel('Tình trạng').selectOption({ label: 'Đã hoàn thành' });
    await task.getByLabel('Tóm tắt kết quả thực hiện').fill('Sở Y tế đã tổ chức khám, tư vấn sức khỏe miễn phí và tuyên truyền về quyền được chăm sóc sức khỏe.');
    await task.getByRole('button', { name: '+ Thêm hoạt động' }).click();
    const activity = task.locator('fieldset.activity').first();
    // The picker shows the plan's text and stores its id.
    await activity.getByLabel('Hình thức').selectOption({ label: 'Khám, tư vấn sức khỏe miễn phí' });
    await activity.getByLabel('Tên hoạt động').fill('Khám, tư vấn sức khỏe miễn phí cho người dân xã Mẫu Sơn');
    await activity.locator('summary').click();
    await activity.getByRole('checkbox', { name: /^2\.1\.a / }).check();
    await activity.getByRole('checkbox', { name: /^2\.2\.a / }).check();
    await activity.getByLabel('Số người tham dự (lượt người)').fill('320');
    // Only the quantities the chosen form counts are asked for.
    await expect.poll(() => activity.locator('.quantities input').count()).toBe(1);
    await activity.getByLabel('Lượt khám, tư vấn', { exact: true }).fill('320');
    const cost = activity.getByLabel('Kinh phí (đồng)');
    await cost.pressSequentially('45000000');
    expect(await cost.inputValue()).toBe('45.000.000');

    // A date that does not exist is named beside its field, then fixed.
    const date = activity.getByRole('textbox', { name: 'Ngày thực hiện', exact: true });
    await date.fill('31/11/2025');
    await expect.poll(() => activity.locator('.msg.error').allTextContents()).toEqual([expect.stringMatching(/^Lỗi CR401: /)]);
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    await activity.locator('summary').click();
    await task.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(SHOTS, 'form.png') });
    await date.fill('');
    await date.pressSequentially('06/12/2025');
    await expect.poll(() => page.locator('body').getAttribute('data-errors')).toBe('0');
    expect(await date.getAttribute('aria-invalid')).toBeNull();
    await expect.poll(() => page.locator('#form-status').textContent()).toBe('Báo cáo hợp lệ: có thể lưu và gửi cho cơ quan thường trực.');

    const saved = await save(page, 'Lưu báo cáo (.yaml)', '09-so-y-te.yaml');
    expect(saved.text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*schemas\/report\.schema\.json$/);
    const data = parse(saved.text);
    expect(data.tasks['III.9'].activities[0]).toEqual({
      date: '06/12/2025',
      form: 'medical-exam',
      title: 'Khám, tư vấn sức khỏe miễn phí cho người dân xã Mẫu Sơn',
      themes: ['2.1.a', '2.2.a'],
      participants: 320,
      quantities: { examinations: 320 },
      cost: 45000000,
    });
    const checked = await validateFile(saved.path);
    expect(checked.stdout).toBe('✔ 1 tệp hợp lệ, không có lỗi\n');
    expect(checked.code).toBe(0);
    expectClean(opened, file);
  });

  it('fills a commune report, saves a draft on purpose, and the saved report validates', async () => {
    const file = await makeForm('xa-loc-binh', '--agency', 'ubnd-xa-phuong', '--unit', 'Xã Lộc Bình');
    const opened = await openForm(browser, file);
    const { page } = opened;
    await page.getByLabel('Số, ký hiệu báo cáo').fill('198/BC-UBND');
    await page.getByLabel('Chọn ngày (bắt đầu) trên lịch: Ngày ký báo cáo').fill('2025-12-25');
    expect(await page.getByRole('textbox', { name: 'Ngày ký báo cáo', exact: true }).inputValue()).toBe('25/12/2025');
    await page.getByRole('textbox', { name: 'Kỳ báo cáo', exact: true }).fill('01/12/2025 - 25/12/2025');

    // A draft saves with its errors, and validate still rejects it.
    const draft = await save(page, 'Lưu bản nháp', 'nhap.yaml');
    expect((await validateFile(draft.path)).code).toBe(1);
    await expect.poll(() => page.locator('#form-notice').textContent()).toMatch(/^Đã lưu bản nháp/);

    await page.getByLabel('Họ và tên người ký').fill('Chu Văn Hòa');
    await page.getByLabel('Chức vụ').fill('Phó Chủ tịch');
    const tasks = page.locator('fieldset.task');
    const count = await tasks.count();
    expect(count).toBeGreaterThan(1);
    for (let i = 0; i < count; i++) {
      const task = tasks.nth(i);
      await task.getByLabel('Tình trạng').selectOption(i === count - 1 ? 'not_started' : 'done');
      await task.getByLabel('Tóm tắt kết quả thực hiện').fill('UBND xã đã triển khai nhiệm vụ theo kế hoạch.');
    }
    const last = tasks.nth(count - 1);
    // "Not started" needs a reason: the validator says so at the status, the form asks for it.
    await expect.poll(() => last.locator('.msg.error').allTextContents()).toEqual([expect.stringMatching(/^Lỗi CR302: /)]);
    await last.getByLabel('Lý do chưa thực hiện').fill('Chờ hướng dẫn của huyện.');
    const first = tasks.first();
    await first.getByRole('button', { name: '+ Thêm hoạt động' }).click();
    const activity = first.locator('fieldset.activity').first();
    await activity.getByRole('textbox', { name: 'Ngày thực hiện', exact: true }).fill('01/12/2025 - 25/12/2025');
    await activity.getByLabel('Hình thức').selectOption({ label: 'Truyền thanh cơ sở' });
    await activity.getByLabel('Tên hoạt động').fill('Phát tin, bài tuyên truyền trên hệ thống truyền thanh xã');
    await activity.locator('.quantities input').fill('24');
    await page.getByRole('region', { name: 'Khó khăn, vướng mắc' }).getByRole('button', { name: '+ Thêm ý' }).click();
    await page.getByRole('region', { name: 'Khó khăn, vướng mắc' }).getByLabel('Ý 1').fill('Kinh phí tuyên truyền ở cơ sở còn hạn chế.');
    const proposals = page.getByRole('region', { name: 'Đề xuất, kiến nghị' });
    await proposals.getByRole('button', { name: '+ Thêm ý' }).click();
    await proposals.getByLabel('Ý 1').fill('Đề nghị tỉnh cấp thêm tài liệu tuyên truyền.');
    await proposals.getByRole('button', { name: '+ Thêm ý' }).click();
    await proposals.getByLabel('Ý 2').fill('Tổ chức tập huấn cho cán bộ xã.');
    await proposals.getByRole('button', { name: 'Xóa ý 1' }).click();
    await expect.poll(() => page.locator('body').getAttribute('data-errors')).toBe('0');

    const saved = await save(page, 'Lưu báo cáo (.yaml)', '12-xa-loc-binh.yaml');
    const data = parse(saved.text);
    expect(data).toMatchObject({
      agency: 'ubnd-xa-phuong',
      unit: 'Xã Lộc Bình',
      date: '25/12/2025',
      difficulties: ['Kinh phí tuyên truyền ở cơ sở còn hạn chế.'],
      proposals: ['Tổ chức tập huấn cho cán bộ xã.'],
    });
    expect(data.tasks[Object.keys(data.tasks)[0]!].activities[0].quantities).toEqual({ broadcasts: 24 });
    const checked = await validateFile(saved.path);
    expect(checked.code, checked.stdout).toBe(0);
    // Printed, the page keeps the answers and drops the buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Lưu báo cáo (.yaml)' }).isVisible()).toBe(false);
    expect(await page.getByLabel('Họ và tên người ký').isVisible()).toBe(true);
    expectClean(opened, file);
  });

  it('round-trips every example report: opened, saved unchanged, equal data', { timeout: 240_000 }, async () => {
    const files = readdirSync(REPORTS).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(10);
    for (const name of files) {
      const source = join(REPORTS, name);
      const original = parse(readFileSync(source, 'utf8'));
      const who = original.unit ? ['--agency', original.agency, '--unit', original.unit] : ['--agency', original.agency];
      const file = await makeForm(name.replace(/\.yaml$/, ''), ...who);
      const opened = await openForm(browser, file);
      const { page } = opened;
      await page.locator('#open-file').setInputFiles(source);
      await expect.poll(() => page.locator('#form-notice').textContent()).toBe(`Đã mở ${name}.`);
      expect(await page.locator('body').getAttribute('data-errors'), name).toBe('0');
      const saved = await save(page, 'Lưu báo cáo (.yaml)', `round-trip-${name}`);
      expect(parse(saved.text), name).toEqual(original);
      // The first line is the report's own $schema line, kept.
      expect(saved.text.split('\n')[0]).toBe(readFileSync(source, 'utf8').split('\n')[0]);
      expectClean(opened, file);
      await page.close();
    }
  });

  it('opens a report dropped on the page, and refuses another unit’s report', async () => {
    const file = await makeForm('cong-an', '--agency', 'cong-an-tinh');
    const opened = await openForm(browser, file);
    const { page } = opened;
    const drop = async (name: string): Promise<void> => {
      const text = readFileSync(join(REPORTS, name), 'utf8');
      const transfer = await page.evaluateHandle(
        ([n, t]) => {
          const dt = new DataTransfer();
          dt.items.add(new File([t], n, { type: 'application/yaml' }));
          return dt;
        },
        [name, text] as const,
      );
      await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
    };
    await drop('09-so-y-te.yaml');
    await expect.poll(() => page.locator('#form-notice').textContent()).toBe('09-so-y-te.yaml là báo cáo của Sở Y tế, không phải của Công an tỉnh; hãy mở đúng tệp của đơn vị mình.');
    await drop('02-cong-an-tinh.yaml');
    await expect.poll(() => page.locator('#form-notice').textContent()).toBe('Đã mở 02-cong-an-tinh.yaml.');
    expect(await page.getByLabel('Số, ký hiệu báo cáo').inputValue()).toBe(parse(readFileSync(join(REPORTS, '02-cong-an-tinh.yaml'), 'utf8')).number);
    expectClean(opened, file);
  });

  it('labels every control, and its policy blocks any request the page might try', async () => {
    const file = await makeForm('so-tu-phap', '--agency', 'so-tu-phap');
    const opened = await openForm(browser, file);
    const { page } = opened;
    // From the keyboard: Enter on "add" opens a row and puts the caret in its first field.
    await page.locator('fieldset.task').first().getByRole('button', { name: '+ Thêm hoạt động' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('placeholder'))).toBe('dd/mm/yyyy - dd/mm/yyyy');
    await page.keyboard.type('05/12/2025');
    // The calendars are for the mouse; from the keyboard the date is typed, and Tab goes on to the next field.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    const unlabelled = await page.evaluate(() =>
      Array.from(document.querySelectorAll('input, select, textarea, button'))
        .filter((el) => (el as HTMLInputElement).type !== 'file')
        .filter((el) => !((el as HTMLInputElement).labels?.length || el.getAttribute('aria-label') || (el.tagName === 'BUTTON' && el.textContent?.trim())))
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unlabelled).toEqual([]);
    // Ctrl+S saves (here: refuses, the report being empty), from the keyboard alone.
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.locator('#form-notice').textContent()).toMatch(/^Chưa lưu/);
    const attempt = await page.evaluate(() => fetch('http://127.0.0.1:9/').then(() => 'fetched', () => 'blocked'));
    expect(attempt).toBe('blocked');
    await expect.poll(() => opened.violations).toEqual(['connect-src http://127.0.0.1:9/']);
    expect(foreignRequests(opened, file)).toEqual([]);
  });

  it('shows the plan’s text as text: markup in it is neither run nor fetched', async () => {
    const plan = parse(readFileSync(PLAN, 'utf8'));
    const hostile = '<img src="https://example.invalid/x.png" onerror="document.title=1"></script><script>document.title=2</script>';
    const agency = plan.agencies.find((a: { id: string }) => a.id === 'so-y-te');
    agency.name = `Sở Y tế ${hostile}`;
    agency.tasks[0].text = `${agency.tasks[0].text} ${hostile}`;
    const planFile = join(dir, 'hostile-plan.yaml');
    writeFileSync(planFile, stringify(plan));
    const out = join(dir, 'hostile.html');
    const r = await runInProcess(['form', '--plan', planFile, '--agency', 'so-y-te', '--out', out, '--no-config']);
    expect(r.code, r.stderr).toBe(0);
    const opened = await openForm(browser, out);
    const { page } = opened;
    expect(await page.title()).toBe(`Báo cáo của Sở Y tế ${hostile}`);
    expect(await page.locator('.task-text').first().textContent()).toContain(hostile);
    expect(await page.locator('img').count()).toBe(0);
    expectClean(opened, out);
  });

  it('says what validate says: each invalid example, opened in its unit’s form, lists validate’s own diagnostics', { timeout: 240_000 }, async () => {
    const invalid = join(ROOT, 'examples/lang-son-2025/invalid');
    let compared = 0;
    // CR414–CR418 judge a number by how the file spells it (500.000); the form saves YAML it writes itself,
    // so that spelling does not survive opening the file in it.
    for (const name of readdirSync(invalid).filter((f) => /^CR[34]\d\d-.*\.yaml$/.test(f) && !/^CR41[4-8]-/.test(f))) {
      const source = join(invalid, name);
      // A file whose structure YAML refuses (CR310 indentation, CR311 a list item's dash) has no fields to show.
      const doc = parseDocument(readFileSync(source, 'utf8'));
      if (doc.errors.length > 0) continue;
      const data = doc.toJS();
      const who = data.unit ? ['--agency', String(data.agency), '--unit', String(data.unit)] : ['--agency', String(data.agency)];
      const made = await runInProcess(['form', '--plan', PLAN, ...who, '--out', join(dir, 'invalid.html'), '--no-config']);
      // A report naming no agency of the plan has no form to open in.
      if (made.code !== 0) continue;
      const cli = await runInProcess(['validate', '--plan', PLAN, source, '--format', 'json', '--no-config']);
      const expected = (JSON.parse(cli.stdout) as { diagnostics: { code: string; severity: string; message: string }[] }).diagnostics
        .filter((d) => d.code !== 'CR413')
        .map((d) => `${d.severity === 'error' ? 'Lỗi' : 'Cảnh báo'} ${d.code}: ${d.message}`);
      const opened = await openForm(browser, join(dir, 'invalid.html'));
      await opened.page.locator('#open-file').setInputFiles(source);
      await expect.poll(() => opened.page.locator('#form-notice').textContent(), { message: name }).toBe(`Đã mở ${name}.`);
      // A message that cites a line (CR407's "the activity at line 34") cites the line of the YAML the form would save.
      const lineless = (xs: string[]): string[] => xs.map((x) => x.replace(/dòng \d+/g, 'dòng N')).sort();
      const shown = await opened.page.locator('#problems li').allTextContents();
      expect(lineless(shown), name).toEqual(lineless(expected));
      expect(shown.length, name).toBeGreaterThan(0);
      compared++;
      await opened.page.close();
    }
    expect(compared).toBeGreaterThanOrEqual(15);
  });
});

