import type { Lang } from './lang.js';

/** What init and form say to ask for an agency and a unit, and what they wrote. */
export interface InitMessages {
  missingAgency(ids: readonly string[]): string;
  unitNeeded(agency: string, member: string, examples: readonly string[]): string;
  unitNotAllowed(agency: string): string;
  unknownUnit(value: string, member: string, suggestion?: string): string;
  exists(path: string): string;
  schemaMissing(path: string, plan: string): string;
  written(path: string, who: string, plan: string): string;
}

const q = (s: string): string => `"${s}"`;

export const INIT: Record<Lang, InitMessages> = {
  vi: {
    missingAgency: (ids) => `Thiếu tùy chọn --agency <mã cơ quan>. Các mã trong kế hoạch: ${ids.join(', ')}.`,
    unitNeeded: (agency, member, ex) => `${agency} là nhóm ${member}: mỗi đơn vị báo cáo riêng, cần --unit <tên đơn vị>, ví dụ --unit ${q(ex[0] ?? '')}. Các đơn vị: ${ex.join(', ')}.`,
    unitNotAllowed: (agency) => `${agency} không phải nhóm đơn vị; bỏ tùy chọn --unit.`,
    unknownUnit: (value, member, s) => `Kế hoạch không có đơn vị ${q(value)} trong nhóm ${member}.${s ? ` Có phải ý bạn là ${q(s)}?` : ''}`,
    exists: (path) => `Tệp ${path} đã có; init không ghi đè. Chọn tên khác, hoặc xóa tệp cũ nếu thật sự muốn tạo lại.`,
    schemaMissing: (path, plan) => `Lưu ý: chưa có tệp schema ${path} mà dòng $schema trỏ tới; tạo bằng: compile-report schema --plan ${plan} --out ${path}\n`,
    written: (path, who, plan) => `✔ Đã tạo ${path} (báo cáo của ${who}). Điền các chỗ còn trống, rồi kiểm tra: compile-report validate --plan ${plan} ${path}\n`,
  },
  en: {
    missingAgency: (ids) => `Missing option --agency <agency id>. The plan's ids: ${ids.join(', ')}.`,
    unitNeeded: (agency, member, ex) => `${agency} is a group (${member}): each unit reports on its own; give --unit <name>, e.g. --unit ${q(ex[0] ?? '')}. Units: ${ex.join(', ')}.`,
    unitNotAllowed: (agency) => `${agency} is not a group; leave out --unit.`,
    unknownUnit: (value, member, s) => `The plan has no unit ${q(value)} in the group ${member}.${s ? ` Did you mean ${q(s)}?` : ''}`,
    exists: (path) => `${path} already exists; init does not overwrite. Choose another name, or delete the old file if you really mean to start again.`,
    schemaMissing: (path, plan) => `Note: the schema ${path} the $schema line points at does not exist yet; create it with: compile-report schema --plan ${plan} --out ${path}\n`,
    written: (path, who, plan) => `✔ Wrote ${path} (the report of ${who}). Fill in the blanks, then check: compile-report validate --plan ${plan} ${path}\n`,
  },
};
