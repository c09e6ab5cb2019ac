import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectFiles, displayName } from '../../src/load/collect-files.js';

let root: string;
const p = (...parts: string[]): string => join(root, ...parts);
const touch = (...parts: string[]): void => {
  mkdirSync(join(root, ...parts.slice(0, -1)), { recursive: true });
  writeFileSync(join(root, ...parts), 'plan: x\n');
};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'collect-files-'));
  touch('reports', '09-so-y-te.yaml');
  touch('reports', '04-so-tu-phap.YML');
  touch('reports', 'ghi-chu.txt');
  touch('reports', 'bao-cao.docx');
  touch('reports', '.nhap.yaml');
  touch('reports', '.git', 'config.yaml');
  touch('reports', 'node_modules', 'pkg', 'x.yaml');
  touch('reports', 'xa', '12-xa-loc-binh.yaml');
  touch('reports', 'xa', 'phuong', '12-phuong-ky-lua.yml');
  touch('reports', '.an', 'an.yaml');
  mkdirSync(p('empty'));
  touch('only-text', 'readme.txt');
  touch('Báo cáo (bản sửa)', '09-so-y-te.yaml');
  touch('[2025] báo cáo', '10-so-tai-chinh.yaml');
  // A link back up the tree: walking must end.
  symlinkSync(p('reports', 'xa'), p('reports', 'xa', 'phuong', 'loop'), 'dir');
  // Links inside the tree to a folder and to a file kept elsewhere, and one to nothing.
  touch('elsewhere', '20-so-khac.yaml');
  touch('elsewhere', 'sub', '21-xa-khac.yml');
  touch('loose', '30-le.yaml');
  symlinkSync(p('elsewhere'), p('reports', 'linked'), 'dir');
  symlinkSync(p('loose', '30-le.yaml'), p('reports', '30-le.yaml'));
  symlinkSync(p('nowhere.yaml'), p('reports', 'dangling.yaml'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('collectFiles', () => {
  it('walks a folder for *.yaml and *.yml (any case), skipping dot entries, node_modules and other files', async () => {
    const got = await collectFiles(['reports'], root);
    expect(got).toEqual({
      files: [
        p('reports', '04-so-tu-phap.YML'),
        p('reports', '09-so-y-te.yaml'),
        p('reports', 'xa', '12-xa-loc-binh.yaml'),
        p('reports', 'xa', 'phuong', '12-phuong-ky-lua.yml'),
      ],
      missing: [],
    });
  });

  it('takes a file named explicitly whatever its extension', async () => {
    expect(await collectFiles(['reports/ghi-chu.txt'], root)).toEqual({ files: [p('reports', 'ghi-chu.txt')], missing: [] });
  });

  it('accepts absolute paths', async () => {
    expect((await collectFiles([p('reports', '09-so-y-te.yaml')], '/')).files).toEqual([p('reports', '09-so-y-te.yaml')]);
  });

  it('expands globs, keeping only report files', async () => {
    expect((await collectFiles(['reports/xa/**/*.y*ml'], root)).files).toEqual([
      p('reports', 'xa', '12-xa-loc-binh.yaml'),
      p('reports', 'xa', 'phuong', '12-phuong-ky-lua.yml'),
    ]);
    expect((await collectFiles(['reports/*'], root)).files).toEqual([p('reports', '04-so-tu-phap.YML'), p('reports', '09-so-y-te.yaml')]);
  });

  it('lists each file once, sorted, however often it is named', async () => {
    const got = await collectFiles(['reports/xa', 'reports/xa/12-xa-loc-binh.yaml', 'reports/**/12-*.yaml'], root);
    expect(got.files).toEqual([p('reports', 'xa', '12-xa-loc-binh.yaml'), p('reports', 'xa', 'phuong', '12-phuong-ky-lua.yml')]);
    expect(got.missing).toEqual([]);
  });

  it('reports arguments that name nothing: a missing path, an empty folder, a folder without reports, a glob without match', async () => {
    const got = await collectFiles(['khong-co.yaml', 'empty', 'only-text', 'reports/*.json', 'reports'], root);
    expect(got.missing).toEqual(['khong-co.yaml', 'empty', 'only-text', 'reports/*.json']);
    expect(got.files.length).toBe(4);
  });

  // BUG (src/load/collect-files.ts): an argument is treated as a glob whenever it *could* be one, so a
  // real folder whose name has parentheses — "Báo cáo (bản sửa)", "Báo cáo (1)", the names Windows
  // and Zalo downloads give — matches nothing and is reported missing (exit 2).
  // Fix: stat the argument first and use it literally when it exists; only otherwise expand it as a glob.
  it('reads an existing folder literally even when its name looks like a glob', async () => {
    expect(await collectFiles(['Báo cáo (bản sửa)', '[2025] báo cáo'], root)).toEqual({
      files: [p('Báo cáo (bản sửa)', '09-so-y-te.yaml'), p('[2025] báo cáo', '10-so-tai-chinh.yaml')].sort(),
      missing: [],
    });
  });
});

describe('collectFiles: links inside folders and globs are not followed', () => {
  const own = (): string[] => [
    p('reports', '04-so-tu-phap.YML'),
    p('reports', '09-so-y-te.yaml'),
    p('reports', 'xa', '12-xa-loc-binh.yaml'),
    p('reports', 'xa', 'phuong', '12-phuong-ky-lua.yml'),
  ];

  it('a folder and globs over it give the same files: none reached through a link to a folder or a file', async () => {
    expect((await collectFiles(['reports'], root)).files).toEqual(own());
    expect((await collectFiles(['reports/**/*.yaml', 'reports/**/*.yml', 'reports/**/*.YML'], root)).files).toEqual(own());
    expect((await collectFiles(['reports/**'], root)).files).toEqual(own());
  });

  it('a link named as an argument is read: a linked folder is walked, a linked file taken', async () => {
    expect((await collectFiles(['reports/linked', 'reports/30-le.yaml'], root)).files).toEqual([
      p('reports', '30-le.yaml'),
      p('reports', 'linked', '20-so-khac.yaml'),
      p('reports', 'linked', 'sub', '21-xa-khac.yml'),
    ]);
  });

  it('a dangling link named as an argument names nothing', async () => {
    expect(await collectFiles(['reports/dangling.yaml'], root)).toEqual({ files: [], missing: ['reports/dangling.yaml'] });
  });

  it('the same file named directly and through a link is read once', async () => {
    expect((await collectFiles(['loose/30-le.yaml', 'reports/30-le.yaml'], root)).files).toEqual([p('loose', '30-le.yaml')]);
  });
});

describe('displayName', () => {
  it('is relative to the working folder with "/"', () => {
    expect(displayName(p('reports', 'xa', '12-xa-loc-binh.yaml'), root)).toBe('reports/xa/12-xa-loc-binh.yaml');
  });

  it('is absolute outside the working folder', () => {
    expect(displayName(p('reports', '09-so-y-te.yaml'), p('empty'))).toBe(p('reports', '09-so-y-te.yaml'));
  });

  it('is the absolute path for the working folder itself', () => {
    expect(displayName(root, root)).toBe(root);
  });

  it('keeps Vietnamese names as they are', () => {
    expect(displayName(p('Báo cáo (bản sửa)', '09-so-y-te.yaml'), root)).toBe('Báo cáo (bản sửa)/09-so-y-te.yaml');
  });
});
