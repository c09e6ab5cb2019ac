import type { Lang } from './lang.js';
import type { TemplateProblem } from './template-problem.js';
import { invisibleNames, showInvisible } from '../text/invisible.js';

type Path = readonly (string | number)[];

/**
 * How a whole number was misspelt: thousands separators (42.000, 1 000), a fraction (1.5), exponent
 * form (4.52E+06), quotes ("1000"), or a form YAML reads otherwise (0x10, 010, +5).
 */
export type NumberSlipKind = 'separators' | 'fraction' | 'exponent' | 'quoted' | 'notation';

/** Patterned values a message can describe: a date range, a date, a document number, or any other pattern. */
export type FormKind = 'period' | 'date' | 'number' | 'pattern';
export interface FormExamples {
  day: string;
  range: string;
  number: string;
}

/** Every sentence the validator says, in each language; values arrive unformatted. */
export interface Messages {
  lang: Lang;
  where(path: Path): string;
  emptyFile(): string;
  utf16(): string;
  binaryFile(kind: string | null): string;
  byteOrderMark(): string;
  notUtf8(): string;
  fileTooLarge(bytes: number, limit: number): string;
  fileUnreadable(reason: string): string;
  yamlError(code: string, snippet: string, original: string): string;
  multipleDocuments(count: number): string;
  keyIndent(key: string, indent: number, expected: number, sibling: string, siblingLine: number): string;
  missingDash(key: string, itemLine: number, fixed: string): string;
  aliasLimit(limit: number): string;
  tooDeep(): string;
  notAMapping(kind: string): string;
  unknownKey(key: string, path: Path, allowed: readonly string[], suggestion?: string): string;
  keyNotAllowedHere(key: string, path: Path, why: string): string;
  missingKey(key: string, path: Path): string;
  /** `expected`: what belongs there ("chuỗi văn bản", "một trong: done, …"), when known. */
  emptyValue(path: Path, expected?: string): string;
  oneOf(values: readonly string[]): string;
  invisibleInValue(path: Path, value: string, clean: string): string;
  invisibleInKey(key: string, path: Path, clean: string): string;
  wrongType(path: Path, expected: string, actual: string): string;
  invalidValue(path: Path, value: string, allowed: readonly string[], suggestion?: string): string;
  planMismatch(value: string, expected: string): string;
  invalidFormat(path: Path, value: string, expected: string): string;
  outOfRange(path: Path, value: string, limit: string): string;
  tooMany(path: Path, limit: number): string;
  repeatedItem(path: Path, value: string): string;
  unknownTask(task: string, agency: string, allowed: readonly string[], suggestion?: string): string;
  taskNotAssigned(task: string, owner: string, agency: string): string;
  missingTask(task: string, agency: string, text: string): string;
  unitOnlyForGroup(agency: string, group: string): string;
  reasonRequired(task: string): string;
  invalidDate(value: string): string;
  dateOutsidePeriod(path: Path, value: string, period: string): string;
  dateOutsideCampaign(path: Path, value: string, campaign: string): string;
  reversedRange(path: Path, value: string): string;
  /** Appended to a date's message: the date with day and month exchanged would fit. */
  swappedDayMonth(value: string, swapped: string): string;
  reportBeforePlan(value: string, plan: string, planDate: string): string;
  reportBeforePeriod(value: string, periodStart: string): string;
  reportBeforeActivity(value: string, activityDate: string, activity: Path): string;
  reportLongAfterCampaign(value: string, campaignEnd: string, days: number): string;
  /** The same date spelt dd/mm/yyyy, appended to a format error. */
  dateSpelling(suggestion: string): string;
  /** What a value of this pattern looks like; `examples` from the plan in use, else the bare forms. */
  expectedForm(kind: FormKind, examples?: FormExamples): string;
  tooLong(limit: number): string;
  negative(): string;
  over(limit: string): string;
  absurdQuantity(path: Path, value: string, limit: string): string;
  quantityNotForForm(quantity: string, form: string, allowed: readonly string[]): string;
  costBelowFloor(path: Path, value: string, floor: string, thousands: string, millions: string): string;
  activitiesWhileNotStarted(task: string, count: number): string;
  duplicateActivity(line: number): string;
  decomposedUnicode(sample: string): string;
  legacyEncoding(sample: string, encoding: string): string;
  malformedLink(value: string): string;
  controlCharacter(codePoint: string): string;
  duplicateUnit(unit: string, otherFile: string): string;
  /** `reads`: the number YAML made of it, absent when it stayed text; `meant`: the likely intended figure. */
  numberSlip(kind: NumberSlipKind, path: Path, written: string, reads?: string, meant?: string): string;
  yamlVersion(version: string): string;
  textCutByHash(kept: string, lost: string): string;
  commentAfterText(kept: string, comment: string): string;
  textReadAsValue(path: Path, written: string, kind: string): string;
  anchorInText(lost: string, kept: string): string;
  aliasInText(written: string): string;
  textSplitByColon(written: string): string;
  backslashInDoubleQuotes(written: string, escapes: readonly string[]): string;
  unclosedQuote(line: number, swallowed: string): string;
  keyInsideBlockText(key: string, block: Path, blockLine: number, indent: number, alignLine: number): string;
  commentInsideBlockText(line: string, block: Path): string;
  bulletsFolded(line: string, block: Path, header: string): string;
  planProblem(message: string): string;
  templateProblem(problem: TemplateProblem): string;
  rollupProblem(parentPlan: string, message: string): string;
  typeNames: Record<string, string>;
}

