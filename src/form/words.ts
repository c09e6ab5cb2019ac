import type { Lang } from '../messages/lang.js';
import { nameSaysUnit } from '../plan/quantity-words.js';

/** Every sentence the form shows, in each language; the page is written in the language of `--lang`. */
export interface FormWords {
  pageTitle(who: string): string;
  heading: string;
  intro(plan: string, date: string, issuer: string): string;
  planLabel: string;
  agencyLabel: string;
  unitLabel: string;
  general: string;
  number: string;
  numberHint: string;
  date: string;
  dateHint: string;
  period: string;
  periodHint: string;
  calendarFrom: string;
  calendarTo: string;
  signer: string;
  signerName: string;
  signerTitle: string;
  tasks: string;
  task(id: string): string;
  status: string;
  choose: string;
  statuses: Record<'done' | 'in_progress' | 'not_started', string>;
  reason: string;
  summary: string;
  activities: string;
  activity(n: number): string;
  addActivity: string;
  removeActivity(n: number): string;
  activityDate: string;
  activityDateHint: string;
  form: string;
  title: string;
  place: string;
  themes: string;
  themesChosen(ids: readonly string[]): string;
  participants: string;
  quantity(name: string, unit: string): string;
  quantitiesNone: string;
  cost: string;
  costHint: string;
  links: string;
  note: string;
  difficulties: string;
  proposals: string;
  item(n: number): string;
  addItem: string;
  removeItem(n: number): string;
  save: string;
  saveDraft: string;
  open: string;
  print: string;
  dropHint: string;
  keysHint: string;
  valid: string;
  problems(errors: number, warnings: number): string;
  error: string;
  warning: string;
  refused(errors: number): string;
  saved(name: string): string;
  draftSaved(name: string): string;
  opened(name: string): string;
  openFailed(name: string): string;
  wrongUnit(name: string, found: string, expected: string): string;
  noScript: string;
}

/** "Băng rôn, khẩu hiệu" needs no "(băng rôn, khẩu hiệu)" after it. */
const withUnit = (name: string, unit: string): string => (nameSaysUnit(name, unit) ? name : `${name} (${unit})`);

const vi: FormWords = {
  pageTitle: (who) => `Báo cáo của ${who}`,
  heading: 'Báo cáo kết quả thực hiện kế hoạch',
  intro: (plan, date, issuer) => `Biểu mẫu báo cáo kết quả thực hiện Kế hoạch số ${plan} ngày ${date} của ${issuer}.`,
  planLabel: 'Kế hoạch',
  agencyLabel: 'Cơ quan báo cáo',
  unitLabel: 'Đơn vị',
  general: 'Thông tin chung',
  number: 'Số, ký hiệu báo cáo',
  numberHint: 'dạng số/ký hiệu',
  date: 'Ngày ký báo cáo',
  dateHint: 'dd/mm/yyyy (ngày/tháng/năm)',
  period: 'Kỳ báo cáo',
  periodHint: 'từ ngày - đến ngày: dd/mm/yyyy - dd/mm/yyyy',
  calendarFrom: 'Chọn ngày (bắt đầu) trên lịch',
  calendarTo: 'Chọn ngày kết thúc trên lịch',
  signer: 'Người ký',
  signerName: 'Họ và tên người ký',
  signerTitle: 'Chức vụ',
  tasks: 'Kết quả thực hiện các nhiệm vụ được giao',
  task: (id) => `Nhiệm vụ ${id}`,
  status: 'Tình trạng',
  choose: '— chọn —',
  statuses: { done: 'Đã hoàn thành', in_progress: 'Đang thực hiện', not_started: 'Chưa thực hiện' },
  reason: 'Lý do chưa thực hiện',
  summary: 'Tóm tắt kết quả thực hiện',
  activities: 'Các hoạt động đã thực hiện',
  activity: (n) => `Hoạt động ${n}`,
  addActivity: 'Thêm hoạt động',
  removeActivity: (n) => `Xóa hoạt động ${n}`,
  activityDate: 'Ngày thực hiện',
  activityDateHint: 'dd/mm/yyyy, hoặc khoảng ngày dd/mm/yyyy - dd/mm/yyyy',
  form: 'Hình thức',
  title: 'Tên hoạt động',
  place: 'Địa điểm',
  themes: 'Nội dung tuyên truyền',
  themesChosen: (ids) => (ids.length ? `đã chọn: ${ids.join(', ')}` : 'chưa chọn'),
  participants: 'Số người tham dự (lượt người)',
  quantity: withUnit,
  quantitiesNone: 'Hình thức này không đếm chỉ tiêu nào.',
  cost: 'Kinh phí (đồng)',
  costHint: 'chỉ gõ chữ số; dấu chấm phân cách hàng nghìn tự thêm',
  links: 'Đường dẫn tới tin, bài, video (mỗi dòng một đường dẫn)',
  note: 'Ghi chú',
  difficulties: 'Khó khăn, vướng mắc',
  proposals: 'Đề xuất, kiến nghị',
  item: (n) => `Ý ${n}`,
  addItem: 'Thêm ý',
  removeItem: (n) => `Xóa ý ${n}`,
  save: 'Lưu báo cáo (.yaml)',
  saveDraft: 'Lưu bản nháp',
  open: 'Mở báo cáo đã lưu',
  print: 'In',
  dropHint: 'Có thể kéo thả tệp báo cáo (.yaml) vào trang để mở.',
  keysHint: 'Ctrl+S: lưu báo cáo.',
  valid: 'Báo cáo hợp lệ: có thể lưu và gửi cho cơ quan thường trực.',
  problems: (e, w) => `Còn ${e} lỗi${w ? `, ${w} cảnh báo` : ''}.`,
  error: 'Lỗi',
  warning: 'Cảnh báo',
  refused: (e) => `Chưa lưu: báo cáo còn ${e} lỗi. Sửa các chỗ được đánh dấu, hoặc bấm "Lưu bản nháp" để lưu tạm và làm tiếp sau.`,
  saved: (name) => `Đã lưu ${name} vào thư mục tải về. Gửi tệp này cho cơ quan thường trực.`,
  draftSaved: (name) => `Đã lưu bản nháp ${name}; bản nháp còn lỗi, mở lại ở đây để làm tiếp trước khi gửi.`,
  opened: (name) => `Đã mở ${name}.`,
  openFailed: (name) => `Không mở được ${name}:`,
  wrongUnit: (name, found, expected) => `${name} là báo cáo của ${found}, không phải của ${expected}; hãy mở đúng tệp của đơn vị mình.`,
  noScript: 'Cần bật JavaScript để dùng biểu mẫu này.',
};

