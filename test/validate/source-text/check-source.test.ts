/**
 * Values judged by their source text, through the whole pipeline of one file (validateReportBytes):
 * each construct on a copy of an example report gives exactly its diagnostic, at the position found in
 * the text without the YAML library, and replaces what the schema or the rules would have said there.
 */
import { describe, expect, it } from 'vitest';
import type { DiagnosticCode } from '../../../src/diagnostics/codes.js';
import { en } from '../../../src/messages/diagnostics.js';
import { brief, edit, exampleReportText, positionOf, REPORT_NAMES, validateText } from '../support.js';

const SO_Y_TE = exampleReportText('09-so-y-te.yaml');

interface Case {
  name: string;
  text: string;
  code: DiagnosticCode;
  /** Where the diagnostic starts: this text (n-th occurrence) in the edited file. */
  at: [string, number?];
  message: string;
}

const onPlace = (to: string): string => edit(SO_Y_TE, '        place: Hội trường Sở Y tế\n', `        place: ${to}\n`);
const ACTIVITY_1 = 'hoạt động thứ 1 của nhiệm vụ III.9';

const CASES: Case[] = [
  {
    name: 'cost 42.000 (Vietnamese thousands dot, read as 42)',
    text: edit(SO_Y_TE, 'cost: 42000000', 'cost: 42.000'),
    code: 'CR414',
    at: ['42.000'],
    message: 'Số "42.000" của "cost" (hoạt động thứ 2 của nhiệm vụ III.9) có dấu phân cách hàng nghìn: YAML đọc thành 42. Có phải ý bạn là 42000?',
  },
  {
    name: 'participants 1 000 (a space between groups)',
    text: edit(SO_Y_TE, 'participants: 120', 'participants: 1 000'),
    code: 'CR414',
    at: ['1 000'],
    message: `Số "1 000" của "participants" (${ACTIVITY_1}) có dấu phân cách hàng nghìn: YAML đọc thành văn bản, không phải số. Có phải ý bạn là 1000?`,
  },
  {
    name: 'a quantity 2,000 in braces (YAML splits it into copies: 2 and a key "000")',
    text: edit(SO_Y_TE, '{ copies: 2000 }', '{ copies: 2,000 }'),
    code: 'CR414',
    at: ['2,000'],
    message: 'Số "2,000" của "quantities.copies" (hoạt động thứ 5 của nhiệm vụ III.9) có dấu phân cách hàng nghìn: YAML đọc thành 2. Có phải ý bạn là 2000?',
  },
  {
    name: 'a fraction of a session',
    text: edit(SO_Y_TE, '{ sessions: 1 }', '{ sessions: 1.5 }'),
    code: 'CR415',
    at: ['1.5'],
    message: `Số "1.5" của "quantities.sessions" (${ACTIVITY_1}) không phải số nguyên.`,
  },
  {
    name: 'a cost pasted from Excel in exponent form',
    text: edit(SO_Y_TE, 'cost: 4500000', 'cost: 4.52E+06'),
    code: 'CR416',
    at: ['4.52E+06'],
    message: `Số "4.52E+06" của "cost" (${ACTIVITY_1}) viết dạng lũy thừa (kiểu Excel), thường đã bị làm tròn. Có phải ý bạn là 4520000? Chép số đầy đủ từ ô gốc của bảng tính.`,
  },
  {
    name: 'a number in quotes',
    text: edit(SO_Y_TE, 'participants: 120', 'participants: "120"'),
    code: 'CR417',
    at: ['"120"'],
    message: `Số "120" của "participants" (${ACTIVITY_1}) nằm trong dấu nháy nên là văn bản, không được cộng vào tổng. Có phải ý bạn là 120 (không có dấu nháy)?`,
  },
  {
    name: 'a leading zero',
    text: edit(SO_Y_TE, 'participants: 120', 'participants: 0120'),
    code: 'CR418',
    at: ['0120'],
    message: `Số "0120" của "participants" (${ACTIVITY_1}) viết theo cách YAML hiểu khác: YAML đọc thành 120. Có phải ý bạn là 120?`,
  },
  {
    name: 'a %YAML 1.1 line',
    text: edit(SO_Y_TE, 'plan: 400', '%YAML 1.1\n---\nplan: 400'),
    code: 'CR208',
    at: ['%YAML 1.1'],
    message: 'Dòng "%YAML 1.1" đổi cách YAML đọc giá trị (theo YAML 1.1: 0120 thành 80, yes/no thành đúng/sai); báo cáo phải được đọc theo YAML 1.2.',
  },
  {
    name: 'a hashtag in a title',
    text: edit(SO_Y_TE, 'title: Tin, bài, video truyền thông', 'title: Chuỗi video #QuyenConNguoi trên Fanpage, tin, bài truyền thông'),
    code: 'CR209',
    at: ['#QuyenConNguoi'],
    message: 'YAML coi " #" là đầu chú thích nên giá trị chỉ còn "Chuỗi video", mất "#QuyenConNguoi trên Fanpage, tin, bài truyền thông về quyền được chăm sóc sức khỏe trên Trang thông tin điện tử và Fanpage Sở Y tế".',
  },
  {
    name: 'a value that is only a hashtag',
    text: onPlace('#HoiTruongSoYTe'),
    code: 'CR209',
    at: ['#HoiTruongSoYTe'],
    message: 'Giá trị bắt đầu bằng "#" nên YAML coi cả dòng là chú thích: mất "#HoiTruongSoYTe", giá trị để trống.',
  },
  {
    name: 'a comment after a place',
    text: onPlace('Hội trường Sở Y tế # tầng 2'),
    code: 'CR210',
    at: ['# tầng 2'],
    message: 'Phần "tầng 2" sau " #" là chú thích, không vào báo cáo; giá trị chỉ là "Hội trường Sở Y tế".',
  },
  {
    name: 'a place YAML reads as a boolean',
    text: onPlace('yes'.replace('yes', 'true')),
    code: 'CR211',
    at: ['true'],
    message: `"place" (${ACTIVITY_1}) ghi "true", YAML đọc thành giá trị đúng/sai, không phải văn bản; đặt trong dấu nháy kép: "true".`,
  },
  {
    name: '&nbsp; pasted from a web page',
    text: onPlace('&nbsp;Hội trường Sở Y tế'),
    code: 'CR212',
    at: ['&nbsp;'],
    message: 'Dấu "&" đầu văn bản làm YAML đọc "&nbsp;Hội" thành tên neo và bỏ đi; giá trị chỉ còn "trường Sở Y tế".',
  },
  {
    name: 'a difficulty split at ": "',
    text: edit(SO_Y_TE, '  - >-\n    Nguồn nhân lực', '  - Khó khăn: nhân lực còn thiếu\n  - >-\n    Nguồn nhân lực'),
    code: 'CR213',
    at: ['Khó khăn: nhân lực'],
    message: 'Dấu ": " trong "Khó khăn: nhân lực còn thiếu" làm YAML tách văn bản thành khóa và giá trị.',
  },
  {
    name: 'a Windows path in double quotes',
    text: onPlace('"D:\\tai-lieu\\nam-2025"'),
    code: 'CR214',
    at: ['"D:'],
    message: 'Trong dấu nháy kép, "\\t", "\\n" của "D:\\tai-lieu\\nam-2025" bị đọc thành ký tự Tab, xuống dòng…, nên đường dẫn bị đổi.',
  },
  {
    name: 'a quote closed a line too late, swallowing the next key',
    text: edit(SO_Y_TE, '        place: Hội trường Sở Y tế\n        themes: [2.1.a, 2.1.c]\n', '        place: "Hội trường Sở Y tế\n          themes: [2.1.a, 2.1.c]"\n'),
    code: 'CR215',
    at: ['"Hội trường'],
    message: 'Dấu nháy mở ở đây không đóng trên cùng dòng: dòng 25 ("themes: [2.1.a, 2.1.c]"") bị nuốt vào văn bản.',
  },
  {
    name: 'activities: typed at the summary text column',
    text: edit(SO_Y_TE, '    activities:\n      - date: 05/12/2025', '      activities:\n        - date: 05/12/2025'),
    code: 'CR216',
    at: ['activities:'],
    message:
      'Dòng "activities:" thụt lề như đoạn văn "summary" của nhiệm vụ III.9 (dòng 14) nên bị đọc thành chữ của đoạn văn, không phải khóa; lùi dòng này về 4 dấu cách, thẳng hàng với dòng 13.',
  },
  {
    name: 'a "#" line inside the summary',
    text: edit(SO_Y_TE, '      điện tử, Fanpage của ngành', '      # còn thiếu số liệu tháng 12\n      điện tử, Fanpage của ngành'),
    code: 'CR217',
    at: ['# còn thiếu'],
    message: 'Dòng "# còn thiếu số liệu tháng 12" nằm trong đoạn văn "summary" của nhiệm vụ III.9 nên sẽ được in vào báo cáo, không phải chú thích.',
  },
  {
    name: 'bullet lines folded into one paragraph',
    text: edit(SO_Y_TE, '      điện tử, Fanpage của ngành và phát hành tờ rơi tại các cơ sở khám bệnh, chữa bệnh.\n', '      điện tử, Fanpage của ngành và phát hành tờ rơi tại các cơ sở khám bệnh, chữa bệnh.\n      - Hội nghị quán triệt\n      - Khám bệnh\n'),
    code: 'CR218',
    at: ['- Hội nghị quán triệt'],
    message: 'Sau ">-" các dòng được nối bằng dấu cách: dòng "- Hội nghị quán triệt" của "summary" của nhiệm vụ III.9 sẽ dồn vào dòng trên trong báo cáo.',
  },
];

