import { Help, type Command, type HelpConfiguration, type Option } from 'commander';
import type { CommandHelp, HelpWords } from '../messages/help.js';

/** Commander's usage line and command list write these two English placeholders themselves. */
function localTokens(words: HelpWords, text: string): string {
  return text
    .split(' ')
    .map((w) => (w === '[options]' ? words.anyOptions : w === '[command]' ? words.anyCommand : w))
    .join(' ');
}

/**
 * Commander's help in the run's language: its headings, its "[options]" and "[command]", and the choices and
 * default it appends to an option's description are English words commander writes itself.
 */
export function helpFrame(words: HelpWords): HelpConfiguration {
  return {
    // --debug and --lang belong to the program, and every command takes them: each command's help lists them.
    showGlobalOptions: true,
    // Commander passes each heading ("Usage:", "Options:", …) through styleTitle, the one hook that sees them all.
    styleTitle: (heading: string) => words.headings[heading] ?? heading,
    commandUsage(this: Help, cmd: Command) {
      return localTokens(words, Help.prototype.commandUsage.call(this, cmd));
    },
    subcommandTerm(this: Help, cmd: Command) {
      return localTokens(words, Help.prototype.subcommandTerm.call(this, cmd));
    },
    optionDescription(option: Option) {
      const extra: string[] = [];
      if (option.argChoices) extra.push(words.choices(option.argChoices));
      if (option.defaultValue !== undefined && (option.required || option.optional)) {
        extra.push(words.defaultIs(option.defaultValueDescription ?? JSON.stringify(option.defaultValue)));
      }
      return extra.length === 0 ? option.description : `${option.description} (${extra.join('; ')})`;
    },
  };
}

/** What --help prints after the options: the examples, what to know, the configuration file, the exit codes. */
export function helpAfter(words: HelpWords, help: CommandHelp<string>, readsConfig: boolean): string {
  const examples = help.examples.map((e) => `  # ${e.what}\n  $ ${e.command}`).join('\n\n');
  const parts = [examples && `${words.examples}\n${examples}`, help.notes, readsConfig ? words.configNote : '', `${words.exitCodes} ${help.exitCodes}`];
  return `\n${parts.filter((p) => p !== '').join('\n\n')}\n`;
}
