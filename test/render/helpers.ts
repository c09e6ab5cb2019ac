import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'yaml';
import type { Plan } from '../../src/plan/types.js';
import type { Report } from '../../src/plan/report-types.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const EXAMPLE_DIR = join(ROOT, 'examples', 'lang-son-2025');

export function exampleExists(): boolean {
  return existsSync(join(EXAMPLE_DIR, 'plan.yaml')) && existsSync(join(EXAMPLE_DIR, 'reports'));
}

export function readYaml<T>(file: string): T {
  return parse(readFileSync(file, 'utf8')) as T;
}

export function loadExample(): { plan: Plan; reports: { file: string; report: Report }[] } {
  const plan = readYaml<Plan>(join(EXAMPLE_DIR, 'plan.yaml'));
  const dir = join(EXAMPLE_DIR, 'reports');
  const reports = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ file: `reports/${f}`, report: readYaml<Report>(join(dir, f)) }));
  return { plan, reports };
}

export function loadFixture(kind: 'merge' | 'render', name: string): { plan: Plan; reports: { file: string; report: Report }[] } {
  const dir = join(ROOT, 'test', kind, 'fixtures', name);
  const plan = readYaml<Plan>(join(dir, 'plan.yaml'));
  const reports = readdirSync(join(dir, 'reports'))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ file: `reports/${f}`, report: readYaml<Report>(join(dir, 'reports', f)) }));
  return { plan, reports };
}

export function unzipDocx(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(files)) out[k] = strFromU8(v);
  return out;
}

/** The text of every paragraph of a WordprocessingML part, one string per <w:p>. */
export function paragraphs(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)) {
    // A non-breaking hyphen (w:noBreakHyphen) reads as "-", a line break and a no-break space as a space.
    const texts = [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:noBreakHyphen\/>|<w:br\/>/g)].map((t) =>
      t[0] === '<w:noBreakHyphen/>' ? '-' : t[0] === '<w:br/>' ? ' ' : decodeXml(t[1] ?? '').replace(/\u00a0/g, ' '),
    );
    out.push(texts.join(''));
  }
  return out;
}

export function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** All text of document.xml, paragraphs joined by newlines. */
export function documentText(bytes: Uint8Array): string {
  return paragraphs(unzipDocx(bytes)['word/document.xml'] ?? '').join('\n');
}
