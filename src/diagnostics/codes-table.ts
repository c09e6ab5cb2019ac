import { CODES } from './codes.js';
import type { Lang } from '../messages/lang.js';

const escapeCell = (s: string): string => s.replace(/\|/g, '\\|');

/** The README's table of diagnostic codes, generated so that it cannot drift from the code. */
export function codesMarkdownTable(lang: Lang): string {
  const head = lang === 'vi' ? '| mã | tên | mức | vấn đề | cách sửa |' : '| code | name | severity | problem | how to fix |';
  const severity = (s: string): string => (lang === 'vi' ? (s === 'error' ? 'lỗi' : 'cảnh báo') : s);
  const rows = Object.entries(CODES).map(
    ([code, c]) => `| ${code} | ${c.name} | ${severity(c.severity)} | ${escapeCell(c.title[lang])} | ${escapeCell(c.help[lang])} |`,
  );
  return [head, '|---|---|---|---|---|', ...rows].join('\n');
}
