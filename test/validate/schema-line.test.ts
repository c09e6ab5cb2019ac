import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createSchemaLineChecker, findSchemaLine, resolveSchemaRef, schemaOrigin } from '../../src/validate/schema-line.js';
import { CODES } from '../../src/diagnostics/codes.js';
import { loadPlan } from '../../src/plan/load-plan.js';
import { vi as viMessages } from '../../src/messages/diagnostics.js';
import type { Plan } from '../../src/plan/types.js';
import { ROOT } from '../cli/run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'cr-schema-line-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const plan = (await loadPlan(join(ROOT, 'examples/lang-son-2025/plan.yaml'), 'plan.yaml', viMessages)).plan as Plan;
const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/report.schema.json'), 'utf8')) as Record<string, unknown>;

describe('findSchemaLine', () => {
  it('finds the modeline, its line and the column of the reference', () => {
    expect(findSchemaLine('# yaml-language-server: $schema=../../../schemas/report.schema.json\nplan: x\n')).toEqual({
      ref: '../../../schemas/report.schema.json',
      line: 1,
      column: 33,
    });
    expect(findSchemaLine('\uFEFF#yaml-language-server:$schema=a.json')).toMatchObject({ ref: 'a.json', line: 1 });
    expect(findSchemaLine('# Báo cáo\n\n  # yaml-language-server: $schema=x.json\n')).toMatchObject({ ref: 'x.json', line: 3, column: 35 });
    expect(findSchemaLine('plan: x\n# schema=x.json\n')).toBeUndefined();
  });

  it('counts lines as a split on CRLF and LF does: a lone CR ends no line', () => {
    expect(findSchemaLine('a: 1\r\nb: 2\r\n# yaml-language-server: $schema=x.json\r\n')).toMatchObject({ ref: 'x.json', line: 3, column: 33 });
    expect(findSchemaLine('a: 1\rb: 2\n\r# yaml-language-server: $schema=y.json\r')).toMatchObject({ ref: 'y.json', line: 2, column: 34 });
    expect(findSchemaLine('# yaml-language-server: $schema=\r\n# yaml-language-server: $schema=z.json')).toMatchObject({ ref: 'z.json', line: 2 });
    expect(findSchemaLine('')).toBeUndefined();
    expect(findSchemaLine('yaml-language-server\n')).toBeUndefined();
  });

  it('resolves a reference from the report folder, file: URLs and URLs', () => {
    expect(resolveSchemaRef('../s.json', '/a/b/r.yaml')).toEqual({ kind: 'file', path: '/a/s.json' });
    expect(resolveSchemaRef('/x/s.json', '/a/b/r.yaml')).toEqual({ kind: 'file', path: '/x/s.json' });
    expect(resolveSchemaRef('./my%20schema.json', '/a/r.yaml')).toEqual({ kind: 'file', path: '/a/my schema.json' });
    expect(resolveSchemaRef(pathToFileURL('/x/s.json').href, '/a/r.yaml')).toEqual({ kind: 'file', path: '/x/s.json' });
    expect(resolveSchemaRef('https://example.org/s.json', '/a/r.yaml')).toEqual({ kind: 'remote', url: 'https://example.org/s.json' });
  });

  it('reads where a derived schema came from', () => {
    expect(schemaOrigin(schema)).toEqual({ planId: 'lang-son-2025-ngay-nhan-quyen', agency: undefined });
    expect(schemaOrigin({ $id: 'https://compile-report.local/schemas/report.p.so-y-te.schema.json' })).toEqual({ planId: 'p', agency: 'so-y-te' });
    expect(schemaOrigin({ title: 'Báo cáo kết quả thực hiện Kế hoạch 12/KH-UBND' })).toEqual({ planNumber: '12/KH-UBND' });
    expect(schemaOrigin({ $id: 'https://example.org/other.json', title: 'Something else' })).toBeUndefined();
  });
});

describe('the CR413 check', () => {
  const dir = join(tmp, 'r');
  mkdirSync(dir, { recursive: true });
  const write = (name: string, value: unknown): void => writeFileSync(join(dir, name), JSON.stringify(value));
  write('good.json', schema);
  write('other-plan.json', { ...schema, $id: 'https://compile-report.local/schemas/report.ha-noi-2026.schema.json' });
  write('other-title.json', { title: 'Báo cáo kết quả thực hiện Kế hoạch 12/KH-UBND' });
  write('agency.json', { ...schema, $id: `https://compile-report.local/schemas/report.${plan.id}.so-y-te.schema.json` });
  write('alias.json', { ...schema, $id: `https://compile-report.local/schemas/report.${plan.id}.so-thong-tin-truyen-thong.schema.json` });
  writeFileSync(join(dir, 'broken.json'), '{ not json');
  const check = createSchemaLineChecker(plan, 'vi', tmp);
  const run = (ref: string | undefined, agency?: string) =>
    check({ file: 'r/x.yaml', path: join(dir, 'x.yaml'), text: `${ref === undefined ? '' : `# yaml-language-server: $schema=${ref}\n`}plan: x\n`, agency });

  it.each([
    ['a schema of this plan', './good.json', 'so-y-te'],
    ['the checked-in schema', join(ROOT, 'schemas/report.schema.json'), undefined],
    ['this agency only', 'agency.json', 'so-y-te'],
    ['an alias of the agency of the schema', 'alias.json', 'so-khoa-hoc-cong-nghe'],
    ['a remote schema of unknown origin', 'https://example.org/schema.json', undefined],
    ['no line at all', undefined, undefined],
  ])('nothing for %s', async (_name, ref, agency) => {
    expect(await run(ref, agency)).toEqual([]);
  });

  it.each([
    ['a missing file', 'khong-co.json', 'Dòng $schema trỏ tới "khong-co.json", nhưng không có tệp r/khong-co.json'],
    ['another plan (by $id)', 'other-plan.json', 'là schema của kế hoạch "ha-noi-2026", không phải kế hoạch đang dùng "lang-son-2025-ngay-nhan-quyen"'],
    ['another plan (by title)', 'other-title.json', 'là schema của kế hoạch "12/KH-UBND", không phải kế hoạch đang dùng "400/KH-BCĐNQ-CQTT"'],
    ['another agency', 'agency.json', 'là schema riêng của cơ quan "so-y-te", nhưng báo cáo là của "so-tai-chinh"'],
    ['a remote schema of another plan', 'https://compile-report.local/schemas/report.x.schema.json', 'là schema của kế hoạch "x"'],
    ['a file that is not JSON', 'broken.json', 'không phải JSON Schema đọc được (JSON)'],
  ])('a warning for %s, on the reference', async (_name, ref, message) => {
    const found = await run(ref, 'so-tai-chinh');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      code: 'CR413',
      severity: 'warning',
      file: 'r/x.yaml',
      range: { start: { line: 1, column: 33 }, end: { line: 1, column: 33 + ref.length } },
    });
    expect(found[0]!.message).toContain(message);
  });

  it('CR413 is a warning in the code table, so every formatter can name it', () => {
    expect(CODES.CR413).toMatchObject({ name: 'schema-mismatch', severity: 'warning' });
  });
});
