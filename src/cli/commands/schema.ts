import type { Command } from 'commander';
import { helpAfter } from '../help-frame.js';
import { planOption, type DefineCommand, withConfigOptions } from './shared.js';

export const defineSchema: DefineCommand = (program, { io, words, setExit }) => {
  const help = words.schema;
  const command = program
    .command('schema')
    .description(help.description)
    .addOption(planOption(words))
    .option(`-a, --agency <${words.names.id}>`, help.options.agency)
    .option(`-o, --out <${words.names.file}>`, help.options.out)
    .addHelpText('after', helpAfter(words, help, true))
    .action(async (_opts: unknown, command: Command) => {
      const { runSchema } = await import('../../app/schema.js');
      setExit(await runSchema(command.optsWithGlobals(), io));
    });
  withConfigOptions(command, words);
};
