/**
 * The sentences a roll-up file writes. The file is an official report to the parent body, in Vietnamese
 * whatever --lang says (like the DOCX), so its wording lives here, in one place, as the templates do.
 */
export const ROLLUP_WORDS = {
  header: (unit: string, planRef: string, reports: number, tool: string): string[] => [
    ` Báo cáo tổng hợp của ${unit} gửi lên theo ${planRef}.`,
    ` Do ${tool} build --rollup viết từ ${reports} báo cáo đã kiểm tra; không sửa tay: sửa báo cáo gốc rồi build lại.`,
    ' Mỗi hoạt động ghi đơn vị thực hiện (by); mỗi nhiệm vụ cấp dưới chỉ đưa lên một nhiệm vụ cấp trên, nên không hoạt động nào bị tính hai lần.',
  ],
  counts: (tasks: string, planRef: string, c: { done: number; in_progress: number; not_started: number; not_reported: number }, activities: number): string =>
    `Tổng hợp từ nhiệm vụ ${tasks} của ${planRef}: ${c.done} lượt đơn vị đã hoàn thành, ${c.in_progress} đang thực hiện, ` +
    `${c.not_started} chưa thực hiện, ${c.not_reported} chưa báo cáo; ${activities} hoạt động.`,
  unitLine: (unit: string, task: string, text: string): string => `${unit} (${task}): ${text}`,
  more: (n: number): string => `… và ${n} ý kiến khác, xem báo cáo tổng hợp của cấp dưới.`,
  noneReported: 'Chưa đơn vị nào báo cáo nhiệm vụ này.',
} as const;
