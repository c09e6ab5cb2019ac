import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfigFile } from '../../src/config/find-config.js';
import { scratchFolders } from '../harness/scratch-folders.js';

const { folder } = scratchFolders('cr-find-config-');

describe('findConfigFile', () => {
  it('walks up from the working folder', async () => {
    const dir = folder({ 'compile-report.config.yaml': 'lang: en\n', 'a/b/c/.keep': '' });
    expect(await findConfigFile(join(dir, 'a/b/c'))).toBe(join(dir, 'compile-report.config.yaml'));
  });

  it('takes the nearest file, and .yml too', async () => {
    const dir = folder({ 'compile-report.config.yaml': 'lang: en\n', 'a/compile-report.config.yml': 'lang: vi\n', 'a/b/.keep': '' });
    expect(await findConfigFile(join(dir, 'a/b'))).toBe(join(dir, 'a/compile-report.config.yml'));
  });

  it('a folder with the name is not the file', async () => {
    const dir = folder({ 'compile-report.config.yaml/.keep': '', 'x/.keep': '' });
    expect(await findConfigFile(join(dir, 'x'))).not.toBe(join(dir, 'compile-report.config.yaml'));
  });
});
