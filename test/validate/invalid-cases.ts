/**
 * The examples of examples/lang-son-2025/invalid/: each file's one code, at the line and column written here (not
 * derived from the output), and how to repair it. Read by invalid-examples.test.ts and, through the built CLI, by
 * the invalid-examples end-to-end table (test/cli/cases/invalid-examples.ts).
 */
import type { DiagnosticCode } from '../../src/diagnostics/codes.js';
import { edit } from './support.js';

export interface Case {
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

export const text = (bytes: Uint8Array): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
const fix = (from: string, to: string) => (bytes: Uint8Array) => edit(text(bytes), from, to);
const dropLine = (needle: string) => (bytes: Uint8Array) => {
  const s = text(bytes);
  const start = s.lastIndexOf('\n', s.indexOf(needle)) + 1;
  return s.slice(0, start) + s.slice(s.indexOf('\n', start) + 1);
};

export const CASES: Case[] = [
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
