import { describe, expect, it } from 'vitest';
import { HELP, type HelpWords } from '../../src/messages/help.js';

/** Every key path of an object, arrays by index, so that two tables of the same shape list the same paths. */
function shape(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => shape(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => shape(v, path ? `${path}.${k}` : k));
  return [path];
}

const COMMANDS = ['new', 'validate', 'build', 'schema', 'init', 'status', 'form'] as const satisfies readonly (keyof HelpWords)[];

describe('the help words', () => {
  it('have the same shape in Vietnamese and English', () => {
    expect(shape(HELP.en)).toEqual(shape(HELP.vi));
  });

  it.each(COMMANDS)('%s: the same example lines in both languages, only what they do is translated', (command) => {
    expect(HELP.en[command].examples.map((e) => e.command)).toEqual(HELP.vi[command].examples.map((e) => e.command));
  });

  it('placeholders are single words, so commander reads "<…>" as one value', () => {
    for (const lang of ['vi', 'en'] as const) for (const name of Object.values(HELP[lang].names)) expect(name).toMatch(/^[^\s<>[\]]+$/);
  });

  it('commander headings are all translated', () => {
    expect(Object.keys(HELP.vi.headings).sort()).toEqual(['Arguments:', 'Commands:', 'Global Options:', 'Options:', 'Usage:']);
  });
});
