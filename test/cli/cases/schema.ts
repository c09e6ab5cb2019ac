/**
 * The schema end-to-end table, and the one line on stderr when an output goes to a file (validate --output,
 * schema --out): run by schema.e2e.test.ts, and in both languages by languages.e2e.test.ts.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from '../run-cli.js';
import type { CliCase } from './cli-case.js';

const PLAN = join(ROOT, 'examples/lang-son-2025/plan.yaml');

/** The table, its outputs in `dir`. */
export function schemaTable(dir: string): CliCase[] {
  mkdirSync(dir, { recursive: true });
  const sarif = join(dir, 'ket-qua.sarif');
  const json = join(dir, 'ket-qua.json');
  return [
    {
      name: 'validate --output: where, how many files, errors and warnings; stdout empty',
      argv: ['validate', '-p', PLAN, 'examples/lang-son-2025/reports', '--format', 'sarif', '--output', sarif],
      code: 0,
      stdoutIs: '',
      stderrIs: `✔ Đã ghi kết quả kiểm tra 17 tệp vào ${sarif}: 0 lỗi, 0 cảnh báo.\n`,
    },
    {
      name: 'validate --output in English, with errors',
      argv: ['validate', '-p', PLAN, 'test/cli/fixtures/unknown-key', '--format', 'json', '-o', json, '--lang', 'en'],
      code: 1,
      after: (r) => {
        const written = JSON.parse(readFileSync(json, 'utf8')) as { diagnostics: { severity: string }[] };
        const errors = written.diagnostics.filter((d) => d.severity === 'error').length;
        expect(errors).toBeGreaterThan(0);
        expect(r.stderr).toBe(`✖ Wrote the results for 1 file to ${json}: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${written.diagnostics.length - errors} warnings.\n`);
      },
    },
    {
      name: 'schema --out names the file and the plan; stdout empty; the schema is the checked-in one',
      cwd: dir,
      argv: ['schema', '-p', PLAN, '--out', 'report.schema.json'],
      code: 0,
      stdoutIs: '',
      stderrIs: '✔ Đã ghi JSON Schema của báo cáo theo kế hoạch 400/KH-BCĐNQ-CQTT vào report.schema.json.\n',
      after: () => {
        expect(readFileSync(join(dir, 'report.schema.json'), 'utf8')).toBe(readFileSync(join(ROOT, 'schemas/report.schema.json'), 'utf8'));
        rmSync(join(dir, 'report.schema.json'));
      },
    },
    {
      name: 'schema --agency prints the schema of one agency’s report',
      argv: ['schema', '--plan', PLAN, '--agency', 'so-y-te'],
      code: 0,
      stderrIs: '',
      after: (r) => expect((JSON.parse(r.stdout) as { properties: { agency: { enum: string[] } } }).properties.agency.enum).toEqual(['so-y-te']),
    },
    {
      name: 'schema --agency with an unknown agency: exit 2, did you mean',
      argv: ['schema', '--plan', PLAN, '--agency', 'so-y-tee'],
      code: 2,
      stdoutEmpty: true,
      stderr: ['compile-report: Kế hoạch không có cơ quan "so-y-tee". Có phải ý bạn là "so-y-te"? Các mã: '],
    },
    {
      name: 'schema without --plan: exit 2',
      cwd: dir,
      argv: ['schema', '--no-config'],
      code: 2,
      stdoutEmpty: true,
      stderr: ['Thiếu tùy chọn --plan <tệp kế hoạch>.'],
    },
    {
      name: 'schema --out into a folder that does not exist: exit 2',
      cwd: dir,
      argv: ['schema', '--plan', PLAN, '--out', 'khong-co/report.schema.json'],
      code: 2,
      stderr: [`compile-report: Thư mục "${join(dir, 'khong-co')}" không tồn tại: tạo thư mục trước.`],
    },
    {
      name: 'schema of an invalid plan: exit 2 with its diagnostics, nothing printed',
      argv: ['schema', '--plan', 'test/cli/fixtures/broken-plan/plan.yaml'],
      code: 2,
      stdoutEmpty: true,
      stderr: ['test/cli/fixtures/broken-plan/plan.yaml:183:14 - lỗi CR601: Kế hoạch: chỉ tiêu "sesions" chưa khai báo trong quantities', 'Không dùng được tệp kế hoạch test/cli/fixtures/broken-plan/plan.yaml.'],
    },
  ];
}
