import { Command, CommanderError, Option } from 'commander';
import { FORMATS } from '../format/index.js';
import { VERSION } from '../package-root.js';
import { EXIT, UsageError, type CliIo } from './io.js';
import { LANGS } from './options.js';

/** Errors that describe the user's situation (a missing folder, a broken template), not a bug: message only. */
const EXPECTED_ERRORS = new Set(['UsageError', 'OutputError', 'TemplateError']);

function formatOption(): Option {
  return new Option('-f, --format <name>', 'định dạng kết quả / output format (mặc định: text, hoặc github khi GITHUB_ACTIONS=true)').choices(FORMATS);
}

function langOption(): Option {
  return new Option('--lang <lang>', 'ngôn ngữ thông báo / message language').choices(LANGS);
}

function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command()
    .name('compile-report')
    .description('Kiểm tra và tổng hợp báo cáo của các đơn vị theo kế hoạch thành BÁO CÁO (DOCX).\nValidate units\' reports against a plan and compile them into one official report (DOCX).')
    .version(VERSION, '-V, --version', 'in số phiên bản / print the version')
    .helpOption('-h, --help', 'hướng dẫn / help')
    .helpCommand('help [command]', 'hướng dẫn cho một lệnh / help for a command')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });

  program
    .command('validate')
    .description('Kiểm tra báo cáo YAML theo kế hoạch / validate YAML reports against the plan')
    .argument('[paths...]', 'tệp, thư mục hoặc mẫu glob / files, folders or globs')
    .option('-p, --plan <file>', 'tệp kế hoạch (plan.yaml) / the plan file')
    .addOption(formatOption())
    .option('-o, --output <file>', 'ghi kết quả ra tệp thay vì màn hình / write the result to a file instead of stdout')
    .addOption(langOption())
    .option('--color', 'luôn tô màu / force colour')
    .option('--no-color', 'không tô màu / no colour')
    .addHelpText(
      'after',
      `
Ví dụ / Examples:
  $ compile-report validate --plan examples/lang-son-2025/plan.yaml examples/lang-son-2025/reports
  $ compile-report validate -p plan.yaml "bao-cao/**/*.yaml" --format sarif -o ket-qua.sarif
  $ compile-report validate -p plan.yaml bao-cao/ --lang en --format json

Mã thoát / Exit codes: 0 không có lỗi (có thể có cảnh báo) / no errors; 1 có lỗi / errors found;
  2 không thực hiện được (tham số sai, kế hoạch lỗi, không thấy tệp) / the tool could not run.`,
    )
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      const { runValidate } = await import('./commands/validate.js');
      setExit(await runValidate({ paths, ...opts } as Parameters<typeof runValidate>[0], io));
    });

  program
    .command('schema')
    .description('Xuất JSON Schema của báo cáo, sinh từ kế hoạch / print the report JSON Schema derived from the plan')
    .option('-p, --plan <file>', 'tệp kế hoạch / the plan file')
    .option('-a, --agency <id>', 'chỉ cho một cơ quan / for one agency only')
    .option('-o, --out <file>', 'ghi ra tệp / write to a file')
    .addOption(langOption())
    .addHelpText(
      'after',
      `
Ví dụ / Examples:
  $ compile-report schema --plan examples/lang-son-2025/plan.yaml --out schemas/report.schema.json
  $ compile-report schema --plan plan.yaml --agency so-y-te > so-y-te.schema.json`,
    )
    .action(async (opts: Record<string, unknown>) => {
      const { runSchema } = await import('./commands/schema.js');
      setExit(await runSchema(opts, io));
    });

  return program;
}

/** The whole CLI as a function: arguments and streams in, exit code out; nothing here calls process.exit. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      const informational = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code);
      return informational ? EXIT.ok : EXIT.failure;
    }
    const e = error as Error;
    if (EXPECTED_ERRORS.has(e?.name)) {
      io.stderr.write(`compile-report: ${e.message}\n`);
    } else {
      io.stderr.write(`compile-report: lỗi nội bộ / internal error: ${e?.message ?? String(error)}\n`);
    }
    return EXIT.failure;
  }
}

export { UsageError };
