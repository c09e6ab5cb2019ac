import { Option, type Command } from 'commander';
import { FORMATS } from '../../format/names.js';
import type { CliIo } from '../../app/io.js';
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

export function examples(lines: string[]): string {
  return `\nVí dụ / Examples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}
