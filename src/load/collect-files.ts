import { realpathSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { appendAll } from '../core/append-all.js';

export interface CollectedFiles {
  /** Absolute paths, sorted, each once. */
  files: string[];
  /** Arguments that named nothing: a missing file or folder, or a glob that matched no file. */
  missing: string[];
}

const REPORT_FILE = /\.ya?ml$/i;

/**
 * One policy for folders and globs, both walked by tinyglobby: symbolic links found inside them are
 * not followed, neither to folders nor to files, so a folder and a glob over it give the same files,
 * and a link can neither loop nor lead out of the tree (into another unit's folder, or $HOME).
 * A path named as an argument is read even when it is a link: the user chose it. Dot entries and
 * node_modules are skipped; only regular files count (a FIFO named x.yaml is not one).
 */
const WALK = { absolute: true, onlyFiles: true, dot: false, followSymbolicLinks: false, ignore: ['**/node_modules/**'] } as const;

/** Report files (*.yaml, *.yml, any case) under a folder. */
async function walk(dir: string): Promise<string[]> {
  const files = await glob('**/*', { ...WALK, cwd: dir });
  return files.filter((f) => REPORT_FILE.test(f));
}

/** Expands files, folders (recursively, *.yaml and *.yml) and globs into the report files to read. */
export async function collectFiles(args: readonly string[], cwd: string): Promise<CollectedFiles> {
  const found: string[] = [];
  const missing: string[] = [];
  for (const arg of args) {
    const before = found.length;
    const full = isAbsolute(arg) ? arg : resolve(cwd, arg);
    // An existing path is taken literally, so a folder named "Báo cáo (bản sửa)" is not read as a glob.
    const info = await stat(full).catch(() => undefined);
    if (info?.isDirectory()) appendAll(found, await walk(full));
    else if (info) found.push(full);
    else if (isDynamicPattern(arg)) {
      const matches = await glob(arg, { ...WALK, cwd });
      appendAll(found, matches.filter((m) => REPORT_FILE.test(m)).map((m) => resolve(m)));
    }
    if (found.length === before) missing.push(arg);
  }
  // The same file reached through a link named as an argument is read once. Synchronously: an awaited
  // realpath per file was a tenth of a second of waiting on 3 000 files.
  const byRealPath = new Map<string, string>();
  for (const file of found.sort()) {
    const real = realpathOr(file);
    if (!byRealPath.has(real)) byRealPath.set(real, file);
  }
  const files = [...byRealPath.values()].sort();
  return { files, missing };
}

function realpathOr(file: string): string {
  try {
    return realpathSync.native(file);
  } catch {
    return file;
  }
}

/** How a file is named in messages: relative to the working folder with "/", or absolute when outside it. */
export function displayName(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return file;
  return rel.split(sep).join('/');
}
