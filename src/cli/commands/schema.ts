import { helpAfter } from '../help-frame.js';
import { langOption, planOption, type DefineCommand, withConfigOptions } from './shared.js';

export const defineSchema: DefineCommand = (program, { io, words, setExit }) => {
  const help = words.schema;
  const command = program
    .command('schema')
    .description(help.description)
    .addOption(planOption(words))
    .option(`-a, --agency <${words.names.id}>`, help.options.agency)
    .option(`-o, --out <${words.names.file}>`, help.options.out)
    .addOption(langOption(words))
    .addHelpText('after', helpAfter(words, help, true))
    .action(async (opts: Record<string, unknown>) => {
      const { runSchema } = await import('../../app/schema.js');
      setExit(await runSchema(opts, io));
    });
  withConfigOptions(command, words);
};
