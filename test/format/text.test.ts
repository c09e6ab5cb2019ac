import { describe, expect, it } from 'vitest';
import { CODES, type DiagnosticCode } from '../../src/diagnostics/codes.js';
import type { FileResult } from '../../src/diagnostics/diagnostic.js';
import { formatSummary, formatText, severityWord } from '../../src/format/text.js';
import {
  diag,
  FILE_A,
  FILE_B,
  FILE_CLEAN,
  MSG_ABSURD,
  MSG_DUPLICATE,
  MSG_NOT_FOR_FORM,
  MSG_UNKNOWN_KEY,
  MSG_WRONG_TYPE,
  options,
  sampleResults,
  sampleSources,
} from './fixtures.js';

const help = (code: DiagnosticCode, lang: 'vi' | 'en' = 'vi'): string => `  → ${CODES[code].help[lang]}`;
const ESC = '\u001b';
const stripAnsi = (s: string): string => s.replace(/\u001b\[[0-9;]*m/g, '');

describe('formatText', () => {
  it('prints every diagnostic with a code frame and help, then the summary (vi, no colour)', () => {
    const out = formatText(sampleResults(), options({ sources: sampleSources() }));
    const expected = [
      `${FILE_A}:4:3 - lỗi CR406: ${MSG_NOT_FOR_FORM}`,
      '   4 |   III.9:',
      '     |   ^~~~~~',
      '   5 |     activities:',
      '     |     ~~~~~~~~~~~',
      '   … |',
      '  12 |         people: 1000000000',
      '     |         ~~~~~~~~~~~~~~~~~~',
      help('CR406'),
      '',
      `${FILE_A}:6:9 - lỗi CR301: ${MSG_UNKNOWN_KEY}`,
      '  6 |       - ngay: 05/12/2025',
      '    |         ^~~~',
      help('CR301'),
      '',
      `${FILE_A}:7:15 - lỗi CR305: Ngày "32/13/2025" sai định dạng: tháng 13, ngày 32 (khớp 0%)`,
      '  Viết dd/mm/yyyy, ví dụ 05/12/2025',
      '  7 |         date: 32/13/2025',
      '    |               ^~~~~~~~~~',
      help('CR305'),
      '',
      // The BEL in the message and in the source, and the ESC in the message, are made visible;
      // the tab at display column 14 expands to the next stop (16).
      `${FILE_A}:8:31 - lỗi CR411: Ký tự điều khiển U+0007 (␇) trong tiêu đề␛[31m`,
      '  8 |         title:  "Tuyên truyền a␇b"',
      '    |                                ^',
      help('CR411'),
      '',
      // Ends at 12:1, so it is drawn as lines 10–11.
      `${FILE_A}:10:11 - lỗi CR303: ${MSG_WRONG_TYPE}`,
      '  10 |           - 1',
      '     |           ^~~',
      '  11 |           - 2',
      '     |           ~~~',
      help('CR303'),
      '',
      `${FILE_A}:12:17 - cảnh báo CR405: ${MSG_ABSURD}`,
      '  12 |         people: 1000000000',
      '     |                 ^~~~~~~~~~',
      help('CR405'),
      '',
      // No source for FILE_B: no frame.
      `${FILE_B}:2:1 - cảnh báo CR407: ${MSG_DUPLICATE}`,
      help('CR407'),
      '',
      `${FILE_B}:2:9 - cảnh báo CR408: Văn bản "U\u031B\u0309y ban" dùng Unicode tổ hợp`,
      help('CR408'),
      '',
      '✖ 5 lỗi, 3 cảnh báo trong 2 tệp (đã kiểm tra 3 tệp)',
      '',
    ].join('\n');
    expect(out).toBe(expected);
  });

  it('uses English words, help and summary with lang en', () => {
    const out = formatText(sampleResults(), options({ lang: 'en' }));
    const expected = [
      `${FILE_A}:4:3 - error CR406: ${MSG_NOT_FOR_FORM}`,
      help('CR406', 'en'),
      '',
      `${FILE_A}:6:9 - error CR301: ${MSG_UNKNOWN_KEY}`,
      help('CR301', 'en'),
      '',
      `${FILE_A}:7:15 - error CR305: Ngày "32/13/2025" sai định dạng: tháng 13, ngày 32 (khớp 0%)`,
      '  Viết dd/mm/yyyy, ví dụ 05/12/2025',
      help('CR305', 'en'),
      '',
      `${FILE_A}:8:31 - error CR411: Ký tự điều khiển U+0007 (␇) trong tiêu đề␛[31m`,
      help('CR411', 'en'),
      '',
      `${FILE_A}:10:11 - error CR303: ${MSG_WRONG_TYPE}`,
      help('CR303', 'en'),
      '',
      `${FILE_A}:12:17 - warning CR405: ${MSG_ABSURD}`,
      help('CR405', 'en'),
      '',
      `${FILE_B}:2:1 - warning CR407: ${MSG_DUPLICATE}`,
      help('CR407', 'en'),
      '',
      `${FILE_B}:2:9 - warning CR408: Văn bản "U\u031B\u0309y ban" dùng Unicode tổ hợp`,
      help('CR408', 'en'),
      '',
      '✖ 5 errors, 3 warnings in 2 files (3 files checked)',
      '',
    ].join('\n');
    expect(out).toBe(expected);
  });

  it('contains no escape character at all without colour, even when messages carry one', () => {
    const out = formatText(sampleResults(), options({ sources: sampleSources() }));
    expect(out).not.toContain(ESC);
    expect(out).not.toContain('\u0007');
  });

  it('colours severities, markers, gutter and code with colour on, and is otherwise the same text', () => {
    const plain = formatText(sampleResults(), options({ sources: sampleSources() }));
    const coloured = formatText(sampleResults(), options({ sources: sampleSources(), color: true }));
    expect(coloured).toContain(`${ESC}[31mlỗi${ESC}[39m ${ESC}[1mCR301${ESC}[22m`);
    expect(coloured).toContain(`${ESC}[33mcảnh báo${ESC}[39m ${ESC}[1mCR405${ESC}[22m`);
    expect(coloured).toContain(`  ${ESC}[2m6 |${ESC}[22m       - ngay`); // dim gutter
    expect(coloured).toContain(`${ESC}[31m^~~~${ESC}[39m`); // red marker under an error
    expect(coloured).toContain(`${ESC}[33m^~~~~~~~~~${ESC}[39m`); // yellow marker under a warning
    expect(coloured).toContain(`${ESC}[31m✖ 5 lỗi, 3 cảnh báo`);
    // The ESC from the message is still neutralised: the only escapes are our own SGR codes.
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).not.toContain(ESC);
    expect(stripAnsi(coloured)).toBe(plain);
  });

  it('is deterministic: input order of diagnostics does not matter and the input is not mutated', () => {
    const results = sampleResults();
    const before = JSON.stringify(results);
    const reversed: FileResult[] = results.map((r) => ({ file: r.file, diagnostics: [...r.diagnostics].reverse() }));
    const opts = options({ sources: sampleSources() });
    expect(formatText(reversed, opts)).toBe(formatText(results, opts));
    expect(JSON.stringify(results)).toBe(before);
  });

  it('keeps files in the order given', () => {
    const [a, b] = sampleResults();
    const out = formatText([b!, a!], options());
    expect(out.indexOf(FILE_B)).toBeLessThan(out.indexOf(FILE_A));
  });
});

