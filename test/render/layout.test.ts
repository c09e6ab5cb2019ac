import { describe, expect, it } from 'vitest';
import { recipientLines } from '../../src/render/closing.js';
import { fitWidths } from '../../src/render/docx-blocks.js';
import { layoutHeader, MOTTO, NATIONAL_TITLE } from '../../src/render/header-block.js';
import { TEXT_WIDTH_PORTRAIT } from '../../src/render/styles.js';
import { textWidthTwips } from '../../src/render/text-width.js';
import { quantitiesText, sentence, shortTaskText } from '../../src/render/view-model.js';

describe('header block layout', () => {
  const input = {
    parent: 'UBND TỈNH LẠNG SƠN',
    issuer: 'BCĐ VỀ CÔNG TÁC NHÂN QUYỀN',
    number: '15/BC-BCĐNQ-CQTT',
    placeDate: 'Lạng Sơn, ngày 05 tháng 01 năm 2026',
    width: TEXT_WIDTH_PORTRAIT,
  };

  it('gives the national title and the motto room on one line, within the allowed sizes', () => {
    const l = layoutHeader(input);
    expect(l.rightWidth).toBeGreaterThanOrEqual(textWidthTwips(NATIONAL_TITLE, l.nationalSize, { bold: true }));
    expect(l.rightWidth).toBeGreaterThanOrEqual(textWidthTwips(MOTTO, l.mottoSize, { bold: true }));
    expect(l.leftWidth).toBeGreaterThanOrEqual(textWidthTwips(input.issuer, l.issuerSize, { bold: true }));
    expect([12, 13]).toContain(l.issuerSize);
    expect([12, 13]).toContain(l.nationalSize);
    expect([13, 14]).toContain(l.mottoSize);
    // the grid stays inside the margins: Word draws a table with a negative indent into the margin
    expect(l.leftWidth + l.rightWidth).toBe(TEXT_WIDTH_PORTRAIT);
  });

  it('short names keep the table inside the text width, left column about 40 %', () => {
    const l = layoutHeader({ ...input, issuer: 'SỞ TƯ PHÁP', parent: 'UBND TỈNH X' });
    expect(l.leftWidth + l.rightWidth).toBe(TEXT_WIDTH_PORTRAIT);
    expect(l.issuerSize).toBe(13);
  });

  it('measures Vietnamese letters by their base letter', () => {
    expect(textWidthTwips('Ộ', 12, { bold: true })).toBe(textWidthTwips('O', 12, { bold: true }));
    expect(textWidthTwips('Đ', 13)).toBe(textWidthTwips('D', 13));
    expect(textWidthTwips('WWW', 10)).toBeGreaterThan(textWidthTwips('iii', 10));
  });
});

describe('recipients', () => {
  it('ends each line with ";" and the archive line with "."', () => {
    expect(recipientLines(['Ban Chỉ đạo A', '- Thường trực Tỉnh ủy;', 'Lưu: VT, CQTT.'])).toEqual([
      '- Ban Chỉ đạo A;',
      '- Thường trực Tỉnh ủy;',
      '- Lưu: VT, CQTT.',
    ]);
  });
  it('adds "Lưu: VT" when missing', () => {
    expect(recipientLines(['Ban A'])).toEqual(['- Ban A;', '- Lưu: VT.']);
    expect(recipientLines([])).toEqual(['- Lưu: VT.']);
  });
});

describe('column widths', () => {
  it('sum exactly to the total', () => {
    for (const total of [9071, 14003, 5000]) {
      for (const fixed of [[680, 2000, null], [680, null, null, null], [1000, 2000, 3000], [680, 2120, 1450, 1500, null, 950, 1700, 1400]]) {
        const w = fitWidths(fixed, total);
        expect(w.reduce((a, b) => a + b, 0)).toBe(total);
        for (const x of w) expect(x).toBeGreaterThan(0);
      }
    }
  });
});

describe('small texts', () => {
  const quantities = [
    { id: 'sessions', name: 'Số buổi', unit: 'buổi' },
    { id: 'views', name: 'Lượt xem', unit: 'lượt' },
    { id: 'examinations', name: 'Lượt khám, tư vấn', unit: 'lượt' },
  ];
  it('names quantities without ambiguity and skips zeros', () => {
    const t = { activities: 3, participants: 0, cost: 0, quantities: { sessions: 12, views: 1234567, examinations: 0 } };
    expect(quantitiesText(quantities, t)).toBe('12 buổi; 1.234.567 lượt xem');
  });
  it('shortens a task to its first clause', () => {
    expect(shortTaskText('Tham mưu Ban chỉ đạo xây dựng kế hoạch. Câu hai dài.')).toBe('Tham mưu Ban chỉ đạo xây dựng kế hoạch');
    expect(shortTaskText('một hai ba bốn năm sáu bảy tám chín mười', 4)).toBe('một hai ba bốn …');
  });
  it('ends a summary with a full stop once', () => {
    expect(sentence('Đã xong')).toBe('Đã xong.');
    expect(sentence('Đã xong.')).toBe('Đã xong.');
    expect(sentence('Hỏi?')).toBe('Hỏi?');
    expect(sentence(undefined)).toBeUndefined();
  });
});