const en: FormWords = {
  pageTitle: (who) => `Report of ${who}`,
  heading: 'Report on the implementation of the plan',
  intro: (plan, date, issuer) => `Report form for Plan No. ${plan} of ${date} by ${issuer}.`,
  planLabel: 'Plan',
  agencyLabel: 'Reporting agency',
  unitLabel: 'Unit',
  general: 'General',
  number: 'Report number and symbol',
  numberHint: 'as number/symbol',
  date: 'Date signed',
  dateHint: 'dd/mm/yyyy (day/month/year)',
  period: 'Reporting period',
  periodHint: 'from - to: dd/mm/yyyy - dd/mm/yyyy',
  calendarFrom: 'Pick the (start) date on a calendar',
  calendarTo: 'Pick the end date on a calendar',
  signer: 'Signer',
  signerName: "Signer's full name",
  signerTitle: 'Position',
  tasks: 'Results of the assigned tasks',
  task: (id) => `Task ${id}`,
  status: 'Status',
  choose: '— choose —',
  statuses: { done: 'Done', in_progress: 'In progress', not_started: 'Not started' },
  reason: 'Why it has not started',
  summary: 'Summary of results',
  activities: 'Activities carried out',
  activity: (n) => `Activity ${n}`,
  addActivity: 'Add an activity',
  removeActivity: (n) => `Remove activity ${n}`,
  activityDate: 'Date',
  activityDateHint: 'dd/mm/yyyy, or a range dd/mm/yyyy - dd/mm/yyyy',
  form: 'Form',
  title: 'Title',
  place: 'Place',
  themes: 'Themes',
  themesChosen: (ids) => (ids.length ? `chosen: ${ids.join(', ')}` : 'none chosen'),
  participants: 'Participants',
  quantity: withUnit,
  quantitiesNone: 'This form counts no quantity.',
  cost: 'Cost (VND)',
  costHint: 'digits only; thousands separators are added',
  links: 'Links to articles and videos (one per line)',
  note: 'Note',
  difficulties: 'Difficulties',
  proposals: 'Proposals',
  item: (n) => `Item ${n}`,
  addItem: 'Add an item',
  removeItem: (n) => `Remove item ${n}`,
  save: 'Save the report (.yaml)',
  saveDraft: 'Save a draft',
  open: 'Open a saved report',
  print: 'Print',
  dropHint: 'You can also drop a report file (.yaml) on the page to open it.',
  keysHint: 'Ctrl+S: save the report.',
  valid: 'The report is valid: save it and send it to the standing body.',
  problems: (e, w) => `${e} error${e === 1 ? '' : 's'}${w ? `, ${w} warning${w === 1 ? '' : 's'}` : ''} left.`,
  error: 'Error',
  warning: 'Warning',
  refused: (e) => `Not saved: the report has ${e} error${e === 1 ? '' : 's'}. Fix the marked fields, or press "Save a draft" to keep your work and finish later.`,
  saved: (name) => `Saved ${name} to the downloads folder. Send this file to the standing body.`,
  draftSaved: (name) => `Saved the draft ${name}; it still has errors: open it here again to finish before sending.`,
  opened: (name) => `Opened ${name}.`,
  openFailed: (name) => `Could not open ${name}:`,
  wrongUnit: (name, found, expected) => `${name} is the report of ${found}, not of ${expected}; open your own unit's file.`,
  noScript: 'This form needs JavaScript.',
};

export function formWords(lang: Lang): FormWords {
  return lang === 'en' ? en : vi;
}
