import type { Command } from 'commander';
import { helpAfter } from '../help-frame.js';
import { formatOption, planOption, type DefineCommand, withColorOptions, withConfigOptions, withRunOptions, withSignalOptions } from './shared.js';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export const defineValidate: DefineCommand = (program, { io, words, setExit }) => {
  const help = words.validate;
  const command = program
    .command('validate')
    .description(help.description)
    .argument(`[${words.names.paths}]`, help.options.paths)
    .addOption(planOption(words))
    .addOption(formatOption(words))
    .option(`-o, --output <${words.names.file}>`, help.options.output)
    .option(`--against <${words.names.path}>`, help.options.against, collect);
  withSignalOptions(command, words);
  withColorOptions(command, words);
  withRunOptions(command, words);
  withConfigOptions(command, words)
    .addHelpText('after', helpAfter(words, help, true))
    .action(async (paths: string[], _opts: unknown, command: Command) => {
      const { runValidate } = await import('../../app/validate.js');
      setExit(await runValidate({ ...command.optsWithGlobals(), paths }, io));
    });
};
