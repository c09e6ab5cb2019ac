import { describe, expect, it } from 'vitest';
import { layout, painter, plural, printable, printableLines, width } from '../../src/text/terminal.js';

describe('printable: input text that cannot move the cursor', () => {
  it('draws controls, DEL, C1, lone surrogates and invisible characters as visible symbols', () => {
    expect(printable('a\u001b[2Jb')).toBe('a␛[2Jb');
    expect(printable('x\u0000y\u007fz\u0085')).toBe('x␀y␡z\ufffd');
    expect(printable('so-y-te\u200b')).toBe('so-y-te⟨U+200B⟩');
    expect(printable('\u202eabc')).toBe('⟨U+202E⟩abc');
    expect(printable('\ud800!')).toBe('\ufffd!');
  });

  it('keeps one line one line: a line break is shown, a tab goes to the next stop', () => {
    expect(printable('a\nb')).toBe('a␊b');
    expect(printable('ab\tc')).toBe('ab  c');
    expect(printableLines('một\r\nhai\rba\nbốn')).toEqual(['một', 'hai', 'ba', 'bốn']);
  });
});

describe('width: terminal columns', () => {
  it('counts Vietnamese letters once, combining marks not at all, wide characters and emoji twice', () => {
    expect(width('Xã Lộc Bình')).toBe(11);
    expect(width('e\u0301')).toBe(1);
    expect(width('中文😀')).toBe(6);
  });

  it('places each code unit of a line in its column', () => {
    expect(layout('a😀b').columns).toEqual([0, 1, 1, 3, 4]);
  });
});

describe('painter and plural', () => {
  it('colours with ANSI codes only when asked, and never an empty string', () => {
    expect(painter(true).red('x')).toBe('\u001b[31mx\u001b[39m');
    expect(painter(true).bold('')).toBe('');
    expect(painter(false).red('x')).toBe('x');
  });

  it('says 1 file, 2 files', () => {
    expect([plural(1, 'file'), plural(2, 'file'), plural(0, 'error')]).toEqual(['1 file', '2 files', '0 errors']);
  });
});
