import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { RUNNERS } from './run-cli.js';

const PLAN = 'examples/lang-son-2025/plan.yaml';
const fixture = (name: string): string => `test/cli/fixtures/${name}`;

interface Case {
  name: string;
  argv: string[];
  env?: Record<string, string>;
  code: number;
  stdout?: (string | RegExp)[];
  stderr?: (string | RegExp)[];
  stdoutEmpty?: boolean;
}

const BAD = [
  { dir: 'unknown-key', code: 'CR301', line: 25, column: 9 },
  { dir: 'task-not-assigned', code: 'CR308', line: 12, column: 3 },
  { dir: 'date-after-campaign', code: 'CR403', line: 21, column: 15 },
];

const CASES: Case[] = [
  {
    name: 'the example reports are valid',
    argv: ['validate', '--plan', PLAN, 'examples/lang-son-2025/reports'],
    code: 0,
    stdout: ['✔ 17 tệp hợp lệ, không có lỗi'],
  },
  {
    name: 'a glob selects the communes only',
    argv: ['validate', '--plan', PLAN, 'examples/lang-son-2025/reports/12-*.yaml'],
    code: 0,
    stdout: ['✔ 6 tệp hợp lệ, không có lỗi'],
  },
  ...BAD.flatMap((b): Case[] => [
    {
      name: `${b.dir}: text names file, line and column`,
      argv: ['validate', '--plan', PLAN, fixture(b.dir)],
      code: 1,
      stdout: [`${fixture(b.dir)}/09-so-y-te.yaml:${b.line}:${b.column} - lỗi ${b.code}:`],
    },
    {
      name: `${b.dir}: github annotations`,
      argv: ['validate', '--plan', PLAN, fixture(b.dir), '--format', 'github'],
      code: 1,
      stdout: [`::error file=${fixture(b.dir)}/09-so-y-te.yaml,line=${b.line},col=${b.column},`],
    },
    {
      name: `${b.dir}: GITHUB_ACTIONS=true chooses annotations by itself`,
      argv: ['validate', '--plan', PLAN, fixture(b.dir)],
      env: { GITHUB_ACTIONS: 'true' },
      code: 1,
      stdout: [`::error file=${fixture(b.dir)}/09-so-y-te.yaml,line=${b.line},col=${b.column},`],
    },
  ]),
  {
    name: 'English messages with --lang en',
    argv: ['validate', '--plan', PLAN, fixture('unknown-key'), '--lang', 'en'],
    code: 1,
    stdout: ['Unknown key "partcipants" in activity 1 of task III.9. Did you mean "participants"?'],
  },
  {
    name: 'a path that does not exist is exit 2',
    argv: ['validate', '--plan', PLAN, 'khong-co-thu-muc-nay'],
    code: 2,
    stderr: ['Không tìm thấy tệp báo cáo (.yaml, .yml) nào tại:\n  khong-co-thu-muc-nay'],
    stdoutEmpty: true,
  },
  {
    name: 'no --plan is exit 2',
    argv: ['validate', 'examples/lang-son-2025/reports'],
    code: 2,
    stderr: ['Thiếu tùy chọn --plan <tệp kế hoạch>.'],
  },
  {
    name: 'an invalid plan is exit 2 with its own diagnostic',
    argv: ['validate', '--plan', `${fixture('broken-plan')}/plan.yaml`, 'examples/lang-son-2025/reports'],
    code: 2,
    stderr: [/test\/cli\/fixtures\/broken-plan\/plan\.yaml:183:\d+ - lỗi CR601: Kế hoạch: chỉ tiêu "sesions" chưa khai báo trong quantities/],
    stdoutEmpty: true,
  },
  {
    name: 'an unknown format is exit 2',
    argv: ['validate', '--plan', PLAN, 'examples/lang-son-2025/reports', '--format', 'xml'],
    code: 2,
    stderr: ['compile-report: Giá trị "xml" của --format không hợp lệ. Chọn một trong: text, json, github, junit, sarif.\n(xem --help)\n'],
  },
  { name: '--version', argv: ['--version'], code: 0, stdout: [/^\d+\.\d+\.\d+\n$/] },
  { name: '--help', argv: ['--help'], code: 0, stdout: ['Usage: compile-report [options] [command]', 'validate [options] [paths...]'] },
  { name: 'no command at all is a usage error, with the help', argv: [], code: 2, stderr: ['Usage: compile-report [options] [command]'] },
  { name: 'a misspelt command is exit 2 with a suggestion', argv: ['valdate'], code: 2, stderr: ['compile-report: Không có lệnh "valdate". Có phải ý bạn là validate?\n'] },
];

const tmp = mkdtempSync(join(tmpdir(), 'cr-e2e-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

for (const runner of RUNNERS) {
  describe(`validate (${runner.name})`, () => {
    it.each(CASES)('$name', async (c) => {
      const r = await runner.run(c.argv, { env: c.env });
      expect({ code: r.code, stderr: r.stderr }).toMatchObject({ code: c.code });
      for (const s of c.stdout ?? []) (typeof s === 'string' ? expect(r.stdout).toContain(s) : expect(r.stdout).toMatch(s));
      for (const s of c.stderr ?? []) (typeof s === 'string' ? expect(r.stderr).toContain(s) : expect(r.stderr).toMatch(s));
      if (c.stdoutEmpty) expect(r.stdout).toBe('');
      expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // never a stack trace
    });

    it.each(BAD)('$dir: every machine format names file, line and column', async (b) => {
      const file = `${fixture(b.dir)}/09-so-y-te.yaml`;
      const json = await runner.run(['validate', '--plan', PLAN, fixture(b.dir), '--format', 'json']);
      expect(json.code).toBe(1);
      const diagnostics = (JSON.parse(json.stdout) as { diagnostics: Record<string, unknown>[] }).diagnostics;
      expect(diagnostics).toContainEqual(expect.objectContaining({ file, line: b.line, column: b.column, code: b.code, severity: 'error' }));

      const sarifPath = join(tmp, `${runner.name}-${b.dir}.sarif`);
      const sarif = await runner.run(['validate', '--plan', PLAN, fixture(b.dir), '--format', 'sarif', '--output', sarifPath]);
      expect(sarif.code).toBe(1);
      expect(sarif.stdout).toBe('');
      const log = JSON.parse(readFileSync(sarifPath, 'utf8')) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[] }[] };
      const hit = log.runs[0]!.results.find((r) => r.ruleId === b.code)!;
      expect(hit.locations[0]!.physicalLocation).toMatchObject({ artifactLocation: { uri: file }, region: { startLine: b.line, startColumn: b.column } });

      const junit = await runner.run(['validate', '--plan', PLAN, fixture(b.dir), '--format', 'junit']);
      expect(junit.code).toBe(1);
      expect(XMLValidator.validate(junit.stdout)).toBe(true);
      expect(junit.stdout).toContain(`${file}:${b.line}:${b.column}`);
    });

    it('--output never writes over an input', async () => {
      const target = `${fixture('unknown-key')}/09-so-y-te.yaml`;
      const before = readFileSync(target, 'utf8');
      const r = await runner.run(['validate', '--plan', PLAN, fixture('unknown-key'), '--format', 'json', '--output', target]);
      expect(r.code).toBe(2);
      expect(readFileSync(target, 'utf8')).toBe(before);
      expect(existsSync(target)).toBe(true);
    });
  });
}
