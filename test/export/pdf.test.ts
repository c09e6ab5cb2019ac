import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { convertDocxToPdf, PdfError, pdfPathFor } from '../../src/export/pdf.js';
import { findOnPath } from '../../src/io/find-on-path.js';
import { BIN, ROOT } from '../cli/run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'cr-pdf-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A stand-in for soffice: a shell script doing what the case needs. */
function fakeSoffice(name: string, body: string): string {
  const path = join(tmp, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

describe('pdfPathFor', () => {
  it.each([
    ['/bao-cao/bao-cao.docx', '/bao-cao/bao-cao.pdf'],
    ['C:\\Bao cao\\BC.DOCX', 'C:\\Bao cao\\BC.pdf'],
    ['bc.thang-12.docx', 'bc.thang-12.pdf'],
  ])('%s → %s', (docx, pdf) => expect(pdfPathFor(docx)).toBe(pdf));
});

describe('convertDocxToPdf', () => {
  it('converts a real report with LibreOffice', async () => {
    const soffice = await findOnPath('soffice', { env: process.env, platform: process.platform });
    expect(soffice, 'LibreOffice (soffice) must be installed: .ci/run installs libreoffice-writer').toBeDefined();
    const docx = join(tmp, 'bc.docx');
    execFileSync(process.execPath, [BIN, 'build', '--plan', 'examples/lang-son-2025/plan.yaml', 'examples/lang-son-2025/reports', '--out', docx], { cwd: ROOT });
    const pdf = await convertDocxToPdf(readFileSync(docx), { soffice: soffice! });
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    // The text is there: the document's kind and the plan's number, as pdftotext reads them.
    writeFileSync(join(tmp, 'bc.pdf'), pdf);
    const text = execFileSync('pdftotext', [join(tmp, 'bc.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('400/KH-BCĐNQ-CQTT');
  }, 180_000);

  it('soffice failing: PdfError "exit" with its last words', async () => {
    const soffice = fakeSoffice('soffice-fails', 'echo "Error: source file could not be loaded" >&2; exit 1');
    await expect(convertDocxToPdf(new Uint8Array([1, 2, 3]), { soffice })).rejects.toMatchObject({ name: 'PdfError', kind: 'exit', detail: 'Error: source file could not be loaded' });
  });

  it('soffice succeeding without a PDF: PdfError "no-output"', async () => {
    const soffice = fakeSoffice('soffice-silent', 'exit 0');
    await expect(convertDocxToPdf(new Uint8Array([1]), { soffice })).rejects.toBeInstanceOf(PdfError);
    await expect(convertDocxToPdf(new Uint8Array([1]), { soffice })).rejects.toMatchObject({ kind: 'no-output' });
  });

  it('soffice hanging: stopped, PdfError "timeout"', async () => {
    const soffice = fakeSoffice('soffice-hangs', 'exec sleep 30');
    await expect(convertDocxToPdf(new Uint8Array([1]), { soffice, timeoutMs: 300 })).rejects.toMatchObject({ kind: 'timeout' });
  });
});