describe('values judged by their source text', () => {
  it.each(CASES)('$name: $code at the cause, and nothing else', (c) => {
    const check = validateText(c.text);
    expect(check.diagnostics.map(brief)).toEqual([{ code: c.code, ...positionOf(c.text, ...c.at), message: c.message }]);
  });

  it.each(CASES)('$name: the same code and position in English', (c) => {
    const check = validateText(c.text, 'report.yaml', en);
    expect(check.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.column])).toEqual([[c.code, positionOf(c.text, ...c.at).line, positionOf(c.text, ...c.at).column]]);
    expect(check.diagnostics[0]!.message).not.toBe(c.message);
  });

  it.each(REPORT_NAMES)('%s, as committed, gives no diagnostic', (name) => {
    expect(validateText(exampleReportText(name)).diagnostics.map(brief)).toEqual([]);
  });

  it('a number misspelt where the schema also objects gives one diagnostic, not also CR303', () => {
    const text = edit(SO_Y_TE, 'cost: 4500000', 'cost: 4.500.000');
    expect(validateText(text).diagnostics.map((d) => d.code)).toEqual(['CR414']);
  });

  it('a number misspelt into an absurd figure gives one diagnostic, not also CR405', () => {
    const text = edit(SO_Y_TE, 'participants: 120', 'participants: 1.2e6');
    expect(validateText(text).diagnostics.map((d) => d.code)).toEqual(['CR416']);
  });

  it('the activity after a note: >- swallowed into the note', () => {
    const moved = SO_Y_TE.replace(
      /        note: (Bệnh viện[^\n]*)\n      - date: 20\/12\/2025\n((?:        [^\n]*\n)+)/,
      (_m, note: string, rest: string) => `        note: >-\n          ${note}\n          - date: 20/12/2025\n${rest.replace(/^        /gm, '            ')}`,
    );
    expect(moved).not.toBe(SO_Y_TE);
    const check = validateText(moved);
    expect(check.diagnostics.map(brief)).toEqual([
      {
        code: 'CR216',
        ...positionOf(moved, '- date: 20/12/2025'),
        message:
          'Dòng "- date:" thụt lề như đoạn văn "note" (hoạt động thứ 2 của nhiệm vụ III.9) (dòng 36) nên bị đọc thành chữ của đoạn văn, không phải khóa; lùi dòng này về 6 dấu cách, thẳng hàng với dòng 21.',
      },
    ]);
  });

  it('proposals: typed at the text column of a >- difficulty', () => {
    const text = `${SO_Y_TE}    proposals:\n      - Đề nghị bổ sung kinh phí.\n`;
    expect(validateText(text).diagnostics.map(brief)).toEqual([
      {
        code: 'CR216',
        ...positionOf(text, 'proposals:'),
        message:
          'Dòng "proposals:" thụt lề như đoạn văn "difficulties.0" (dòng 59) nên bị đọc thành chữ của đoạn văn, không phải khóa; lùi dòng này về 0 dấu cách, thẳng hàng với dòng 3.',
      },
    ]);
  });

  it('a hashtag line inside block text is text as written, not flagged', () => {
    const text = edit(SO_Y_TE, '      điện tử, Fanpage của ngành', '      #QuyenDuocChamSocSucKhoe\n      điện tử, Fanpage của ngành');
    expect(validateText(text).diagnostics).toEqual([]);
  });

  it('prose that happens to end a line with a colon is not a key', () => {
    const text = edit(SO_Y_TE, '      điện tử, Fanpage của ngành', '      Kết quả:\n      điện tử, Fanpage của ngành');
    expect(validateText(text).diagnostics).toEqual([]);
  });

  it('quoted text and escaped backslashes are left alone', () => {
    expect(validateText(onPlace('"Hội trường #1, tầng 2"')).diagnostics).toEqual([]);
    expect(validateText(onPlace("'D:\\tai-lieu\\nam-2025'")).diagnostics).toEqual([]);
    expect(validateText(onPlace('"D:\\\\tai-lieu\\\\nam-2025"')).diagnostics).toEqual([]);
  });

  it('a %YAML 1.2 line changes nothing and is not said', () => {
    expect(validateText(edit(SO_Y_TE, 'plan: 400', '%YAML 1.2\n---\nplan: 400')).diagnostics).toEqual([]);
  });
});

