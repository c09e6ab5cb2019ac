import type { Lang } from './lang.js';

/** The counts a status summary states; status/model.ts's StatusCountsSummary extends it with more. */
export interface StatusSummaryCounts {
  /** Units expected to report: every agency without a group, plus every member of each group. */
  expected: number;
  reported: number;
  onTime: number;
  late: number;
  /** Units without a valid report (invalid-only included). */
  missing: number;
  /** Missing units once the deadline has passed (0 before). */
  overdue: number;
  /** Files with errors. */
  invalidFiles: number;
  /** Agencies of the plan without a group. */
  agencies: { expected: number; reported: number };
}

/** The words of the status table: headings, states, the summary line. */
export interface StatusMessages {
  title: string;
  deadline: string;
  asOf: string;
  past: string;
  notPast: string;
  unitHead: [string, string, string, string, string];
  taskHead: [string, string, string, string, string, string];
  state: Record<'on_time' | 'late' | 'invalid' | 'missing' | 'overdue', string>;
  groupLine(member: string, reported: number, expected: number): string;
  invalidHead: string;
  invalidLine(errors: number): string;
  summary(counts: StatusSummaryCounts, pastDeadline: boolean, groups: readonly { name: string; reported: number; expected: number }[]): string;
}

export const STATUS: Record<Lang, StatusMessages> = {
  vi: {
    title: 'Tình hình báo cáo — Kế hoạch',
    deadline: 'Hạn báo cáo',
    asOf: 'ngày xem',
    past: 'đã quá hạn',
    notPast: 'chưa đến hạn',
    unitHead: ['TT', 'Cơ quan, đơn vị', 'Tình trạng', 'Ngày BC', 'Tệp'],
    taskHead: ['Nhiệm vụ', 'Cơ quan, đơn vị', 'Hoàn thành', 'Đang làm', 'Chưa làm', 'Chưa BC'],
    state: { on_time: '✔ đã báo cáo', late: '! nộp muộn', invalid: '✖ tệp lỗi', missing: '· chưa báo cáo', overdue: '✖ quá hạn' },
    groupLine: (member, reported, expected) => `${member}: ${reported}/${expected} đơn vị đã báo cáo`,
    invalidHead: 'Tệp có lỗi (không tính là đã báo cáo; xem: compile-report validate):',
    invalidLine: (errors) => `${errors} lỗi`,
    summary: (c, pastDeadline, groups) => {
      const group = groups.map((g) => `, ${g.name} ${g.reported}/${g.expected}`).join('');
      return (
        `Đã báo cáo ${c.reported}/${c.expected} (cơ quan ${c.agencies.reported}/${c.agencies.expected}${group}); ` +
        `đúng hạn ${c.onTime}, muộn ${c.late}; chưa báo cáo ${c.missing}${pastDeadline ? ` (quá hạn ${c.overdue})` : ''}; tệp lỗi ${c.invalidFiles}.`
      );
    },
  },
  en: {
    title: 'Reporting status — Plan',
    deadline: 'Deadline',
    asOf: 'as of',
    past: 'past the deadline',
    notPast: 'before the deadline',
    unitHead: ['No', 'Agency or unit', 'State', 'Dated', 'File'],
    taskHead: ['Task', 'Agency or unit', 'Done', 'Doing', 'Not begun', 'No report'],
    state: { on_time: '✔ reported', late: '! late', invalid: '✖ invalid file', missing: '· not yet', overdue: '✖ overdue' },
    groupLine: (member, reported, expected) => `${member}: ${reported}/${expected} units reported`,
    invalidHead: 'Files with errors (not counted as reports; see: compile-report validate):',
    invalidLine: (errors) => (errors === 1 ? '1 error' : `${errors} errors`),
    summary: (c, pastDeadline, groups) => {
      const group = groups.map((g) => `, ${g.name} ${g.reported}/${g.expected}`).join('');
      return (
        `Reported ${c.reported}/${c.expected} (agencies ${c.agencies.reported}/${c.agencies.expected}${group}); ` +
        `on time ${c.onTime}, late ${c.late}; missing ${c.missing}${pastDeadline ? ` (overdue ${c.overdue})` : ''}; invalid files ${c.invalidFiles}.`
      );
    },
  },
};
