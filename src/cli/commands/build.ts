import type { Command } from 'commander';
import { helpAfter } from '../help-frame.js';
import { planOption, type DefineCommand, withColorOptions, withConfigOptions, withRunOptions, withSignalOptions } from './shared.js';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export const defineBuild: DefineCommand = (program, { io, words, setExit }) => {
  const help = words.build;
  const n = words.names;
  const command = program
    .command('build')
    .description(help.description)
    .argument(`[${n.paths}]`, help.options.paths)
    .addOption(planOption(words))
    .option(`-o, --out <${n.docx}>`, help.options.out)
    .option(`--number <${n.number}>`, help.options.number)
    .option(`--date <${n.date}>`, help.options.date)
    .option(`--signer <${n.signer}>`, help.options.signer)
    .option(`--recipient <${n.line}>`, help.options.recipient, collect)
    .option(`--template <${n.folder}>`, help.options.template)
    .option('--skip-invalid', help.options.skipInvalid)
    .option(`--period <${n.period}>`, help.options.period)
    .option('--pdf', help.options.pdf)
    .option(`--rollup <${n.yaml}>`, help.options.rollup)
    .option(`--parent-plan <${n.file}>`, help.options.parentPlan)
    .addHelpText('after', helpAfter(words, help, true))
    .action(async (paths: string[], _opts: unknown, command: Command) => {
      const { runBuild } = await import('../../app/build.js');
      setExit(await runBuild({ ...command.optsWithGlobals(), paths }, io));
    });
  withSignalOptions(command, words);
  withColorOptions(command, words);
  withRunOptions(command, words);
  withConfigOptions(command, words);
};
