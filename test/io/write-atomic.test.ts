/**
 * writeFileAtomic. The tests run as root here, and root ignores chmod: a read-only folder would still
 * be writable. "Not writable" is therefore tested with a target whose parent is a FILE, and with a
 * folder of sysfs, where even root cannot create files (that case is skipped where /sys behaves
 * otherwise).
 */
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OutputError, writeFileAtomic } from '../../src/io/index.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ghi-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function failure(p: Promise<unknown>): Promise<OutputError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof OutputError) return e;
    throw e;
  }
  throw new Error('expected an OutputError');
}

const tempFiles = (d: string): string[] => readdirSync(d).filter((f) => f.endsWith('.tmp'));

describe('writeFileAtomic', () => {
  it('writes a new file and leaves no temporary file', async () => {
    const target = join(dir, 'bao-cao.docx');
    await writeFileAtomic(target, new Uint8Array([1, 2, 3]), { inputs: [] });
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
    expect(tempFiles(dir)).toEqual([]);
  });

  it('replaces an existing file, keeping its mode', async () => {
    const target = join(dir, 'out.txt');
    writeFileSync(target, 'cũ', { mode: 0o640 });
    await writeFileAtomic(target, 'mới', { inputs: [] });
    expect(readFileSync(target, 'utf8')).toBe('mới');
    expect((await import('node:fs')).statSync(target).mode & 0o777).toBe(0o640);
  });

  it('refuses to overwrite an input, by the same path, a relative path, a symlink or a hard link', async () => {
    const input = join(dir, 'plan.yaml');
    writeFileSync(input, 'plan');
    const e = await failure(writeFileAtomic(input, 'x', { inputs: [input] }));
    expect(e.kind).toBe('is-input');
    expect(e.code).toBe('OUTPUT_IS_INPUT');
    expect(e.message).toMatch(/trùng với tệp đầu vào/);
    expect(e.render('en')).toMatch(/is the input/);

    const rel = join(dir, 'sub', '..', 'plan.yaml');
    mkdirSync(join(dir, 'sub'));
    expect((await failure(writeFileAtomic(rel, 'x', { inputs: [input] }))).kind).toBe('is-input');

    const link = join(dir, 'link.yaml');
    symlinkSync(input, link);
    expect((await failure(writeFileAtomic(link, 'x', { inputs: [input] }))).kind).toBe('is-input');
    expect((await failure(writeFileAtomic(input, 'x', { inputs: [link] }))).kind).toBe('is-input');

    const hard = join(dir, 'hard.yaml');
    linkSync(input, hard);
    expect((await failure(writeFileAtomic(hard, 'x', { inputs: [input] }))).kind).toBe('is-input');

    expect(readFileSync(input, 'utf8')).toBe('plan');
    expect(tempFiles(dir)).toEqual([]);
  });

  it('reports a missing folder', async () => {
    const e = await failure(writeFileAtomic(join(dir, 'khong-co', 'out.docx'), 'x', { inputs: [] }));
    expect(e.kind).toBe('missing-folder');
    expect(e.code).toBe('OUTPUT_MISSING_FOLDER');
    expect(e.message).toMatch(/không tồn tại/);
    expect(e.render('en')).toMatch(/does not exist/);
  });

  it('reports a folder that is not writable: the parent is a file', async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    const e = await failure(writeFileAtomic(join(file, 'out.docx'), 'x', { inputs: [] }));
    expect(e.kind).toBe('not-writable');
    expect(e.code).toBe('OUTPUT_NOT_WRITABLE');
    expect(readFileSync(file, 'utf8')).toBe('x');
  });

  const sysfsRefuses = (() => {
    try {
      writeFileSync('/sys/.compile-report-probe', 'x', { flag: 'wx' });
      rmSync('/sys/.compile-report-probe', { force: true });
      return false;
    } catch (e) {
      return existsSync('/sys') && ['EACCES', 'EPERM', 'EROFS'].includes((e as { code?: string }).code ?? '');
    }
  })();
  it.runIf(sysfsRefuses)('reports a folder that is not writable: sysfs, where even root cannot create a file', async () => {
    const e = await failure(writeFileAtomic('/sys/bao-cao.docx', 'x', { inputs: [] }));
    expect(e.kind).toBe('not-writable');
  });

  it('the target being a folder is an error, and nothing is left behind', async () => {
    mkdirSync(join(dir, 'out.docx'));
    const e = await failure(writeFileAtomic(join(dir, 'out.docx'), 'x', { inputs: [] }));
    expect(e.kind).toBe('io');
    expect(tempFiles(dir)).toEqual([]);
  });

  it('keeps the previous output when writing fails midway, and removes the temporary file', async () => {
    const target = join(dir, 'bao-cao.docx');
    writeFileSync(target, 'bản cũ nguyên vẹn');
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield new Uint8Array(64 * 1024).fill(65);
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    }
    const e = await failure(writeFileAtomic(target, failing(), { inputs: [] }));
    expect(e.kind).toBe('io');
    expect(e.message).toMatch(/ENOSPC/);
    expect(e.cause).toBeInstanceOf(Error);
    expect(readFileSync(target, 'utf8')).toBe('bản cũ nguyên vẹn');
    expect(tempFiles(dir)).toEqual([]);
  });

  it('a failure before any byte is written leaves no file at all', async () => {
    const target = join(dir, 'moi.docx');
    // eslint-disable-next-line require-yield
    function* failing(): Generator<Uint8Array> {
      throw new Error('render failed');
    }
    await failure(writeFileAtomic(target, failing(), { inputs: [] }));
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes through a symlink to the file it points to, keeping the link', async () => {
    const real = join(dir, 'real.docx');
    writeFileSync(real, 'old');
    const link = join(dir, 'link.docx');
    symlinkSync(real, link);
    await writeFileAtomic(link, 'new', { inputs: [] });
    expect(readFileSync(real, 'utf8')).toBe('new');
    expect((await import('node:fs')).lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it('streams chunks from an iterable', async () => {
    const target = join(dir, 'chunks.bin');
    await writeFileAtomic(target, [new Uint8Array([1]), new Uint8Array([2, 3])], { inputs: [] });
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
  });
});
