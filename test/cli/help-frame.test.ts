import { Command, Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { helpAfter, helpFrame } from '../../src/cli/help-frame.js';
import { HELP } from '../../src/messages/help.js';

function helpOf(lang: 'vi' | 'en'): string {
  const program = new Command('tool').configureHelp(helpFrame(HELP[lang])).helpOption('-h, --help', 'h');
  program
    .command('run')
    .description('d')
    .argument('[paths...]', 'p')
    .addOption(new Option('--lang <x>', 'l').choices(['vi', 'en']))
    .addOption(new Option('--size <n>', 's').default(3));
  return program.commands[0]!.helpInformation();
}

describe('helpFrame', () => {
  it('words commander\'s headings, "[options]", choices and defaults in Vietnamese', () => {
    expect(helpOf('vi')).toBe(
      [
        'Cách dùng: tool run [tùy-chọn] [paths...]',
        '',
        'd',
        '',
        'Tham số:',
        '  paths       p',
        '',
        'Tùy chọn:',
        '  --lang <x>  l (chọn một: "vi", "en")',
        '  --size <n>  s (mặc định: 3)',
        '  -h, --help  h',
        '',
      ].join('\n'),
    );
  });

  it('leaves commander\'s English as it is under en', () => {
    expect(helpOf('en')).toContain('Usage: tool run [options] [paths...]');
    expect(helpOf('en')).toContain('--lang <x>  l (choices: "vi", "en")');
  });
});

describe('helpAfter', () => {
  it('examples, notes, the configuration note when the command reads it, then the exit codes', () => {
    const words = HELP.en;
    const text = helpAfter(words, { description: '', options: {}, examples: [{ what: 'W', command: 'tool x' }], notes: 'N', exitCodes: '0 ok' }, true);
    expect(text).toBe(`\nExamples:\n  # W\n  $ tool x\n\nN\n\n${words.configNote}\n\nExit codes: 0 ok\n`);
    expect(helpAfter(words, { description: '', options: {}, examples: [], notes: '', exitCodes: '0 ok' }, false)).toBe('\nExit codes: 0 ok\n');
  });
});
