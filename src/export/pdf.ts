/**
 * The PDF of a DOCX, made by LibreOffice (`soffice --headless --convert-to pdf`), entirely inside a private
 * temporary folder: the caller writes the result where it belongs, atomically, like every other output.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { KeyedError } from '../core/errors.js';
import type { PdfFailure } from '../messages/errors.js';

/** Why a conversion failed: LibreOffice exited non-zero, ran out of time, or wrote no PDF. */
export class PdfError extends KeyedError<'errors.pdfFailed'> {
  override readonly name = 'PdfError';
  constructor(
    readonly kind: PdfFailure,
    /** LibreOffice's own words (its last stderr line) or the exit status, for the message. */
    readonly detail: string,
  ) {
    super('errors.pdfFailed', kind, detail);
  }
}

export interface PdfOptions {
  /** The soffice executable (found on PATH by the caller). */
  soffice: string;
  /** A LibreOffice start on a cold machine takes seconds; a hung one is stopped after this. */
  timeoutMs?: number;
}

/** bao-cao.docx → bao-cao.pdf: the PDF sits beside the DOCX under the same name. */
export function pdfPathFor(docx: string): string {
  return docx.replace(/\.docx$/i, '.pdf');
}

function run(command: string, args: string[], timeoutMs: number): Promise<{ code: number | null; stderr: string; timedOut: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], timeout: timeoutMs, killSignal: 'SIGKILL' });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, stderr, timedOut: signal === 'SIGKILL' && code === null }));
  });
}

export async function convertDocxToPdf(docx: Uint8Array, options: PdfOptions): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'compile-report-pdf-'));
  try {
    const input = join(dir, 'bao-cao.docx');
    await writeFile(input, docx);
    // A profile of its own: a LibreOffice already open on the machine (or a parallel build) cannot block this one.
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const args = [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, input];
    const result = await run(options.soffice, args, options.timeoutMs ?? 180_000).catch((e: Error) => {
      throw new PdfError('spawn', (e as NodeJS.ErrnoException).code ?? e.message);
    });
    if (result.timedOut) throw new PdfError('timeout', String(Math.round((options.timeoutMs ?? 180_000) / 1000)));
    const lastLine = result.stderr.trim().split('\n').pop() ?? '';
    if (result.code !== 0) throw new PdfError('exit', lastLine || `exit ${result.code}`);
    const pdf = await readFile(join(dir, 'bao-cao.pdf')).catch(() => undefined);
    if (!pdf || pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new PdfError('no-output', lastLine);
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
