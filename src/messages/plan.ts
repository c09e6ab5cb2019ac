import type { Lang } from './lang.js';

/**
 * What the plan check says, after "Kế hoạch: " (CR601): what the plan schema cannot, ids unique, references that
 * resolve, dates that exist; and of the roll-up mapping, against the parent plan (CR610).
 */
export interface PlanMessages {
  // the plan alone
  duplicateId(id: string): string;
  undeclaredQuantity(id: string): string;
  noStandingAgency(id: string): string;
  noSuchDate(value: string): string;
  campaignReversed(): string;
  reportableAfterCampaign(): string;
  unknownTimeZone(zone: string): string;
  phaseOutsideCampaign(id: string): string;
  rollupNoOwnTask(id: string): string;
  rollupTaskFedTwice(id: string, parentTask: string): string;
  rollupTaskUnfed(id: string): string;
  rollupNoOwnId(list: string, id: string): string;
  // the roll-up mapping against the parent plan
  rollupMissing(): string;
  rollupOtherParent(implemented: string, parent: string): string;
  rollupNoParentAgency(id: string, ids: readonly string[]): string;
  rollupUnitNeeded(agency: string, member: string): string;
  rollupUnitNotListed(unit: string, member: string): string;
  rollupUnitNotGroup(agency: string): string;
  rollupTaskOfOther(id: string, owner: string, agency: string): string;
  rollupNoParentTask(id: string, agency: string, assigned: readonly string[]): string;
  rollupParentTaskUnfed(id: string, agency: string): string;
  rollupThemeUnmapped(id: string): string;
  rollupNoParentTheme(id: string): string;
  rollupNoParentQuantity(id: string): string;
  rollupNoParentForm(id: string): string;
  rollupFormDropsQuantity(parentForm: string, quantity: string, form: string): string;
}