describe('bullet lines and wrapped lines', () => {
  const summaryEnd = '      điện tử, Fanpage của ngành và phát hành tờ rơi tại các cơ sở khám bệnh, chữa bệnh.\n';

  it('a line wrapped inside "kinh tế - xã hội" starts with "- " but is no bullet', () => {
    const text = edit(SO_Y_TE, summaryEnd, '      điện tử, Fanpage của ngành, góp phần phát triển kinh tế\n      - xã hội ở các xã vùng sâu, vùng xa.\n');
    expect(validateText(text).diagnostics).toEqual([]);
  });

  it('items after a sentence are bullets, said once for the block', () => {
    const text = edit(SO_Y_TE, summaryEnd, `${summaryEnd}      1. Hội nghị quán triệt;\n      2. Khám bệnh miễn phí.\n`);
    expect(validateText(text).diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([['CR218', positionOf(text, '1. Hội nghị').line]]);
  });

  it('under "|" the line breaks are kept, so nothing is said', () => {
    const text = edit(edit(SO_Y_TE, summaryEnd, `${summaryEnd}      - Hội nghị quán triệt;\n      - Khám bệnh.\n`), '    summary: >-\n', '    summary: |-\n');
    expect(validateText(text).diagnostics).toEqual([]);
  });
});

describe('anchors and aliases in text', () => {
  it('an anchor and an alias each lose text: both said, at their own places', () => {
    const text = edit(
      edit(SO_Y_TE, '        place: Hội trường Sở Y tế\n', '        place: &hoi-truong Hội trường Sở Y tế\n'),
      '        place: Trạm Y tế xã Đình Lập\n',
      '        place: *hoi-truong\n',
    );
    expect(validateText(text).diagnostics.map(brief)).toEqual([
      {
        code: 'CR212',
        ...positionOf(text, '&hoi-truong'),
        message: 'Dấu "&" đầu văn bản làm YAML đọc "&hoi-truong" thành tên neo và bỏ đi; giá trị chỉ còn "Hội trường Sở Y tế".',
      },
      {
        code: 'CR212',
        ...positionOf(text, '*hoi-truong'),
        message: 'Dấu "*" đầu văn bản làm YAML đọc "*hoi-truong" thành tham chiếu, chép giá trị ở chỗ khác vào đây.',
      },
    ]);
  });
});
