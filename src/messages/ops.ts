import type { Lang } from './lang.js';
import { formatCount } from '../text/numbers.js';
import { showInvisible } from '../text/invisible.js';
import { formatDateVn } from '../text/dates.js';

/** A reporting period as its name needs it: the kind, the year, which month, quarter or half (0 for a year or the campaign), the window. */
export interface PeriodName {
  kind: 'month' | 'quarter' | 'half' | 'year' | 'campaign';
  year: number;
  part: number;
  from: string;
  to: string;
}

/** The sentences commands say as they work (config, progress, outputs written, build's refusals, the $schema check), in each language. */
export interface OpsMessages {
  lang: Lang;
  // configuration file
  configUnknownKey(key: string, allowed: readonly string[], suggestion?: string): string;
  configFormat(key: string): string | undefined;
  configNoSuchDate(value: string): string;
  configPathMissing(key: string, value: string, dir: string): string;
  // $schema line
  schemaFileMissing(ref: string, resolved: string): string;
  schemaUnreadable(ref: string, why: string): string;
  schemaOtherPlan(ref: string, found: string, expected: string): string;
  schemaOtherAgency(ref: string, found: string, agency: string): string;
  // progress
  reading(done: number, total: number): string;
  merging(reports: number): string;
  rendering(): string;
  converting(): string;
  writing(file: string): string;
  // outputs written to a file (one line on stderr)
  wroteResults(file: string, files: number, errors: number, warnings: number): string;
  wroteSchema(file: string, plan: string): string;
  wrotePdf(file: string): string;
  // build --template
  templateUnknownFile(file: string, names: readonly string[], suggestion?: string): string;
  // build
  wroteDocx(file: string, merged: number, expected: number, activities: number, participants: number, cost: number): string;
  buildRefused(errors: number, files: number, kept?: string): string;
  skipped(file: string, reason: string): string;
  unreadable(): string;
  noValidReport(): string;
  rollupRefused(file: string): string;
  wroteRollup(file: string, plan: string, activities: number): string;
  /** How a report names its period: "tháng 12 năm 2025", "quý IV năm 2025" / "December 2025", "Q4 2025". */
  periodLabel(period: PeriodName): string;
  periodNote(label: string): string;
  planUnusable(name: string): string;
  // signal and noise
  tooManyWarnings(count: number, max: number): string;
  notReportsSkipped(files: readonly string[]): string;
}

