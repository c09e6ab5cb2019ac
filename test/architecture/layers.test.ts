import { describe, expect, it } from 'vitest';
import { importCycles, importGraph, layerViolations, PROJECT_ROOT, type ImportGraph } from './layers.js';

const graph = importGraph(PROJECT_ROOT);
const g = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges));

describe('the import graph of src/', () => {
  it('is read from every source file, with type-only, re-exported and dynamic imports', () => {
    expect(graph.size).toBeGreaterThan(150);
    // import type
    expect(graph.get('src/diagnostics/diagnostic.ts')).toContain('src/diagnostics/codes.ts');
    // export … from
    expect(graph.get('src/io/index.ts')).toEqual(['src/io/write-atomic.ts']);
    // import(), the only way cli/commands/validate.ts reaches app/validate.ts
    expect(graph.get('src/cli/commands/validate.ts')).toContain('src/app/validate.ts');
  });

  it('points only down the layers, never between sibling folders', () => {
    expect(layerViolations(graph)).toEqual([]);
  });

  it('has no circle between files', () => {
    expect(importCycles(graph)).toEqual([]);
  });
});

describe('the checks themselves', () => {
  const layers = [['text'], ['plan'], ['render', 'status']];

  it('name an import to a higher rank, to a sibling, and to a folder without a rank', () => {
    const bad = g({
      'src/text/a.ts': ['src/plan/p.ts'],
      'src/plan/p.ts': ['src/text/a.ts'],
      'src/render/r.ts': ['src/status/s.ts', 'src/plan/p.ts', 'src/render/other.ts'],
      'src/status/s.ts': ['src/extra/x.ts'],
      'src/extra/x.ts': [],
    });
    expect(layerViolations(bad, layers)).toEqual([
      'src/text/a.ts -> src/plan/p.ts: text/ (rank 0) imports the higher plan/ (rank 1)',
      'src/render/r.ts -> src/status/s.ts: render/ and status/ are siblings of rank 2 and must not know each other',
      'src/status/s.ts -> src/extra/x.ts: src/extra/ has no rank in LAYERS',
      'src/extra/x.ts: src/extra/ has no rank in LAYERS (test/architecture/layers.ts)',
    ]);
  });

  it('name each circle once, as the path that closes it', () => {
    const circles = g({
      'src/a.ts': ['src/b.ts'],
      'src/b.ts': ['src/c.ts', 'src/d.ts'],
      'src/c.ts': ['src/a.ts'],
      'src/d.ts': ['src/b.ts'],
      'src/e.ts': ['src/e.ts'],
      'src/f.ts': ['src/a.ts'],
    });
    expect(importCycles(circles)).toEqual(['src/a.ts -> src/b.ts -> src/c.ts -> src/a.ts (and 1 more files in the circle)', 'src/e.ts -> src/e.ts']);
  });
});
