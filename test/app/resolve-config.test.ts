import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { resolveConfig } from '../../src/app/resolve-config.js';
import { scratchFolders } from '../harness/scratch-folders.js';
import { fakeIo } from './helpers.js';

const { root, folder } = scratchFolders('cr-resolve-config-');

describe('finding the configuration', () => {
  it('walks up from the working folder', async () => {
    const dir = folder({ 'compile-report.config.yaml': 'lang: en\n', 'a/b/c/.keep': '' });
    const r = await resolveConfig(fakeIo(join(dir, 'a/b/c')));
    expect(r.config?.values).toEqual({ lang: 'en' });
    expect(r.dir).toBe(dir);
  });

  it('finds nothing up to the root: no config, the working folder', async () => {
    const dir = folder({ 'x/.keep': '' });
    const r = await resolveConfig(fakeIo(join(dir, 'x')));
    expect(r).toEqual({ dir: join(dir, 'x') });
  });

  it('--config names a file anywhere; --no-config reads none', async () => {
    const dir = folder({ 'cfg/mine.yaml': 'lang: en\n', 'compile-report.config.yaml': 'lang: vi\n' });
    const r = await resolveConfig(fakeIo(dir), 'cfg/mine.yaml');
    expect(r.config).toMatchObject({ file: join(dir, 'cfg/mine.yaml'), dir: join(dir, 'cfg'), values: { lang: 'en' } });
    expect(await resolveConfig(fakeIo(dir), false)).toEqual({ dir });
  });

  it('--config to a file that is not there is a usage error', async () => {
    const error = await resolveConfig(fakeIo(root), 'khong-co.yaml').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toBe('Không tìm thấy tệp cấu hình khong-co.yaml.');
    expect((error as UsageError).render('en')).toBe('Configuration file khong-co.yaml not found.');
  });
});

describe('an invalid configuration: CR602 with positions, then exit 2', () => {
  it.each([
    ['unknown key, with did-you-mean', 'lang: vi\nplna: plan.yaml\n', 2, 1, /Khóa "plna" không có trong tệp cấu hình\. Có phải ý bạn là "plan"\?/],
    ['wrong type', 'reports: reports\n', 1, 10, /"reports" phải là danh sách/],
    ['bad language', 'lang: fr\n', 1, 7, /Giá trị "fr" của "lang" không có trong danh mục.*vi, en/],
    ['bad period', 'period: 2025-Q5\n', 1, 9, /cần kỳ báo cáo 2025-12 \(tháng\), 2025-Q4/],
    ['no such date', 'date: 31/02/2026\n', 1, 7, /Ngày "31\/02\/2026" không tồn tại/],
    ['output not .docx', 'out: bao-cao.pdf\n', 1, 6, /cần tên tệp có đuôi \.docx/],
    ['signer without name', 'signer:\n  authority: KT. TRƯỞNG BAN\n', 1, 1, /Thiếu khóa "name" trong "signer"/],
    ['a plan that is not there', 'plan: khong-co.yaml\n', 1, 7, /Tệp kế hoạch "khong-co.yaml" không tồn tại \(đường dẫn tính từ thư mục của tệp cấu hình/],
    ['a report folder that is not there', 'reports: [bao-cao]\n', 1, 11, /Đường dẫn báo cáo "bao-cao" không tồn tại/],
  ])('%s', async (_name, text, line, column, message) => {
    const dir = folder({ 'compile-report.config.yaml': text });
    const run = fakeIo(dir);
    await expect(resolveConfig(run)).rejects.toThrow('Không dùng được tệp cấu hình compile-report.config.yaml.');
    expect(run.err()).toContain(`compile-report.config.yaml:${line}:${column} - lỗi CR602: `);
    expect(run.err()).toMatch(message);
    expect(run.err()).toContain('→ Sửa compile-report.config.yaml theo schemas/config.schema.json');
  });

  it('a YAML syntax error keeps its own code and position', async () => {
    const dir = folder({ 'compile-report.config.yaml': 'plan: plan.yaml\n  reports: [a\n' });
    const run = fakeIo(dir);
    await expect(resolveConfig(run)).rejects.toThrow(UsageError);
    // The key indented under "plan:" is named at its own line (CR310), not CR602.
    expect(run.err()).toContain('compile-report.config.yaml:2:3 - lỗi CR310: Khóa "reports" thụt lề 2 dấu cách, còn khóa cùng cấp "plan" ở dòng 1 thụt 0: xóa 2 dấu cách ở đầu dòng.');
  });

  it('a warning (a byte-order mark) is shown, and the file is used', async () => {
    const dir = folder({ 'compile-report.config.yaml': '\uFEFFlang: en\n' });
    const run = fakeIo(dir);
    expect((await resolveConfig(run)).config?.values).toEqual({ lang: 'en' });
    expect(run.err()).toContain('compile-report.config.yaml:1:1 - cảnh báo CR105');
  });

  it('English with lang en', async () => {
    const dir = folder({ 'compile-report.config.yaml': 'plna: x\n' });
    const run = fakeIo(dir);
    await expect(resolveConfig(run, undefined, 'en')).rejects.toThrow(expect.objectContaining({ key: 'errors.configUnusable', data: ['compile-report.config.yaml'] }));
    expect(run.err()).toContain('compile-report.config.yaml:1:1 - error CR602: Unknown key "plna" in the configuration file. Did you mean "plan"?');
  });
});
