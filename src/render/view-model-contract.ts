/**
 * What a template may use: the view model, field by field. Users' `--template` folders depend on
 * these names, so they are declared here, `buildViewModel` must return exactly this (the typecheck
 * fails otherwise), and the field tables in templates/README.md are generated from this file (a test
 * fails when they differ). Texts are already cleaned and escaped for the line markup; numbers, money
 * and dates are formatted strings. The one-line comment of each field is its documentation.
 */

/** Totals of a set of activities (the whole campaign, an agency, a task, a unit, a form). */
export interface TotalsView {
  /** số hoạt động ("1.234") */
  activities: string;
  /** số lượt người tham gia */
  participants: string;
  /** kinh phí có đơn vị ("1.500.000 đồng") */
  cost: string;
  /** kinh phí, chỉ con số ("1.500.000") */
  costNumber: string;
  /** có hoạt động nào không */
  hasActivities: boolean;
  /** có người tham gia không */
  hasParticipants: boolean;
  /** có kinh phí không */
  hasCost: boolean;
  /** có số lượng nào khác 0 không */
  hasQuantities: boolean;
  /** các số lượng khác 0, theo thứ tự Kế hoạch */
  quantities: QuantityView[];
  /** các số lượng thành câu ("12 buổi; 30 tin, bài") */
  quantitiesText: string;
}

/** One non-zero quantity of a totals. */
export interface QuantityView {
  /** mã số lượng trong Kế hoạch (sessions…) */
  id: string;
  /** tên ("Số buổi") */
  name: string;
  /** đơn vị tính ("buổi") */
  unit: string;
  /** giá trị ("12") */
  value: string;
}

/** How many unit-task answers have each status. */
export interface StatusCountsView {
  /** đã hoàn thành */
  done: string;
  /** đang thực hiện */
  inProgress: string;
  /** chưa triển khai */
  notStarted: string;
  /** chưa báo cáo */
  notReported: string;
  /** tổng số */
  total: string;
  /** có nhiệm vụ đã hoàn thành */
  hasDone: boolean;
  /** có nhiệm vụ đang thực hiện */
  hasInProgress: boolean;
  /** có nhiệm vụ chưa triển khai */
  hasNotStarted: boolean;
  /** có nhiệm vụ chưa báo cáo */
  hasNotReported: boolean;
  /** các số khác 0 thành câu ("6 đã hoàn thành, 59 chưa báo cáo") */
  text: string;
  /** như text, có "đơn vị" sau số đầu ("6 đơn vị đã hoàn thành, …") */
  unitsText: string;
}

/** The reporting window of `build --period`. */
export interface PeriodView {
  /** có kỳ báo cáo (build --period) */
  present: boolean;
  /** tên kỳ ("tháng 12 năm 2025") */
  label: string;
  /** kỳ và khoảng ngày ("tháng 12 năm 2025 (từ ngày 15/11/2025 đến ngày 14/12/2025)") */
  text: string;
}

/** The report being written. */
export interface ReportView {
  /** tên loại văn bản (BÁO CÁO) */
  type: string;
  /** số, ký hiệu (15/BC-…) */
  number: string;
  /** ngày ("ngày 05 tháng 01 năm 2026") */
  date: string;
  /** ngày ngắn (05/01/2026) */
  dateShort: string;
  /** địa danh */
  place: string;
  /** địa danh, ngày tháng ("Lạng Sơn, ngày 05 tháng 01 năm 2026") */
  placeDate: string;
  /** trích yếu */
  title: string;
}

/** The body that issues the report. */
export interface IssuerView {
  /** cơ quan chủ quản */
  parent: string;
  /** tên cơ quan ở phần đầu văn bản */
  headerName: string;
  /** tên cơ quan */
  name: string;
  /** chữ viết tắt */
  symbol: string;
}

/** The plan the report answers. */
export interface PlanView {
  /** loại văn bản như trong Kế hoạch (KẾ HOẠCH) */
  type: string;
  /** loại văn bản viết thường (Kế hoạch) */
  typeName: string;
  /** số, ký hiệu */
  number: string;
  /** ngày ban hành ("ngày … tháng … năm …") */
  date: string;
  /** ngày ban hành ngắn (dd/mm/yyyy) */
  dateShort: string;
  /** địa danh */
  place: string;
  /** trích yếu */
  title: string;
  /** trích yếu, chữ đầu viết thường (đặt sau "về việc") */
  titleLower: string;
}

