import { describe, expect, it } from 'vitest';
import { nfc } from '../../src/text/nfc.js';

/** The ranges nfc() passes through without normalising, as in src/text/nfc.ts. */
const KEPT: [number, number][] = [
  [0x0000, 0x02ff],
  [0x1e00, 0x1eff],
  [0x2010, 0x205e],
];
const kept = KEPT.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i)));

describe('nfc', () => {
  it('is normalize("NFC") on decomposed, compatibility and mixed text', () => {
    for (const s of ['Ho\u0302\u0323i nghi\u0323', 'Hội nghị', 'A\u030A', '\u212B', '\u2000x', 'e\u0301\u0323', '가\u11A8', 'ﬁ', 'x\uD800', '']) {
      expect(nfc(s)).toBe(s.normalize('NFC'));
    }
  });

  it('keeps text only where normalising cannot change it: no mark, every character and every pair unchanged', () => {
    expect(kept.filter((c) => /\p{M}/u.test(c))).toEqual([]);
    const changed: string[] = [];
    for (const a of kept) {
      if (a.normalize('NFC') !== a) changed.push(a);
      for (const b of kept) if ((a + b).normalize('NFC') !== a + b) changed.push(a + b);
    }
    expect(changed).toEqual([]);
  });

  it('leaves the string itself when nothing could change', () => {
    const s = `Tuyên truyền “Ngày Nhân quyền” – Đắk Lắk… ${'x'.repeat(3)}`;
    expect(nfc(s)).toBe(s);
  });
});
