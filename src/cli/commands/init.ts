import type { Command } from 'commander';
import { helpAfter } from '../help-frame.js';
import { planOption, type DefineCommand, withConfigOptions, withUnitOptions } from './shared.js';

export const defineInit: DefineCommand = (program, { io, words, setExit }) => {
  const help = words.init;
  const command = program.command('init').description(help.description).addOption(planOption(words));
  withUnitOptions(command, words)
    .option(`-o, --out <${words.names.file}>`, help.options.out)
    .option(`--schema <${words.names.pathOrUrl}>`, help.options.schema);
  withConfigOptions(command, words)
    .addHelpText('after', helpAfter(words, help, true))
    .action(async (_opts: unknown, command: Command) => {
      const { runInit } = await import('../../app/init.js');
      setExit(await runInit(command.optsWithGlobals(), io));
    });
};
