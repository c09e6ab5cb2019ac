import { dirname } from 'node:path';
import { type CliIo } from '../core/cli-io.js';
import { UsageError } from '../core/errors.js';
import { VERSION } from '../core/package-root.js';
import type { Lang } from '../messages/lang.js';
import { messagesFor } from '../messages/diagnostics.js';
import { formatText } from '../format/text.js';
import { isFile } from '../io/is-file.js';
import { displayName } from '../load/collect-files.js';
import { findConfigFile } from '../config/find-config.js';
import { loadConfigFile, type Config } from '../config/load-config.js';
import { absolute, useColor } from './options.js';

export interface ResolvedConfig {
  config?: Config;
  /** The config file's folder, or the working folder when there is none. */
  dir: string;
}

/**
 * The configuration in force: `--config <file>` when given (it must exist), none with `--no-config` (false),
 * else the nearest compile-report.config.yaml walking up from the working folder. An invalid file prints its
 * positioned diagnostics on stderr and throws a UsageError (exit 2).
 */
export async function resolveConfig(io: CliIo, explicitPath?: string | false, lang: Lang = 'vi'): Promise<ResolvedConfig> {
  if (explicitPath === false) return { dir: io.cwd };
  const t = messagesFor(lang);
  let file: string | undefined;
  if (explicitPath !== undefined) {
    file = absolute(explicitPath, io.cwd);
    if (!(await isFile(file))) throw new UsageError('errors.configNotFound', explicitPath);
  } else {
    file = await findConfigFile(io.cwd);
    if (!file) return { dir: io.cwd };
  }
  const name = displayName(file, io.cwd);
  const loaded = await loadConfigFile(file, name, t);
  if (!loaded.values || loaded.diagnostics.length > 0) {
    // Errors stop every command; warnings (a byte-order mark…) are shown and the file is used.
    const color = useColor(undefined, { ...io, stdout: io.stderr });
    const sources = new Map(loaded.text === undefined ? [] : [[name, loaded.text]]);
    io.stderr.write(formatText([{ file: name, diagnostics: loaded.diagnostics }], { lang, color, sources, toolVersion: VERSION }));
  }
  if (!loaded.values) throw new UsageError('errors.configUnusable', name);
  const dir = dirname(file);
  return { config: { file, dir, values: loaded.values }, dir };
}
