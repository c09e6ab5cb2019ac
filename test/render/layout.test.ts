import { describe, expect, it } from 'vitest';
import { recipientLines } from '../../src/render/closing.js';
import { documentTypeOfNumber } from '../../src/plan/document-type.js';
import { balanceLines, keepTogether, NB_HYPHEN, NBSP, plainText } from '../../src/render/line-breaks.js';
import { columnWidths } from '../../src/render/tables.js';
import { layoutHeader, MOTTO, NATIONAL_TITLE } from '../../src/render/header-block.js';
import { TEXT_WIDTH_PORTRAIT } from '../../src/render/styles.js';
import { textWidthTwips } from '../../src/render/text-width.js';
import { countsText, excludedReason, implementedType, quantitiesText, sentence, shortOf } from '../../src/render/view-model.js';

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
  const L = 'left' as const;
  const amounts = ['999.999.999.999', '1.630.000.000', '-'];
  it('fit number columns to their widest number, give the rest to text columns, sum exactly to the total', () => {
    for (const total of [9071, 14003]) {
      const rows = amounts.map((a) => ({ cells: ['1', 'Ủy ban nhân dân tỉnh', a, 'một nội dung dài'] }));
      const w = columnWidths([{ align: L }, { align: L, flex: 1 }, { align: L }, { align: L, flex: 2 }], ['STT', 'Cơ quan', 'Kinh phí (đồng)', 'Kết quả'], rows, total, 12);
      expect(w.reduce((a, b) => a + b, 0)).toBe(total);
      // the widest amount and its cell padding fit in the column: it never breaks
      expect(w[2]).toBeGreaterThanOrEqual(textWidthTwips('999.999.999.999', 12) + 160);
      expect(w[0]).toBeLessThan(w[2]!);
      expect(w[3]! - 2 * w[1]!).toBeLessThanOrEqual(2);
    }
  });
  it('measure bold total rows in bold, and ignore group rows', () => {
    const plain = columnWidths([{ align: L }, { align: L, flex: 1 }], ['', ''], [{ cells: ['Tổng cộng', 'x'] }], 9071, 12);
    const bold = columnWidths([{ align: L }, { align: L, flex: 1 }], ['', ''], [{ bold: true, cells: ['Tổng cộng', 'x'] }], 9071, 12);
    const span = columnWidths([{ align: L }, { align: L, flex: 1 }], ['', ''], [{ span: true, cells: ['một dòng nhóm rất dài '.repeat(5)] }], 9071, 12);
    expect(bold[0]).toBeGreaterThan(plain[0]!);
    expect(span[0]).toBeLessThan(600);
  });
});

describe('line breaking', () => {
  it('keeps document symbols, "số" and its number, and date ranges together', () => {
    expect(keepTogether('Thực hiện Kế hoạch số 400/KH-BCĐNQ-CQTT và Chỉ thị số 44-CT/TW')).toBe(
      `Thực hiện Kế hoạch số${NBSP}400/KH${NB_HYPHEN}BCĐNQ${NB_HYPHEN}CQTT và Chỉ thị số${NBSP}44${NB_HYPHEN}CT/TW`,
    );
    expect(keepTogether('Kỷ niệm (10/12/1948 – 10/12/2025)')).toBe(`Kỷ niệm (10/12/1948${NBSP}–${NBSP}10/12/2025)`);
    // a range of years and a plain hyphen in words are left alone
    expect(keepTogether('giai đoạn 2023 - 2025, Lao động - Thương binh')).toBe('giai đoạn 2023 - 2025, Lao động - Thương binh');
    expect(keepTogether(keepTogether('số 15/BC-X'))).toBe(keepTogether('số 15/BC-X'));
  });
  it('balances a title: the fewest lines, even lengths, no lone last word', () => {
    const title = keepTogether('Kết quả triển khai đợt cao điểm tuyên truyền thành tựu bảo đảm quyền con người nhân Kỷ niệm 77 năm Ngày Nhân quyền thế giới (10/12/1948 – 10/12/2025)');
    const lines = balanceLines(title, 9071, 14, { bold: true });
    expect(lines.join(' ')).toBe(title);
    const widths = lines.map((l) => textWidthTwips(plainText(l), 14, { bold: true }));
    for (const w of widths) expect(w).toBeLessThanOrEqual(9071);
    expect(Math.min(...widths) / Math.max(...widths)).toBeGreaterThan(0.7);
    expect(lines[lines.length - 1]).toContain(`(10/12/1948${NBSP}–${NBSP}10/12/2025)`);
    expect(balanceLines('Ngắn', 9071, 14)).toEqual(['Ngắn']);
  });
});

