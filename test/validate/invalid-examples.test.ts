/**
 * Every file in examples/lang-son-2025/invalid/ gives exactly its own code, at the line and column
 * written here (not derived from the output). Each file is also "repaired" back to a valid report,
 * which proves that it holds one mistake only.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CODES, type DiagnosticCode } from '../../src/diagnostics/codes.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { en, vi, type Messages } from '../../src/messages/diagnostics.js';
import { collectFiles } from '../../src/load/collect-files.js';
import { loadPlan } from '../../src/plan/load-plan.js';
import { checkRollupMapping } from '../../src/app/rollup.js';
import { MAX_REPORT_BYTES, validateFiles, type SourceFile } from '../../src/validate/validate-files.js';
import { validateReportBytes } from '../../src/validate/validate-report.js';
import { brief, compiledPlan, exampleReportText, INVALID_DIR, positionOf, utf8, validateText } from './support.js';
import { CASES, text, type Case } from './invalid-cases.js';


/** Codes a report file can give that are shown by a test here rather than by a committed file. */
const IN_TEST_ONLY: DiagnosticCode[] = ['CR101', 'CR102'];

const NATIONAL_PLAN = join(INVALID_DIR, '..', '..', 'national-2025', 'plan.yaml');

const bytesOf = (file: string): Uint8Array => readFileSync(join(INVALID_DIR, file));

async function diagnosticsOf(c: Case, t: Messages): Promise<{ file: string; diagnostics: Diagnostic[] }[]> {
  const path = join(INVALID_DIR, c.file);
  if (c.code === 'CR601') return [{ file: c.file, diagnostics: (await loadPlan(path, c.file, t)).diagnostics }];
  if (c.code === 'CR610') {
    const loaded = await loadPlan(path, c.file, t);
    const parent = (await loadPlan(NATIONAL_PLAN, 'plan.yaml', t)).plan!;
    return [{ file: c.file, diagnostics: [...loaded.diagnostics, ...checkRollupMapping({ ...loaded, plan: loaded.plan!, name: c.file }, parent, t).diagnostics] }];
  }
  if (statSync(path).isDirectory()) {
    const { files } = await collectFiles([path], INVALID_DIR);
    const run = await validateFiles(
      files.map((f) => ({ path: f, name: relative(path, f).split(sep).join('/') })),
      compiledPlan(),
      t,
    );
    return run.checks.map((ch) => ({ file: ch.file, diagnostics: ch.diagnostics }));
  }
  return [{ file: c.file, diagnostics: validateReportBytes(bytesOf(c.file), c.file, compiledPlan(), t).diagnostics }];
}

function allFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

