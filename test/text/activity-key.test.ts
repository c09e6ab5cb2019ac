import { describe, expect, it } from 'vitest';
import { activityKey, visibleKey } from '../../src/text/activity-key.js';

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
