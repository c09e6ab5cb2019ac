import type { Lang } from './lang.js';

/** What the form command says on the terminal (the form's own page has its words in form/words.ts). */
export interface FormMessages {
  missingOut(all: boolean): string;
  unitWithAll(): string;
  noBundle(path: string): string;
  notAFolder(path: string): string;
  written(path: string, who: string, kb: number): string;
  writtenAll(count: number, folder: string): string;
  next(plan: string): string;
}

export const FORM: Record<Lang, FormMessages> = {
  vi: {
    missingOut: (all) => (all ? 'Thiếu --out <thư mục>: nơi ghi các biểu mẫu.' : 'Thiếu --out <tệp.html>: nơi ghi biểu mẫu.'),
    unitWithAll: () => '--all đã tạo biểu mẫu cho mọi đơn vị; bỏ --unit, hoặc bỏ --all để tạo cho một đơn vị.',
    noBundle: (path) => `Thiếu ${path} (mã của biểu mẫu); chạy "npm run build" trong thư mục của công cụ.`,
    notAFolder: (path) => `${path} đã có và không phải thư mục; --all ghi vào một thư mục.`,
    written: (path, who, kb) => `✔ Đã tạo ${path} (biểu mẫu của ${who}, ${kb} KB).\n`,
    writtenAll: (count, folder) => `✔ Đã tạo ${count} biểu mẫu trong ${folder}.\n`,
    next: (plan) => `Gửi mỗi đơn vị tệp .html của mình: mở bằng trình duyệt, không cần mạng. Báo cáo đơn vị gửi lại (.yaml) kiểm tra bằng: compile-report validate --plan ${plan} <tệp>\n`,
  },
  en: {
    missingOut: (all) => (all ? 'Missing --out <folder>: where to write the forms.' : 'Missing --out <file.html>: where to write the form.'),
    unitWithAll: () => '--all writes a form for every unit; leave out --unit, or leave out --all for one unit.',
    noBundle: (path) => `${path} (the form's script) is missing; run "npm run build" in the tool's folder.`,
    notAFolder: (path) => `${path} exists and is not a folder; --all writes into a folder.`,
    written: (path, who, kb) => `✔ Wrote ${path} (the form of ${who}, ${kb} KB).\n`,
    writtenAll: (count, folder) => `✔ Wrote ${count} forms in ${folder}.\n`,
    next: (plan) => `Send each unit its own .html file: it opens in a browser, offline. Check the reports (.yaml) they send back with: compile-report validate --plan ${plan} <file>\n`,
  },
};
