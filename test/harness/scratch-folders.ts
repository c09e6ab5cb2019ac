import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * Folders made of files for one test file, under one temporary root removed after the file's tests:
 * `folder({ 'a/b.yaml': 'x: 1\n' })` is a fresh folder holding a/b.yaml.
 */
export function scratchFolders(prefix: string): { root: string; folder(files: Record<string, string>): string } {
  const root = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let n = 0;
  return {
    root,
    folder(files) {
      const dir = join(root, `case-${++n}`);
      mkdirSync(dir, { recursive: true });
      for (const [path, content] of Object.entries(files)) {
        mkdirSync(join(dir, path, '..'), { recursive: true });
        writeFileSync(join(dir, path), content);
      }
      return dir;
    },
  };
}