/** The higher document the plan implements, when the plan names one. */
export interface ImplementsView {
  /** Kế hoạch có nêu văn bản cấp trên không */
  present: boolean;
  /** loại văn bản, suy từ ký hiệu (Kế hoạch, Chỉ thị…) */
  typeName: string;
  /** số, ký hiệu */
  number: string;
  /** ngày ban hành */
  date: string;
  /** ngày ban hành ngắn */
  dateShort: string;
  /** cơ quan ban hành */
  issuer: string;
}

/** The campaign's dates. */
export interface CampaignView {
  /** ngày bắt đầu */
  from: string;
  /** ngày kết thúc */
  to: string;
  /** ngày bắt đầu ngắn */
  fromShort: string;
  /** ngày kết thúc ngắn */
  toShort: string;
  /** "từ ngày … đến ngày …" */
  span: string;
}

/** The plan's reporting deadline. */
export interface DeadlineView {
  /** hạn báo cáo */
  date: string;
  /** hạn báo cáo ngắn */
  dateShort: string;
}

/** The plan's standing body. */
export interface StandingBodyView {
  /** tên cơ quan thường trực */
  name: string;
  /** cơ quan thường trực báo cáo cho ai */
  reportsTo: string;
}

/** Counts of the whole report, formatted. */
export interface CountsView {
  /** số cơ quan được giao nhiệm vụ */
  agencies: string;
  /** số cơ quan có ít nhất một báo cáo */
  agenciesReported: string;
  /** số cơ quan chưa báo cáo */
  agenciesMissing: string;
  /** số đơn vị thuộc các nhóm (xã, phường…) */
  groupUnits: string;
  /** số báo cáo phải có */
  reportsExpected: string;
  /** số báo cáo đã tổng hợp */
  reportsMerged: string;
  /** tỉ lệ đơn vị đã báo cáo (22,4%) */
  reportsPercent: string;
  /** số đơn vị đã báo cáo */
  unitsReported: string;
  /** số đơn vị chưa báo cáo */
  unitsMissing: string;
  /** số tệp báo cáo bị loại */
  excluded: string;
  /** số nhiệm vụ */
  tasks: string;
  /** số hình thức có hoạt động */
  forms: string;
  /** số nội dung tuyên truyền của Kế hoạch */
  themes: string;
  /** số nội dung đã được tuyên truyền */
  themesCovered: string;
  /** số nội dung chưa được tuyên truyền */
  themesUncovered: string;
  /** số hoạt động có ghi nội dung tuyên truyền */
  activitiesWithThemes: string;
  /** số khó khăn được nêu */
  difficulties: string;
  /** số đề xuất được nêu */
  proposals: string;
  /** số nhiệm vụ theo tình trạng, cả đợt */
  status: StatusCountsView;
}

/** Switches for `{{#if has.…}}`. */
export interface HasView {
  /** Kế hoạch có nhóm đơn vị (xã, phường…) */
  groups: boolean;
  /** có hoạt động nào */
  activities: boolean;
  /** có tệp bị loại */
  excluded: boolean;
  /** có cơ quan chưa báo cáo */
  missingAgencies: boolean;
  /** có đơn vị trong nhóm chưa báo cáo */
  missingUnits: boolean;
  /** có cơ quan hoặc đơn vị chưa báo cáo */
  missing: boolean;
  /** có nội dung chưa được tuyên truyền */
  uncoveredThemes: boolean;
  /** mọi nội dung đều đã được tuyên truyền */
  allThemesCovered: boolean;
  /** có nhiệm vụ chưa triển khai */
  notStarted: boolean;
  /** có nhiệm vụ đang thực hiện */
  inProgress: boolean;
  /** có nhiệm vụ mà báo cáo bỏ sót */
  taskNotReported: boolean;
  /** có khó khăn được nêu */
  difficulties: boolean;
  /** có đề xuất được nêu */
  proposals: boolean;
  /** Kế hoạch nêu văn bản cấp trên */
  implements: boolean;
  /** có điều gì để nêu ở phần hạn chế */
  limitations: boolean;
  /** có lý do được nêu cho nhiệm vụ chưa xong */
  reasons: boolean;
  /** có lý do hoặc khó khăn để nêu ở phần nguyên nhân */
  causes: boolean;
}

/** A group of units (communes, wards…) named by the plan. */
export interface GroupView {
  /** cơ quan được giao */
  agency: string;
  /** tên gọi một đơn vị trong nhóm ("UBND xã, phường") */
  member: string;
  /** số đơn vị */
  count: string;
}

