import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findConfigFile } from '../../src/config/find-config.js';

const tmp = mkdtempSync(join(tmpdir(), 'cr-find-config-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A fresh folder under tmp with the given files (relative path → content). */
function folder(name: string, files: Record<string, string>): string {
  const dir = join(tmp, name);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

describe('findConfigFile', () => {
  it('walks up from the working folder', async () => {
    const dir = folder('walk', { 'compile-report.config.yaml': 'lang: en\n', 'a/b/c/.keep': '' });
    expect(await findConfigFile(join(dir, 'a/b/c'))).toBe(join(dir, 'compile-report.config.yaml'));
  });

  it('takes the nearest file, and .yml too', async () => {
    const dir = folder('nearest', { 'compile-report.config.yaml': 'lang: en\n', 'a/compile-report.config.yml': 'lang: vi\n', 'a/b/.keep': '' });
    expect(await findConfigFile(join(dir, 'a/b'))).toBe(join(dir, 'a/compile-report.config.yml'));
  });

  it('a folder with the name is not the file', async () => {
    const dir = folder('folder-named', { 'compile-report.config.yaml/.keep': '', 'x/.keep': '' });
    expect(await findConfigFile(join(dir, 'x'))).not.toBe(join(dir, 'compile-report.config.yaml'));
  });
});
