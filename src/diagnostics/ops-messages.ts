import type { Lang } from '../diagnostics/codes.js';
import { formatCount } from '../text/numbers.js';
import { showInvisible } from '../text/invisible.js';

/** The sentences of config, init, status, progress and the $schema check, in each language (same style as src/diagnostics/messages.ts). */
export interface OpsMessages {
  lang: Lang;
  // configuration file
  configNotFound(path: string): string;
  configUnusable(name: string): string;
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
  // build --pdf
  pdfNoSoffice(): string;
  pdfFailed(kind: 'exit' | 'timeout' | 'no-output' | 'spawn', detail: string): string;
  // build --template
  templateUnknownFile(file: string, names: readonly string[], suggestion?: string): string;
  // signal and noise
  tooManyWarnings(count: number, max: number): string;
  notReportsSkipped(files: readonly string[]): string;
  // shared
  missingPlan(): string;
  noReports(): string;
}

const count = formatCount;
/** A value quoted, with any invisible character shown by its code point. */
const q = (s: string): string => `"${showInvisible(s)}"`;
const list = (items: readonly string[]): string => items.join(', ');

export const opsVi: OpsMessages = {
  lang: 'vi',
  configNotFound: (path) => `Không tìm thấy tệp cấu hình ${path}.`,
  configUnusable: (name) => `Không dùng được tệp cấu hình ${name}.`,
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
  pdfNoSoffice: () =>
    'build --pdf cần LibreOffice (lệnh soffice) trên PATH, nhưng không tìm thấy. Cài LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer; Windows: thêm C:\\Program Files\\LibreOffice\\program vào PATH), hoặc bỏ --pdf. Chưa ghi tệp nào.',
  pdfFailed: (kind, detail) =>
    `LibreOffice không chuyển được văn bản sang PDF (${
      { exit: `soffice báo lỗi: ${detail}`, timeout: `quá ${detail} giây`, 'no-output': `không có tệp PDF${detail ? `: ${detail}` : ''}`, spawn: `không chạy được soffice: ${detail}` }[kind]
    }). Chưa ghi tệp nào; thử lại, hoặc bỏ --pdf và chuyển bằng tay.`,
  templateUnknownFile: (file, names, s) =>
    `Cảnh báo: tệp mẫu ${file} không trùng tên mẫu nào nên không được dùng.${s ? ` Có phải ý bạn là ${q(s)}?` : ''} Các tên mẫu: ${list(names)}.`,
  tooManyWarnings: (count, max) => `✖ Có ${count} cảnh báo, vượt mức cho phép --max-warnings ${max}.`,
  notReportsSkipped: (files) => `Bỏ qua ${list(files)}: tệp kế hoạch và tệp cấu hình không phải báo cáo.`,
  missingPlan: () => 'Thiếu tùy chọn --plan <tệp kế hoạch>. Hoặc ghi khóa plan trong compile-report.config.yaml.',
  noReports: () => 'Chưa chỉ ra tệp hoặc thư mục báo cáo nào (ví dụ: bao-cao/). Hoặc ghi khóa reports trong compile-report.config.yaml.',
};

export const opsEn: OpsMessages = {
  lang: 'en',
  configNotFound: (path) => `Configuration file ${path} not found.`,
  configUnusable: (name) => `The configuration file ${name} cannot be used.`,
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
  pdfNoSoffice: () =>
    'build --pdf needs LibreOffice (the soffice command) on PATH, and it is not there. Install LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer; Windows: add C:\\Program Files\\LibreOffice\\program to PATH), or leave out --pdf. Nothing was written.',
  pdfFailed: (kind, detail) =>
    `LibreOffice could not convert the document to PDF (${
      { exit: `soffice failed: ${detail}`, timeout: `over ${detail} seconds`, 'no-output': `no PDF came out${detail ? `: ${detail}` : ''}`, spawn: `soffice could not be started: ${detail}` }[kind]
    }). Nothing was written; try again, or leave out --pdf and convert by hand.`,
  templateUnknownFile: (file, names, s) =>
    `Warning: the template file ${file} matches no template name and is not used.${s ? ` Did you mean ${q(s)}?` : ''} Template names: ${list(names)}.`,
  tooManyWarnings: (count, max) => `✖ ${count} warning${count === 1 ? '' : 's'}, more than --max-warnings ${max} allows.`,
  notReportsSkipped: (files) => `Skipped ${list(files)}: the plan and the configuration file are not reports.`,
  missingPlan: () => 'Missing option --plan <plan file>. Or set the plan key in compile-report.config.yaml.',
  noReports: () => 'No report files or folders given (for example: bao-cao/). Or set the reports key in compile-report.config.yaml.',
};

export function opsMessagesFor(lang: Lang): OpsMessages {
  return lang === 'en' ? opsEn : opsVi;
}
