import { describe, expect, it } from 'vitest';
import { editDistance, expandAbbreviation, foldForCompare, suggest } from '../../src/text/suggest.js';
import { examplePlan } from '../validate/support.js';

const ACTIVITY_KEYS = ['date', 'form', 'title', 'place', 'themes', 'participants', 'quantities', 'links', 'cost', 'note'];
const units = (): string[] => examplePlan().agencies.find((a) => a.group)!.group!.units;

describe('foldForCompare', () => {
  it('drops case, marks and the stroke of đ', () => {
    expect(foldForCompare('Phường Tam Thanh')).toBe('phuong tam thanh');
    expect(foldForCompare('ĐÔNG KINH')).toBe('dong kinh');
    expect(foldForCompare('Xã Đình Lập')).toBe('xa dinh lap');
  });

  it('treats decomposed and precomposed text alike', () => {
    expect(foldForCompare('Ky\u0300 Lư\u0300a')).toBe(foldForCompare('Kỳ Lừa'));
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent transpositions', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('partcipants', 'participants')).toBe(1);
    expect(editDistance('participnats', 'participants')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'date')).toBe(4);
  });
});

describe('suggest', () => {
  it('"partcipants" → participants', () => {
    expect(suggest('partcipants', ACTIVITY_KEYS)).toBe('participants');
  });

  it('other typical key typos', () => {
    expect(suggest('tittle', ACTIVITY_KEYS)).toBe('title');
    expect(suggest('quantites', ACTIVITY_KEYS)).toBe('quantities');
    expect(suggest('partipants', ACTIVITY_KEYS)).toBe('participants');
    expect(suggest('link', ACTIVITY_KEYS)).toBe('links');
    expect(suggest('Date', ACTIVITY_KEYS)).toBe('date');
  });

  it('"Phuong Tam thanh" → "Phường Tam Thanh" among the 65 units', () => {
    expect(units()).toHaveLength(65);
    expect(suggest('Phuong Tam thanh', units())).toBe('Phường Tam Thanh');
  });

  it('a unit written without its marks or with a typo', () => {
    expect(suggest('xa loc binh', units())).toBe('Xã Lộc Bình');
    expect(suggest('Phường Kỳ Lưa', units())).toBe('Phường Kỳ Lừa');
    expect(suggest('Xã Đồng Đăng ', units())).toBe('Xã Đồng Đăng');
  });

  it('task ids', () => {
    expect(suggest('III.4.a', ['III.4'])).toBe('III.4');
    expect(suggest('III.10.b', ['III.10'])).toBe('III.10');
    expect(suggest('iii.9', ['III.9'])).toBe('III.9');
  });

  it('nothing for far strings', () => {
    expect(suggest('hoi-nghi', ['conference', 'direct-propaganda', 'banner'])).toBeUndefined();
    expect(suggest('Ủy ban nhân dân tỉnh', units())).toBeUndefined();
    expect(suggest('xyz', ACTIVITY_KEYS)).toBeUndefined();
    expect(suggest('participants_count_total', ACTIVITY_KEYS)).toBeUndefined();
  });

  it('nothing for empty input or no candidates', () => {
    expect(suggest('', ACTIVITY_KEYS)).toBeUndefined();
    expect(suggest('   ', ACTIVITY_KEYS)).toBeUndefined();
    expect(suggest('date', [])).toBeUndefined();
  });

  it('stays fast on a hostile 20 000-character key', () => {
    const started = performance.now();
    expect(suggest('x'.repeat(20_000), units())).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('expandAbbreviation (unit names as clerks write them)', () => {
  it.each([
    ['P. Tam Thanh', 'Phường Tam Thanh'],
    ['P.Tam Thanh', 'Phường Tam Thanh'],
    ['P Tam Thanh', 'Phường Tam Thanh'],
    ['X. Lộc Bình', 'Xã Lộc Bình'],
    ['x. loc binh', 'Xã Lộc Bình'],
    ['UBND xã Lộc Bình', 'Xã Lộc Bình'],
    ['Ủy ban nhân dân phường Kỳ Lừa', 'Phường Kỳ Lừa'],
    ['UBND P. Tam Thanh', 'Phường Tam Thanh'],
    ['Lộc Bình', 'Xã Lộc Bình'],
  ])('%s → %s', (input, unit) => {
    expect(expandAbbreviation(input, units())).toBe(unit);
    expect(suggest(input, units())).toBe(unit);
  });

  it('"TT …" names a two-word kind by its initials (Thị trấn), on any plan', () => {
    const names = ['Thị trấn Na Sầm', 'Xã Na Sầm Thượng', 'Phường Đông Kinh'];
    expect(expandAbbreviation('TT Na Sầm', names)).toBe('Thị trấn Na Sầm');
    expect(expandAbbreviation('TT. Na Sầm', names)).toBe('Thị trấn Na Sầm');
  });

  it('no guess when the initial fits no unit, or two', () => {
    expect(expandAbbreviation('P. Lộc Bình', units())).toBeUndefined();
    expect(expandAbbreviation('Na Sầm', ['Xã Na Sầm', 'Phường Na Sầm'])).toBeUndefined();
    expect(expandAbbreviation('Sầm', ['Xã Na Sầm'])).toBeUndefined();
  });
});
