import { describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/diagnostics/diagnostic.js';
import { escapeData, escapeProperty, formatGithub } from '../../src/format/github.js';
import {
  diag,
  FILE_A,
  FILE_B,
  MSG_ABSURD,
  MSG_DECOMPOSED,
  MSG_DUPLICATE,
  MSG_NOT_FOR_FORM,
  MSG_UNKNOWN_KEY,
  MSG_WRONG_TYPE,
  options,
  sampleResults,
} from './fixtures.js';

describe('formatGithub', () => {
  it('writes one workflow command per diagnostic, then the summary', () => {
    const out = formatGithub(sampleResults(), options());
    const a = 'file=reports/Sở Tư pháp.yaml';
    const b = 'file=reports/ubnd-xã.yaml';
    expect(out.split('\n')).toEqual([
      `::error ${a},line=4,col=3,endLine=12,endColumn=27,title=CR406 quantity-not-for-form::${MSG_NOT_FOR_FORM}`,
      `::error ${a},line=6,col=9,endLine=6,endColumn=13,title=CR301 unknown-key::${MSG_UNKNOWN_KEY}`,
      `::error ${a},line=7,col=15,endLine=7,endColumn=25,title=CR305 invalid-format::` +
        'Ngày "32/13/2025" sai định dạng: tháng 13, ngày 32 (khớp 0%25)%0AViết dd/mm/yyyy, ví dụ 05/12/2025',
      `::error ${a},line=8,col=31,endLine=8,endColumn=32,title=CR411 control-character::` +
        'Ký tự điều khiển U+0007 (\u0007) trong tiêu đề\u001b[31m',
      `::error ${a},line=10,col=11,endLine=12,endColumn=1,title=CR303 wrong-type::${MSG_WRONG_TYPE}`,
      `::warning ${a},line=12,col=17,endLine=12,endColumn=27,title=CR405 absurd-quantity::${MSG_ABSURD}`,
      `::warning ${b},line=2,col=1,endLine=2,endColumn=7,title=CR407 duplicate-activity::${MSG_DUPLICATE}`,
      `::warning ${b},line=2,col=9,endLine=2,endColumn=20,title=CR408 decomposed-unicode::${MSG_DECOMPOSED}`,
      '✖ 5 lỗi, 3 cảnh báo trong 2 tệp (đã kiểm tra 3 tệp)',
      '',
    ]);
    expect(FILE_A).toBe('reports/Sở Tư pháp.yaml');
    expect(FILE_B).toBe('reports/ubnd-xã.yaml');
  });

  it('escapes property values: %, CR, LF, colon and comma', () => {
    const file = 'C:\\báo cáo\\a,b%:c\r\n.yaml';
    const results: FileResult[] = [{ file, diagnostics: [diag(file, 'CR101', 'error', [1, 1, 1, 1], 'x\r\ny::z, 50%')] }];
    expect(formatGithub(results, options({ lang: 'en' }))).toBe(
      '::error file=C%3A\\báo cáo\\a%2Cb%25%3Ac%0D%0A.yaml,line=1,col=1,endLine=1,endColumn=1,' +
        'title=CR101 file-unreadable::x%0D%0Ay::z, 50%25\n' +
        '✖ 1 error in 1 file (1 file checked)\n',
    );
  });

  it('escapes % first, so an existing escape is not decoded by GitHub', () => {
    expect(escapeData('%0A')).toBe('%250A');
    expect(escapeProperty('%2C,')).toBe('%252C%2C');
    expect(escapeData('a:b,c')).toBe('a:b,c');
    expect(escapeProperty('a:b,c')).toBe('a%3Ab%2Cc');
  });

  it('prints only the summary for clean files', () => {
    expect(formatGithub([{ file: 'a.yaml', diagnostics: [] }], options({ lang: 'en' }))).toBe(
      '✔ 1 file valid, no errors\n',
    );
  });

  it('never starts the summary with "::" and has no colour', () => {
    const out = formatGithub(sampleResults(), options({ color: true }));
    const last = out.trimEnd().split('\n').at(-1)!;
    expect(last.startsWith('::')).toBe(false);
    expect(last).not.toContain('\u001b');
  });
});
