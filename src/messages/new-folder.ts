import type { Lang } from './lang.js';

/** What new says on the terminal. */
export interface NewFolderMessages {
  missingFolder(): string;
  notEmpty(folder: string, entries: readonly string[]): string;
  notAFolder(folder: string): string;
  /** `reports`, `out`: the folder of reports and the document the new folder is laid out for. */
  written(folder: string, planNumber: string, files: readonly string[], reports: string, out: string): string;
}

export const NEW_FOLDER: Record<Lang, NewFolderMessages> = {
  vi: {
    missingFolder: () => 'Thiếu tên thư mục: compile-report new <thư mục> [--plan <tệp kế hoạch>].',
    notEmpty: (folder, entries) =>
      `Thư mục ${folder} đã có nội dung (${entries.slice(0, 5).join(', ')}${entries.length > 5 ? ', …' : ''}); new chỉ tạo trong thư mục mới hoặc rỗng và không ghi đè gì. Chọn tên thư mục khác.`,
    notAFolder: (folder) => `${folder} là một tệp, không phải thư mục; chọn tên khác.`,
    written: (folder, plan, files, reports, out) =>
      `✔ Đã tạo thư mục báo cáo ${folder} cho kế hoạch ${plan}:\n${files.map((f) => `  ${f}\n`).join('')}` +
      `Tiếp theo:\n` +
      `  cd ${folder}\n` +
      `  compile-report init --agency <mã cơ quan>      # báo cáo mẫu trong ${reports}/ (mã: ${reports}/README.md)\n` +
      `  compile-report validate                        # kiểm tra các báo cáo\n` +
      `  compile-report build --pdf                     # tổng hợp thành ${out} và bản PDF\n` +
      `  git init && git config core.hooksPath .githooks   # kiểm tra báo cáo trước mỗi commit\n` +
      `  npm install                                    # tạo package-lock.json cho workflow GitHub (npm ci)\n`,
  },
  en: {
    missingFolder: () => 'Missing the folder name: compile-report new <folder> [--plan <plan file>].',
    notEmpty: (folder, entries) =>
      `The folder ${folder} is not empty (${entries.slice(0, 5).join(', ')}${entries.length > 5 ? ', …' : ''}); new only writes into a new or empty folder and never overwrites anything. Choose another folder name.`,
    notAFolder: (folder) => `${folder} is a file, not a folder; choose another name.`,
    written: (folder, plan, files, reports, out) =>
      `✔ Wrote the reporting folder ${folder} for plan ${plan}:\n${files.map((f) => `  ${f}\n`).join('')}` +
      `Next:\n` +
      `  cd ${folder}\n` +
      `  compile-report init --agency <agency id>       # a template in ${reports}/ (ids: ${reports}/README.md)\n` +
      `  compile-report validate                        # check the reports\n` +
      `  compile-report build --pdf                     # compile ${out} and its PDF\n` +
      `  git init && git config core.hooksPath .githooks   # check reports before every commit\n` +
      `  npm install                                    # writes package-lock.json for the GitHub workflow (npm ci)\n`,
  },
};
