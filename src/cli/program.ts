/** The program: commander and every command's definition, loaded by main for anything but a bare --version. */
import { Command, CommanderError } from 'commander';
import { EXIT, type CliIo } from '../core/cli-io.js';
import { VERSION } from '../core/package-root.js';
import type { DefineCommand } from './commands/shared.js';
import { defineBuild } from './commands/build.js';
import { defineSchema } from './commands/schema.js';
import { defineValidate } from './commands/validate.js';
import { defineInit } from './commands/init.js';
import { defineStatus } from './commands/status.js';
import { defineForm } from './commands/form.js';
import { defineNew } from './commands/new.js';

/** Every command, in the order `--help` lists them; each module only defines arguments and loads its work lazily. */
const COMMANDS: DefineCommand[] = [defineNew, defineValidate, defineBuild, defineSchema, defineInit, defineStatus, defineForm];

/** Errors that describe the user's situation (a missing folder, a broken template), not a bug: message only. */
const EXPECTED_ERRORS = new Set(['UsageError', 'OutputError', 'TemplateError', 'MergeError']);

function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command()
    .name('compile-report')
    .description(
      "Kiểm tra và tổng hợp báo cáo của các đơn vị theo kế hoạch thành BÁO CÁO (DOCX).\nValidate units' reports against a plan and compile them into one official report (DOCX).",
    )
    .version(VERSION, '-V, --version', 'in số phiên bản / print the version')
    .helpOption('-h, --help', 'hướng dẫn / help')
    .helpCommand('help [command]', 'hướng dẫn cho một lệnh / help for a command')
    .showHelpAfterError('(xem --help / see --help)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  for (const define of COMMANDS) define(program, { io, setExit });
  return program;
}

/** Every command through commander: arguments and streams in, exit code out; nothing here calls process.exit. */
export async function runProgram(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version succeed; help shown because no command was given is a usage error.
      return error.exitCode === 0 ? EXIT.ok : EXIT.failure;
    }
    const e = error as Error;
    const prefix = EXPECTED_ERRORS.has(e?.name) ? 'compile-report' : 'compile-report: lỗi nội bộ / internal error';
    io.stderr.write(`${prefix}: ${e?.message ?? String(error)}\n`);
    return EXIT.failure;
  }
}
