import type { Command } from 'commander';
import { helpAfter } from '../help-frame.js';
import { planOption, type DefineCommand } from './shared.js';

export const defineNew: DefineCommand = (program, { io, words, setExit }) => {
  const help = words.new;
  program
    .command('new')
    .description(help.description)
    .argument(`<${words.names.folder}>`, help.options.folder)
    .addOption(planOption(words, help.options.plan))
    .addHelpText('after', helpAfter(words, help, false))
    .action(async (folder: string, _opts: unknown, command: Command) => {
      const { runNew } = await import('../../app/new-folder.js');
      setExit(await runNew({ ...command.optsWithGlobals(), folder }, io));
    });
};
