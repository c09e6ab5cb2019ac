/** A spread into push() throws past ~100 000 items, and report-sized arrays get there: appendAll instead. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './layers.js';

function spreadPushes(root: string): string[] {
  const found: string[] = [];
  for (const e of readdirSync(join(root, 'src'), { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !e.name.endsWith('.ts')) continue;
    const file = join(e.parentPath, e.name);
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (/\.push\(\s*\.\.\./.test(line) && !/^\s*(\*|\/\/)/.test(line)) found.push(`${relative(root, file)}:${i + 1}`);
      });
  }
  return found;
}

describe('src/', () => {
  it('never spreads an array into push()', () => {
    expect(spreadPushes(PROJECT_ROOT)).toEqual([]);
  });
});
