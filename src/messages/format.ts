import type { Lang } from './lang.js';
import { plural } from '../text/terminal.js';

/** The words of the text and GitHub outputs around the diagnostics: severities, grouped warnings, the summary. */
export interface FormatMessages {
  severity: Record<'error' | 'warning', string>;
  /** Where a grouped warning occurs: in how many files, and how many places when more. */
  group(files: number, places: number): string;
  /** The summary when there are errors. */
  problems(errors: number, warnings: number, filesWithProblems: number, checked: number): string;
  /** The summary without errors; warnings, if any, follow it. */
  clean(checked: number): string;
  warnings(count: number): string;
}


export const FORMAT: Record<Lang, FormatMessages> = {
  vi: {
    severity: { error: 'lỗi', warning: 'cảnh báo' },
    group: (files, places) => (places > files ? `ở ${files} tệp (${places} chỗ)` : `ở ${files} tệp`),
    problems: (errors, warnings, files, checked) =>
      `✖ ${warnings > 0 ? `${errors} lỗi, ${warnings} cảnh báo` : `${errors} lỗi`} trong ${files} tệp (đã kiểm tra ${checked} tệp)`,
    clean: (checked) => `✔ ${checked} tệp hợp lệ, không có lỗi`,
    warnings: (count) => `${count} cảnh báo`,
  },
  en: {
    severity: { error: 'error', warning: 'warning' },
    group: (files, places) => (places > files ? `in ${plural(files, 'file')} (${plural(places, 'place')})` : `in ${plural(files, 'file')}`),
    problems: (errors, warnings, files, checked) =>
      `✖ ${warnings > 0 ? `${plural(errors, 'error')}, ${plural(warnings, 'warning')}` : plural(errors, 'error')} in ${plural(files, 'file')} (${plural(checked, 'file')} checked)`,
    clean: (checked) => `✔ ${plural(checked, 'file')} valid, no errors`,
    warnings: (count) => plural(count, 'warning'),
  },
};