const count = formatCount;
/** A value quoted, with any invisible character shown by its code point. */
const q = (s: string): string => `"${showInvisible(s)}"`;
const list = (items: readonly string[]): string => items.join(', ');
const ROMAN = ['I', 'II', 'III', 'IV'] as const;
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const opsVi: OpsMessages = {
  lang: 'vi',
  configUnknownKey: (key, allowed, s) =>
    `Khóa ${q(key)} không có trong tệp cấu hình.${s ? ` Có phải ý bạn là ${q(s)}?` : ''} Các khóa hợp lệ: ${list(allowed)}.`,
  configFormat: (key) =>
    ({
      out: 'tên tệp có đuôi .docx, ví dụ bao-cao.docx',
      number: 'số và ký hiệu như "15/BC-BCĐNQ-CQTT"',
      date: 'một ngày dd/mm/yyyy (05/01/2026) hoặc yyyy-mm-dd (2026-01-05)',
      period: 'kỳ báo cáo 2025-12 (tháng), 2025-Q4 (quý), 2025-H1 hoặc 2025-H2 (6 tháng), 2025 (năm) hoặc campaign',
      plan: 'đường dẫn tệp kế hoạch',
    })[key],
  configNoSuchDate: (value) => `Ngày ${q(value)} không tồn tại (dd/mm/yyyy: ngày trước, tháng sau).`,
  configPathMissing: (key, value, dir) => `${key === 'plan' ? 'Tệp kế hoạch' : 'Đường dẫn báo cáo'} ${q(value)} không tồn tại (đường dẫn tính từ thư mục của tệp cấu hình: ${dir}).`,
  schemaFileMissing: (ref, resolved) => `Dòng $schema trỏ tới ${q(ref)}, nhưng không có tệp ${resolved}; trình soạn thảo sẽ không kiểm tra được báo cáo khi gõ.`,
  schemaUnreadable: (ref, why) => `Dòng $schema trỏ tới ${q(ref)}, nhưng tệp đó không phải JSON Schema đọc được (${why}).`,
  schemaOtherPlan: (ref, found, expected) => `Dòng $schema trỏ tới ${q(ref)}, là schema của kế hoạch ${q(found)}, không phải kế hoạch đang dùng ${q(expected)}.`,
  schemaOtherAgency: (ref, found, agency) => `Dòng $schema trỏ tới ${q(ref)}, là schema riêng của cơ quan ${q(found)}, nhưng báo cáo là của ${q(agency)}.`,
  reading: (done, total) => `Đang đọc ${count(done, 'vi')}/${count(total, 'vi')} tệp…`,
  merging: (n) => `Đang tổng hợp ${count(n, 'vi')} báo cáo…`,
  rendering: () => 'Đang tạo văn bản DOCX…',
  converting: () => 'Đang chuyển sang PDF bằng LibreOffice…',
  writing: (file) => `Đang ghi ${file}…`,
  wroteResults: (file, files, errors, warnings) =>
    `${errors > 0 ? '✖' : '✔'} Đã ghi kết quả kiểm tra ${count(files, 'vi')} tệp vào ${file}: ${count(errors, 'vi')} lỗi, ${count(warnings, 'vi')} cảnh báo.`,
  wroteSchema: (file, plan) => `✔ Đã ghi JSON Schema của báo cáo theo kế hoạch ${plan} vào ${file}.`,
  wrotePdf: (file) => `✔ Đã tạo bản PDF ${file}.`,
  templateUnknownFile: (file, names, s) =>
    `Cảnh báo: tệp mẫu ${file} không trùng tên mẫu nào nên không được dùng.${s ? ` Có phải ý bạn là ${q(s)}?` : ''} Các tên mẫu: ${list(names)}.`,
  wroteDocx: (file, merged, expected, activities, participants, cost) =>
    `✔ Đã tạo ${file}: ${count(merged, 'vi')}/${count(expected, 'vi')} báo cáo, ${count(activities, 'vi')} hoạt động, ${count(participants, 'vi')} lượt người, kinh phí ${count(cost, 'vi')} đồng.`,
  buildRefused: (errors, files, kept) =>
    `✖ ${count(errors, 'vi')} lỗi trong ${count(files, 'vi')} tệp: không tạo báo cáo${kept ? ` (${kept} giữ nguyên)` : ''}. Sửa lỗi, hoặc dùng --skip-invalid để bỏ qua các tệp lỗi.`,
  skipped: (file, reason) => `Bỏ qua ${file} (${reason})`,
  unreadable: () => 'không đọc được',
  noValidReport: () => '✖ Không có báo cáo hợp lệ nào để tổng hợp.',
  rollupRefused: (file) => `✖ Không viết được báo cáo gửi lên ${file}; không tạo tệp nào.`,
  wroteRollup: (file, plan, activities) => `✔ Đã viết báo cáo gửi lên ${file} (kế hoạch ${plan}): ${count(activities, 'vi')} hoạt động.`,
  periodLabel: (p) => {
    switch (p.kind) {
      case 'campaign': return `đợt ${formatDateVn(p.from)} - ${formatDateVn(p.to)}`;
      case 'year': return `năm ${p.year}`;
      case 'half': return `6 tháng ${p.part === 1 ? 'đầu' : 'cuối'} năm ${p.year}`;
      case 'quarter': return `quý ${ROMAN[p.part - 1]} năm ${p.year}`;
      case 'month': return `tháng ${p.part} năm ${p.year}`;
    }
  },
  periodNote: (label) => `  Kỳ ${label}: chỉ tính hoạt động bắt đầu trong kỳ.`,
  planUnusable: (name) => `Không dùng được tệp kế hoạch ${name}.`,
  tooManyWarnings: (count, max) => `✖ Có ${count} cảnh báo, vượt mức cho phép --max-warnings ${max}.`,
  notReportsSkipped: (files) => `Bỏ qua ${list(files)}: tệp kế hoạch và tệp cấu hình không phải báo cáo.`,
};

