import { Option, type Command } from 'commander';
import { helpAfter } from '../help-frame.js';
import { planOption, type DefineCommand, withColorOptions, withConfigOptions, withRunOptions } from './shared.js';

export const defineStatus: DefineCommand = (program, { io, words, setExit }) => {
  const help = words.status;
  const command = program
    .command('status')
    .description(help.description)
    .argument(`[${words.names.paths}]`, help.options.paths)
    .addOption(planOption(words))
    .addOption(new Option(`-f, --format <${words.names.format}>`, help.options.format).choices(['text', 'json']))
    .option('--fail-on-missing', help.options.failOnMissing)
    .option(`--as-of <${words.names.date}>`, help.options.asOf)
    .option('-q, --quiet', help.options.quiet);
  withColorOptions(command, words);
  withRunOptions(command, words);
  withConfigOptions(command, words)
    .addHelpText('after', helpAfter(words, help, true))
    .action(async (paths: string[], _opts: unknown, command: Command) => {
      const { runStatus } = await import('../../app/status.js');
      setExit(await runStatus({ ...command.optsWithGlobals(), paths }, io));
    });
};
