/**
 * The layer ranks of src/, declared once, and the checks the architecture test runs on the import graph.
 * Lower ranks know nothing of higher ones: an import may point to a folder of a lower rank or stay in
 * its own folder; folders of the same rank do not know each other. README's "Development" section
 * lists the same order.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** Lowest first. Each entry is one rank: the folders in it may not import each other. */
export const LAYERS: readonly (readonly string[])[] = [
  // Ground floor: no stage, no knowledge of plans or reports. Text first, then the message catalogue that
  // words with it, then the errors that carry its keys, then the file writes that throw them.
  ['text'],
  ['messages'],
  ['core'],
  ['io'],
  ['diagnostics'],
  // Bytes to positioned YAML, and any document checked against a JSON Schema.
  ['load'],
  // The pipeline, in order.
  ['plan'],
  ['schema'],
  ['validate'],
  ['merge'],
  // What the pipeline feeds: outputs and views, side by side.
  ['render', 'export', 'rollup', 'status', 'form', 'format'],
  // The configuration file, read for the commands.
  ['config'],
  // One function per command, then commander.
  ['app'],
  ['cli'],
];

/** Files (paths relative to the project, with '/') and the project files each one imports. */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath, e.name));
}

/**
 * Every relative `import`, `import type`, `export … from` and `import()` of the .ts files under `dir`,
 * read by TypeScript's own pre-processor (so comments and strings never count), resolved to files.
 */
export function importGraph(root: string, dir = 'src'): ImportGraph {
  const graph = new Map<string, string[]>();
  for (const file of tsFiles(join(root, dir)).sort()) {
    const from = relative(root, file).split(sep).join('/');
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = info.importedFiles
      .map((f) => f.fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => posix.normalize(posix.join(posix.dirname(from), name)).replace(/\.js$/, '.ts'));
    graph.set(from, [...new Set(targets)].sort());
  }
  return graph;
}

/** The top folder under src/ of a file, e.g. 'plan' for 'src/plan/types.ts'. */
function folderOf(file: string): string {
  return file.split('/')[1] ?? '';
}

/** Every import that points up a rank or sideways to a sibling folder, or to a folder no rank names. */
export function layerViolations(graph: ImportGraph, layers: readonly (readonly string[])[] = LAYERS): string[] {
  const rank = new Map(layers.flatMap((folders, i) => folders.map((f) => [f, i] as const)));
  const out: string[] = [];
  for (const [from, targets] of graph) {
    const a = folderOf(from);
    if (!rank.has(a)) out.push(`${from}: src/${a}/ has no rank in LAYERS (test/architecture/layers.ts)`);
    for (const to of targets) {
      const b = folderOf(to);
      if (a === b || !rank.has(a)) continue;
      if (!rank.has(b)) out.push(`${from} -> ${to}: src/${b}/ has no rank in LAYERS`);
      else if (rank.get(b)! > rank.get(a)!) out.push(`${from} -> ${to}: ${a}/ (rank ${rank.get(a)}) imports the higher ${b}/ (rank ${rank.get(b)})`);
      else if (rank.get(b) === rank.get(a)) out.push(`${from} -> ${to}: ${a}/ and ${b}/ are siblings of rank ${rank.get(a)} and must not know each other`);
    }
  }
  return out;
}

/** Every file-level import circle (Tarjan's strongly connected components), each as "a -> b -> a". */
export function importCycles(graph: ImportGraph): string[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    const selfLoop = component.length === 1 && (graph.get(v) ?? []).includes(v);
    if (component.length > 1 || selfLoop) cycles.push(describeCycle(graph, component.sort()));
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return cycles.sort();
}

/** One concrete circle through a component's first file, so the message shows which imports to cut. */
function describeCycle(graph: ImportGraph, component: string[]): string {
  const members = new Set(component);
  const start = component[0]!;
  // Breadth-first from start's successors back to start, inside the component.
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift()!;
    for (const w of graph.get(v) ?? []) {
      if (!members.has(w) || previous.has(w)) continue;
      previous.set(w, v);
      if (w === start) queue.length = 0;
      else queue.push(w);
    }
  }
  const path: string[] = [];
  for (let v = previous.get(start)!; v !== start; v = previous.get(v)!) path.unshift(v);
  const more = component.length - path.length - 1;
  return `${[start, ...path, start].join(' -> ')}${more > 0 ? ` (and ${more} more files in the circle)` : ''}`;
}

export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
