import type { Command } from 'commander';
import { helpAfter } from '../help-frame.js';
import { planOption, type DefineCommand, withConfigOptions, withUnitOptions } from './shared.js';

export const defineForm: DefineCommand = (program, { io, words, setExit }) => {
  const help = words.form;
  const command = program.command('form').description(help.description).addOption(planOption(words));
  withUnitOptions(command, words)
    .option('--all', help.options.all)
    .option(`-o, --out <${words.names.fileOrFolder}>`, help.options.out)
    .option(`--schema <${words.names.pathOrUrl}>`, help.options.schema);
  withConfigOptions(command, words)
    .addHelpText('after', helpAfter(words, help, true))
    .action(async (_opts: unknown, command: Command) => {
      const { runForm } = await import('../../app/form.js');
      setExit(await runForm(command.optsWithGlobals(), io));
    });
};
