import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { runInit, schemaRefFrom, wrapComment } from '../../src/app/init.js';
import { UsageError } from '../../src/core/errors.js';
import { runValidate } from '../../src/app/validate.js';
import { findSchemaLine } from '../../src/validate/schema-line.js';
import { loadPlan } from '../../src/plan/load-plan.js';
import { vi as viMessages } from '../../src/messages/diagnostics.js';
import type { Plan } from '../../src/plan/types.js';
import { ROOT } from '../cli/run-cli.js';
import { fakeIo, fillTemplate } from './helpers.js';

const PLAN = join(ROOT, 'examples/lang-son-2025/plan.yaml');
const plan = (await loadPlan(PLAN, 'plan.yaml', viMessages)).plan as Plan;
const tmp = mkdtempSync(join(tmpdir(), 'cr-init-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Target {
  agency: string;
  unit?: string;
  tasks: string[];
}

/** Every agency of the plan (the group through one of its units), and the two successor bodies by alias. */
const TARGETS: Target[] = [
  ...plan.agencies.map((a) => ({ agency: a.id, unit: a.group ? 'Xã Lộc Bình' : undefined, tasks: a.tasks.map((t) => t.id) })),
  { agency: 'so-khoa-hoc-cong-nghe', tasks: ['III.5.a', 'III.5.b', 'III.5.c'] },
  { agency: 'so-noi-vu', tasks: ['III.7'] },
  { agency: 'ubnd-xa-phuong', unit: 'Phường Đông Kinh', tasks: ['III.12.a', 'III.12.b'] },
];

async function init(target: Target, out: string): Promise<string> {
  const io = fakeIo(tmp);
  const code = await runInit({ plan: PLAN, agency: target.agency, unit: target.unit, out, config: false }, io);
  expect(code).toBe(0);
  expect(io.out()).toContain('✔ Đã tạo');
  return readFileSync(out, 'utf8');
}

async function validate(file: string): Promise<{ code: number; diagnostics: { code: string; severity: string; line: number }[] }> {
  const io = fakeIo(tmp);
  const code = await runValidate({ paths: [file], plan: PLAN, format: 'json', config: false }, io);
  return { code, diagnostics: (JSON.parse(io.out()) as { diagnostics: { code: string; severity: string; line: number }[] }).diagnostics };
}

describe('init for every agency of the plan', () => {
  it('covers the twelve agencies', () => {
    expect(plan.agencies).toHaveLength(12);
  });

  it.each(TARGETS.map((t) => [`${t.agency}${t.unit ? ` / ${t.unit}` : ''}`, t] as const))('%s: blank fails, filled passes', async (_name, target) => {
    const file = join(tmp, `${target.agency}-${target.unit ?? 'x'}.yaml`.replace(/\s/g, '-'));
    const text = await init(target, file);

    // The $schema line comes first and points at a schema that exists, relative to the file.
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=\S+$/);
    const ref = findSchemaLine(text)!.ref;
    expect(existsSync(resolve(dirname(file), ref))).toBe(true);
    expect(resolve(dirname(file), ref)).toBe(join(ROOT, 'schemas/report.schema.json'));

    // Every assigned task is there, with its full text in comments.
    const agency = plan.agencies.find((a) => a.id === target.agency || a.aliases?.some((x) => x.id === target.agency))!;
    for (const task of agency.tasks) {
      expect(text).toContain(`  # Nhiệm vụ ${task.id}:`);
      const commented = text
        .split('\n')
        .filter((l) => l.startsWith('  #   '))
        .map((l) => l.slice(6))
        .join(' ');
      expect(commented).toContain(task.text.replace(/\s+/g, ' ').trim());
    }
    const data = parse(text) as Record<string, unknown>;
    expect(Object.keys(data.tasks as object)).toEqual(target.tasks);
    expect(data.agency).toBe(target.agency);
    expect(data.unit).toBe(target.unit);

    // Blank: it cannot pass. The placeholders fail exactly where expected.
    const blank = await validate(file);
    expect(blank.code).toBe(1);
    const codes = blank.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
    expect(new Set(codes)).toEqual(new Set(['CR302', 'CR305']));
    // number "" (empty and no pattern), date, period; signer name and title; one summary and one status per task.
    expect(codes.filter((c) => c === 'CR305')).toHaveLength(3);
    expect(codes.filter((c) => c === 'CR302')).toHaveLength(3 + 2 * target.tasks.length);
    expect(blank.diagnostics.filter((d) => d.code === 'CR413')).toEqual([]);

    // Filled: it passes, without a warning.
    const filled = file.replace(/\.yaml$/, '.filled.yaml');
    writeFileSync(filled, fillTemplate(text));
    expect(await validate(filled)).toEqual({ code: 0, diagnostics: [] });

    // And the commented activity example is valid once uncommented and filled.
    const withActivity = file.replace(/\.yaml$/, '.activity.yaml');
    writeFileSync(withActivity, fillTemplate(text, { activities: true }));
    const r = await validate(withActivity);
    expect(r).toEqual({ code: 0, diagnostics: [] });
    expect((parse(readFileSync(withActivity, 'utf8')) as { tasks: Record<string, { activities?: unknown[] }> }).tasks[target.tasks[0]!]!.activities).toHaveLength(1);
  });
});