export const opsEn: OpsMessages = {
  lang: 'en',
  configUnknownKey: (key, allowed, s) => `Unknown key ${q(key)} in the configuration file.${s ? ` Did you mean ${q(s)}?` : ''} Allowed keys: ${list(allowed)}.`,
  configFormat: (key) =>
    ({
      out: 'a file name ending in .docx, such as bao-cao.docx',
      number: 'a number and symbol such as "15/BC-BCĐNQ-CQTT"',
      date: 'one date dd/mm/yyyy (05/01/2026) or yyyy-mm-dd (2026-01-05)',
      period: 'a period 2025-12 (month), 2025-Q4 (quarter), 2025-H1 or 2025-H2 (half-year), 2025 (year) or campaign',
      plan: 'the path of the plan file',
    })[key],
  configNoSuchDate: (value) => `There is no date ${q(value)} (dd/mm/yyyy: day first, then month).`,
  configPathMissing: (key, value, dir) => `${key === 'plan' ? 'Plan file' : 'Report path'} ${q(value)} does not exist (paths are relative to the configuration file's folder: ${dir}).`,
  schemaFileMissing: (ref, resolved) => `The $schema line points at ${q(ref)}, but there is no file ${resolved}; editors cannot check the report as it is typed.`,
  schemaUnreadable: (ref, why) => `The $schema line points at ${q(ref)}, which is not a readable JSON Schema (${why}).`,
  schemaOtherPlan: (ref, found, expected) => `The $schema line points at ${q(ref)}, the schema of plan ${q(found)}, not of the plan in use ${q(expected)}.`,
  schemaOtherAgency: (ref, found, agency) => `The $schema line points at ${q(ref)}, the schema of agency ${q(found)} only, but the report is from ${q(agency)}.`,
  reading: (done, total) => `Reading ${count(done, 'en')}/${count(total, 'en')} files…`,
  merging: (n) => `Compiling ${count(n, 'en')} ${n === 1 ? 'report' : 'reports'}…`,
  rendering: () => 'Rendering the DOCX…',
  converting: () => 'Converting to PDF with LibreOffice…',
  writing: (file) => `Writing ${file}…`,
  wroteResults: (file, files, errors, warnings) =>
    `${errors > 0 ? '✖' : '✔'} Wrote the results for ${count(files, 'en')} ${files === 1 ? 'file' : 'files'} to ${file}: ${count(errors, 'en')} ${errors === 1 ? 'error' : 'errors'}, ${count(warnings, 'en')} ${warnings === 1 ? 'warning' : 'warnings'}.`,
  wroteSchema: (file, plan) => `✔ Wrote the report JSON Schema of plan ${plan} to ${file}.`,
  wrotePdf: (file) => `✔ Wrote the PDF ${file}.`,
  templateUnknownFile: (file, names, s) =>
    `Warning: the template file ${file} matches no template name and is not used.${s ? ` Did you mean ${q(s)}?` : ''} Template names: ${list(names)}.`,
  wroteDocx: (file, merged, expected, activities, participants, cost) =>
    `✔ Wrote ${file}: ${count(merged, 'en')}/${count(expected, 'en')} reports, ${count(activities, 'en')} ${activities === 1 ? 'activity' : 'activities'}, ${count(participants, 'en')} participants, cost ${count(cost, 'en')} VND.`,
  buildRefused: (errors, files, kept) =>
    `✖ ${count(errors, 'en')} ${errors === 1 ? 'error' : 'errors'} in ${count(files, 'en')} ${files === 1 ? 'file' : 'files'}: no report written${kept ? ` (${kept} left as it was)` : ''}. Fix the errors, or use --skip-invalid to leave those files out.`,
  skipped: (file, reason) => `Skipped ${file} (${reason})`,
  unreadable: () => 'unreadable',
  noValidReport: () => '✖ No valid report to compile.',
  rollupRefused: (file) => `✖ Cannot write the roll-up ${file}; nothing written.`,
  wroteRollup: (file, plan, activities) => `✔ Wrote the roll-up ${file} (plan ${plan}): ${count(activities, 'en')} ${activities === 1 ? 'activity' : 'activities'}.`,
  periodLabel: (p) => {
    switch (p.kind) {
      case 'campaign': return `campaign ${formatDateVn(p.from)} - ${formatDateVn(p.to)}`;
      case 'year': return `year ${p.year}`;
      case 'half': return `${p.part === 1 ? 'first' : 'second'} half of ${p.year}`;
      case 'quarter': return `Q${p.part} ${p.year}`;
      case 'month': return `${MONTHS_EN[p.part - 1]} ${p.year}`;
    }
  },
  periodNote: (label) => `  Period ${label}: only activities starting in it.`,
  planUnusable: (name) => `The plan file ${name} cannot be used.`,
  tooManyWarnings: (count, max) => `✖ ${count} warning${count === 1 ? '' : 's'}, more than --max-warnings ${max} allows.`,
  notReportsSkipped: (files) => `Skipped ${list(files)}: the plan and the configuration file are not reports.`,
};

export function opsMessagesFor(lang: Lang): OpsMessages {
  return lang === 'en' ? opsEn : opsVi;
}
