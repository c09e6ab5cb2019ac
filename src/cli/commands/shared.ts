import { InvalidArgumentError, Option, type Command } from 'commander';
import { FORMATS } from '../../format/names.js';
import type { CliIo } from '../../core/cli-io.js';
import { LANGS } from '../../app/options.js';

/** What every command definition needs: the streams, and where to put the exit code of its action. */
export interface CommandContext {
  io: CliIo;
  setExit(code: number): void;
}

export type DefineCommand = (program: Command, ctx: CommandContext) => void;

export function formatOption(): Option {
  return new Option('-f, --format <name>', 'định dạng kết quả / output format (mặc định: text, hoặc github khi GITHUB_ACTIONS=true)').choices(FORMATS);
}

export function langOption(): Option {
  return new Option('--lang <lang>', 'ngôn ngữ thông báo / message language').choices(LANGS);
}

/** --color and --no-color; without either, colour follows the terminal and NO_COLOR. */
export function withColorOptions(command: Command): Command {
  return command.option('--color', 'luôn tô màu / force colour').option('--no-color', 'không tô màu / no colour');
}

/** A parser's error is the list of forms it takes; cli/commander-errors.ts words the sentence in the run's language. */
function parseJobs(value: string): number | 'auto' {
  if (value === 'auto') return 'auto';
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('auto, 1–64');
  return n;
}

/** --jobs and --cache: how many threads check files, and where checks of unchanged files are kept. */
export function withRunOptions(command: Command): Command {
  return command
    .option('-j, --jobs <n>', 'số luồng kiểm tra (mặc định auto: mọi lõi khi có nhiều tệp) / threads checking files (default auto)', parseJobs)
    .option('--cache <dir>', 'thư mục lưu kết quả kiểm tra theo nội dung tệp, cho các lần chạy lặp lại / folder caching checks by file content, for repeated runs');
}

export function examples(lines: string[]): string {
  return `\nVí dụ / Examples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}

function parseMaxWarnings(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new InvalidArgumentError('0, 1, 2, …');
  return n;
}

/** --quiet and --max-warnings, as ESLint users know them. */
export function withSignalOptions(command: Command): Command {
  return command
    .option('-q, --quiet', 'chỉ báo lỗi, không hiện cảnh báo (cũng không hiện tiến độ) / report errors only, no warnings (and no progress line)')
    .option('--max-warnings <n>', 'thoát với mã 1 khi có quá n cảnh báo / exit 1 when there are more than n warnings', parseMaxWarnings);
}
