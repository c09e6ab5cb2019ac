import type { Command } from 'commander';

/** `--config <file>` and `--no-config`, for every command that reads compile-report.config.yaml. */
export function addConfigOptions(command: Command): Command {
  return command
    .option('-c, --config <file>', 'tệp cấu hình (mặc định: compile-report.config.yaml gần nhất, tìm từ thư mục hiện tại lên) / configuration file (default: the nearest compile-report.config.yaml, looking up from here)')
    .option('--no-config', 'không đọc tệp cấu hình nào / read no configuration file');
}

export interface HelpExample {
  vi: string;
  en: string;
  command: string;
}

/** "Ví dụ / Examples:" with a Vietnamese and an English line saying what each command does. */
export function describedExamples(items: readonly HelpExample[]): string {
  const blocks = items.map((e) => `  # ${e.vi}\n  # ${e.en}\n  $ ${e.command}`);
  return `\nVí dụ / Examples:\n${blocks.join('\n\n')}\n`;
}

/** How the configuration file is found and what it may hold, for the help of every command that reads it. */
export const CONFIG_HELP = `
Tệp cấu hình / Configuration: compile-report.config.yaml (tìm từ thư mục hiện tại lên đến gốc /
  looked for from the working folder up to the root), khóa / keys: plan, reports, out, number, date,
  signer, recipients, lang, period; đường dẫn tính từ thư mục của tệp / paths are relative to the file;
  tùy chọn dòng lệnh được ưu tiên / command-line options win. Schema: schemas/config.schema.json.`;
