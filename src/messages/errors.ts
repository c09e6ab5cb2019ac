import type { Lang } from './lang.js';
import type { TemplateProblem } from './template-problem.js';
import { messagesFor } from './diagnostics.js';
import { showInvisible } from '../text/invisible.js';

export type PdfFailure = 'exit' | 'timeout' | 'no-output' | 'spawn';
/** Why a reporting period cannot be used: its form, a year out of range, or "campaign" without a plan. */
export type PeriodProblem = 'form' | 'year-range' | 'needs-plan';

/** The sentences errors carry (by key, with their data) until cli/main.ts prints them in the run's language. */
export interface ErrorMessages {
  // what the command was given
  missingPlan(): string;
  noReports(): string;
  noReportFiles(paths: readonly string[]): string;
  missingOut(): string;
  outNotDocx(out: string): string;
  rollupNeedsParent(): string;
  rollupNotYaml(path: string): string;
  rollupIsAnotherOutput(path: string): string;
  invalidReportDate(value: string): string;
  emptyNumber(example: string): string;
  emptySigner(): string;
  invalidAsOf(value: string): string;
  invalidPeriod(text: string, forms: readonly string[], problem: PeriodProblem, years: string): string;
  unknownAgency(value: string, ids: readonly string[], suggestion?: string): string;
  configNotFound(path: string): string;
  configUnusable(name: string): string;
  // what the tool could not do
  pdfNoSoffice(): string;
  pdfFailed(kind: PdfFailure, detail: string): string;
  templateFailed(file: string, problem: TemplateProblem, line?: number, column?: number): string;
  outputIsInput(target: string, input: string): string;
  folderNotWritable(folder: string, errno?: string): string;
  parentIsFile(parent: string): string;
  folderMissing(folder: string): string;
  notAFolder(folder: string): string;
  targetIsFolder(target: string): string;
  tempFileFailed(folder: string): string;
  writeFailed(target: string, errno?: string): string;
  notCount(file: string, path: string, value: string): string;
  totalTooLarge(what: string): string;
  // how the command line was written (commander's errors, in our words)
  unknownOption(option: string, suggestion?: string): string;
  unknownCommand(command: string, suggestion?: string): string;
  missingArgument(name: string): string;
  optionNeedsValue(option: string): string;
  invalidOptionValue(option: string, value: string, allowed: readonly string[]): string;
  excessArguments(command: string, count: number): string;
  seeHelp(): string;
  // a bug in the tool itself
  internalError(): string;
  reportBug(version: string, command: string, node: string, debug: boolean): string;
}

const q = (s: string): string => `"${showInvisible(s)}"`;
const list = (items: readonly string[]): string => items.join(', ');
const at = (file: string, line?: number, column?: number): string => `${file}${line === undefined ? '' : `:${line}${column === undefined ? '' : `:${column}`}`}`;

