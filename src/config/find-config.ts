import { dirname, join, resolve } from 'node:path';
import { isFile } from '../io/is-file.js';
import { CONFIG_FILE_NAMES } from './config-schema.js';

/** The nearest compile-report.config.yaml (or .yml) in `start` or a folder above it, up to the filesystem root. */
export async function findConfigFile(start: string): Promise<string | undefined> {
  let dir = resolve(start);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (await isFile(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