describe('summary line', () => {
  const clean = (file: string): FileResult => ({ file, diagnostics: [] });
  const warn = (file: string): FileResult => ({
    file,
    diagnostics: [diag(file, 'CR405', 'warning', [1, 1, 1, 2], 'w')],
  });
  const err = (file: string, n = 1): FileResult => ({
    file,
    diagnostics: Array.from({ length: n }, (_, i) => diag(file, 'CR301', 'error', [i + 1, 1, i + 1, 2], 'e')),
  });

  it('says clean files are valid', () => {
    const files = Array.from({ length: 18 }, (_, i) => clean(`f${i}.yaml`));
    expect(formatText(files, options())).toBe('✔ 18 tệp hợp lệ, không có lỗi\n');
    expect(formatText(files, options({ lang: 'en' }))).toBe('✔ 18 files valid, no errors\n');
    expect(formatText([clean('a.yaml')], options({ lang: 'en' }))).toBe('✔ 1 file valid, no errors\n');
    expect(formatText([], options({ lang: 'en' }))).toBe('✔ 0 files valid, no errors\n');
  });

  it('adds the warnings to a clean summary', () => {
    expect(formatSummary([warn('a'), warn('b'), clean('c')], 'vi')).toBe('✔ 3 tệp hợp lệ, không có lỗi, 2 cảnh báo');
    expect(formatSummary([warn('a'), warn('b'), clean('c')], 'en')).toBe('✔ 3 files valid, no errors, 2 warnings');
    expect(formatSummary([warn('a')], 'en')).toBe('✔ 1 file valid, no errors, 1 warning');
  });

  it('counts errors, warnings and the files that have them, singular and plural', () => {
    expect(formatSummary([err('a')], 'en')).toBe('✖ 1 error in 1 file (1 file checked)');
    expect(formatSummary([err('a', 2), clean('b')], 'en')).toBe('✖ 2 errors in 1 file (2 files checked)');
    expect(formatSummary([err('a', 3), warn('b'), clean('c')], 'en')).toBe(
      '✖ 3 errors, 1 warning in 2 files (3 files checked)',
    );
    expect(formatSummary([err('a', 3), warn('b'), clean('c')], 'vi')).toBe(
      '✖ 3 lỗi, 1 cảnh báo trong 2 tệp (đã kiểm tra 3 tệp)',
    );
    expect(formatSummary([err('a')], 'vi')).toBe('✖ 1 lỗi trong 1 tệp (đã kiểm tra 1 tệp)');
  });

  it('localises severity words', () => {
    expect(severityWord('error', 'vi')).toBe('lỗi');
    expect(severityWord('warning', 'vi')).toBe('cảnh báo');
    expect(severityWord('error', 'en')).toBe('error');
    expect(severityWord('warning', 'en')).toBe('warning');
  });
});