export const errorsVi: ErrorMessages = {
  missingPlan: () => 'Thiếu tùy chọn --plan <tệp kế hoạch>. Hoặc ghi khóa plan trong compile-report.config.yaml.',
  noReports: () => 'Chưa chỉ ra tệp hoặc thư mục báo cáo nào (ví dụ: bao-cao/). Hoặc ghi khóa reports trong compile-report.config.yaml.',
  noReportFiles: (paths) => `Không tìm thấy tệp báo cáo (.yaml, .yml) nào tại:\n${paths.map((p) => `  ${p}`).join('\n')}`,
  missingOut: () => 'Thiếu tùy chọn --out <tệp .docx>.',
  outNotDocx: (out) => `Tệp kết quả phải có đuôi .docx: ${out}`,
  rollupNeedsParent: () => '--rollup cần --parent-plan <tệp kế hoạch cấp trên> để kiểm tra báo cáo gửi lên.',
  rollupNotYaml: (path) => `Báo cáo gửi lên phải có đuôi .yaml: ${path}`,
  rollupIsAnotherOutput: (path) => `--rollup trùng với tệp kết quả khác: ${path}`,
  invalidReportDate: (value) => `Ngày báo cáo ${q(value)} không hợp lệ (dd/mm/yyyy hoặc yyyy-mm-dd).`,
  emptyNumber: (example) => `Số, ký hiệu của báo cáo đang để trống; ghi bằng --number (hoặc khóa number của tệp cấu hình), ví dụ ${q(example)}.`,
  emptySigner: () => 'Người ký đang để trống: cần quyền hạn ký và họ tên (--signer, khóa signer của tệp cấu hình, hoặc report.signer của kế hoạch).',
  invalidAsOf: (value) => `Ngày ${q(value)} của --as-of không hợp lệ (dd/mm/yyyy hoặc yyyy-mm-dd).`,
  invalidPeriod: (text, forms, problem, years) =>
    `Kỳ báo cáo ${q(text)} không hợp lệ${
      { form: '', 'year-range': ` (năm ngoài ${years})`, 'needs-plan': ' (cần tệp kế hoạch để biết thời gian của đợt)' }[problem]
    }. Viết một trong các dạng: ${list(forms)} (tháng yyyy-mm, quý yyyy-Qn, 6 tháng yyyy-H1/H2, năm yyyy, hoặc campaign: cả đợt của kế hoạch).`,
  unknownAgency: (value, ids, s) => `Kế hoạch không có cơ quan ${q(value)}.${s ? ` Có phải ý bạn là ${q(s)}?` : ''} Các mã: ${list(ids)}.`,
  configNotFound: (path) => `Không tìm thấy tệp cấu hình ${path}.`,
  configUnusable: (name) => `Không dùng được tệp cấu hình ${name}.`,
  pdfNoSoffice: () =>
    'build --pdf cần LibreOffice (lệnh soffice) trên PATH, nhưng không tìm thấy. Cài LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer; Windows: thêm C:\\Program Files\\LibreOffice\\program vào PATH), hoặc bỏ --pdf. Chưa ghi tệp nào.',
  pdfFailed: (kind, detail) =>
    `LibreOffice không chuyển được văn bản sang PDF (${
      { exit: `soffice báo lỗi: ${detail}`, timeout: `quá ${detail} giây`, 'no-output': `không có tệp PDF${detail ? `: ${detail}` : ''}`, spawn: `không chạy được soffice: ${detail}` }[kind]
    }). Chưa ghi tệp nào; thử lại, hoặc bỏ --pdf và chuyển bằng tay.`,
  templateFailed: (file, problem, line, column) => `${at(file, line, column)}: ${messagesFor('vi').templateProblem(problem)}`,
  outputIsInput: (target, input) => `Tệp kết quả ${q(target)} trùng với tệp đầu vào ${q(input)}: chọn tên khác.`,
  folderNotWritable: (folder, errno) => `Không ghi được vào thư mục ${q(folder)} (${errno ?? 'lỗi'}).`,
  parentIsFile: (parent) => `${q(parent)} là một tệp, không phải thư mục.`,
  folderMissing: (folder) => `Thư mục ${q(folder)} không tồn tại: tạo thư mục trước.`,
  notAFolder: (folder) => `${q(folder)} không phải thư mục.`,
  targetIsFolder: (target) => `${q(target)} là một thư mục.`,
  tempFileFailed: (folder) => `Không tạo được tệp tạm trong ${q(folder)}.`,
  writeFailed: (target, errno) => `Lỗi khi ghi ${q(target)}${errno ? ` (${errno})` : ''}; tệp cũ (nếu có) được giữ nguyên.`,
  notCount: (file, path, value) => `${file}: ${path} = ${value} không phải số nguyên không âm.`,
  totalTooLarge: (what) => `Tổng ${what} vượt quá giới hạn số nguyên.`,
  unknownOption: (option, s) => `Không có tùy chọn ${option}.${s ? ` Có phải ý bạn là ${s}?` : ''}`,
  unknownCommand: (command, s) => `Không có lệnh ${q(command)}.${s ? ` Có phải ý bạn là ${s}?` : ''}`,
  missingArgument: (name) => `Thiếu tham số ${name}.`,
  optionNeedsValue: (option) => `Tùy chọn ${option} cần một giá trị.`,
  invalidOptionValue: (option, value, allowed) => `Giá trị ${q(value)} của ${option} không hợp lệ.${allowed.length ? ` Chọn một trong: ${list(allowed)}.` : ''}`,
  excessArguments: (command, count) => `Lệnh ${command} nhận tối đa ${count} tham số; thừa tham số.`,
  seeHelp: () => '(xem --help)',
  internalError: () => 'Lỗi nội bộ: đây là lỗi của công cụ, không phải lỗi trong tệp của bạn.',
  reportBug: (version, command, node, debug) =>
    `Xin báo lỗi này cho người duy trì compile-report, kèm: phiên bản ${version}, lệnh đã chạy (${command}), Node ${node}, và kết quả khi chạy lại với --debug${debug ? ' (ở trên)' : ''}.`,
};

