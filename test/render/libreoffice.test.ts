/**
 * LibreOffice opens the DOCX and converts it to PDF. Skipped only on a developer machine without
 * soffice; in CI (CI=true) a missing soffice is a failure.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeReports } from '../../src/merge/index.js';
import { renderReportDocx } from '../../src/render/index.js';
import { exampleExists, loadExample, loadFixture } from './helpers.js';

function findSoffice(): string | null {
  for (const p of ['/usr/bin/soffice', '/usr/local/bin/soffice', '/opt/libreoffice/program/soffice']) if (existsSync(p)) return p;
  const r = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() !== '' ? r.stdout.trim() : null;
}

const soffice = findSoffice();
const skip = process.env.CI !== 'true' && soffice === null;

describe.skipIf(skip)('LibreOffice', () => {
  it('converts the report to PDF', { timeout: 180_000 }, async () => {
    expect(soffice, 'soffice must be installed in CI').not.toBeNull();
    const { plan, reports } = exampleExists() ? loadExample() : loadFixture('merge', 'small');
    const bytes = await renderReportDocx(mergeReports(plan, reports), {
      number: '15/BC-BCĐNQ-CQTT',
      date: plan.report.date ?? '2026-01-05',
      signer: plan.report.signer,
      recipients: plan.report.recipients,
    });
    const dir = mkdtempSync(join(tmpdir(), 'bao-cao-'));
    try {
      const docx = join(dir, 'bao-cao.docx');
      writeFileSync(docx, bytes);
      // A private profile: no clash with another soffice running, nothing left in $HOME.
      execFileSync(
        soffice as string,
        [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
        { timeout: 170_000, stdio: 'pipe' },
      );
      const pdf = join(dir, 'bao-cao.pdf');
      expect(existsSync(pdf)).toBe(true);
      const head = readFileSync(pdf).subarray(0, 5).toString('latin1');
      expect(head).toBe('%PDF-');
      expect(readFileSync(pdf).length).toBeGreaterThan(10_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