/** A unit's answer on a task that is not done (lists notStarted, inProgress, taskNotReported, reasons). */
export interface TaskStatusRow {
  /** cơ quan */
  agency: string;
  /** đơn vị */
  unit: string;
  /** mã nhiệm vụ */
  task: string;
  /** tình trạng (Đang thực hiện…) */
  status: string;
  /** lý do, thành câu */
  reason: string;
  /** có lý do không */
  hasReason: boolean;
}

/** An activity form with activities. */
export interface FormView {
  /** mã hình thức */
  id: string;
  /** tên hình thức */
  name: string;
  /** tổng của hình thức */
  totals: TotalsView;
}

/** An agency of the plan, in the plan's order. */
export interface AgencyView {
  /** chữ thứ tự (a, b, c, d, đ, e…) */
  letter: string;
  /** số thứ tự trong Kế hoạch */
  number: string;
  /** mã cơ quan */
  id: string;
  /** tên cơ quan */
  name: string;
  /** là một nhóm đơn vị (xã, phường…) */
  isGroup: boolean;
  /** tên gọi một đơn vị (với nhóm), hoặc tên cơ quan */
  member: string;
  /** số đơn vị phải báo cáo */
  expected: string;
  /** số đơn vị đã báo cáo */
  reported: string;
  /** số báo cáo đã nhận */
  reports: string;
  /** chưa có báo cáo nào */
  noReport: boolean;
  /** có báo cáo gửi dưới tên khác của đơn vị */
  hasAliasReporter: boolean;
  /** các tên khác đó ("A, B và C") */
  aliasReporters: string;
  /** mọi đơn vị đã báo cáo */
  allReported: boolean;
  /** tên các đơn vị chưa báo cáo */
  missingUnits: string[];
  /** có đơn vị chưa báo cáo */
  hasMissingUnits: boolean;
  /** số đơn vị chưa báo cáo */
  missingUnitsCount: string;
  /** tên các đơn vị chưa báo cáo, cách nhau dấu phẩy */
  missingUnitsText: string;
  /** các báo cáo đã nhận */
  reportingUnits: ReportingUnitView[];
  /** số nhiệm vụ theo tình trạng */
  counts: StatusCountsView;
  /** tổng của cơ quan */
  totals: TotalsView;
  /** các nhiệm vụ được giao */
  tasks: TaskView[];
}

/** A report received from a unit. */
export interface ReportingUnitView {
  /** đơn vị */
  name: string;
  /** số báo cáo */
  number: string;
  /** ngày báo cáo */
  date: string;
  /** ngày báo cáo ngắn */
  dateShort: string;
  /** gửi dưới tên khác của đơn vị */
  isAlias: boolean;
}

/** A task assigned to an agency. */
export interface TaskView {
  /** mã nhiệm vụ (III.4) */
  id: string;
  /** nội dung nhiệm vụ */
  text: string;
  /** đầu câu của nội dung, rút gọn */
  short: string;
  /** chỉ một đơn vị thực hiện */
  single: boolean;
  /** số đơn vị theo tình trạng */
  counts: StatusCountsView;
  /** tổng của nhiệm vụ */
  totals: TotalsView;
  /** mọi đơn vị được giao */
  units: UnitView[];
  /** các đơn vị đã báo cáo về nhiệm vụ */
  reportedUnits: UnitView[];
}

/** One unit's answer on one task. */
export interface UnitView {
  /** đơn vị */
  name: string;
  /** tình trạng (Đã hoàn thành / Đang thực hiện / Chưa triển khai / Chưa báo cáo) */
  status: string;
  /** đã hoàn thành */
  isDone: boolean;
  /** đang thực hiện */
  isInProgress: boolean;
  /** chưa triển khai */
  isNotStarted: boolean;
  /** chưa báo cáo */
  isNotReported: boolean;
  /** tóm tắt kết quả, thành câu */
  summary: string;
  /** có tóm tắt không */
  hasSummary: boolean;
  /** lý do, thành câu */
  reason: string;
  /** có lý do không */
  hasReason: boolean;
  /** tổng của đơn vị trong nhiệm vụ */
  totals: TotalsView;
}

/** An agency that has not reported. */
export interface MissingAgencyView {
  /** số thứ tự trong Kế hoạch */
  number: string;
  /** tên cơ quan */
  name: string;
}

