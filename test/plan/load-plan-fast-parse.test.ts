/**
 * A plan read by the fast parse path (js-yaml, src/load/fast-yaml.ts) cannot differ from one read with
 * `yaml`: on every plan of the repository, plans written in ways the two readers could part on, and
 * seeded mutations of the example plan, loadPlan gives the same plan, diagnostics and text both ways,
 * and the same position for every node of the plan when one is asked for later (the roll-up's CR610).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { Rng } from '../../bench/prng.js';
import { fastYamlData } from '../../src/load/fast-yaml.js';
import { vi } from '../../src/messages/diagnostics.js';
import { loadPlan } from '../../src/plan/load-plan.js';
import { mutate } from '../validate/fast-parse-support.js';
import { edit, OTHER_PLAN_FILES, PLAN_PATH, ROOT } from '../validate/support.js';

const PLAN = readFileSync(PLAN_PATH, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'load-plan-fast-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every path to a node of `data`, the root's children first. */
function paths(data: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof data !== 'object' || data === null) return [];
  const out: (string | number)[][] = [];
  for (const [k, v] of Object.entries(data)) {
    const child = [...path, Array.isArray(data) ? Number(k) : k];
    out.push(child, ...paths(v, child));
  }
  return out;
}

let n = 0;
/** Loads `text` both ways and asserts the same outcome; returns which path answered. */
async function expectSameBothWays(text: string, allPositions = true): Promise<'fast' | 'yaml'> {
  const path = join(dir, `plan-${n++}.yaml`);
  writeFileSync(path, text);
  const fast = await loadPlan(path, 'plan.yaml', vi);
  const slow = await loadPlan(path, 'plan.yaml', vi, { fastParse: false });
  const { at: fastAt, ...fastRest } = fast;
  const { at: slowAt, ...slowRest } = slow;
  expect(fastRest, text.slice(0, 200)).toStrictEqual(slowRest);
  expect(fastAt === undefined).toBe(slowAt === undefined);
  if (fastAt && slowAt) {
    const all = paths(slow.plan);
    for (const p of allPositions ? all : all.filter((_, i) => i % 37 === 0)) expect(fastAt(p), p.join('.')).toStrictEqual(slowAt(p));
  }
  // Wherever js-yaml's reading is taken at all, it is yaml's data.
  const data = fastYamlData(text, { sourceChecks: false });
  if (data !== undefined) expect(data).toStrictEqual(parse(text));
  return data !== undefined && slow.plan !== undefined && slow.diagnostics.length === 0 ? 'fast' : 'yaml';
}

describe('a plan through the fast parse path', () => {
  it('reads the example plans fast, with the plan, text and positions of the yaml path', async () => {
    expect(await expectSameBothWays(PLAN)).toBe('fast');
    expect(await expectSameBothWays(readFileSync(OTHER_PLAN_FILES[0]!, 'utf8'))).toBe('fast');
  });

  it.each(OTHER_PLAN_FILES.slice(1).map((file) => [relative(ROOT, file), file]))('%s: the same outcome both ways', async (_, file) => {
    await expectSameBothWays(readFileSync(file, 'utf8'));
  });

  const LIST = '    "10.a": [III.1.a, III.2.a, III.2.b, III.2.c, III.3.a, III.3.b, III.3.c, III.4, III.5.a, III.5.b,\n      III.6.a,';
  // Each is written so that the two readers could part ways, or so that only the yaml path can say where the problem is.
  const WAYS: [string, string, string, 'fast' | 'yaml'][] = [
    ['a list continued at its key’s indentation', LIST, LIST.replace('\n      III.6.a', '\n    III.6.a'), 'yaml'],
    ['a list continued below its key', LIST, LIST.replace('\n      III.6.a', '\n  III.6.a'), 'yaml'],
    ['a list continued one space past its key', LIST, LIST.replace('\n      III.6.a', '\n     III.6.a'), 'fast'],
    ['a list with an empty line', LIST, LIST.replace('\n      III.6.a', '\n\n      III.6.a'), 'fast'],
    ['a list closed at its key’s indentation', 'III.11.b, III.12.a]', 'III.11.b, III.12.a\n    ]', 'yaml'],
    ['a comment glued to a quote', '  to: "2025-12-31" #', '  to: "2025-12-31"#', 'yaml'],
    ['a comment glued to a bracket', '    "10.b": [III.1.b, III.2.d, III.5.c, III.12.b]', '    "10.b": [III.1.b, III.2.d, III.5.c, III.12.b]#x', 'yaml'],
    ['a comment after a value', '  title: PHÓ TRƯỞNG BAN #', '  title: PHÓ TRƯỞNG BAN  #', 'fast'],
    ['a quoted text over two lines', '  to: "2025-12-31" #', '  to: "2025-12-\n    31" #', 'yaml'],
    ['an anchor and an alias', '  to: "2025-12-31" #', '  to: &end "2025-12-31"\n  x: *end #', 'yaml'],
    ['a duplicate key', '  to: "2025-12-31" #', '  to: "2025-12-31"\n  to: "2025-12-30" #', 'yaml'],
    ['a tab', '  to: "2025-12-31" #', '  to:\t"2025-12-31" #', 'yaml'],
    ['a plan the schema refuses', '  to: "2025-12-31" #', '  to: 2025 #', 'yaml'],
    ['a plan that contradicts itself', '  - id: so-tai-chinh\n', '  - id: so-y-te\n', 'yaml'],
    ['a byte order mark', 'document:', '\ufeffdocument:', 'yaml'],
  ];
  it.each(WAYS)('%s: the same outcome both ways', async (_, from, to, way) => {
    expect(await expectSameBothWays(edit(PLAN, from, to))).toBe(way);
  });

  it('gives the same outcome both ways on 300 mutated plans, and reads some of them fast', async () => {
    const rng = new Rng('plan-fast-parse');
    const took = { fast: 0, yaml: 0 };
    for (let i = 0; i < 300; i++) {
      let text = PLAN;
      for (let k = rng.int(1, 3); k > 0; k--) text = mutate(text, rng);
      took[await expectSameBothWays(text, false)]++;
    }
    expect(took.fast).toBeGreaterThan(20);
    expect(took.yaml).toBeGreaterThan(100);
  }, 120_000);
});
