// The init script runs in the page: it is typed against the DOM.
/// <reference lib="dom" />
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium, as CI installs it (.ci/run); the tests drive the browser a clerk would use, not a bundled one. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh profile each run, so nothing from another session (cache, extensions, settings) plays a part. */
export async function launch(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'form-profile-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, acceptDownloads: true, viewport: { width: 1100, height: 1000 } });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface OpenedForm {
  page: Page;
  /** Every request the page made, the form file itself included. */
  requests: string[];
  /** Uncaught errors and console errors in the page. */
  errors: string[];
  /** Content-Security-Policy violations the page reported. */
  violations: string[];
}

export async function openForm(browser: Browser, file: string): Promise<OpenedForm> {
  const page = await browser.context.newPage();
  const opened: OpenedForm = { page, requests: [], errors: [], violations: [] };
  page.on('request', (r) => opened.requests.push(r.url()));
  page.on('pageerror', (e) => opened.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') opened.errors.push(m.text());
  });
  await page.exposeFunction('reportViolation', (what: string) => opened.violations.push(what));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation(s: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('body[data-ready]');
  return opened;
}

/** Requests other than the form file itself and the page's own downloads (blob: URLs): there must be none. */
export function foreignRequests(opened: OpenedForm, file: string): string[] {
  const self = pathToFileURL(file).href;
  return opened.requests.filter((url) => url !== self && !url.startsWith('blob:'));
}
