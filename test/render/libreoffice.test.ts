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
import { formatNumber } from '../../src/render/vn-format.js';
import type { Report } from '../../src/plan/report-types.js';
import { exampleExists, loadExample, loadFixture } from './helpers.js';

function findPdftotext(): string | null {
  const r = spawnSync('sh', ['-c', 'command -v pdftotext'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() !== '' ? r.stdout.trim() : null;
}

/** DOCX bytes → the PDF's text as LibreOffice lays it out (pdftotext keeps each printed line). */
function pdfText(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'bao-cao-'));
  try {
    const docx = join(dir, 'bao-cao.docx');
    writeFileSync(docx, bytes);
    execFileSync(soffice as string, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
      timeout: 170_000,
      stdio: 'pipe',
    });
    // Word's non-breaking hyphen comes out as U+2011, a no-break space as U+00A0: compare visible text.
    return execFileSync(findPdftotext() as string, [join(dir, 'bao-cao.pdf'), '-'], { encoding: 'utf8' }).replace(/\u2011/g, '-').replace(/\u00a0/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every activity of the example costs `cost` đồng. */
function withCost(reports: { file: string; report: Report }[], cost: number): { file: string; report: Report }[] {
  return reports.map(({ file, report }) => ({
    file,
    report: {
      ...report,
      tasks: Object.fromEntries(
        Object.entries(report.tasks).map(([id, task]) => [id, { ...task, activities: (task.activities ?? []).map((a) => ({ ...a, cost })) }]),
      ),
    },
  }));
}

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

  it('the example as printed: no "…", no split symbol; every amount up to 999.999.999.999 đồng on one line', { timeout: 300_000 }, async () => {
    expect(findPdftotext(), 'pdftotext (poppler-utils) must be installed in CI').not.toBeNull();
    const { plan, reports } = exampleExists() ? loadExample() : loadFixture('merge', 'small');
    const options = { number: '15/BC-BCĐNQ-CQTT', date: plan.report.date ?? '2026-01-05', signer: plan.report.signer, recipients: plan.report.recipients };
    const text = pdfText(await renderReportDocx(mergeReports(plan, reports), options));
    expect(text).not.toContain('…');
    // no line ends with a piece of a document symbol ("400/KH-BCĐNQ-" over "CQTT")
    const symbols = [plan.document.number, options.number, ...(plan.implements ? [plan.implements.number] : [])];
    const lines = text.split('\n').map((l) => l.trim());
    for (const s of symbols) {
      expect(lines.filter((l) => l.includes(s)).length, s).toBeGreaterThan(0);
      for (let k = s.indexOf('/') + 1; k < s.length; k++) {
        const piece = s.slice(0, k);
        for (const line of lines) expect(line.endsWith(piece) && !line.endsWith(s), `"${line}" splits ${s}`).toBe(false);
      }
    }

    const model = mergeReports(plan, withCost(reports, 999_999_999_999));
    const big = pdfText(await renderReportDocx(model, options));
    const amounts = new Set([model.totals.cost, ...model.agencies.map((a) => a.totals.cost), ...model.totalsByForm.map((f) => f.totals.cost)]);
    amounts.delete(0);
    expect(Math.max(...amounts)).toBeGreaterThan(999_999_999_999);
    // pdftotext joins cells of one row on a line: a number is whole when no digit or dot touches it
    const whole = (n: number): RegExp => new RegExp(`(^|[^\\d.])${formatNumber(n).replace(/\./g, '\\.')}(?![\\d.])`, 'gm');
    for (const amount of amounts) expect(big, formatNumber(amount)).toMatch(whole(amount));
    // each activity's amount is whole in Phụ lục I (table cells, not the "… đồng" of a sentence)
    const cells = [...big.matchAll(whole(999_999_999_999))].filter((m) => !big.startsWith(' đồng', (m.index ?? 0) + m[0].length));
    expect(cells.length).toBeGreaterThanOrEqual(model.activities.length);
  });
});
