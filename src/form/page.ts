import { createHash } from 'node:crypto';
import { SETUP_ID, type FormSetup } from './setup.js';
import { FORM_CSS } from './style.js';
import { formWords } from './words.js';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON that cannot end its `<script>` element nor open a comment in it, whatever text the plan holds. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The policy the page runs under: its own script and style only (by hash), no connection, no font, no frame, no
 * form post. 'unsafe-eval' is there because ajv compiles the plan's schema into a function in the page, as it
 * does in the CLI; it lets the page's own code build code, not load any.
 */
export function contentSecurityPolicy(script: string, style: string): string {
  return [
    "default-src 'none'",
    `script-src ${sha256(script)} 'unsafe-eval'`,
    `style-src ${sha256(style)}`,
    "img-src 'none'",
    "connect-src 'none'",
    "font-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * One self-contained page: the setup as inert JSON, the bundled script and the stylesheet inline, under a policy that
 * forbids every request. Same inputs, same bytes.
 */
export function renderFormPage(setup: FormSetup, script: string, who: string): string {
  const w = formWords(setup.lang);
  // esbuild escapes "</script" inside the bundle; a bare one can only be a bug, and would cut the page short.
  if (/<\/script/i.test(script)) throw new Error('the form bundle contains "</script"');
  const csp = contentSecurityPolicy(script, FORM_CSS);
  return [
    '<!DOCTYPE html>',
    `<html lang="${setup.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(w.pageTitle(who))}</title>`,
    `<style>${FORM_CSS}</style>`,
    '</head>',
    '<body>',
    `<noscript><p>${escapeHtml(w.noScript)}</p></noscript>`,
    `<script type="application/json" id="${SETUP_ID}">${scriptSafeJson(setup)}</script>`,
    `<script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