describe('examples/lang-son-2025/invalid', () => {
  it.each(CASES)('$file gives exactly $code at $line:$column', async (c) => {
    const results = await diagnosticsOf(c, vi);
    const carrier = c.in ?? c.file;
    const own = results.find((r) => r.file === carrier);
    expect(own, `no result for ${carrier}`).toBeDefined();
    const mine = own!.diagnostics.filter((d) => d.code === c.code);
    expect(mine.map((d) => [d.code, d.range.start.line, d.range.start.column])).toEqual([[c.code, c.line, c.column]]);
    expect(mine[0]!.severity).toBe(CODES[c.code].severity);
    expect(mine[0]!.file).toBe(carrier);
    expect(mine[0]!.message.length).toBeGreaterThan(10);
    // One mistake: the file's code and nothing else, in this file and in any other of its folder.
    expect(own!.diagnostics.map((d) => d.code)).toEqual([c.code]);
    for (const other of results.filter((r) => r !== own)) expect(other.diagnostics, other.file).toEqual([]);
  });

  it.each(CASES)('$file: the same code and position in English', async (c) => {
    const results = await diagnosticsOf(c, en);
    const own = results.find((r) => r.file === (c.in ?? c.file))!;
    expect(own.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.column])).toEqual([[c.code, c.line, c.column]]);
  });

  it.each(CASES.filter((c) => c.at))('$file: $line:$column is where the mistake is in the text', (c) => {
    const file = c.in ? `${c.file}/${c.in}` : c.file;
    const [needle, occurrence] = c.at!;
    expect(positionOf(text(bytesOf(file)), needle, occurrence ?? 1)).toEqual({ line: c.line, column: c.column });
  });

  it.each(CASES.filter((c) => c.repair))('$file, repaired, is a valid report without any diagnostic', (c) => {
    const repaired = c.repair!(bytesOf(c.file));
    const check = validateText(repaired, c.file);
    expect(check.diagnostics.map(brief)).toEqual([]);
    expect(check.report).toBeDefined();
  });

  it('the files are named CRxxx-<name from codes.ts>', () => {
    for (const c of CASES) {
      const base = c.file.split('/').pop()!.replace(/\.yaml$/, '');
      expect(base, c.file).toBe(`${c.code}-${CODES[c.code].name}`);
    }
  });

  it('every file in invalid/ is in the table (and every table entry exists)', () => {
    const inTable = CASES.flatMap((c) =>
      statSync(join(INVALID_DIR, c.file)).isDirectory() ? allFilesUnder(join(INVALID_DIR, c.file)).map((f) => `${c.file}/${f}`) : [c.file],
    ).sort();
    const onDisk = allFilesUnder(INVALID_DIR).filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'));
    expect(onDisk).toEqual(inTable);
  });

  it('the README lists every example', () => {
    const readme = readFileSync(join(INVALID_DIR, 'README.md'), 'utf8');
    for (const c of CASES) expect(readme, c.file).toContain(c.file.endsWith('.yaml') ? `\`${c.file}\`` : `\`${c.file}/\``);
    for (const code of IN_TEST_ONLY) expect(readme).toContain(`${code} ${CODES[code].name}`);
  });

  it('every report-level code (CR1xx–CR5xx) has an example file or a test here', () => {
    const reportCodes = (Object.keys(CODES) as DiagnosticCode[]).filter((c) => /^CR[1-5]/.test(c));
    // CR413 is the validate command's check of the $schema line, tested in test/validate/schema-line.test.ts.
    const covered = new Set<DiagnosticCode>([...CASES.map((c) => c.code), ...IN_TEST_ONLY, 'CR413']);
    expect(reportCodes.filter((c) => !covered.has(c))).toEqual([]);
    // …and the in-test codes really are tested below.
    expect(IN_TEST_ONLY).toEqual(['CR101', 'CR102']);
  });
});

