/**
 * How long the report form takes to open in Chromium: from navigation to the first paint, and to the
 * form being ready (drawn, the plan's schema compiled, the first check done). The page is opened from
 * disk, as a clerk opens it, in a fresh profile; each run is a new tab.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packagePath } from '../src/core/package-root.js';

export interface FormOpen {
  runs: number;
  bytes: number;
  medianPaintMs: number;
  medianReadyMs: number;
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Undefined when there is no Chromium or no playwright-core (a production install) to measure with. */
export async function measureFormOpen(root: string, runs: number, log: (m: string) => void): Promise<FormOpen | undefined> {
  if (!existsSync(CHROMIUM)) return undefined;
  const playwright = await import('playwright-core').catch(() => undefined);
  if (!playwright) return undefined;
  const file = join(root, 'so-y-te.html');
  const made = spawnSync(process.execPath, [packagePath('bin', 'compile-report.js'), 'form', '--plan', packagePath('examples', 'lang-son-2025', 'plan.yaml'), '--agency', 'so-y-te', '--out', file], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`form: ${made.stderr}`);
  log(`form open ×${runs}`);
  const profile = mkdtempSync(join(root, 'profile-'));
  const context = await playwright.chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS });
  const paint: number[] = [];
  const ready: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await context.newPage();
      await page.goto(pathToFileURL(file).href);
      await page.waitForSelector('body[data-ready]');
      const t = await page.evaluate(() => ({ ready: performance.now(), paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN }));
      paint.push(t.paint);
      ready.push(t.ready);
      await page.close();
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return { runs, bytes: statSync(file).size, medianPaintMs: median(paint), medianReadyMs: median(ready) };
}
