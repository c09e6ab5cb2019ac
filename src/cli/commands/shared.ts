import { InvalidArgumentError, Option, type Command } from 'commander';
import { FORMATS } from '../../format/names.js';
import type { CliIo } from '../../core/cli-io.js';
import { LANGS } from '../../app/options.js';
import type { HelpWords } from '../../messages/help.js';

/** What every command definition needs: the streams, the words of its help, and where to put its exit code. */
export interface CommandContext {
  io: CliIo;
  words: HelpWords;
  setExit(code: number): void;
}

export type DefineCommand = (program: Command, ctx: CommandContext) => void;

export function planOption(words: HelpWords, description = words.options.plan): Option {
  return new Option(`-p, --plan <${words.names.file}>`, description);
}

export function formatOption(words: HelpWords): Option {
  return new Option(`-f, --format <${words.names.format}>`, words.options.format).choices(FORMATS);
}

export function langOption(words: HelpWords): Option {
  return new Option(`--lang <${words.names.lang}>`, words.options.lang).choices(LANGS);
}

/** --agency and --unit: who a template or a form is for. */
export function withUnitOptions(command: Command, words: HelpWords): Command {
  return command
    .option(`-a, --agency <${words.names.id}>`, words.options.agency)
    .option(`-u, --unit <${words.names.unit}>`, words.options.unit);
}

/** --color and --no-color; without either, colour follows the terminal and NO_COLOR. */
export function withColorOptions(command: Command, words: HelpWords): Command {
  return command.option('--color', words.options.color).option('--no-color', words.options.noColor);
}

/** A parser's error is the list of forms it takes; cli/commander-errors.ts words the sentence in the run's language. */
function parseJobs(value: string): number | 'auto' {
  if (value === 'auto') return 'auto';
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('auto, 1–64');
  return n;
}

/** --jobs and --cache: how many threads check files, and where checks of unchanged files are kept. */
export function withRunOptions(command: Command, words: HelpWords): Command {
  return command
    .option('-j, --jobs <n>', words.options.jobs, parseJobs)
    .option(`--cache <${words.names.folder}>`, words.options.cache);
}

function parseMaxWarnings(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new InvalidArgumentError('0, 1, 2, …');
  return n;
}

/** --quiet and --max-warnings, as ESLint users know them. */
export function withSignalOptions(command: Command, words: HelpWords): Command {
  return command
    .option('-q, --quiet', words.options.quiet)
    .option('--max-warnings <n>', words.options.maxWarnings, parseMaxWarnings);
}

/** `--config <file>` and `--no-config`, for every command that reads compile-report.config.yaml. */
export function withConfigOptions(command: Command, words: HelpWords): Command {
  return command
    .option(`-c, --config <${words.names.file}>`, words.options.config)
    .option('--no-config', words.options.noConfig);
}
