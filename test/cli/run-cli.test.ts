import { describe, expect, it } from 'vitest';
import { eachWay } from './run-cli.js';
import type { CliCase } from './cases/cli-case.js';

const row = (name: string, argv: string[], code: number, extra: Partial<CliCase> = {}): CliCase => ({ name, argv, code, ...extra });

describe('eachWay', () => {
  it('runs the first row of each kind as the binary and the rest in-process, in the table order', () => {
    const table = [
      row('a', ['validate', '--plan', 'p.yaml', 'x'], 1),
      row('b', ['validate', '--plan', 'q.yaml', 'y'], 1),
      row('c', ['validate', '--plan', 'p.yaml', 'x'], 0),
      row('d', ['validate', '--plan=p.yaml', '--format', 'json'], 1),
      row('e', ['validate', '--plan', 'p.yaml'], 1, { env: { NO_COLOR: '1' } }),
      row('f', ['validate', '--plan', 'p.yaml'], 1, { now: new Date(0) }),
      row('g', ['build', '--plan', 'p.yaml'], 1),
      row('h', ['validate', '--plan', 'z.yaml', 'w'], 1),
    ];
    expect(eachWay(table).map((c) => [c.name, c.via])).toEqual([
      ['a', 'binary'],
      ['b', 'in-process'],
      ['c', 'binary'],
      ['d', 'in-process'],
      ['e', 'binary'],
      ['f', 'binary'],
      ['g', 'binary'],
      ['h', 'in-process'],
    ]);
  });
});
