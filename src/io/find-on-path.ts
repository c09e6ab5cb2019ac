import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { posix, win32 } from 'node:path';

export interface PathLookup {
  env: Readonly<Record<string, string | undefined>>;
  /** process.platform; 'win32' splits PATH on ";" and tries PATHEXT's extensions. */
  platform: string;
}

/** PATH as Windows spells it too ("Path"): environment names are case-insensitive there. */
function pathVariable(env: PathLookup['env'], windows: boolean): string {
  if (!windows) return env.PATH ?? '';
  const key = Object.keys(env).find((k) => k.toUpperCase() === 'PATH');
  return key === undefined ? '' : (env[key] ?? '');
}

/** Every file a command name could be, in the order a shell tries them. */
export function candidatePaths(name: string, lookup: PathLookup): string[] {
  const windows = lookup.platform === 'win32';
  const path = windows ? win32 : posix;
  const dirs = pathVariable(lookup.env, windows)
    .split(windows ? ';' : ':')
    // Windows allows quoted entries ("C:\Program Files\LibreOffice\program").
    .map((d) => (windows ? d.replace(/^"(.*)"$/, '$1') : d))
    .filter((d) => d !== '');
  const exts = windows ? (lookup.env.PATHEXT ?? '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean) : [''];
  return dirs.flatMap((dir) => exts.map((ext) => path.join(dir, name + ext.toLowerCase())));
}

/** The first executable file named `name` on PATH, or undefined; nothing is run. */
export async function findOnPath(name: string, lookup: PathLookup): Promise<string | undefined> {
  for (const candidate of candidatePaths(name, lookup)) {
    const info = await stat(candidate).catch(() => undefined);
    if (!info?.isFile()) continue;
    if (lookup.platform === 'win32') return candidate;
    if (await access(candidate, constants.X_OK).then(() => true, () => false)) return candidate;
  }
  return undefined;
}