describe('the bytes of the binary-ish examples', () => {
  it('CR103 is Windows-1258: "Báo" is 42 E1 6F, the em dash 97', () => {
    const b = bytesOf('CR103-not-utf8.yaml');
    const at = b.indexOf(0xe1);
    expect([...b.subarray(at - 1, at + 2)]).toEqual([0x42, 0xe1, 0x6f]);
    expect(b.includes(0x97)).toBe(true);
    expect(b.includes(0)).toBe(false);
  });

  it('CR104 is UTF-16 LE with a BOM and CRLF line ends', () => {
    const b = bytesOf('CR104-utf16.yaml');
    expect([...b.subarray(0, 4)]).toEqual([0xff, 0xfe, 0x23, 0x00]);
    expect(new TextDecoder('utf-16le').decode(b)).toContain('\r\nagency: so-giao-duc-dao-tao\r\n');
  });

  it('CR105 starts with EF BB BF, once', () => {
    const b = bytesOf('CR105-byte-order-mark.yaml');
    expect([...b.subarray(0, 5)]).toEqual([0xef, 0xbb, 0xbf, 0x23, 0x20]);
    expect(text(b.subarray(3)).includes('\uFEFF')).toBe(false);
  });

  it('CR107 is a ZIP archive holding word/document.xml', () => {
    const b = bytesOf('CR107-binary-file.yaml');
    expect([...b.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(Buffer.from(b).includes('word/document.xml')).toBe(true);
  });

  it('CR408 holds decomposed text only in the signer name', () => {
    const s = text(bytesOf('CR408-decomposed-unicode.yaml'));
    const lines = s.split('\n').filter((l) => l !== l.normalize('NFC'));
    expect(lines).toEqual([`  name: ${'Mã Văn Lực'.normalize('NFD')}`]);
  });

  it('CR411 holds exactly one control character, U+000B', () => {
    const b = bytesOf('CR411-control-character.yaml');
    expect([...b].filter((x) => x < 0x20 && x !== 0x0a).map((x) => x.toString(16))).toEqual(['b']);
  });

  it('the text examples are LF-only UTF-8 without a BOM', () => {
    for (const c of CASES.filter((x) => !['CR103', 'CR104', 'CR105', 'CR107', 'CR501'].includes(x.code))) {
      const b = bytesOf(c.file);
      expect(b[0], c.file).not.toBe(0xef);
      expect(b.includes(0x0d), c.file).toBe(false);
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(b), c.file).not.toThrow();
    }
  });
});

/** One file through the same path every run takes. */
const checkFile = async (source: SourceFile, ...rest: [ReturnType<typeof compiledPlan>, typeof vi]) =>
  (await validateFiles([source], ...rest)).checks[0]!;

describe('codes shown by a test rather than a committed file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'invalid-examples-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('CR101: a file that cannot be read', async () => {
    const check = await checkFile({ path: join(dir, 'khong-co.yaml'), name: 'bao-cao/khong-co.yaml' }, compiledPlan(), vi);
    expect(check.diagnostics.map((d) => ({ ...brief(d), file: d.file }))).toEqual([
      { code: 'CR101', line: 1, column: 1, message: 'Không đọc được tệp: ENOENT.', file: 'bao-cao/khong-co.yaml' },
    ]);
    const asEnglish = await checkFile({ path: join(dir, 'khong-co.yaml'), name: 'x.yaml' }, compiledPlan(), en);
    expect(asEnglish.diagnostics[0]!.message).toBe('The file cannot be read: ENOENT.');
  });

  it('CR101: a folder given where a file is expected', async () => {
    const check = await checkFile({ path: dir, name: 'bao-cao' }, compiledPlan(), vi);
    expect(check.diagnostics.map((d) => d.code)).toEqual(['CR101']);
    expect(check.diagnostics[0]!.message).toMatch(/^Không đọc được tệp: /);
  });

  it('CR102: a file over 5 MB is refused without being read', async () => {
    const path = join(dir, 'qua-lon.yaml');
    writeFileSync(path, Buffer.alloc(MAX_REPORT_BYTES + 1, 0x20));
    const check = await checkFile({ path, name: 'qua-lon.yaml' }, compiledPlan(), vi);
    expect(check.diagnostics.map(brief)).toEqual([
      { code: 'CR102', line: 1, column: 1, message: 'Tệp dung lượng 5242881 byte, vượt giới hạn 5242880 byte cho một báo cáo.' },
    ]);
    expect((await checkFile({ path, name: 'qua-lon.yaml' }, compiledPlan(), en)).diagnostics[0]!.message).toBe(
      'The file is 5242881 bytes, over the 5242880-byte limit for a report.',
    );
  });

  it('CR102 not for a report of exactly 5 MB', async () => {
    const path = join(dir, 'vua-du.yaml');
    const report = exampleReportText('09-so-y-te.yaml');
    const padding = MAX_REPORT_BYTES - utf8(report).length - 2;
    writeFileSync(path, `${report}#${'x'.repeat(padding)}\n`);
    expect(statSync(path).size).toBe(MAX_REPORT_BYTES);
    const check = await checkFile({ path, name: 'vua-du.yaml' }, compiledPlan(), vi);
    expect(check.diagnostics).toEqual([]);
  });
});
