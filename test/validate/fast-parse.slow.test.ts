/**
 * The fast parse path against the `yaml` path on what users were never meant to write: every input of the
 * hostile corpus, and tens of thousands of seeded mutations of the example reports (values written
 * another way, characters inserted, lines dropped, copied, swapped or re-indented, text in other spellings).
 * Every one gives the same check on both paths; a good share of them is still read by the fast path.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Rng } from '../../bench/prng.js';
import { CASES } from '../hostile/cases.js';
import { exampleReportText, MINI_REPORT, REPORT_NAMES } from './support.js';
import { expectFastAnswerRight, expectSameOnBothPaths, mutate, utf8 } from './fast-parse-support.js';

const SEED = 20261206;
const MUTANTS = 20_000;

const root = mkdtempSync(join(tmpdir(), 'cr-fast-parse-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('fast parse path, differential', () => {
  it('gives the same checks as the yaml path on every hostile input', () => {
    let checked = 0;
    for (const [i, c] of CASES.entries()) {
      if (c.skip?.() !== undefined) continue;
      const dir = join(root, String(i));
      mkdirSync(dir);
      for (const input of c.setup(dir).inputs) {
        // Regular files within the limit only (reading a FIFO would block).
        const info = statSync(input, { throwIfNoEntry: false });
        if (!info?.isFile() || info.size > 5 * 1024 * 1024) continue;
        expectSameOnBothPaths(readFileSync(input), input);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(25);
  });

  it(`gives the same checks as the yaml path on ${MUTANTS} mutated reports`, () => {
    const rng = new Rng(SEED);
    const bases = [MINI_REPORT, ...REPORT_NAMES.map(exampleReportText)];
    const took = { fast: 0, yaml: 0 };
    for (let i = 0; i < MUTANTS; i++) {
      // Mostly the small report (quick), one in eight a full example; one to three changes each.
      let text = rng.chance(0.875) ? MINI_REPORT : rng.pick(bases);
      for (let k = rng.int(1, 3); k > 0; k--) text = mutate(text, rng);
      took[expectFastAnswerRight(utf8(text), `m${i}.yaml`)]++;
    }
    // Both paths are exercised: the comparison means something for each.
    expect(took.fast).toBeGreaterThan(MUTANTS / 20);
    expect(took.yaml).toBeGreaterThan(MUTANTS / 2);
    // Half a minute on a busy 2-core machine: each mutant is read by both readers, and by `yaml` again for its data.
  }, 300_000);
});
