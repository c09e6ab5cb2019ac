import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/core/cli-io.js';
import { UsageError } from '../../src/core/errors.js';
import { CONFIG_SCHEMA } from '../../src/config/config-schema.js';
import { applyDefaults, buildDefaults, commandDefaults, reportPathFromConfig } from '../../src/config/defaults.js';
import { loadConfigFile } from '../../src/config/load-config.js';
import { resolveConfig } from '../../src/app/resolve-config.js';
import { vi as viMessages } from '../../src/messages/diagnostics.js';
import { collectFiles } from '../../src/load/collect-files.js';
import { ROOT } from '../cli/run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'cr-config-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let n = 0;
/** A fresh folder with the given files (relative path → content). */
function folder(files: Record<string, string>): string {
  const dir = join(tmp, `case-${++n}`);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

function io(cwd: string): CliIo & { err: () => string } {
  let err = '';
  return { cwd, env: {}, stdout: { write: () => true }, stderr: { write: (s: string) => (err += s) }, now: () => new Date(), err: () => err };
}

describe('the checked-in schemas/config.schema.json', () => {
  it('is exactly CONFIG_SCHEMA (regenerate it from src/config/config-schema.ts)', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'schemas/config.schema.json'), 'utf8'))).toEqual(CONFIG_SCHEMA);
  });

  it('accepts the example configuration', async () => {
    const file = join(ROOT, 'examples/lang-son-2025/compile-report.config.yaml');
    const loaded = await loadConfigFile(file, 'compile-report.config.yaml', viMessages);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.values).toEqual({ plan: 'plan.yaml', reports: ['reports'], out: 'bao-cao.docx', number: '15/BC-BCĐNQ-CQTT', lang: 'vi' });
  });
});

describe('finding the configuration', () => {
  it('walks up from the working folder', async () => {
    const dir = folder({ 'compile-report.config.yaml': 'lang: en\n', 'a/b/c/.keep': '' });
    const r = await resolveConfig(io(join(dir, 'a/b/c')));
    expect(r.config?.values).toEqual({ lang: 'en' });
    expect(r.dir).toBe(dir);
  });

  it('finds nothing up to the root: no config, the working folder', async () => {
    const dir = folder({ 'x/.keep': '' });
    const r = await resolveConfig(io(join(dir, 'x')));
    expect(r).toEqual({ dir: join(dir, 'x') });
  });

  it('--config names a file anywhere; --no-config reads none', async () => {
    const dir = folder({ 'cfg/mine.yaml': 'lang: en\n', 'compile-report.config.yaml': 'lang: vi\n' });
    const r = await resolveConfig(io(dir), 'cfg/mine.yaml');
    expect(r.config).toMatchObject({ file: join(dir, 'cfg/mine.yaml'), dir: join(dir, 'cfg'), values: { lang: 'en' } });
    expect(await resolveConfig(io(dir), false)).toEqual({ dir });
  });

  it('--config to a file that is not there is a usage error', async () => {
    const error = await resolveConfig(io(tmp), 'khong-co.yaml').catch((e: unknown) => e);
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
    const run = io(dir);
    await expect(resolveConfig(run)).rejects.toThrow('Không dùng được tệp cấu hình compile-report.config.yaml.');
    expect(run.err()).toContain(`compile-report.config.yaml:${line}:${column} - lỗi CR602: `);
    expect(run.err()).toMatch(message);
    expect(run.err()).toContain('→ Sửa compile-report.config.yaml theo schemas/config.schema.json');
  });

  it('a YAML syntax error keeps its own code and position', async () => {
    const dir = folder({ 'compile-report.config.yaml': 'plan: plan.yaml\n  reports: [a\n' });
    const run = io(dir);
    await expect(resolveConfig(run)).rejects.toThrow(UsageError);
    // The key indented under "plan:" is named at its own line (CR310), not CR602.
    expect(run.err()).toContain('compile-report.config.yaml:2:3 - lỗi CR310: Khóa "reports" thụt lề 2 dấu cách, còn khóa cùng cấp "plan" ở dòng 1 thụt 0: xóa 2 dấu cách ở đầu dòng.');
  });

  it('a warning (a byte-order mark) is shown, and the file is used', async () => {
    const dir = folder({ 'compile-report.config.yaml': '\uFEFFlang: en\n' });
    const run = io(dir);
    expect((await resolveConfig(run)).config?.values).toEqual({ lang: 'en' });
    expect(run.err()).toContain('compile-report.config.yaml:1:1 - cảnh báo CR105');
  });

  it('English with lang en', async () => {
    const dir = folder({ 'compile-report.config.yaml': 'plna: x\n' });
    const run = io(dir);
    await expect(resolveConfig(run, undefined, 'en')).rejects.toThrow(expect.objectContaining({ key: 'errors.configUnusable', data: ['compile-report.config.yaml'] }));
    expect(run.err()).toContain('compile-report.config.yaml:1:1 - error CR602: Unknown key "plna" in the configuration file. Did you mean "plan"?');
  });
});

