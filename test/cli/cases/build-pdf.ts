/** The build --pdf end-to-end table: run by build-pdf.e2e.test.ts, and in both languages by languages.e2e.test.ts. */
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from '../run-cli.js';
import type { CliCase } from './cli-case.js';

const PLAN = join(ROOT, 'examples/lang-son-2025/plan.yaml');
const REPORTS = join(ROOT, 'examples/lang-son-2025/reports');

/** The table; each case works in a folder of its own under `dir`, with a PATH of its own where LibreOffice must be out of reach. */
export function buildPdfTable(dir: string): CliCase[] {
  let n = 0;
  /** A folder on PATH holding only a fake soffice (or nothing): the machine's LibreOffice is out of reach. */
  function pathWith(script?: string): string {
    const path = join(dir, `path-${++n}`);
    mkdirSync(path, { recursive: true });
    if (script !== undefined) {
      writeFileSync(join(path, 'soffice'), `#!/bin/sh\n${script}\n`);
      chmodSync(join(path, 'soffice'), 0o755);
    }
    return path;
  }
  const outDir = (name: string): string => join(dir, name);
  const [pdf, missing, failing, input, numbers] = ['pdf', 'missing', 'failing', 'input', 'numbers'].map(outDir) as [string, string, string, string, string];
  let english = '';

  return [
    {
      name: 'writes the PDF beside the DOCX under the same name',
      before: () => mkdirSync(pdf, { recursive: true }),
      cwd: pdf,
      argv: ['build', '-p', PLAN, REPORTS, '-o', join(pdf, 'bc.docx'), '--pdf', '--date', '05/01/2026'],
      code: 0,
      stderrIs: '',
      stdout: ['✔ Đã tạo bc.docx: 17/76 báo cáo', '✔ Đã tạo bản PDF bc.pdf.\n'],
      after: () => {
        expect(readdirSync(pdf).sort()).toEqual(['bc.docx', 'bc.hoat-dong.csv', 'bc.pdf']);
        expect(readFileSync(join(pdf, 'bc.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      },
    },
    {
      name: 'no soffice on PATH: exit 2 with how to fix it, nothing written',
      before: () => mkdirSync(missing, { recursive: true }),
      cwd: missing,
      env: { PATH: pathWith() },
      argv: ['build', '-p', PLAN, REPORTS, '-o', join(missing, 'bc.docx'), '--pdf'],
      code: 2,
      stderr: ['build --pdf cần LibreOffice (lệnh soffice) trên PATH, nhưng không tìm thấy.', 'Chưa ghi tệp nào.'],
      after: () => expect(readdirSync(missing)).toEqual([]),
    },
    {
      name: '…in English with --lang en',
      cwd: missing,
      env: { PATH: pathWith() },
      argv: ['build', '-p', PLAN, REPORTS, '-o', join(missing, 'bc.docx'), '--pdf', '--lang', 'en'],
      code: 2,
      stderr: ['build --pdf needs LibreOffice (the soffice command) on PATH, and it is not there.'],
      notStderr: ['cần LibreOffice'],
    },
    {
      name: 'LibreOffice failing: exit 2, the previous DOCX untouched and no other file written',
      before: () => {
        mkdirSync(failing, { recursive: true });
        writeFileSync(join(failing, 'bc.docx'), 'bản cũ');
      },
      cwd: failing,
      env: { PATH: pathWith('echo "Error: source file could not be loaded" >&2; exit 1') },
      argv: ['build', '-p', PLAN, REPORTS, '-o', join(failing, 'bc.docx'), '--pdf'],
      code: 2,
      quotes: ['Error: source file could not be loaded'],
      stderr: ['LibreOffice không chuyển được văn bản sang PDF (soffice báo lỗi: Error: source file could not be loaded). Chưa ghi tệp nào'],
      after: () => {
        expect(readdirSync(failing)).toEqual(['bc.docx']);
        expect(readFileSync(join(failing, 'bc.docx'), 'utf8')).toBe('bản cũ');
      },
    },
    {
      name: 'never writes the PDF over an input (a plan that happens to end in .pdf)',
      before: () => {
        mkdirSync(input, { recursive: true });
        copyFileSync(PLAN, join(input, 'ke-hoach.pdf'));
      },
      cwd: input,
      env: { PATH: pathWith('exit 1') },
      argv: ['build', '-p', 'ke-hoach.pdf', REPORTS, '-o', 'ke-hoach.docx', '--pdf'],
      code: 2,
      after: () => {
        expect(readdirSync(input)).toEqual(['ke-hoach.pdf']);
        expect(readFileSync(join(input, 'ke-hoach.pdf'), 'utf8')).toBe(readFileSync(PLAN, 'utf8'));
      },
    },
    {
      name: 'English groups thousands with commas…',
      before: () => mkdirSync(numbers, { recursive: true }),
      cwd: numbers,
      argv: ['build', '-p', PLAN, REPORTS, '-o', join(numbers, 'en.docx'), '--lang', 'en'],
      code: 0,
      after: (r) => {
        english = r.stdout;
        expect(existsSync(join(numbers, 'en.docx'))).toBe(true);
      },
    },
    {
      name: '…Vietnamese with dots',
      cwd: numbers,
      argv: ['build', '-p', PLAN, REPORTS, '-o', join(numbers, 'vi.docx')],
      code: 0,
      after: (r) => {
        const participants = /, ([\d.]+) lượt người/.exec(r.stdout)![1]!;
        expect(participants).toMatch(/^\d{1,3}(\.\d{3})+$/);
        expect(english).toContain(`, ${participants.replace(/\./g, ',')} participants`);
      },
    },
  ];
}