/** The units of a group that have not reported. */
export interface MissingUnitsView {
  /** cơ quan được giao */
  agency: string;
  /** tên gọi một đơn vị */
  member: string;
  /** số đơn vị chưa báo cáo */
  count: string;
  /** số đơn vị phải báo cáo */
  expected: string;
  /** tên các đơn vị chưa báo cáo, cách nhau dấu phẩy */
  units: string;
}

/** A theme of the plan and how many activities covered it. */
export interface ThemeView {
  /** mã nội dung */
  id: string;
  /** nội dung */
  text: string;
  /** nội dung rút gọn */
  short: string;
  /** số hoạt động */
  count: string;
  /** đã được tuyên truyền */
  covered: boolean;
}

/** A theme no activity covered. */
export interface UncoveredThemeView {
  /** mã nội dung */
  id: string;
  /** nội dung */
  text: string;
  /** nội dung rút gọn */
  short: string;
}

/** A difficulty or a proposal, with the unit that raised it. */
export interface RaisedView {
  /** đơn vị nêu */
  unit: string;
  /** nội dung */
  text: string;
}

/** A report file left out. */
export interface ExcludedView {
  /** đơn vị gửi báo cáo bị loại */
  unit: string;
  /** lý do bị loại, bằng lời (không có đường dẫn tệp, tên khóa hay mã lỗi) */
  reason: string;
}

/** Who signs. */
export interface SignerView {
  /** quyền hạn ký (TM., KT., …) */
  authority: string;
  /** chức vụ của tập thể */
  title: string;
  /** chức vụ người ký */
  position: string;
  /** họ tên */
  name: string;
}

/** The activities appendix. */
export interface AppendixView {
  /** quá nhiều hoạt động: mỗi đơn vị một dòng */
  activitiesSummarised: boolean;
  /** số dòng tối đa của bảng hoạt động */
  maxActivityRows: string;
}

/** Everything a template sees. */
export interface ViewModel {
  /** báo cáo đang lập */
  report: ReportView;
  /** kỳ báo cáo của build --period */
  period: PeriodView;
  /** cơ quan ban hành báo cáo */
  issuer: IssuerView;
  /** Kế hoạch được báo cáo */
  plan: PlanView;
  /** văn bản cấp trên mà Kế hoạch thực hiện */
  implements: ImplementsView;
  /** thời gian của đợt */
  campaign: CampaignView;
  /** hạn báo cáo */
  deadline: DeadlineView;
  /** cơ quan thường trực */
  standingBody: StandingBodyView;
  /** các con số của cả báo cáo */
  counts: CountsView;
  /** các điều kiện cho {{#if}} */
  has: HasView;
  /** các nhóm đơn vị */
  groups: GroupView[];
  /** các lý do được nêu cho nhiệm vụ chưa xong */
  reasons: TaskStatusRow[];
  /** tổng cả đợt */
  totals: TotalsView;
  /** các hình thức có hoạt động */
  forms: FormView[];
  /** các hình thức thành câu ("hội nghị (3), tin bài báo chí (12)") */
  formsText: string;
  /** các cơ quan, theo thứ tự Kế hoạch */
  agencies: AgencyView[];
  /** các cơ quan chưa báo cáo */
  missingAgencies: MissingAgencyView[];
  /** tên các cơ quan chưa báo cáo thành câu ("A, B và C") */
  missingAgenciesText: string;
  /** các đơn vị chưa báo cáo, theo nhóm */
  missingUnitsByAgency: MissingUnitsView[];
  /** nhiệm vụ chưa triển khai */
  notStarted: TaskStatusRow[];
  /** nhiệm vụ đang thực hiện */
  inProgress: TaskStatusRow[];
  /** nhiệm vụ mà báo cáo bỏ sót */
  taskNotReported: TaskStatusRow[];
  /** các nội dung tuyên truyền */
  themes: ThemeView[];
  /** các nội dung chưa được tuyên truyền */
  uncoveredThemes: UncoveredThemeView[];
  /** mã các nội dung chưa được tuyên truyền thành câu */
  uncoveredThemeIds: string;
  /** các khó khăn */
  difficulties: RaisedView[];
  /** các đề xuất */
  proposals: RaisedView[];
  /** các tệp báo cáo bị loại */
  excluded: ExcludedView[];
  /** người ký */
  signer: SignerView;
  /** nơi nhận */
  recipients: string[];
  /** phụ lục hoạt động */
  appendix: AppendixView;
}