export const errorsEn: ErrorMessages = {
  missingPlan: () => 'Missing option --plan <plan file>. Or set the plan key in compile-report.config.yaml.',
  noReports: () => 'No report files or folders given (for example: bao-cao/). Or set the reports key in compile-report.config.yaml.',
  noReportFiles: (paths) => `No report files (.yaml, .yml) found at:\n${paths.map((p) => `  ${p}`).join('\n')}`,
  missingOut: () => 'Missing option --out <file.docx>.',
  outNotDocx: (out) => `The output must end in .docx: ${out}`,
  rollupNeedsParent: () => '--rollup needs --parent-plan <the parent plan file> to check the report it writes.',
  rollupNotYaml: (path) => `The roll-up must end in .yaml: ${path}`,
  rollupIsAnotherOutput: (path) => `--rollup names another output: ${path}`,
  invalidReportDate: (value) => `Report date ${q(value)} is invalid (dd/mm/yyyy or yyyy-mm-dd).`,
  emptyNumber: (example) => `The report number is empty; give it with --number (or the configuration's number key), e.g. ${q(example)}.`,
  emptySigner: () => "The signer is empty: a signing authority and a name are needed (--signer, the configuration's signer key, or the plan's report.signer).",
  invalidAsOf: (value) => `The --as-of date ${q(value)} is invalid (dd/mm/yyyy or yyyy-mm-dd).`,
  invalidPeriod: (text, forms, problem, years) =>
    `The reporting period ${q(text)} is invalid${
      { form: '', 'year-range': ` (year outside ${years})`, 'needs-plan': ' (the plan is needed to know the campaign dates)' }[problem]
    }. Write one of: ${list(forms)} (month yyyy-mm, quarter yyyy-Qn, half-year yyyy-H1/H2, year yyyy, or campaign: the plan's campaign).`,
  unknownAgency: (value, ids, s) => `The plan has no agency ${q(value)}.${s ? ` Did you mean ${q(s)}?` : ''} Ids: ${list(ids)}.`,
  configNotFound: (path) => `Configuration file ${path} not found.`,
  configUnusable: (name) => `The configuration file ${name} cannot be used.`,
  pdfNoSoffice: () =>
    'build --pdf needs LibreOffice (the soffice command) on PATH, and it is not there. Install LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer; Windows: add C:\\Program Files\\LibreOffice\\program to PATH), or leave out --pdf. Nothing was written.',
  pdfFailed: (kind, detail) =>
    `LibreOffice could not convert the document to PDF (${
      { exit: `soffice failed: ${detail}`, timeout: `over ${detail} seconds`, 'no-output': `no PDF came out${detail ? `: ${detail}` : ''}`, spawn: `soffice could not be started: ${detail}` }[kind]
    }). Nothing was written; try again, or leave out --pdf and convert by hand.`,
  templateFailed: (file, problem, line, column) => `${at(file, line, column)}: ${messagesFor('en').templateProblem(problem)}`,
  outputIsInput: (target, input) => `The output ${q(target)} is the input ${q(input)}: choose another name.`,
  folderNotWritable: (folder, errno) => `Cannot write in the folder ${q(folder)} (${errno ?? 'error'}).`,
  parentIsFile: (parent) => `${q(parent)} is a file, not a folder.`,
  folderMissing: (folder) => `The folder ${q(folder)} does not exist: create it first.`,
  notAFolder: (folder) => `${q(folder)} is not a folder.`,
  targetIsFolder: (target) => `${q(target)} is a folder.`,
  tempFileFailed: (folder) => `Cannot create a temporary file in ${q(folder)}.`,
  writeFailed: (target, errno) => `Writing ${q(target)} failed${errno ? ` (${errno})` : ''}; the previous file, if any, is unchanged.`,
  notCount: (file, path, value) => `${file}: ${path} = ${value} is not a non-negative integer.`,
  totalTooLarge: (what) => `The total ${what} exceeds the safe integer range.`,
  unknownOption: (option, s) => `Unknown option ${option}.${s ? ` Did you mean ${s}?` : ''}`,
  unknownCommand: (command, s) => `Unknown command ${q(command)}.${s ? ` Did you mean ${s}?` : ''}`,
  missingArgument: (name) => `Missing argument ${name}.`,
  optionNeedsValue: (option) => `Option ${option} needs a value.`,
  invalidOptionValue: (option, value, allowed) => `Invalid value ${q(value)} for ${option}.${allowed.length ? ` Choose one of: ${list(allowed)}.` : ''}`,
  excessArguments: (command, count) => `The command ${command} takes at most ${count} arguments; too many given.`,
  seeHelp: () => '(see --help)',
  internalError: () => 'Internal error: this is a bug in the tool, not a problem in your files.',
  reportBug: (version, command, node, debug) =>
    `Please report it to the compile-report maintainers with: version ${version}, the command run (${command}), Node ${node}, and the output of the same run with --debug${debug ? ' (above)' : ''}.`,
};

export const ERRORS: Record<Lang, ErrorMessages> = { vi: errorsVi, en: errorsEn };
