import { helpAfter } from '../help-frame.js';
import { langOption, planOption, type DefineCommand } from './shared.js';

export const defineNew: DefineCommand = (program, { io, words, setExit }) => {
  const help = words.new;
  program
    .command('new')
    .description(help.description)
    .argument(`<${words.names.folder}>`, help.options.folder)
    .addOption(planOption(words, help.options.plan))
    .addOption(langOption(words))
    .addHelpText('after', helpAfter(words, help, false))
    .action(async (folder: string, opts: Record<string, unknown>) => {
      const { runNew } = await import('../../app/new-folder.js');
      setExit(await runNew({ folder, ...opts }, io));
    });
};
