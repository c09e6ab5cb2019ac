import { Option } from 'commander';
import { helpAfter } from '../help-frame.js';
import { langOption, planOption, type DefineCommand, withColorOptions, withConfigOptions, withRunOptions } from './shared.js';

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
    .addOption(langOption(words))
    .option('-q, --quiet', help.options.quiet);
  withColorOptions(command, words);
  withRunOptions(command, words);
  withConfigOptions(command, words)
    .addHelpText('after', helpAfter(words, help, true))
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      const { runStatus } = await import('../../app/status.js');
      setExit(await runStatus({ paths, ...opts }, io));
    });
};