describe('paths relative to the config file, command line first', () => {
  const dir = folder({
    'project/compile-report.config.yaml': [
      'plan: ke-hoach/plan.yaml',
      'reports: [bao-cao, "khac/*.yaml", ./them/mot.yaml]',
      'out: ra/bao-cao.docx',
      'number: 16/BC-BCĐNQ-CQTT',
      'date: 05/01/2026',
      'signer: { authority: KT. TRƯỞNG BAN, title: PHÓ TRƯỞNG BAN, name: Nguyễn Văn A }',
      'recipients: [Thường trực Tỉnh ủy, "Lưu: VT."]',
      'lang: en',
      'period: 2025-Q4',
      '',
    ].join('\n'),
    'project/ke-hoach/plan.yaml': 'id: x\n',
    'project/bao-cao/a.yaml': 'a: 1\n',
    'project/khac/b.yaml': 'b: 1\n',
    'project/khac/c.yml': 'c: 1\n',
    'project/them/mot.yaml': 'm: 1\n',
    'project/sub/.keep': '',
  });
  const project = join(dir, 'project');

  it('buildDefaults gives absolute paths and every value', async () => {
    const { config } = await resolveConfig(io(join(project, 'sub')));
    const d = buildDefaults(config);
    expect(d).toEqual({
      plan: join(project, 'ke-hoach/plan.yaml'),
      paths: [join(project, 'bao-cao'), `${project}/khac/*.yaml`, join(project, 'them/mot.yaml')],
      out: join(project, 'ra/bao-cao.docx'),
      number: '16/BC-BCĐNQ-CQTT',
      date: '05/01/2026',
      signer: { authority: 'KT. TRƯỞNG BAN', title: 'PHÓ TRƯỞNG BAN', name: 'Nguyễn Văn A' },
      recipients: ['Thường trực Tỉnh ủy', 'Lưu: VT.'],
      lang: 'en',
      period: '2025-Q4',
    });
    // The paths work from any working folder.
    const files = await collectFiles(d.paths, '/');
    expect(files.missing).toEqual([]);
    expect(files.files).toEqual([join(project, 'bao-cao/a.yaml'), join(project, 'khac/b.yaml'), join(project, 'them/mot.yaml')]);
  });

  it('no config: nothing but an empty list of paths', () => {
    expect(buildDefaults(undefined)).toEqual({ paths: [] });
  });

  it('command-line values win; an empty list of paths takes the config', async () => {
    const { config } = await resolveConfig(io(project));
    expect(commandDefaults({ paths: [] }, config)).toMatchObject({ plan: join(project, 'ke-hoach/plan.yaml'), lang: 'en' });
    expect(commandDefaults({ paths: [] }, config).paths).toHaveLength(3);
    const cli = commandDefaults({ paths: ['x.yaml'], plan: 'other.yaml', lang: 'vi' }, config);
    expect(cli).toMatchObject({ paths: ['x.yaml'], plan: 'other.yaml', lang: 'vi' });
    expect(applyDefaults({ number: undefined, date: '01/01/2026', paths: [] }, buildDefaults(config))).toMatchObject({
      number: '16/BC-BCĐNQ-CQTT',
      date: '01/01/2026',
      paths: [join(project, 'bao-cao'), `${project}/khac/*.yaml`, join(project, 'them/mot.yaml')],
    });
  });

  it('globs are anchored at the config folder even when its name has glob characters', async () => {
    const odd = folder({ 'a (b) [c]/x/r.yaml': 'r: 1\n' });
    const pattern = reportPathFromConfig('x/*.yaml', join(odd, 'a (b) [c]'));
    expect((await collectFiles([pattern], '/')).files).toEqual([join(odd, 'a (b) [c]/x/r.yaml')]);
    expect(reportPathFromConfig('/abs/**/*.yaml', odd)).toBe('/abs/**/*.yaml');
  });
});
