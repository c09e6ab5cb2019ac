import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runValidate } from '../../src/app/validate.js';
import { eachWay, ROOT } from '../cli/run-cli.js';
import { checkRow, type CliCase } from '../cli/cases/cli-case.js';
import { fakeIo } from './helpers.js';

const PLAN = join(ROOT, 'examples/lang-son-2025/plan.yaml');
const tmp = mkdtempSync(join(tmpdir(), 'cr-validate-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// Reports whose $schema line points at: nothing, another plan's schema, another agency's schema, the right one.
const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/report.schema.json'), 'utf8')) as Record<string, unknown>;
mkdirSync(join(tmp, 'r'));
writeFileSync(join(tmp, 'other.schema.json'), JSON.stringify({ ...schema, $id: 'https://compile-report.local/schemas/report.ha-noi-2026.schema.json' }));
writeFileSync(join(tmp, 'good.schema.json'), JSON.stringify(schema));
const report = readFileSync(join(ROOT, 'examples/lang-son-2025/reports/09-so-y-te.yaml'), 'utf8');
const withLine = (ref: string): string => report.replace(/^# yaml-language-server: \$schema=\S+/, `# yaml-language-server: $schema=${ref}`);
writeFileSync(join(tmp, 'r/missing.yaml'), withLine('../khong-co.schema.json'));
writeFileSync(join(tmp, 'other.yaml'), withLine('./other.schema.json'));
writeFileSync(join(tmp, 'good.yaml'), withLine('good.schema.json'));
copyFileSync(join(ROOT, 'examples/lang-son-2025/reports/04-so-tu-phap.yaml'), join(tmp, 'no-line.yaml'));
writeFileSync(join(tmp, 'no-line.yaml'), readFileSync(join(tmp, 'no-line.yaml'), 'utf8').replace(/^# yaml-language-server.*\n/, ''));

const CASES: CliCase[] = [
  {
    name: 'a $schema line to a missing file: warning CR413 on the reference, exit 0',
    argv: ['validate', '--plan', PLAN, 'r/missing.yaml'],
    code: 0,
    stdout: [
      'r/missing.yaml:1:33 - cảnh báo CR413: Dòng $schema trỏ tới "../khong-co.schema.json", nhưng không có tệp khong-co.schema.json',
      '✔ 1 tệp hợp lệ, không có lỗi, 1 cảnh báo',
    ],
  },
  {
    name: 'another plan’s schema: warning CR413',
    argv: ['validate', '--plan', PLAN, 'other.yaml', '--lang', 'en'],
    code: 0,
    stdout: ['other.yaml:1:33 - warning CR413: The $schema line points at "./other.schema.json", the schema of plan "ha-noi-2026"'],
  },
  {
    name: 'GitHub annotations name it too',
    argv: ['validate', '--plan', PLAN, 'other.yaml', '--format', 'github'],
    code: 0,
    stdout: [/^::warning file=other\.yaml,line=1,col=33,endLine=1,endColumn=52,title=CR413 schema-mismatch::/m],
  },
  {
    name: 'JSON names the code',
    argv: ['validate', '--plan', PLAN, 'r/missing.yaml', '--format', 'json'],
    code: 0,
    stdout: ['"code": "CR413"', '"name": "schema-mismatch"', '"severity": "warning"'],
  },
  {
    name: 'the right schema, or no line: nothing',
    argv: ['validate', '--plan', PLAN, 'good.yaml', 'no-line.yaml'],
    code: 0,
    stdout: ['✔ 2 tệp hợp lệ, không có lỗi\n'],
    notStdout: ['CR413'],
  },
  {
    name: 'the example reports point at the checked-in schema: nothing',
    argv: ['validate', '--plan', PLAN, join(ROOT, 'examples/lang-son-2025/reports')],
    code: 0,
    stdout: ['✔ 17 tệp hợp lệ, không có lỗi\n'],
  },
];

describe('validate: the $schema line', () => {
  it.each(eachWay(CASES.map((c) => ({ ...c, cwd: tmp, stderrIs: '' }))))('$name ($via)', checkRow);
});

describe('validate on a terminal', () => {
  const args = { plan: PLAN, paths: [join(ROOT, 'examples/lang-son-2025/reports')], config: false as const };

  it('shows the progress on stderr and clears it', async () => {
    const io = fakeIo(tmp, { tty: true });
    expect(await runValidate(args, io)).toBe(0);
    expect(io.err()).toContain('Đang đọc 17/17 tệp…');
    expect(io.err().endsWith('\r\u001b[K')).toBe(true);
  });

  it('--quiet: nothing on stderr', async () => {
    const io = fakeIo(tmp, { tty: true });
    expect(await runValidate({ ...args, quiet: true }, io)).toBe(0);
    expect(io.err()).toBe('');
  });

  it('--output to a file: the progress still goes to stderr only', async () => {
    const io = fakeIo(tmp, { tty: true });
    await runValidate({ ...args, output: join(tmp, 'out.txt') }, io);
    expect(readFileSync(join(tmp, 'out.txt'), 'utf8')).toBe('✔ 17 tệp hợp lệ, không có lỗi\n');
    expect(io.out()).toBe('');
  });
});
