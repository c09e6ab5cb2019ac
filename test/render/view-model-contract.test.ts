import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeReports } from '../../src/merge/index.js';
import { buildViewModel } from '../../src/render/view-model.js';
import { loadFixture } from './helpers.js';
import { contractInterfaces, tableHeadersMarkdown, viewModelMarkdown } from './view-model-doc.js';
import { TABLES } from '../../src/render/tables.js';
import { defaultTemplateDir, TEMPLATE_EXT, TEMPLATE_NAMES } from '../../src/render/templates.js';
import { join } from 'node:path';

const README = new URL('../../templates/README.md', import.meta.url);

/** Field paths of a value as the templates reach them: `agencies[].tasks[].units[].name`. */
function pathsOf(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.length === 0 ? [`${prefix}[]`] : pathsOf(value[0], `${prefix}[]`);
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([k, v]) => pathsOf(v, prefix === '' ? k : `${prefix}.${k}`));
}

/** The same paths, from the declared interfaces. */
function declaredPaths(name = 'ViewModel', prefix = ''): string[] {
  const interfaces = contractInterfaces();
  return interfaces.get(name)!.flatMap((f) => {
    const list = f.type.endsWith('[]');
    const type = f.type.replace(/\[\]$/, '');
    const path = `${prefix === '' ? '' : `${prefix}.`}${f.name}${list ? '[]' : ''}`;
    return interfaces.has(type) ? declaredPaths(type, path) : [path];
  });
}

describe('the template contract (ViewModel)', () => {
  it('templates/README.md documents every field of the declared interfaces, as generated from them', () => {
    const readme = readFileSync(README, 'utf8');
    const block = /<!-- view-model:start -->\n([\s\S]*?)\n<!-- view-model:end -->/.exec(readme)?.[1];
    const expected = viewModelMarkdown();
    expect(block, `Replace the block between the view-model markers in templates/README.md with:\n${expected}`).toBe(expected);
  });

  it('a view model built from a merge has exactly the declared fields (no field the README does not name)', () => {
    const { plan, reports } = loadFixture('merge', 'small');
    const view = buildViewModel(mergeReports(plan, reports, { excluded: [{ file: 'x.yaml', reason: 'CR301' }] }), {
      number: '15/BC-X',
      date: '2026-01-05',
      signer: plan.report.signer,
      recipients: ['Như trên'],
    });
    // Lists that are empty in this fixture show only as `name[]`; compare the prefixes they share.
    const built = new Set(pathsOf(view));
    const declared = declaredPaths();
    for (const path of built) {
      expect(declared.some((d) => d === path || (path.endsWith('[]') && d.startsWith(path))), `${path} is built but not declared`).toBe(true);
    }
    for (const path of declared) {
      expect([...built].some((b) => b === path || (b.endsWith('[]') && path.startsWith(b))), `${path} is declared but not built`).toBe(true);
    }
  });
});

describe('table headers have one owner (src/render/tables.ts)', () => {
  it('the default templates place tables without headers of their own', () => {
    const placed: string[] = [];
    for (const name of TEMPLATE_NAMES) {
      for (const line of readFileSync(join(defaultTemplateDir(), `${name}${TEMPLATE_EXT}`), 'utf8').split('\n')) {
        if (line.trim().startsWith('@table')) placed.push(line.trim());
      }
    }
    expect(placed.sort()).toEqual(Object.keys(TABLES).map((n) => `@table ${n}`).sort());
  });

  it('templates/README.md lists the default headers as tables.ts has them', () => {
    const readme = readFileSync(README, 'utf8');
    const block = /<!-- table-headers:start -->\n([\s\S]*?)\n?<!-- table-headers:end -->/.exec(readme)?.[1];
    const expected = tableHeadersMarkdown(TABLES);
    expect(block, `Replace the block between the table-headers markers in templates/README.md with:\n${expected}`).toBe(expected);
  });
});
