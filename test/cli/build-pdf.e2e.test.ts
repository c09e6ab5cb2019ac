import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, RUNNERS } from './run-cli.js';

const PLAN = join(ROOT, 'examples/lang-son-2025/plan.yaml');
const REPORTS = join(ROOT, 'examples/lang-son-2025/reports');
const tmp = mkdtempSync(join(tmpdir(), 'cr-build-pdf-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;

/** A folder on PATH holding only a fake soffice (or nothing): the machine's LibreOffice is out of reach. */
function pathWith(script?: string): string {
  const dir = join(tmp, `path-${++n}`);
  mkdirSync(dir);
  if (script !== undefined) {
    writeFileSync(join(dir, 'soffice'), `#!/bin/sh\n${script}\n`);
    chmodSync(join(dir, 'soffice'), 0o755);
  }
  return dir;
}

function outDir(): string {
  const dir = join(tmp, `out-${++n}`);
  mkdirSync(dir);
  return dir;
}

for (const runner of RUNNERS) {
  describe(`build --pdf (${runner.name})`, () => {
    it('writes the PDF beside the DOCX under the same name', async () => {
      const dir = outDir();
      const r = await runner.run(['build', '-p', PLAN, REPORTS, '-o', join(dir, 'bc.docx'), '--pdf', '--date', '05/01/2026'], { cwd: dir });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('✔ Đã tạo bc.docx: 17/76 báo cáo');
      expect(r.stdout).toContain('✔ Đã tạo bản PDF bc.pdf.\n');
      expect(readdirSync(dir).sort()).toEqual(['bc.docx', 'bc.hoat-dong.csv', 'bc.pdf']);
      expect(readFileSync(join(dir, 'bc.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }, 180_000);

    it('no soffice on PATH: exit 2 with how to fix it, nothing written', async () => {
      const dir = outDir();
      const r = await runner.run(['build', '-p', PLAN, REPORTS, '-o', join(dir, 'bc.docx'), '--pdf'], { cwd: dir, env: { PATH: pathWith() } });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('build --pdf cần LibreOffice (lệnh soffice) trên PATH, nhưng không tìm thấy.');
      expect(r.stderr).toContain('Chưa ghi tệp nào.');
      expect(readdirSync(dir)).toEqual([]);
      const en = await runner.run(['build', '-p', PLAN, REPORTS, '-o', join(dir, 'bc.docx'), '--pdf', '--lang', 'en'], { cwd: dir, env: { PATH: pathWith() } });
      expect(en.stderr).toContain('build --pdf needs LibreOffice (the soffice command) on PATH, and it is not there.');
      expect(en.stderr).not.toContain('cần LibreOffice');
    });

    it('LibreOffice failing: exit 2, the previous DOCX untouched and no other file written', async () => {
      const dir = outDir();
      writeFileSync(join(dir, 'bc.docx'), 'bản cũ');
      const r = await runner.run(['build', '-p', PLAN, REPORTS, '-o', join(dir, 'bc.docx'), '--pdf'], { cwd: dir, env: { PATH: pathWith('echo "Error: source file could not be loaded" >&2; exit 1') } });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('LibreOffice không chuyển được văn bản sang PDF (soffice báo lỗi: Error: source file could not be loaded). Chưa ghi tệp nào');
      expect(readdirSync(dir)).toEqual(['bc.docx']);
      expect(readFileSync(join(dir, 'bc.docx'), 'utf8')).toBe('bản cũ');
    });

    it('never writes the PDF over an input (a plan that happens to end in .pdf)', async () => {
      const dir = outDir();
      copyFileSync(PLAN, join(dir, 'ke-hoach.pdf'));
      const r = await runner.run(['build', '-p', 'ke-hoach.pdf', REPORTS, '-o', 'ke-hoach.docx', '--pdf'], { cwd: dir, env: { PATH: pathWith('exit 1') } });
      expect(r.code).toBe(2);
      expect(readdirSync(dir)).toEqual(['ke-hoach.pdf']);
      expect(readFileSync(join(dir, 'ke-hoach.pdf'), 'utf8')).toBe(readFileSync(PLAN, 'utf8'));
    });
  });

  describe(`build numbers by language (${runner.name})`, () => {
    it('English groups thousands with commas, Vietnamese with dots', async () => {
      const dir = outDir();
      const en = await runner.run(['build', '-p', PLAN, REPORTS, '-o', join(dir, 'en.docx'), '--lang', 'en'], { cwd: dir });
      expect(en.code).toBe(0);
      const vi = await runner.run(['build', '-p', PLAN, REPORTS, '-o', join(dir, 'vi.docx')], { cwd: dir });
      const participants = /, ([\d.]+) lượt người/.exec(vi.stdout)![1]!;
      expect(participants).toMatch(/^\d{1,3}(\.\d{3})+$/);
      expect(en.stdout).toContain(`, ${participants.replace(/\./g, ',')} participants`);
      expect(existsSync(join(dir, 'en.docx'))).toBe(true);
    });
  });
}
