import { describe, expect, it } from 'vitest';
import { ActivityKeys, activityKey, visibleKey, type KeyedActivity } from '../../src/text/activity-key.js';

describe('visibleKey: text as a reader sees it', () => {
  it.each([
    ['zero-width space', 'Hội\u200Bnghị'],
    ['soft hyphen', 'Hội\u00ADnghị'],
    ['word joiner and BOM', '\uFEFFHội\u2060nghị'],
    ['zero-width joiners', 'Hội\u200C\u200Dnghị'],
  ])('%s is dropped', (_name, text) => {
    expect(visibleKey(text)).toBe(visibleKey('Hộinghị'));
  });

  it('no-break and other fixed-width spaces are a space; runs of spaces one; case and marks folded', () => {
    expect(visibleKey('Hội\u00A0nghị\u202F  TỈNH')).toBe('hoi nghi tinh');
  });

  it('different words stay different', () => {
    expect(visibleKey('Hội nghị')).not.toBe(visibleKey('Hội thảo'));
    expect(activityKey('2025-12-05/2025-12-05', 'conference', 'Hội nghị')).not.toBe(activityKey('2025-12-05/2025-12-05', 'contest', 'Hội nghị'));
  });
});

describe('ActivityKeys: the same activity seen earlier in one report', () => {
  const day = '2025-12-05/2025-12-05';
  const a = (title: string, extra: Partial<KeyedActivity> = {}): KeyedActivity => ({ dates: day, form: 'conference', title, ...extra });

  it('answers as a set of activityKey would, whatever the order', () => {
    const items = [
      a('Hội nghị'),
      a('Hội nghị', { form: 'contest' }),
      a('Hội nghị', { dates: '2025-12-06/2025-12-06' }),
      a('Hội nghị', { by: 'Xã A' }),
      a('HỘI\u00A0NGHỊ'),
      a('Hội thảo'),
      a('Hội nghị', { by: 'xa a' }),
      a('Hội nghị', { by: 'Xã B' }),
    ];
    const expected = [undefined, undefined, undefined, undefined, 0, undefined, 3, undefined];
    for (const order of [items.map((_, i) => i), items.map((_, i) => items.length - 1 - i)]) {
      const seen = new ActivityKeys<number>((i) => items[i]!);
      const keys = new Map<string, number>();
      for (const i of order) {
        const it = items[i]!;
        const key = activityKey(it.dates, it.form, it.title, it.by);
        expect(seen.firstSame(i)).toBe(keys.get(key));
        if (!keys.has(key)) keys.set(key, i);
      }
    }
    const forward = new ActivityKeys<number>((i) => items[i]!);
    expect(items.map((_, i) => forward.firstSame(i))).toEqual(expected);
  });
});