describe('code frames', () => {
  const F = 'x.yaml';
  /** The frame lines of a single diagnostic: between the header and the help line. */
  function frame(source: string, range: [number, number, number, number]): string[] {
    const out = formatText(
      [{ file: F, diagnostics: [diag(F, 'CR301', 'error', range, 'm')] }],
      options({ sources: new Map([[F, source]]) }),
    );
    const lines = out.split('\n');
    return lines.slice(1, lines.indexOf(help('CR301')));
  }

  it('handles CRLF line endings', () => {
    expect(frame('a: 1\r\nbb: 2\r\n', [2, 1, 2, 3])).toEqual(['  2 | bb: 2', '    | ^~']);
  });

  it('puts a single caret for an empty range, and after the line for a range past its end', () => {
    expect(frame('key: value', [1, 6, 1, 6])).toEqual(['  1 | key: value', '    |      ^']);
    expect(frame('key:', [1, 5, 1, 9])).toEqual(['  1 | key:', '    |     ^']);
    expect(frame('key:', [1, 40, 1, 41])).toEqual(['  1 | key:', '    |     ^']);
  });

  it('clips a range that runs past the end of the file', () => {
    expect(frame('a: 1\nb: 2', [2, 1, 9, 1])).toEqual(['  2 | b: 2', '    | ^~~~']);
  });

  it('shows no frame for a line outside the file or an empty source', () => {
    expect(frame('a: 1\n', [7, 1, 7, 2])).toEqual([]);
    expect(frame('', [1, 1, 1, 1])).toEqual([]);
  });

  it('draws an empty line without trailing space', () => {
    expect(frame('a:\n\n  b: 1', [1, 1, 3, 7])).toEqual([
      '  1 | a:',
      '    | ^~',
      '  2 |',
      '  3 |   b: 1',
      '    |   ~~~~',
    ]);
  });

  it('aligns markers after combining marks, wide characters and tabs', () => {
    // "é" written e + U+0301: two code units, one column.
    expect(frame('k: e\u0301x', [1, 6, 1, 7])).toEqual(['  1 | k: e\u0301x', '    |     ^']);
    // CJK characters take two columns each.
    expect(frame('k: 日本x', [1, 6, 1, 7])).toEqual(['  1 | k: 日本x', '    |' + ' '.repeat(1 + 7) + '^']);
    // An emoji is a surrogate pair: two code units, two columns.
    expect(frame('k: 😀x', [1, 4, 1, 7])).toEqual(['  1 | k: 😀x', '    |    ^~~']);
    // Tabs expand to stops of 4.
    expect(frame('\tk:\tv', [1, 5, 1, 6])).toEqual(['  1 |     k:  v', '    |         ^']);
  });

  it('makes control, bidi and lone-surrogate characters visible', () => {
    expect(frame('k: a\u001bb\u202Ec\uD800d', [1, 5, 1, 6])).toEqual(['  1 | k: a␛b⟨U+202E⟩c\uFFFDd', '    |     ^']);
  });

  it('shows zero-width and no-break characters by code point, the marker still under its range', () => {
    expect(frame('agency: so-y-te\u200b', [1, 9, 1, 17])).toEqual(['  1 | agency: so-y-te⟨U+200B⟩', '    |         ^~~~~~~~~~~~~~~']);
  });

  it('widens the gutter to the largest line number shown', () => {
    const source = Array.from({ length: 12 }, (_, i) => `l${i + 1}: ${i + 1}`).join('\n');
    expect(frame(source, [9, 1, 10, 3])).toEqual(['   9 | l9: 9', '     | ^~~~~', '  10 | l10: 10', '     | ~~']);
  });

  it('clips long multi-line ranges to the first two lines, an ellipsis and the last line', () => {
    const source = ['a:', '  b:', '    c: 1', '    d: 2', '    e: 3', 'f: 4'].join('\n');
    expect(frame(source, [1, 1, 5, 9])).toEqual([
      '  1 | a:',
      '    | ^~',
      '  2 |   b:',
      '    |   ~~',
      '  … |',
      '  5 |     e: 3',
      '    |     ~~~~',
    ]);
  });
});