describe('init refuses what it cannot do', () => {
  const run = (args: Record<string, unknown>) => runInit({ plan: PLAN, config: false, ...args }, fakeIo(tmp));

  it.each([
    [{}, /Thiếu tùy chọn --agency <mã cơ quan>\. Các mã trong kế hoạch: ban-tuyen-giao-dan-van, ban-tuyen-giao-tinh-uy, cong-an-tinh/],
    [{ agency: 'so-y-ter' }, /Kế hoạch không có cơ quan "so-y-ter"\. Có phải ý bạn là "so-y-te"\?/],
    [{ agency: 'Sở Y tế' }, /Có phải ý bạn là "so-y-te"\?/],
    [{ agency: 'ubnd-xa-phuong' }, /UBND xã, phường là nhóm UBND xã, phường: mỗi đơn vị báo cáo riêng, cần --unit <tên đơn vị>, ví dụ --unit "Xã Thất Khê"/],
    [{ agency: 'ubnd-xa-phuong', unit: 'xa loc binh' }, /Kế hoạch không có đơn vị "xa loc binh" trong nhóm UBND xã, phường\. Có phải ý bạn là "Xã Lộc Bình"\?/],
    [{ agency: 'ubnd-xa-phuong', unit: 'Phường Kỳ Lừaa' }, /Có phải ý bạn là "Phường Kỳ Lừa"\?/],
    [{ agency: 'so-y-te', unit: 'Xã Lộc Bình' }, /Sở Y tế không phải nhóm đơn vị; bỏ tùy chọn --unit\./],
    [{ agency: 'so-y-te', plan: undefined }, /Thiếu tùy chọn --plan <tệp kế hoạch>\./],
  ])('%j', async (args, message) => {
    await expect(run(args)).rejects.toThrow(UsageError);
    await expect(run(args)).rejects.toThrow(message);
  });

  it('never overwrites a file', async () => {
    const file = join(tmp, 'exists.yaml');
    writeFileSync(file, 'giữ nguyên\n');
    await expect(run({ agency: 'so-y-te', out: file })).rejects.toThrow(/đã có; init không ghi đè/);
    expect(readFileSync(file, 'utf8')).toBe('giữ nguyên\n');
  });

  it('carries a key and data that main words in English with --lang en', async () => {
    const error = (await run({ agency: 'nope', lang: 'en' }).catch((e: unknown) => e)) as UsageError;
    expect(error.key).toBe('errors.unknownAgency');
    expect(error.render('en')).toMatch(/^The plan has no agency "nope"\. Ids: /);
  });
});

describe('where the $schema line points', () => {
  it('prints to stdout, relative to the working folder', async () => {
    const io = fakeIo(join(ROOT, 'examples/lang-son-2025/reports'));
    expect(await runInit({ plan: PLAN, agency: 'so-y-te', config: false }, io)).toBe(0);
    expect(io.out().split('\n')[0]).toBe('# yaml-language-server: $schema=../../../schemas/report.schema.json');
    expect(io.err()).toBe('');
  });

  it('--schema takes a URL as it is, and a path relative to the report', async () => {
    const url = fakeIo(tmp);
    await runInit({ plan: PLAN, agency: 'so-y-te', schema: 'https://example.org/bao-cao.schema.json', config: false }, url);
    expect(url.out().split('\n')[0]).toBe('# yaml-language-server: $schema=https://example.org/bao-cao.schema.json');
    const path = fakeIo(tmp);
    await runInit({ plan: PLAN, agency: 'so-y-te', schema: 'schemas/r.json', out: 'sub-does-not-matter.yaml', config: false }, path);
    expect(readFileSync(join(tmp, 'sub-does-not-matter.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=./schemas/r.json');
    expect(path.err()).toContain('Lưu ý: chưa có tệp schema schemas/r.json');
  });

  it('another plan: report.schema.json next to the plan, with a hint when it is missing', async () => {
    const dir = mkdtempSync(join(tmp, 'other-'));
    const other = readFileSync(PLAN, 'utf8').replace('id: lang-son-2025-ngay-nhan-quyen', 'id: ke-hoach-khac');
    writeFileSync(join(dir, 'plan.yaml'), other);
    const io = fakeIo(dir);
    expect(await runInit({ plan: 'plan.yaml', agency: 'so-y-te', out: 'bao-cao/../09.yaml', config: false }, io)).toBe(0);
    expect(readFileSync(join(dir, '09.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=./report.schema.json');
    expect(io.err()).toContain('compile-report schema --plan plan.yaml --out report.schema.json');
  });

  it('schemaRefFrom writes forward slashes and encodes spaces', () => {
    expect(schemaRefFrom('/a/b', '/a/c/s.json')).toBe('../c/s.json');
    expect(schemaRefFrom('/a', '/a/s.json')).toBe('./s.json');
    expect(schemaRefFrom('/a', '/a/my dir/s.json')).toBe('./my%20dir/s.json');
  });

  it('wraps comments by words', () => {
    expect(wrapComment('một hai ba bốn năm', '# ', 10)).toEqual(['# một hai', '# ba bốn', '# năm']);
  });
});
