/** The program: commander and every command's definition, loaded by main for anything but a bare --version. */
import { Command, CommanderError } from 'commander';
import { EXIT, type CliIo } from '../core/cli-io.js';
import { KeyedError } from '../core/errors.js';
import { ERRORS } from '../messages/errors.js';
import { commanderProblem } from './commander-errors.js';
import { VERSION } from '../core/package-root.js';
import { langOption, type DefineCommand } from './commands/shared.js';
import { defineBuild } from './commands/build.js';
import { defineSchema } from './commands/schema.js';
import { defineValidate } from './commands/validate.js';
import { defineInit } from './commands/init.js';
import { defineStatus } from './commands/status.js';
import { defineForm } from './commands/form.js';
import { defineNew } from './commands/new.js';
import { helpFrame } from './help-frame.js';
import { HELP, type HelpWords } from '../messages/help.js';
import type { Lang } from '../messages/lang.js';
import { runLang } from '../app/run-lang.js';

/** Every command, in the order `--help` lists them; each module only defines arguments and loads its work lazily. */
const COMMANDS: DefineCommand[] = [defineNew, defineValidate, defineBuild, defineSchema, defineInit, defineStatus, defineForm];

function buildProgram(io: CliIo, words: HelpWords, setExit: (code: number) => void): Command {
  const program = new Command()
    .name('compile-report')
    .description(words.program.description)
    .configureHelp(helpFrame(words))
    .version(VERSION, '-V, --version', words.program.version)
    .helpOption('-h, --help', words.program.help)
    .helpCommand(`help [${words.names.command}]`, words.program.helpCommand)
    .option('--debug', words.program.debug)
    // One --lang for the program, so that it may come before or after the command (or alone, for help in English).
    .addOption(langOption(words))
    .exitOverride()
    // Commander's own error sentences are English: the program words them from their code instead (see commander-errors.ts).
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), outputError: () => undefined });
  for (const define of COMMANDS) define(program, { io, words, setExit });
  return program;
}

/** Every command through commander: arguments and streams in, exit code out; nothing here calls process.exit. */
export async function runProgram(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  // Help is worded before commander reads argv: --lang as written, else the configuration's lang, else Vietnamese.
  const lang = await runLang(argv, io);
  const program = buildProgram(io, HELP[lang], (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportError(error, argv, lang, io);
  }
}

const SHOWN = new Set(['commander.help', 'commander.helpDisplayed', 'commander.version']);

/**
 * An error the user can act on (a KeyedError, or commander's) is one line in the run's language, exit 2. Anything
 * else is a bug in the tool: say so, say what to include in a report, and print the stack with --debug.
 */
function reportError(error: unknown, argv: readonly string[], lang: Lang, io: CliIo): number {
  // Help and the version are printed already; help shown because no command was given is a usage error (exit 2).
  if (error instanceof CommanderError && SHOWN.has(error.code)) return error.exitCode === 0 ? EXIT.ok : EXIT.failure;
  const words = ERRORS[lang];
  const problem = error instanceof CommanderError ? (commanderProblem(error) ?? error) : error;
  if (problem instanceof KeyedError) {
    io.stderr.write(`compile-report: ${problem.render(lang)}\n`);
    if (error instanceof CommanderError) io.stderr.write(`${words.seeHelp()}\n`);
    return EXIT.failure;
  }
  const debug = argv.includes('--debug');
  io.stderr.write(`compile-report: ${words.internalError()}\n`);
  if (debug) io.stderr.write(`${error instanceof Error ? (error.stack ?? String(error)) : String(error)}\n`);
  io.stderr.write(`${words.reportBug(VERSION, ['compile-report', ...argv].join(' '), process.version, debug)}\n`);
  return EXIT.failure;
}
