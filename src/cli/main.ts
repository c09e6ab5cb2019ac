import { EXIT, type CliIo } from '../core/cli-io.js';
import { VERSION } from '../core/package-root.js';

/** `--version` alone (what install checks and scripts run) answers before commander and the commands load. */
const VERSION_ONLY = new Set(['--version', '-V']);

/** The whole CLI as a function: arguments and streams in, exit code out; nothing here calls process.exit. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv.length === 1 && VERSION_ONLY.has(argv[0] ?? '')) {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  const { runProgram } = await import('./program.js');
  return runProgram(argv, io);
}
