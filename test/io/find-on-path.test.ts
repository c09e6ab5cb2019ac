import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { candidatePaths, findOnPath } from '../../src/io/find-on-path.js';

const tmp = mkdtempSync(join(tmpdir(), 'cr-path-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('candidatePaths', () => {
  it('POSIX: PATH split on ":", empty entries skipped, the bare name', () => {
    expect(candidatePaths('soffice', { env: { PATH: '/usr/local/bin::/usr/bin' }, platform: 'linux' })).toEqual(['/usr/local/bin/soffice', '/usr/bin/soffice']);
  });

  it('Windows: "Path" in any case, ";" between drive-letter folders, quoted entries, PATHEXT extensions', () => {
    const env = { Path: 'C:\\Windows\\system32;"C:\\Program Files\\LibreOffice\\program";D:\\tools\\', PATHEXT: '.COM;.EXE' };
    expect(candidatePaths('soffice', { env, platform: 'win32' })).toEqual([
      'C:\\Windows\\system32\\soffice.com',
      'C:\\Windows\\system32\\soffice.exe',
      'C:\\Program Files\\LibreOffice\\program\\soffice.com',
      'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
      'D:\\tools\\soffice.com',
      'D:\\tools\\soffice.exe',
    ]);
  });

  it('Windows without PATHEXT tries the usual extensions', () => {
    expect(candidatePaths('soffice', { env: { PATH: 'C:\\lo' }, platform: 'win32' })).toEqual(['C:\\lo\\soffice.com', 'C:\\lo\\soffice.exe', 'C:\\lo\\soffice.bat', 'C:\\lo\\soffice.cmd']);
  });

  it('no PATH at all: nothing to try', () => {
    expect(candidatePaths('soffice', { env: {}, platform: 'linux' })).toEqual([]);
  });
});

describe('findOnPath', () => {
  it('the first executable file wins; a folder or a file without the x bit does not count', async () => {
    const [a, b, c] = ['a', 'b', 'c'].map((d) => join(tmp, d));
    mkdirSync(join(a!, 'soffice'), { recursive: true }); // a folder named soffice
    mkdirSync(b!);
    writeFileSync(join(b!, 'soffice'), '#!/bin/sh\n');
    chmodSync(join(b!, 'soffice'), 0o644); // not executable
    mkdirSync(c!);
    writeFileSync(join(c!, 'soffice'), '#!/bin/sh\n');
    chmodSync(join(c!, 'soffice'), 0o755);
    expect(await findOnPath('soffice', { env: { PATH: [a, b, c].join(':') }, platform: 'linux' })).toBe(join(c!, 'soffice'));
    expect(await findOnPath('soffice', { env: { PATH: [a, b].join(':') }, platform: 'linux' })).toBeUndefined();
  });
});
