import { stat } from 'node:fs/promises';

/** Whether `path` names a regular file (following links); anything unreadable counts as no. */
export async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}