export const PLAN: Record<Lang, PlanMessages> = {
  vi: {
    duplicateId: (id) => `mã "${id}" bị trùng`,
    undeclaredQuantity: (id) => `chỉ tiêu "${id}" chưa khai báo trong quantities`,
    noStandingAgency: (id) => `không có cơ quan "${id}"`,
    noSuchDate: (value) => `ngày "${value}" không tồn tại`,
    campaignReversed: () => 'thời gian kết thúc trước thời gian bắt đầu',
    reportableAfterCampaign: () => 'ngày bắt đầu được báo cáo sau khi kết thúc đợt',
    unknownTimeZone: (zone) => `không có múi giờ "${zone}" (viết theo IANA, ví dụ Asia/Ho_Chi_Minh)`,
    phaseOutsideCampaign: (id) => `giai đoạn ${id} nằm ngoài thời gian kế hoạch`,
    rollupNoOwnTask: (id) => `kế hoạch này không có nhiệm vụ "${id}"`,
    rollupTaskFedTwice: (id, parentTask) => `nhiệm vụ ${id} đã đưa lên nhiệm vụ ${parentTask}; mỗi nhiệm vụ chỉ đưa lên một nhiệm vụ cấp trên, để không hoạt động nào bị tính hai lần`,
    rollupTaskUnfed: (id) => `nhiệm vụ ${id} chưa đưa lên nhiệm vụ nào trong rollup.tasks; kết quả của nó sẽ bị bỏ sót`,
    rollupNoOwnId: (list, id) => `kế hoạch này không có mã "${id}" trong ${list}`,
    rollupMissing: () => 'kế hoạch chưa có khối rollup (báo cáo với tư cách cơ quan nào của kế hoạch cấp trên, nhiệm vụ nào đưa lên nhiệm vụ nào)',
    rollupOtherParent: (implemented, parent) => `kế hoạch này thực hiện "${implemented}" nhưng kế hoạch cấp trên là "${parent}"`,
    rollupNoParentAgency: (id, ids) => `kế hoạch cấp trên không có cơ quan "${id}" (có: ${ids.join(', ')})`,
    rollupUnitNeeded: (agency, member) => `${agency} là nhóm ${member}: cần ghi unit (tên đơn vị đúng như danh sách của kế hoạch cấp trên)`,
    rollupUnitNotListed: (unit, member) => `"${unit}" không có trong danh sách ${member} của kế hoạch cấp trên`,
    rollupUnitNotGroup: (agency) => `${agency} không phải nhóm đơn vị; bỏ unit`,
    rollupTaskOfOther: (id, owner, agency) => `nhiệm vụ ${id} của kế hoạch cấp trên giao cho ${owner}, không phải ${agency}`,
    rollupNoParentTask: (id, agency, assigned) => `kế hoạch cấp trên không có nhiệm vụ "${id}"; nhiệm vụ giao cho ${agency}: ${assigned.join(', ')}`,
    rollupParentTaskUnfed: (id, agency) => `nhiệm vụ ${id} mà kế hoạch cấp trên giao cho ${agency} chưa có nhiệm vụ nào của kế hoạch này đưa lên`,
    rollupThemeUnmapped: (id) => `nội dung ${id} chưa có trong rollup.themes (mã nội dung tương ứng của kế hoạch cấp trên, hoặc [] nếu không có)`,
    rollupNoParentTheme: (id) => `kế hoạch cấp trên không có nội dung "${id}"`,
    rollupNoParentQuantity: (id) => `kế hoạch cấp trên không có chỉ tiêu "${id}"; ghi chỉ tiêu tương ứng trong rollup.quantities`,
    rollupNoParentForm: (id) => `kế hoạch cấp trên không có hình thức "${id}"; ghi hình thức tương ứng trong rollup.forms`,
    rollupFormDropsQuantity: (parentForm, quantity, form) => `hình thức "${parentForm}" của kế hoạch cấp trên không đếm chỉ tiêu "${quantity}" mà hình thức ${form} đếm; số liệu đó sẽ bị bỏ sót`,
  },
  en: {
    duplicateId: (id) => `id "${id}" is used twice`,
    undeclaredQuantity: (id) => `quantity "${id}" is not declared in quantities`,
    noStandingAgency: (id) => `no agency "${id}"`,
    noSuchDate: (value) => `no such date "${value}"`,
    campaignReversed: () => 'the campaign ends before it starts',
    reportableAfterCampaign: () => 'reportable activity starts after the campaign ends',
    unknownTimeZone: (zone) => `no time zone "${zone}" (write an IANA name such as Asia/Ho_Chi_Minh)`,
    phaseOutsideCampaign: (id) => `phase ${id} lies outside the campaign`,
    rollupNoOwnTask: (id) => `this plan has no task "${id}"`,
    rollupTaskFedTwice: (id, parentTask) => `task ${id} already feeds ${parentTask}; each task feeds one parent task, so that no activity is counted twice`,
    rollupTaskUnfed: (id) => `task ${id} feeds no parent task in rollup.tasks; its results would be lost`,
    rollupNoOwnId: (list, id) => `this plan has no ${list} id "${id}"`,
    rollupMissing: () => 'the plan has no rollup block (which agency of the parent plan it reports as, which task feeds which)',
    rollupOtherParent: (implemented, parent) => `this plan implements "${implemented}" but the parent plan is "${parent}"`,
    rollupNoParentAgency: (id, ids) => `the parent plan has no agency "${id}" (it has: ${ids.join(', ')})`,
    rollupUnitNeeded: (agency, member) => `${agency} is a group (${member}): give unit, the name exactly as the parent plan lists it`,
    rollupUnitNotListed: (unit, member) => `"${unit}" is not in the parent plan's list of ${member}`,
    rollupUnitNotGroup: (agency) => `${agency} is not a group; remove unit`,
    rollupTaskOfOther: (id, owner, agency) => `parent task ${id} is assigned to ${owner}, not ${agency}`,
    rollupNoParentTask: (id, agency, assigned) => `the parent plan has no task "${id}"; tasks assigned to ${agency}: ${assigned.join(', ')}`,
    rollupParentTaskUnfed: (id, agency) => `parent task ${id} of ${agency} is fed by none of this plan's tasks`,
    rollupThemeUnmapped: (id) => `theme ${id} is missing from rollup.themes (the parent plan's matching theme ids, or [] for none)`,
    rollupNoParentTheme: (id) => `the parent plan has no theme "${id}"`,
    rollupNoParentQuantity: (id) => `the parent plan has no quantity "${id}"; map it in rollup.quantities`,
    rollupNoParentForm: (id) => `the parent plan has no activity form "${id}"; map it in rollup.forms`,
    rollupFormDropsQuantity: (parentForm, quantity, form) => `the parent form "${parentForm}" does not count "${quantity}", which ${form} counts; those numbers would be lost`,
  },
};
