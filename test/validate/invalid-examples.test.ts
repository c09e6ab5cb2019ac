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
import { brief, compiledPlan, edit, exampleReportText, INVALID_DIR, positionOf, utf8, validateText } from './support.js';

interface Case {
  /** Path under invalid/ (a folder for CR501). */
  file: string;
  code: DiagnosticCode;
  line: number;
  column: number;
  /** For CR501: the file of the folder that carries the diagnostic. */
  in?: string;
  /** Cross-check of line:column without the YAML library: where this text (n-th occurrence) starts. */
  at?: [string, number?];
  /** Turns the file back into a valid report (proof that it holds one mistake). */
  repair?: (bytes: Uint8Array) => string;
}

const text = (bytes: Uint8Array): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
const fix = (from: string, to: string) => (bytes: Uint8Array) => edit(text(bytes), from, to);
const dropLine = (needle: string) => (bytes: Uint8Array) => {
  const s = text(bytes);
  const start = s.lastIndexOf('\n', s.indexOf(needle)) + 1;
  return s.slice(0, start) + s.slice(s.indexOf('\n', start) + 1);
};

const CASES: Case[] = [
  {
    file: 'CR103-not-utf8.yaml',
    code: 'CR103',
    line: 2,
    column: 4,
    repair: (b) => new TextDecoder('windows-1258').decode(b).normalize('NFC'),
  },
  {
    file: 'CR104-utf16.yaml',
    code: 'CR104',
    line: 1,
    column: 1,
    repair: (b) => new TextDecoder('utf-16le').decode(b),
  },
  { file: 'CR105-byte-order-mark.yaml', code: 'CR105', line: 1, column: 1, repair: (b) => text(b.subarray(3)) },
  { file: 'CR106-empty-file.yaml', code: 'CR106', line: 1, column: 1 },
  { file: 'CR107-binary-file.yaml', code: 'CR107', line: 1, column: 1 },
  {
    file: 'CR201-yaml-syntax.yaml',
    code: 'CR201',
    line: 40,
    column: 16,
    at: ['Khám sàng lọc bệnh không lây nhiễm:'],
    repair: fix('không lây nhiễm: người cao tuổi', 'không lây nhiễm cho người cao tuổi'),
  },
  { file: 'CR202-duplicate-key.yaml', code: 'CR202', line: 48, column: 9, at: ['place: Nhà văn hóa khu 1'], repair: dropLine('place: Nhà văn hóa khu 1') },
  {
    file: 'CR203-multiple-documents.yaml',
    code: 'CR203',
    line: 98,
    column: 1,
    at: ['---', 2],
    repair: (b) => text(b).slice(0, text(b).indexOf('\n---\n') + 1),
  },
  { file: 'CR204-alias-limit.yaml', code: 'CR204', line: 1, column: 1, repair: (b) => text(b).slice(0, text(b).indexOf('lol:\n')) },
  { file: 'CR205-yaml-tag.yaml', code: 'CR205', line: 38, column: 15, at: ['!!js/function', 2], repair: dropLine('note: !!js/function') },
  { file: 'CR206-not-a-mapping.yaml', code: 'CR206', line: 4, column: 1, at: ['BÁO CÁO'] },
  // The nesting starts at the first "[" of line 63; see the CR207 note in the final report.
  { file: 'CR207-too-deep.yaml', code: 'CR207', line: 63, column: 12, at: ['[['], repair: dropLine('proposals: [[[') },
  {
    file: 'CR208-yaml-version-directive.yaml',
    code: 'CR208',
    line: 4,
    column: 1,
    at: ['%YAML 1.1', 2],
    repair: fix('%YAML 1.1\n---\n', ''),
  },
  {
    file: 'CR209-text-cut-by-hash.yaml',
    code: 'CR209',
    line: 48,
    column: 28,
    at: ['#QuyenDuocChamSocSucKhoe', 2],
    repair: fix('title: Chuỗi video #QuyenDuocChamSocSucKhoe trên Trang thông tin điện tử và Fanpage Sở Y tế', 'title: "Chuỗi video #QuyenDuocChamSocSucKhoe trên Trang thông tin điện tử và Fanpage Sở Y tế"'),
  },
  { file: 'CR210-comment-after-text.yaml', code: 'CR210', line: 26, column: 38, at: ['# tầng 3'], repair: fix(' # tầng 3, nhà B', '') },
  { file: 'CR211-text-read-as-value.yaml', code: 'CR211', line: 75, column: 15, at: ['null', 2], repair: fix('note: null', 'note: "null"') },
  { file: 'CR212-anchor-in-text.yaml', code: 'CR212', line: 33, column: 16, at: ['&nbsp;', 2], repair: fix('place: &nbsp;Hội', 'place: Hội') },
  { file: 'CR213-text-split-by-colon.yaml', code: 'CR213', line: 64, column: 5, at: ['Kinh phí: dành'], repair: fix('Kinh phí: dành', 'Kinh phí dành') },
  {
    file: 'CR214-backslash-in-double-quotes.yaml',
    code: 'CR214',
    line: 38,
    column: 15,
    at: ['"Tài liệu hội nghị'],
    repair: fix('"Tài liệu hội nghị lưu tại D:\\tai-lieu\\nam-2025"', "'Tài liệu hội nghị lưu tại D:\\tai-lieu\\nam-2025'"),
  },
  {
    file: 'CR215-unclosed-quote.yaml',
    code: 'CR215',
    line: 56,
    column: 16,
    at: ['"Trại tạm giam'],
    repair: fix('"Trại tạm giam Công an tỉnh Lạng Sơn\n          themes: [2.1.d]"', 'Trại tạm giam Công an tỉnh Lạng Sơn\n        themes: [2.1.d]'),
  },
  { file: 'CR216-key-inside-block-text.yaml', code: 'CR216', line: 22, column: 7, at: ['activities:', 2], repair: fix('      activities:\n', '    activities:\n') },
  { file: 'CR217-comment-inside-block-text.yaml', code: 'CR217', line: 16, column: 7, at: ['# Số liệu tính'], repair: dropLine('# Số liệu tính') },
  {
    file: 'CR218-bullets-folded.yaml',
    code: 'CR218',
    line: 23,
    column: 7,
    at: ['- 35 băng rôn'],
    repair: fix('    summary: >-\n', '    summary: |-\n'),
  },
  { file: 'CR301-unknown-key.yaml', code: 'CR301', line: 43, column: 9, at: ['partcipants', 2], repair: fix('partcipants: 380', 'participants: 380') },
  { file: 'CR302-missing-key.yaml', code: 'CR302', line: 9, column: 1, at: ['signer:'], repair: fix('  name: Vi Thị Thu Hằng\n', '  name: Vi Thị Thu Hằng\n  title: Phó Giám đốc\n') },
  { file: 'CR303-wrong-type.yaml', code: 'CR303', line: 27, column: 23, at: ['120 người', 2], repair: fix('participants: 120 người', 'participants: 120') },
  { file: 'CR304-invalid-value.yaml', code: 'CR304', line: 6, column: 7, at: ['Phuong Tam thanh', 2], repair: fix('unit: Phuong Tam thanh', 'unit: Phường Tam Thanh') },
  { file: 'CR305-invalid-format.yaml', code: 'CR305', line: 7, column: 7, at: ['26.12.2025', 2], repair: fix('date: 26.12.2025', 'date: 26/12/2025') },
  { file: 'CR306-out-of-range.yaml', code: 'CR306', line: 36, column: 32, at: ['-24', 2], repair: fix('banners: -24', 'banners: 24') },
  {
    file: 'CR307-unknown-task.yaml',
    code: 'CR307',
    line: 43,
    column: 3,
    at: ['III.10.b:'],
    repair: (b) => text(b).replace(/  III\.10\.b:\n(?: {4}.*\n)+/, ''),
  },
  {
    file: 'CR308-task-not-assigned.yaml',
    code: 'CR308',
    line: 59,
    column: 3,
    at: ['III.4:'],
    repair: (b) => text(b).replace(/  III\.4:\n(?: {4}.*\n)+/, ''),
  },
  { file: 'CR309-missing-task.yaml', code: 'CR309', line: 13, column: 1, at: ['tasks:'] },
  { file: 'CR310-wrong-indent.yaml', code: 'CR310', line: 50, column: 10, at: ['place: Hội trường UBND tỉnh'], repair: fix('         place: Hội trường', '        place: Hội trường') },
  { file: 'CR311-missing-dash.yaml', code: 'CR311', line: 37, column: 9, at: ['date: 10/12/2025'], repair: fix('        date: 10/12/2025', '      - date: 10/12/2025') },
  { file: 'CR312-invisible-character.yaml', code: 'CR312', line: 5, column: 9, at: ['cong-an-tinh\u200b'], repair: fix('cong-an-tinh\u200b', 'cong-an-tinh') },
  { file: 'CR401-invalid-date.yaml', code: 'CR401', line: 71, column: 15, at: ['31/11/2025', 2], repair: fix('- date: 31/11/2025', '- date: 20/12/2025') },
  { file: 'CR402-date-outside-period.yaml', code: 'CR402', line: 53, column: 15, at: ['28/12/2025', 2], repair: fix('- date: 28/12/2025', '- date: 16/12/2025') },
  { file: 'CR403-date-outside-campaign.yaml', code: 'CR403', line: 47, column: 15, at: ['15/01/2026', 2], repair: fix('- date: 15/01/2026', '- date: 12/12/2025') },
  {
    file: 'CR404-reversed-range.yaml',
    code: 'CR404',
    line: 24,
    column: 15,
    at: ['15/12/2025 - 01/12/2025', 2],
    repair: fix('- date: 15/12/2025 - 01/12/2025', '- date: 01/12/2025 - 15/12/2025'),
  },
  { file: 'CR405-absurd-quantity.yaml', code: 'CR405', line: 27, column: 23, at: ['120000', 2], repair: fix('participants: 120000', 'participants: 120') },
  { file: 'CR406-quantity-not-for-form.yaml', code: 'CR406', line: 36, column: 36, at: ['copies: 140'], repair: fix('{ sessions: 1, copies: 140 }', '{ sessions: 1 }') },
  {
    file: 'CR407-duplicate-activity.yaml',
    code: 'CR407',
    line: 42,
    column: 16,
    at: ['Treo băng rôn, khẩu hiệu tại trung tâm xã và các trục đường chính', 2],
    repair: (b) => {
      const s = text(b);
      const first = s.indexOf('      - date: 09/12/2025\n');
      const block = s.slice(first, s.indexOf('      - date: 09/12/2025\n', first + 1));
      return edit(s, block + block, block);
    },
  },
  { file: 'CR408-decomposed-unicode.yaml', code: 'CR408', line: 10, column: 9, at: ['Mã Văn Lực'.normalize('NFD')], repair: (b) => text(b).normalize('NFC') },
  { file: 'CR409-legacy-encoding.yaml', code: 'CR409', line: 11, column: 10, at: ['Phã Gi¸m ®èc'], repair: fix('Phã Gi¸m ®èc', 'Phó Giám đốc') },
  {
    file: 'CR410-malformed-link.yaml',
    code: 'CR410',
    line: 52,
    column: 13,
    at: ['soyte.langson.gov.vn/tin-tuc'],
    repair: fix('- soyte.langson.gov.vn/', '- https://soyte.langson.gov.vn/'),
  },
  { file: 'CR411-control-character.yaml', code: 'CR411', line: 40, column: 16, at: ['Khám sàng lọc bệnh không lây nhiễm\u000b'], repair: fix('\u000b', ' ') },
  { file: 'CR412-plan-mismatch.yaml', code: 'CR412', line: 4, column: 7, at: ['705/KH-BCĐNQ', 2], repair: fix('plan: 705/KH-BCĐNQ', 'plan: 400/KH-BCĐNQ-CQTT') },
  { file: 'CR414-number-with-separators.yaml', code: 'CR414', line: 30, column: 15, at: ['500.000', 2], repair: fix('cost: 500.000', 'cost: 500000') },
  { file: 'CR415-number-not-whole.yaml', code: 'CR415', line: 37, column: 33, at: ['0.5', 2], repair: fix('sessions: 0.5', 'sessions: 1') },
  { file: 'CR416-number-in-exponent-form.yaml', code: 'CR416', line: 48, column: 15, at: ['4.52E+06', 2], repair: fix('cost: 4.52E+06', 'cost: 4523000') },
  { file: 'CR417-number-in-quotes.yaml', code: 'CR417', line: 28, column: 23, at: ['"95"', 2], repair: fix('participants: "95"', 'participants: 95') },
  { file: 'CR418-number-notation.yaml', code: 'CR418', line: 58, column: 23, at: ['085', 2], repair: fix('participants: 085', 'participants: 85') },
  { file: 'CR425-report-date-too-early.yaml', code: 'CR425', line: 7, column: 7, at: ['26/12/2024'], repair: fix('date: 26/12/2024', 'date: 26/12/2025') },
  { file: 'CR426-report-date-too-late.yaml', code: 'CR426', line: 7, column: 7, at: ['24/12/2026'], repair: fix('date: 24/12/2026', 'date: 24/12/2025') },
  { file: 'CR427-cost-below-floor.yaml', code: 'CR427', line: 58, column: 15, at: ['22\n'], repair: fix('cost: 22\n', 'cost: 22000000\n') },
  {
    file: 'CR428-activities-while-not-started.yaml',
    code: 'CR428',
    line: 14,
    column: 13,
    at: ['not_started'],
    repair: fix('status: not_started\n    reason: Chờ hướng dẫn của Bộ Giáo dục và Đào tạo.\n', 'status: done\n'),
  },
  { file: 'CR501-duplicate-unit', code: 'CR501', in: '12-xa-loc-binh-205-BC.yaml', line: 6, column: 7, at: ['Xã Lộc Bình'] },
  { file: 'plan/CR601-plan-invalid.yaml', code: 'CR601', line: 184, column: 14, at: ['session]'] },
  { file: 'plan/CR610-rollup-mapping.yaml', code: 'CR610', line: 661, column: 11, at: ['Tỉnh Lang Sơn', 2] },
];

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
