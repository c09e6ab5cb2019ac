import { describe, expect, it } from 'vitest';
import { appendAll } from '../../src/core/append-all.js';

describe('appendAll', () => {
  // More items than a call may take as arguments (a 30 000-report build has ~130 000 body paragraphs).
  const many = Array.from({ length: 500_000 }, (_, i) => i);

  it('appends more items than push(...items) can take', () => {
    expect(() => [0].push(...many)).toThrow(RangeError);
    const target = [-1];
    expect(appendAll(target, many)).toBe(target);
    expect(target.length).toBe(500_001);
    expect(target[0]).toBe(-1);
    expect(target[500_000]).toBe(499_999);
  });

  it('takes any iterable, in order', () => {
    expect(appendAll(['a'], new Set(['b', 'c']))).toEqual(['a', 'b', 'c']);
  });
});