describe('help line', () => {
  it('comes from CODES in the chosen language', () => {
    const results: FileResult[] = [{ file: FILE_CLEAN, diagnostics: [diag(FILE_CLEAN, 'CR106', 'error', [1, 1, 1, 1], 'rỗng')] }];
    expect(formatText(results, options())).toContain('\n  → Tệp không có nội dung; tạo báo cáo mẫu bằng "compile-report init".\n');
    expect(formatText(results, options({ lang: 'en' }))).toContain(
      '\n  → The file has no content; start from "compile-report init".\n',
    );
  });
});

describe('repeated warnings', () => {
  const w = (file: string, line: number, message: string) => diag(file, 'CR405', 'warning', [line, 5, line, 8], message);

  it('three or more of a code: one heading, one line per place with its own message, the help once', () => {
    const results: FileResult[] = [
      { file: 'a.yaml', diagnostics: [w('a.yaml', 9, 'Số liệu 120000 lớn bất thường.'), w('a.yaml', 3, 'Số liệu 90000 lớn bất thường.')] },
      { file: 'b.yaml', diagnostics: [w('b.yaml', 4, 'Số liệu 70000 lớn bất thường.')] },
    ];
    expect(formatText(results, options())).toBe(
      [
        'cảnh báo CR405 ở 2 tệp (3 chỗ): Số liệu bất thường',
        '  a.yaml:3:5 Số liệu 90000 lớn bất thường.',
        '  a.yaml:9:5 Số liệu 120000 lớn bất thường.',
        '  b.yaml:4:5 Số liệu 70000 lớn bất thường.',
        help('CR405'),
        '',
        '✔ 2 tệp hợp lệ, không có lỗi, 3 cảnh báo',
        '',
      ].join('\n'),
    );
    expect(formatText(results, options({ lang: 'en' }))).toContain('warning CR405 in 2 files (3 places): Implausible figure\n');
  });

  it('two of a code, and errors however many, are shown in full', () => {
    const results: FileResult[] = [
      { file: 'a.yaml', diagnostics: [w('a.yaml', 9, 'Một.'), w('a.yaml', 3, 'Hai.')] },
      { file: 'b.yaml', diagnostics: [1, 2, 3].map((n) => diag('b.yaml', 'CR305', 'error', [n, 1, n, 2], `Lỗi ${n}.`)) },
    ];
    const out = formatText(results, options());
    expect(out).toContain('a.yaml:3:5 - cảnh báo CR405: Hai.\n');
    expect(out).toContain('b.yaml:3:1 - lỗi CR305: Lỗi 3.\n');
    expect(out).not.toContain(' ở ');
  });
});
