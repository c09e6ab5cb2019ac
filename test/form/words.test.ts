import { describe, expect, it } from 'vitest';
import { formWords } from '../../src/form/words.js';

describe('formWords.quantity', () => {
  it.each([
    ['vi', 'Băng rôn, khẩu hiệu', 'băng rôn, khẩu hiệu', 'Băng rôn, khẩu hiệu'],
    ['vi', 'Lượt phát sóng', 'lượt', 'Lượt phát sóng'],
    ['vi', 'Thời lượng phát sóng', 'phút', 'Thời lượng phát sóng (phút)'],
    ['en', 'Sessions', 'buổi', 'Sessions (buổi)'],
  ] as const)('%s: %s with unit %s reads %j', (lang, name, unit, label) => {
    expect(formWords(lang).quantity(name, unit)).toBe(label);
  });
});
