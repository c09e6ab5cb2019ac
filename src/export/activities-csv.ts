import type { MergedReport } from '../merge/types.js';
import { nfc } from '../text/nfc.js';

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** RFC 4180 quoting; a leading =, +, - or @ is defused so a spreadsheet never runs it as a formula. */
function field(value: string | number): string {
  // A number's digits, sign, point or exponent never need quoting (a national CSV has half a million of them).
  if (typeof value === 'number') return String(value);
  let s = nfc(value).replace(CONTROLS, '');
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Every activity, one row each, for spreadsheets and scripts: the complete list that a national
 * document only summarises. UTF-8 with a BOM, since Excel otherwise reads Vietnamese as ANSI.
 */
export function activitiesCsv(model: MergedReport): string {
  const quantities = model.plan.quantities;
  const header = [
    'co_quan', 'don_vi', 'nhiem_vu', 'tu_ngay', 'den_ngay', 'hinh_thuc', 'noi_dung', 'dia_diem', 'chu_de',
    'so_nguoi', ...quantities.map((q) => q.id), 'kinh_phi_dong', 'duong_dan', 'tep', 'don_vi_thuc_hien',
  ];
  const rows = model.activities.map((a) => [
    a.agencyId, a.unit, a.taskId, a.date?.from ?? a.dateText, a.date?.to ?? a.dateText, a.form, a.title, a.place ?? '',
    a.themes.join(' '), a.participants, ...quantities.map((q) => a.quantities[q.id] ?? 0), a.cost, a.links.join(' '), a.file, a.by ?? '',
  ]);
  return `\uFEFF${[header, ...rows].map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}
