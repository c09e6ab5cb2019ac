import { readFile } from 'node:fs/promises';
import { findConfigFile } from '../config/find-config.js';
import type { Lang } from '../messages/lang.js';
import type { CliIo } from '../core/cli-io.js';
import { absolute, resolveLang } from './options.js';

/** The value of `--name value` or `--name=value` in argv, up to a lone "--". */
export function optionValue(argv: readonly string[], name: string): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const arg = argv[i]!;
    if (arg === name) found = argv[i + 1];
    else if (arg.startsWith(`${name}=`)) found = arg.slice(name.length + 1);
  }
  return found;
}

/** `lang:` of the configuration file in force, read leniently: a broken file has already said why, or will. */
async function configLang(argv: readonly string[], io: CliIo): Promise<string | undefined> {
  if (argv.includes('--no-config')) return undefined;
  const given = optionValue(argv, '--config');
  const file = given === undefined ? await findConfigFile(io.cwd) : absolute(given, io.cwd);
  if (file === undefined) return undefined;
  try {
    // Loaded only when there is a file to read: --help in a folder without one needs no YAML parser.
    const { parse } = await import('yaml');
    const data: unknown = parse(await readFile(file, 'utf8'), { logLevel: 'error' });
    const lang = (data as { lang?: unknown } | null)?.lang;
    return typeof lang === 'string' ? lang : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The language of an error, which may come before the command has read its options: --lang as written in argv,
 * else `lang:` of the configuration file in force, else Vietnamese (the tool's default).
 */
export async function runLang(argv: readonly string[], io: CliIo): Promise<Lang> {
  return resolveLang(optionValue(argv, '--lang') ?? (await configLang(argv, io)));
}