describe('document types from symbols (Nghị định 30/2020)', () => {
  it.each([
    ['705/KH-BCĐNQ', 'Kế hoạch'],
    ['44-CT/TW', 'Chỉ thị'],
    ['23-NQ/TW', 'Nghị quyết'],
    ['1672/NQ-UBTVQH15', 'Nghị quyết'],
    ['12/QĐ-UBND', 'Quyết định'],
    ['05/CTr-UBND', 'Chương trình'],
    ['09-TT/TW', 'Thông tri'],
    ['09/TT-BTP', 'Thông tư'],
  ])('%s is a %s', (number, type) => {
    expect(documentTypeOfNumber(number)).toBe(type);
    expect(implementedType({ number })).toBe(type);
  });
  it("the plan's own type wins; an unknown symbol is a 'Văn bản'", () => {
    expect(implementedType({ type: 'CHỈ THỊ', number: '705/KH-BCĐNQ' })).toBe('Chỉ thị');
    expect(documentTypeOfNumber('123/UBND-VX')).toBeUndefined();
    expect(implementedType({ number: '123/UBND-VX' })).toBe('Văn bản');
  });
});

describe('small texts', () => {
  const quantities = [
    { id: 'sessions', name: 'Số buổi', unit: 'buổi' },
    { id: 'views', name: 'Lượt xem', unit: 'lượt' },
    { id: 'airtime', name: 'Thời lượng phát sóng', unit: 'phút' },
    { id: 'banners', name: 'Băng rôn, khẩu hiệu', unit: 'băng rôn, khẩu hiệu' },
    { id: 'examinations', name: 'Lượt khám, tư vấn', unit: 'lượt' },
  ];
  it("names quantities by the plan's unit, or by a name that starts with it, and skips zeros", () => {
    const t = { activities: 3, participants: 0, cost: 0, quantities: { sessions: 12, views: 1234567, airtime: 400, banners: 5, examinations: 0 } };
    expect(quantitiesText(quantities, t)).toBe('12 buổi; 1.234.567 lượt xem; 400 phút; 5 băng rôn, khẩu hiệu');
  });
  it("uses the plan's short title, else the full text: never a text cut by code", () => {
    const text = 'Tham mưu Ban chỉ đạo xây dựng kế hoạch triển khai, hướng dẫn, đôn đốc các cơ quan, đơn vị, địa phương thực hiện.';
    expect(shortOf({ text })).toBe(text.slice(0, -1));
    expect(shortOf({ text, short: 'Tham mưu xây dựng kế hoạch' })).toBe('Tham mưu xây dựng kế hoạch');
  });
  it('leaves zero counts out of sentences', () => {
    expect(countsText({ done: 6, in_progress: 0, not_started: 0, not_reported: 59, total: 65 }, 'đơn vị')).toBe('6 đơn vị đã hoàn thành, 59 chưa báo cáo');
    expect(countsText({ done: 0, in_progress: 1, not_started: 2, not_reported: 0, total: 3 })).toBe('1 đang thực hiện, 2 chưa triển khai');
  });
  it('says why a report was left out in plain words: no path, no key, no code', () => {
    const reason = excludedReason({ file: 'bao-cao/09-so-y-te.yaml', reason: 'CR301: Khóa "partcipants"', unit: 'Sở Y tế', errors: [{ code: 'CR301', count: 2 }, { code: 'CR302', count: 1 }] });
    expect(reason).toBe('Báo cáo có 3 lỗi: khóa không hợp lệ (2 chỗ); thiếu thông tin bắt buộc.');
  });
  it('says a report with no readable errors could not be read, in Vietnamese whatever the terminal language', () => {
    expect(excludedReason({ file: 'bao-cao/x.yaml', reason: 'unreadable', errors: [] })).toBe('Không đọc được.');
  });
  it('ends a summary with a full stop once', () => {
    expect(sentence('Đã xong')).toBe('Đã xong.');
    expect(sentence('Đã xong.')).toBe('Đã xong.');
    expect(sentence('Hỏi?')).toBe('Hỏi?');
    expect(sentence(undefined)).toBeUndefined();
  });
});