const list = (items: readonly string[], max = 12): string =>
  items.length > max ? `${items.slice(0, max).join(', ')}, … (${items.length})` : items.join(', ');
/** A value shown as typed: in quotes, unless the user's own quotes are part of it. */
const asTyped = (s: string): string => (/^["']/.test(s) ? s : q(s));
/** A value quoted, with any invisible character shown by its code point. */
const q = (s: string): string => `"${showInvisible(s)}"`;
const didYouMeanVi = (s?: string): string => (s ? ` Có phải ý bạn là ${q(s)}?` : '');
const didYouMeanEn = (s?: string): string => (s ? ` Did you mean ${q(s)}?` : '');

function whereVi(path: Path, root: string): string {
  if (path.length === 0) return root;
  const [head, task, , index, ...rest] = path;
  if (head === 'tasks' && task !== undefined) {
    if (typeof index === 'number') {
      const activity = `hoạt động thứ ${index + 1} của nhiệm vụ ${task}`;
      return rest.length ? `${q(rest.join('.'))} (${activity})` : activity;
    }
    return path.length === 2 ? `nhiệm vụ ${task}` : `${q(path.slice(2).join('.'))} của nhiệm vụ ${task}`;
  }
  return q(path.join('.'));
}

function whereEn(path: Path, root: string): string {
  if (path.length === 0) return root;
  const [head, task, , index, ...rest] = path;
  if (head === 'tasks' && task !== undefined) {
    if (typeof index === 'number') {
      const activity = `activity ${index + 1} of task ${task}`;
      return rest.length ? `${q(rest.join('.'))} (${activity})` : activity;
    }
    return path.length === 2 ? `task ${task}` : `${q(path.slice(2).join('.'))} of task ${task}`;
  }
  return q(path.join('.'));
}

const YAML_VI: Record<string, string> = {
  BAD_INDENT: 'Thụt lề không đúng',
  TAB_AS_INDENT: 'Dùng phím Tab để thụt lề; YAML chỉ chấp nhận dấu cách',
  MISSING_CHAR: 'Thiếu ký tự đóng (dấu nháy hoặc ngoặc)',
  UNEXPECTED_TOKEN: 'Ký tự không mong đợi',
  BLOCK_AS_IMPLICIT_KEY: 'Khóa viết sai vị trí (thiếu dấu ":" hoặc thụt lề sai)',
  COLON_IN_VALUE: 'Giá trị có dấu ": " ở giữa; đặt cả giá trị trong dấu nháy kép, ví dụ: title: "Hội nghị: quán triệt …"',
  MULTILINE_IMPLICIT_KEY: 'Khóa bị ngắt dòng; có thể thiếu dấu ":" ở dòng trên',
  BAD_SCALAR_START: 'Giá trị bắt đầu bằng ký tự đặc biệt; đặt giá trị trong dấu nháy kép',
  BAD_DQ_ESCAPE: 'Ký tự thoát "\\" không hợp lệ trong chuỗi nháy kép',
  DUPLICATE_KEY: 'Khóa bị lặp',
  TAG_RESOLVE_FAILED: 'Thẻ YAML không được phép',
  KEY_OVER_1024_CHARS: 'Khóa dài quá 1024 ký tự',
  BAD_ALIAS: 'Tham chiếu (*) không trỏ tới neo (&) nào',
};

const YAML_EN: Record<string, string> = {
  BAD_INDENT: 'Wrong indentation',
  TAB_AS_INDENT: 'A tab is used for indentation; YAML accepts only spaces',
  MISSING_CHAR: 'A closing quote or bracket is missing',
  UNEXPECTED_TOKEN: 'Unexpected character',
  BLOCK_AS_IMPLICIT_KEY: 'A key in the wrong place (missing ":" or wrong indentation)',
  COLON_IN_VALUE: 'The value has ": " inside it; put the whole value in double quotes, e.g. title: "Conference: human rights …"',
  MULTILINE_IMPLICIT_KEY: 'A key broken over lines; the line above may lack its ":"',
  BAD_SCALAR_START: 'A value starts with a special character; put it in double quotes',
  BAD_DQ_ESCAPE: 'Invalid "\\" escape in a double-quoted string',
  DUPLICATE_KEY: 'Duplicate key',
  TAG_RESOLVE_FAILED: 'YAML tag not allowed',
  KEY_OVER_1024_CHARS: 'Key longer than 1024 characters',
  BAD_ALIAS: 'An alias (*) refers to no anchor (&)',
};

const firstLine = (s: string): string => s.split('\n')[0]!.trim();

/** Messages about a report, or (subject 'plan') about the plan file itself. */
function createVi(root: string): Messages {
  const w = (path: Path): string => whereVi(path, root);
  const self: Messages = {
  lang: 'vi',
  where: w,
  emptyFile: () => 'Tệp rỗng, không có nội dung báo cáo.',
  utf16: () => 'Tệp được mã hóa UTF-16, không phải UTF-8.',
  binaryFile: (kind) => (kind ? `Tệp là tệp ${kind}, không phải tệp văn bản YAML.` : 'Tệp chứa byte NUL: đây là tệp nhị phân, không phải văn bản YAML.'),
  byteOrderMark: () => 'Tệp bắt đầu bằng ký tự BOM (UTF-8 with BOM).',
  notUtf8: () => 'Byte không hợp lệ trong UTF-8 tại vị trí này; tệp có thể được lưu bằng bảng mã cũ (Windows-1258, TCVN3).',
  fileTooLarge: (bytes, limit) => `Tệp dung lượng ${bytes} byte, vượt giới hạn ${limit} byte cho một báo cáo.`,
  fileUnreadable: (reason) => `Không đọc được tệp: ${reason}.`,
  yamlError: (code, snippet, original) => {
    const head = YAML_VI[code] ?? 'Lỗi cú pháp YAML';
    const at = snippet.trim() ? ` tại ${q(firstLine(snippet))}` : '';
    return YAML_VI[code] ? `${head}${at}.` : `${head}${at}: ${firstLine(original)}.`;
  },
  keyIndent: (key, indent, expected, sibling, line) =>
    `Khóa ${q(key)} thụt lề ${indent} dấu cách, còn khóa cùng cấp ${q(sibling)} ở dòng ${line} thụt ${expected}: ${indent > expected ? `xóa ${indent - expected}` : `thêm ${expected - indent}`} dấu cách ở đầu dòng.`,
  missingDash: (key, itemLine, fixed) =>
    `Khóa ${q(key)} mở một mục mới của danh sách (như mục ở dòng ${itemLine}) nhưng thiếu "- " ở đầu; viết ${q(`${fixed} …`)}.`,
  multipleDocuments: (count) => `Tệp chứa ${count} tài liệu YAML (ngăn cách bởi "---"); mỗi tệp chỉ được chứa một báo cáo.`,
  aliasLimit: (limit) => `Số tham chiếu YAML (*) vượt giới hạn ${limit}.`,
  tooDeep: () => 'Cấu trúc lồng nhau quá sâu, không thể là một báo cáo.',
  notAMapping: (kind) => `Nội dung tệp là ${self.typeNames[kind] ?? kind}, không phải danh sách "khóa: giá trị" của một báo cáo.`,
  unknownKey: (key, path, allowed, s) =>
    `Khóa ${q(key)} không hợp lệ trong ${w(path)}.${didYouMeanVi(s)} Các khóa hợp lệ: ${list(allowed)}.`,
  keyNotAllowedHere: (key, path, why) => `Khóa ${q(key)} không được dùng trong ${w(path)}: ${why}.`,
  missingKey: (key, path) => `Thiếu khóa ${q(key)} trong ${w(path)}.`,
  emptyValue: (path, expected) => `${w(path)} đang để trống${expected ? `; cần ghi ${expected}` : ''}.`,
  oneOf: (values) => (values.length === 1 ? q(values[0]!) : `một trong: ${list(values)}`),
  invisibleInValue: (path, value, clean) =>
    `Giá trị ${q(value)} của ${w(path)} có ký tự ẩn ${invisibleNames(value)}; bỏ ký tự đó thì là ${q(clean)}, giá trị hợp lệ.`,
  invisibleInKey: (key, path, clean) => `Khóa ${q(key)} trong ${w(path)} có ký tự ẩn ${invisibleNames(key)}; bỏ ký tự đó thì là khóa ${q(clean)}.`,
  wrongType: (path, expected, actual) => `${w(path)} phải là ${self.typeNames[expected] ?? expected}, nhưng đang là ${actual}.`,
  invalidValue: (path, value, allowed, s) =>
    `Giá trị ${q(value)} của ${w(path)} không có trong danh mục.${didYouMeanVi(s)} Giá trị hợp lệ: ${list(allowed)}.`,
  planMismatch: (value, expected) => `Báo cáo ghi kế hoạch ${q(value)}, nhưng đang tổng hợp kế hoạch ${q(expected)}.`,
  invalidFormat: (path, value, expected) => `Giá trị ${q(value)} của ${w(path)} sai định dạng; cần ${expected}.`,
  outOfRange: (path, value, limit) => `Giá trị ${value} của ${w(path)} không hợp lệ: ${limit}.`,
  tooMany: (path, limit) => `${w(path)} có quá ${limit} mục.`,
  repeatedItem: (path, value) => `Giá trị ${q(value)} lặp lại trong ${w(path)}.`,
  unknownTask: (task, agency, allowed, s) =>
    `Kế hoạch không có nhiệm vụ ${q(task)}.${didYouMeanVi(s)} Nhiệm vụ giao cho ${agency}: ${list(allowed)}.`,
  taskNotAssigned: (task, owner, agency) => `Nhiệm vụ ${task} được giao cho ${owner}, không phải ${agency}.`,
  missingTask: (task, agency, text) => `Thiếu nhiệm vụ ${task} giao cho ${agency}: "${text}".`,
  unitOnlyForGroup: (agency, group) => `${agency} không phải nhóm đơn vị; khóa "unit" chỉ dùng cho ${group}.`,
  reasonRequired: (task) => `Nhiệm vụ ${task} có status: not_started nhưng thiếu lý do ("reason").`,
  invalidDate: (value) => `Ngày ${q(value)} không tồn tại (đọc theo dd/mm/yyyy: ngày trước, tháng sau).`,
  dateOutsidePeriod: (path, value, period) => `Ngày ${q(value)} của ${w(path)} nằm ngoài kỳ báo cáo ${period}.`,
  dateOutsideCampaign: (path, value, campaign) => `Ngày ${q(value)} của ${w(path)} nằm ngoài thời gian triển khai kế hoạch ${campaign}.`,
  reversedRange: (path, value) => `Khoảng ngày ${q(value)} của ${w(path)} có ngày kết thúc trước ngày bắt đầu.`,
  swappedDayMonth: (value, swapped) => ` ${value} — có phải ${swapped}?`,
  reportBeforePlan: (value, plan, planDate) => `Ngày báo cáo ${q(value)} trước ngày ban hành Kế hoạch ${plan} (${planDate}); kiểm tra lại năm.`,
  reportBeforePeriod: (value, periodStart) => `Ngày báo cáo ${q(value)} trước ngày bắt đầu kỳ báo cáo (${periodStart}).`,
  reportBeforeActivity: (value, activityDate, activity) => `Ngày báo cáo ${q(value)} trước ngày bắt đầu ${w(activity)} (${activityDate}) mà báo cáo kê khai.`,
  reportLongAfterCampaign: (value, campaignEnd, days) => `Ngày báo cáo ${q(value)} muộn hơn ${days} ngày sau khi kết thúc đợt (${campaignEnd}); kiểm tra lại năm.`,
  dateSpelling: (suggestion) => ` Có phải ý bạn là ${q(suggestion)}?`,
  expectedForm: (kind, ex = { day: 'dd/mm/yyyy', range: 'dd/mm/yyyy - dd/mm/yyyy', number: 'số/ký hiệu' }) =>
    ({
      period: `khoảng ngày "${ex.range}"`,
      date: `ngày dd/mm/yyyy (${ex.day}) hoặc yyyy-mm-dd, hoặc khoảng ngày "${ex.range}"`,
      number: `số và ký hiệu như "${ex.number}"`,
      pattern: 'đúng mẫu',
    })[kind],
  tooLong: (limit) => `dài quá ${limit} ký tự`,
  negative: () => 'không được âm',
  over: (limit) => `vượt quá ${limit}`,
  absurdQuantity: (path, value, limit) => `Số liệu ${value} của ${w(path)} lớn bất thường (trên ${limit}).`,
  quantityNotForForm: (quantity, form, allowed) =>
    `Hình thức ${q(form)} không đếm chỉ tiêu ${q(quantity)}; chỉ tiêu của hình thức này: ${allowed.length ? list(allowed) : '(không có)'}.`,
  costBelowFloor: (path, value, floor, thousands, millions) =>
    `Kinh phí ${value} đồng của ${w(path)} dưới ${floor} đồng: có phải ${value} nghìn (${thousands}) hay ${value} triệu (${millions}) đồng?`,
  activitiesWhileNotStarted: (task, count) => `Nhiệm vụ ${task} ghi status: not_started nhưng kê khai ${count} hoạt động.`,
  duplicateActivity: (line) => `Hoạt động trùng với hoạt động ở dòng ${line} (cùng ngày, hình thức và tên); chỉ được tính một lần vào tổng số.`,
  decomposedUnicode: (sample) => `Văn bản ${q(sample)} dùng Unicode tổ hợp (dấu tách rời chữ).`,
  legacyEncoding: (sample, encoding) => `Văn bản ${q(sample)} có vẻ là chữ Việt mã ${encoding} dán vào tệp UTF-8.`,
  malformedLink: (value) => `Đường dẫn ${q(value)} không hợp lệ.`,
  controlCharacter: (codePoint) => `Văn bản chứa ký tự điều khiển ${codePoint}.`,
  duplicateUnit: (unit, other) => `${unit} đã có báo cáo trong tệp ${other}.`,
  numberSlip: (kind, path, written, reads, meant) => {
    const head = `Số ${asTyped(written)} của ${w(path)}`;
    const asRead = reads === undefined ? 'YAML đọc thành văn bản, không phải số' : `YAML đọc thành ${reads}`;
    const guess = meant === undefined ? '' : ` Có phải ý bạn là ${meant}?`;
    switch (kind) {
      case 'separators':
        return `${head} có dấu phân cách hàng nghìn: ${asRead}.${guess}`;
      case 'fraction':
        return `${head} không phải số nguyên.${guess}`;
      case 'exponent':
        return `${head} viết dạng lũy thừa (kiểu Excel), thường đã bị làm tròn.${guess} Chép số đầy đủ từ ô gốc của bảng tính.`;
      case 'quoted':
        return `${head} nằm trong dấu nháy nên là văn bản, không được cộng vào tổng.${meant === undefined ? '' : ` Có phải ý bạn là ${meant} (không có dấu nháy)?`}`;
      case 'notation':
        return `${head} viết theo cách YAML hiểu khác: ${asRead}.${guess}`;
    }
  },
  yamlVersion: (version) =>
    `Dòng "%YAML ${version}" đổi cách YAML đọc giá trị (theo YAML 1.1: 0120 thành 80, yes/no thành đúng/sai); báo cáo phải được đọc theo YAML 1.2.`,
  textCutByHash: (kept, lost) =>
    kept === ''
      ? `Giá trị bắt đầu bằng "#" nên YAML coi cả dòng là chú thích: mất ${q(lost)}, giá trị để trống.`
      : `YAML coi " #" là đầu chú thích nên giá trị chỉ còn ${q(kept)}, mất ${q(lost)}.`,
  commentAfterText: (kept, comment) => `Phần ${q(comment)} sau " #" là chú thích, không vào báo cáo; giá trị chỉ là ${q(kept)}.`,
  textReadAsValue: (path, written, kind) => `${w(path)} ghi ${q(written)}, YAML đọc thành ${self.typeNames[kind] ?? kind}, không phải văn bản; đặt trong dấu nháy kép: "${written}".`,
  anchorInText: (lost, kept) => `Dấu "&" đầu văn bản làm YAML đọc ${q(lost)} thành tên neo và bỏ đi; giá trị chỉ còn ${q(kept)}.`,
  aliasInText: (written) => `Dấu "*" đầu văn bản làm YAML đọc ${q(written)} thành tham chiếu, chép giá trị ở chỗ khác vào đây.`,
  textSplitByColon: (written) => `Dấu ": " trong ${q(written)} làm YAML tách văn bản thành khóa và giá trị.`,
  backslashInDoubleQuotes: (written, escapes) =>
    `Trong dấu nháy kép, ${escapes.map(q).join(', ')} của ${asTyped(written)} bị đọc thành ký tự Tab, xuống dòng…, nên đường dẫn bị đổi.`,
  unclosedQuote: (line, swallowed) => `Dấu nháy mở ở đây không đóng trên cùng dòng: dòng ${line} (${q(swallowed)}) bị nuốt vào văn bản.`,
  keyInsideBlockText: (key, block, blockLine, indent, alignLine) =>
    `Dòng ${q(key)} thụt lề như đoạn văn ${w(block)} (dòng ${blockLine}) nên bị đọc thành chữ của đoạn văn, không phải khóa; lùi dòng này về ${indent} dấu cách, thẳng hàng với dòng ${alignLine}.`,
  commentInsideBlockText: (line, block) => `Dòng ${q(line)} nằm trong đoạn văn ${w(block)} nên sẽ được in vào báo cáo, không phải chú thích.`,
  bulletsFolded: (line, block, header) =>
    `Sau ${q(header)} các dòng được nối bằng dấu cách: dòng ${q(line)} của ${w(block)} sẽ dồn vào dòng trên trong báo cáo.`,
  planProblem: (message) => `Kế hoạch: ${message}`,
  templateProblem: (p) => {
    switch (p.kind) {
      case 'folder-missing': return 'Thư mục mẫu không tồn tại.';
      case 'unreadable': return `Không đọc được tệp mẫu (${p.reason}).`;
      case 'too-large': return `Tệp mẫu quá lớn (trên ${p.limit} byte).`;
      case 'unclosed-block': return `Khối {{#${p.helper}}} mở ở đây nhưng không có {{/${p.helper}}} để đóng.`;
      case 'mismatched-close': return `Gặp {{/${p.close}}} nhưng khối đang mở là {{#${p.open}}} (dòng ${p.openLine}): cần {{/${p.open}}} trước.`;
      case 'stray-close': return `{{/${p.helper}}} không đóng khối nào: không có {{#${p.helper}}} đang mở.`;
      case 'stray-else': return '{{else}} chỉ dùng bên trong {{#if}}, {{#unless}} hoặc {{#each}}.';
      case 'unclosed-tag': return 'Thẻ {{ mở ở đây nhưng không có }} để đóng.';
      case 'bad-tag': return `Thẻ ${q(p.text)} không hợp lệ: trong {{ }} phải là tên một trường, ví dụ {{report.number}}.`;
      case 'syntax': return `Cú pháp Handlebars sai gần ${q(p.near)}.`;
      case 'unknown-helper': return `Không có helper ${q(p.helper)}; chỉ dùng được if, unless, each, with, lookup.`;
      case 'unknown-field': return `Không có trường ${q(p.field)} trong dữ liệu của mẫu; xem danh sách trường trong templates/README.md.`;
      case 'partial': return 'Mẫu không dùng được partial ({{> …}}) hay decorator: mỗi mẫu phải tự đủ.';
      case 'directive-has-mustache': return 'Dòng chỉ thị (@table, @page) không được chứa {{…}}.';
      case 'bad-directive': return `Chỉ thị không hợp lệ: ${q(p.text)}.`;
      case 'table-needs-name': return `@table cần tên bảng: ${q(p.text)}.`;
      case 'page-orientation': return `@page chỉ nhận landscape hoặc portrait: ${q(p.text)}.`;
      case 'unknown-directive': return `Không có chỉ thị @${p.word}; chỉ có @table và @page.`;
      case 'page-not-first': return '@page chỉ đặt ở dòng đầu của mẫu phụ lục.';
      case 'unknown-table': return `Không có bảng ${q(p.name)}; các bảng: ${list(p.tables)}.`;
      case 'table-headers': return `Bảng ${q(p.name)} cần ${p.expected} tiêu đề cột, mẫu có ${p.got}.`;
      case 'no-title-line': return 'Mẫu tiêu đề không sinh ra dòng nào (cần ít nhất tên loại văn bản).';
      case 'render-failed': return `Không dựng được mẫu: ${p.detail}`;
    }
  },
  rollupProblem: (parent, message) => `Đối chiếu với kế hoạch cấp trên ${parent}: ${message}`,
  typeNames: {
    string: 'chuỗi văn bản',
    integer: 'số nguyên',
    number: 'số',
    object: 'mục gồm các khóa',
    array: 'danh sách',
    list: 'danh sách',
    boolean: 'giá trị đúng/sai',
    null: 'giá trị rỗng',
  },
};
  return self;
}

function createEn(root: string): Messages {
  const w = (path: Path): string => whereEn(path, root);
  const self: Messages = {
  lang: 'en',
  where: w,
  emptyFile: () => 'The file is empty: there is no report in it.',
  utf16: () => 'The file is encoded as UTF-16, not UTF-8.',
  binaryFile: (kind) => (kind ? `The file is a ${kind} file, not a YAML text file.` : 'The file contains NUL bytes: it is binary, not YAML text.'),
  byteOrderMark: () => 'The file starts with a byte-order mark (UTF-8 with BOM).',
  notUtf8: () => 'Invalid UTF-8 byte here; the file may be saved in a legacy code page (Windows-1258, TCVN3).',
  fileTooLarge: (bytes, limit) => `The file is ${bytes} bytes, over the ${limit}-byte limit for a report.`,
  fileUnreadable: (reason) => `The file cannot be read: ${reason}.`,
  yamlError: (code, snippet, original) => {
    const head = YAML_EN[code] ?? 'YAML syntax error';
    const at = snippet.trim() ? ` at ${q(firstLine(snippet))}` : '';
    return YAML_EN[code] ? `${head}${at}.` : `${head}${at}: ${firstLine(original)}.`;
  },
  keyIndent: (key, indent, expected, sibling, line) =>
    `Key ${q(key)} is indented ${indent} spaces, but its sibling ${q(sibling)} on line ${line} is indented ${expected}: ${indent > expected ? `remove ${indent - expected}` : `add ${expected - indent}`} space${Math.abs(indent - expected) === 1 ? '' : 's'} at the start of the line.`,
  missingDash: (key, itemLine, fixed) =>
    `Key ${q(key)} starts a new list item (like the one on line ${itemLine}) but lacks its "- "; write ${q(`${fixed} …`)}.`,
  multipleDocuments: (count) => `The file holds ${count} YAML documents (separated by "---"); a file holds one report.`,
  aliasLimit: (limit) => `More than ${limit} YAML aliases (*).`,
  tooDeep: () => 'Nesting is too deep to be a report.',
  notAMapping: (kind) => `The file's content is ${self.typeNames[kind] ?? kind}, not the "key: value" lines of a report.`,
  unknownKey: (key, path, allowed, s) => `Unknown key ${q(key)} in ${w(path)}.${didYouMeanEn(s)} Allowed keys: ${list(allowed)}.`,
  keyNotAllowedHere: (key, path, why) => `Key ${q(key)} is not allowed in ${w(path)}: ${why}.`,
  missingKey: (key, path) => `Missing key ${q(key)} in ${w(path)}.`,
  emptyValue: (path, expected) => `${w(path)} is left empty${expected ? `; write ${expected}` : ''}.`,
  oneOf: (values) => (values.length === 1 ? q(values[0]!) : `one of: ${list(values)}`),
  invisibleInValue: (path, value, clean) =>
    `Value ${q(value)} of ${w(path)} holds the invisible character ${invisibleNames(value)}; without it, it is ${q(clean)}, an allowed value.`,
  invisibleInKey: (key, path, clean) => `Key ${q(key)} in ${w(path)} holds the invisible character ${invisibleNames(key)}; without it, it is the key ${q(clean)}.`,
  wrongType: (path, expected, actual) => `${w(path)} must be ${self.typeNames[expected] ?? expected}, but is ${actual}.`,
  invalidValue: (path, value, allowed, s) =>
    `Value ${q(value)} of ${w(path)} is not allowed.${didYouMeanEn(s)} Allowed values: ${list(allowed)}.`,
  planMismatch: (value, expected) => `The report names plan ${q(value)}, but plan ${q(expected)} is being compiled.`,
  invalidFormat: (path, value, expected) => `Value ${q(value)} of ${w(path)} has the wrong format; expected ${expected}.`,
  outOfRange: (path, value, limit) => `Value ${value} of ${w(path)} is invalid: ${limit}.`,
  tooMany: (path, limit) => `${w(path)} has more than ${limit} items.`,
  repeatedItem: (path, value) => `Value ${q(value)} is repeated in ${w(path)}.`,
  unknownTask: (task, agency, allowed, s) =>
    `The plan has no task ${q(task)}.${didYouMeanEn(s)} Tasks assigned to ${agency}: ${list(allowed)}.`,
  taskNotAssigned: (task, owner, agency) => `Task ${task} is assigned to ${owner}, not to ${agency}.`,
  missingTask: (task, agency, text) => `Task ${task} assigned to ${agency} is missing: "${text}".`,
  unitOnlyForGroup: (agency, group) => `${agency} is not a group; the "unit" key is only for ${group}.`,
  reasonRequired: (task) => `Task ${task} has status: not_started but no "reason".`,
  invalidDate: (value) => `There is no date ${q(value)} (read as dd/mm/yyyy: day first, then month).`,
  dateOutsidePeriod: (path, value, period) => `Date ${q(value)} of ${w(path)} is outside the report period ${period}.`,
  dateOutsideCampaign: (path, value, campaign) => `Date ${q(value)} of ${w(path)} is outside the plan's time frame ${campaign}.`,
  reversedRange: (path, value) => `Date range ${q(value)} of ${w(path)} ends before it starts.`,
  swappedDayMonth: (value, swapped) => ` ${value} — did you mean ${swapped}?`,
  reportBeforePlan: (value, plan, planDate) => `Report date ${q(value)} is before plan ${plan} was issued (${planDate}); check the year.`,
  reportBeforePeriod: (value, periodStart) => `Report date ${q(value)} is before its period starts (${periodStart}).`,
  reportBeforeActivity: (value, activityDate, activity) => `Report date ${q(value)} is before the start of ${w(activity)} (${activityDate}), which the report lists.`,
  reportLongAfterCampaign: (value, campaignEnd, days) => `Report date ${q(value)} is more than ${days} days after the campaign ended (${campaignEnd}); check the year.`,
  dateSpelling: (suggestion) => ` Did you mean ${q(suggestion)}?`,
  expectedForm: (kind, ex = { day: 'dd/mm/yyyy', range: 'dd/mm/yyyy - dd/mm/yyyy', number: 'number/symbol' }) =>
    ({
      period: `a date range "${ex.range}"`,
      date: `a date dd/mm/yyyy (${ex.day}) or yyyy-mm-dd, or a range "${ex.range}"`,
      number: `a number and symbol such as "${ex.number}"`,
      pattern: 'the expected pattern',
    })[kind],
  tooLong: (limit) => `longer than ${limit} characters`,
  negative: () => 'must not be negative',
  over: (limit) => `over ${limit}`,
  absurdQuantity: (path, value, limit) => `Figure ${value} of ${w(path)} is implausibly large (over ${limit}).`,
  quantityNotForForm: (quantity, form, allowed) =>
    `Form ${q(form)} does not count ${q(quantity)}; this form counts: ${allowed.length ? list(allowed) : '(nothing)'}.`,
  costBelowFloor: (path, value, floor, thousands, millions) =>
    `Cost ${value} VND of ${w(path)} is below ${floor} VND: was it meant as ${value} thousand (${thousands}) or ${value} million (${millions}) VND?`,
  activitiesWhileNotStarted: (task, count) => `Task ${task} has status: not_started but lists ${count === 1 ? '1 activity' : `${count} activities`}.`,
  duplicateActivity: (line) => `The activity repeats the one on line ${line} (same date, form and title); it is counted once in the totals.`,
  decomposedUnicode: (sample) => `Text ${q(sample)} is in decomposed Unicode (marks separate from letters).`,
  legacyEncoding: (sample, encoding) => `Text ${q(sample)} looks like ${encoding}-encoded Vietnamese pasted into a UTF-8 file.`,
  malformedLink: (value) => `Link ${q(value)} is malformed.`,
  controlCharacter: (codePoint) => `The text contains the control character ${codePoint}.`,
  duplicateUnit: (unit, other) => `${unit} already has a report in ${other}.`,
  numberSlip: (kind, path, written, reads, meant) => {
    const head = `The number ${asTyped(written)} of ${w(path)}`;
    const asRead = reads === undefined ? 'YAML reads it as text, not a number' : `YAML reads it as ${reads}`;
    const guess = meant === undefined ? '' : ` Did you mean ${meant}?`;
    switch (kind) {
      case 'separators':
        return `${head} has thousands separators: ${asRead}.${guess}`;
      case 'fraction':
        return `${head} is not a whole number.${guess}`;
      case 'exponent':
        return `${head} is in exponent form (as Excel shows it), usually rounded.${guess} Copy the full figure from the spreadsheet's cell.`;
      case 'quoted':
        return `${head} is in quotes, so it is text and is not added to the totals.${meant === undefined ? '' : ` Did you mean ${meant} (without quotes)?`}`;
      case 'notation':
        return `${head} is written in a form YAML reads differently: ${asRead}.${guess}`;
    }
  },
  yamlVersion: (version) =>
    `The line "%YAML ${version}" changes how YAML reads values (under YAML 1.1: 0120 becomes 80, yes/no become true/false); reports are read as YAML 1.2.`,
  textCutByHash: (kept, lost) =>
    kept === ''
      ? `The value starts with "#", so YAML takes the whole line as a comment: ${q(lost)} is lost and the value is empty.`
      : `YAML takes " #" as the start of a comment, so the value is only ${q(kept)} and ${q(lost)} is lost.`,
  commentAfterText: (kept, comment) => `${q(comment)} after " #" is a comment and does not reach the report; the value is only ${q(kept)}.`,
  textReadAsValue: (path, written, kind) => `${w(path)} says ${q(written)}, which YAML reads as ${self.typeNames[kind] ?? kind}, not text; put it in double quotes: "${written}".`,
  anchorInText: (lost, kept) => `The leading "&" makes YAML read ${q(lost)} as an anchor name and drop it; the value is only ${q(kept)}.`,
  aliasInText: (written) => `The leading "*" makes YAML read ${q(written)} as an alias, copying a value from elsewhere into this place.`,
  textSplitByColon: (written) => `The ": " in ${q(written)} makes YAML split the text into a key and a value.`,
  backslashInDoubleQuotes: (written, escapes) =>
    `Inside double quotes, ${escapes.map(q).join(', ')} in ${asTyped(written)} are read as a tab, a line break…, so the path is changed.`,
  unclosedQuote: (line, swallowed) => `The quote opened here is not closed on its line: line ${line} (${q(swallowed)}) is swallowed into the text.`,
  keyInsideBlockText: (key, block, blockLine, indent, alignLine) =>
    `Line ${q(key)} is indented like the text of ${w(block)} (line ${blockLine}), so it is read as part of that text, not as a key; move it back to ${indent} spaces, in line with line ${alignLine}.`,
  commentInsideBlockText: (line, block) => `Line ${q(line)} is inside the text of ${w(block)}, so it is printed in the report; it is not a comment.`,
  bulletsFolded: (line, block, header) =>
    `After ${q(header)} lines are joined with spaces: line ${q(line)} of ${w(block)} runs into the line above in the report.`,
  planProblem: (message) => `Plan: ${message}`,
  templateProblem: (p) => {
    switch (p.kind) {
      case 'folder-missing': return 'The template folder does not exist.';
      case 'unreadable': return `Cannot read the template (${p.reason}).`;
      case 'too-large': return `The template is too large (over ${p.limit} bytes).`;
      case 'unclosed-block': return `The block {{#${p.helper}}} opened here is never closed with {{/${p.helper}}}.`;
      case 'mismatched-close': return `Found {{/${p.close}}} while {{#${p.open}}} (line ${p.openLine}) is open: close it with {{/${p.open}}} first.`;
      case 'stray-close': return `{{/${p.helper}}} closes nothing: no {{#${p.helper}}} is open.`;
      case 'stray-else': return '{{else}} belongs inside {{#if}}, {{#unless}} or {{#each}}.';
      case 'unclosed-tag': return 'The tag {{ opened here has no closing }}.';
      case 'bad-tag': return `The tag ${q(p.text)} is not valid: {{ }} must hold a field name, e.g. {{report.number}}.`;
      case 'syntax': return `Handlebars syntax error near ${q(p.near)}.`;
      case 'unknown-helper': return `There is no helper ${q(p.helper)}; only if, unless, each, with and lookup are available.`;
      case 'unknown-field': return `The template data has no field ${q(p.field)}; see the field list in templates/README.md.`;
      case 'partial': return 'Templates cannot use partials ({{> …}}) or decorators: each template stands alone.';
      case 'directive-has-mustache': return 'A directive line (@table, @page) cannot contain {{…}}.';
      case 'bad-directive': return `Invalid directive: ${q(p.text)}.`;
      case 'table-needs-name': return `@table needs a table name: ${q(p.text)}.`;
      case 'page-orientation': return `@page takes landscape or portrait: ${q(p.text)}.`;
      case 'unknown-directive': return `There is no directive @${p.word}; only @table and @page.`;
      case 'page-not-first': return '@page belongs on the first line of an appendix template.';
      case 'unknown-table': return `There is no table ${q(p.name)}; the tables: ${list(p.tables)}.`;
      case 'table-headers': return `Table ${q(p.name)} takes ${p.expected} column headers; the template has ${p.got}.`;
      case 'no-title-line': return 'The title template produced no line (it needs at least the document type).';
      case 'render-failed': return `The template could not be rendered: ${p.detail}`;
    }
  },
  rollupProblem: (parent, message) => `Against the parent plan ${parent}: ${message}`,
  typeNames: {
    string: 'text',
    integer: 'a whole number',
    number: 'a number',
    object: 'a mapping of keys',
    array: 'a list',
    list: 'a list',
    boolean: 'true/false',
    null: 'empty',
  },
};
  return self;
}

export const vi: Messages = createVi('báo cáo');
export const en: Messages = createEn('the report');
const viPlan: Messages = createVi('kế hoạch');
const enPlan: Messages = createEn('the plan');

/** The messages for a language; subject 'plan' when the file being checked is the plan itself. */
export function messagesFor(lang: Lang, subject: 'report' | 'plan' = 'report'): Messages {
  if (subject === 'plan') return lang === 'en' ? enPlan : viPlan;
  return lang === 'en' ? en : vi;
}
