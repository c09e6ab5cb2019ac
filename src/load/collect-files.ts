import { readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

export interface CollectedFiles {
  /** Absolute paths, sorted, each once. */
  files: string[];
  /** Arguments that named nothing: a missing file or folder, or a glob that matched no file. */
  missing: string[];
}

const REPORT_FILE = /\.ya?ml$/i;
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

/** Files under a folder, following links but never the same folder twice (a link loop ends here). */
async function walk(dir: string, seen: Set<string>, out: string[]): Promise<void> {
  const real = await realpath(dir);
  if (seen.has(real)) return;
  seen.add(real);
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue;
    const full = join(dir, entry.name);
    let kind = entry;
    if (entry.isSymbolicLink()) {
      const target = await stat(full).catch(() => undefined);
      if (!target) continue;
      if (target.isDirectory()) await walk(full, seen, out);
      else if (target.isFile() && REPORT_FILE.test(entry.name)) out.push(full);
      continue;
    }
    if (kind.isDirectory()) await walk(full, seen, out);
    else if (kind.isFile() && REPORT_FILE.test(entry.name)) out.push(full);
  }
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
    if (info?.isDirectory()) await walk(full, new Set(), found);
    else if (info) found.push(full);
    else if (isDynamicPattern(arg)) {
      const matches = await glob(arg, { cwd, absolute: true, onlyFiles: true, dot: false, followSymbolicLinks: false, ignore: ['**/node_modules/**'] });
      found.push(...matches.filter((m) => REPORT_FILE.test(m)).map((m) => resolve(m)));
    }
    if (found.length === before) missing.push(arg);
  }
  // The same file reached through a link is read once.
  const byRealPath = new Map<string, string>();
  for (const file of found.sort()) {
    const real = await realpath(file).catch(() => file);
    if (!byRealPath.has(real)) byRealPath.set(real, file);
  }
  const files = [...byRealPath.values()].sort();
  return { files, missing };
}

/** How a file is named in messages: relative to the working folder with "/", or absolute when outside it. */
export function displayName(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return file;
  return rel.split(sep).join('/');
}
