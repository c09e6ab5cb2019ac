import { describe, expect, it } from 'vitest';
import { groupThousands, integerValue } from '../../src/form/numbers.js';

describe('number fields', () => {
  it('shows thousands with dots', () => {
    expect(groupThousands('4500000')).toBe('4.500.000');
    expect(groupThousands('999')).toBe('999');
    expect(groupThousands('1000')).toBe('1.000');
    expect(groupThousands('')).toBe('');
  });

  it('stores digits as an integer and anything else as typed, for the validator to name', () => {
    expect(integerValue('4.500.000')).toBe(4500000);
    expect(integerValue(' 1 200 ')).toBe(1200);
    expect(integerValue('-5')).toBe(-5);
    expect(integerValue('')).toBeUndefined();
    expect(integerValue('  ')).toBeUndefined();
    expect(integerValue('1,5')).toBe('1,5');
    expect(integerValue('12 người')).toBe('12 người');
  });
});
