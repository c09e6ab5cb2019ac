// Regenerates every example in this folder from the valid reports in ../reports and ../plan.yaml:
//   node examples/lang-son-2025/invalid/make-examples.mjs
// Each example is one realistic mistake; the binary-ish ones (Windows-1258, UTF-16, BOM, ZIP, U+000B,
// NFD) are written byte for byte. Check them with xxd, and run test/validate/invalid-examples.test.ts.
// A replacement that no longer matches its report throws, so a changed report cannot go unnoticed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const { zipSync, strToU8 } = createRequire(import.meta.url)('fflate');
const EXAMPLE = fileURLToPath(new URL('../', import.meta.url));
const R = EXAMPLE + 'reports/';
const OUT = EXAMPLE + 'invalid/';
mkdirSync(OUT + 'CR501-duplicate-unit', { recursive: true });
mkdirSync(OUT + 'plan', { recursive: true });

const read = (f) => readFileSync(R + f, 'utf8');
function sub(text, from, to, count = 1) {
  const n = text.split(from).length - 1;
  if (n !== count) throw new Error(`expected ${count} of ${JSON.stringify(from)}, found ${n}`);
  return text.split(from).join(to);
}
/** Adds the explanatory third comment line after the two header lines. */
function note(text, line) {
  const lines = text.split('\n');
  if (!lines[0].startsWith('# yaml-language-server') || !lines[1].startsWith('# ')) throw new Error('header');
  lines.splice(2, 0, `# Ví dụ lỗi: ${line}`);
  return lines.join('\n');
}
const w = (name, data) => writeFileSync(OUT + name, data);

// --- CR1xx: bytes -------------------------------------------------------------------------

// CR103: the whole report saved as Windows-1258 (Vietnamese ANSI code page).
{
  const dec = new TextDecoder('windows-1258');
  const enc = new Map();
  for (let b = 0x80; b <= 0xff; b++) {
    const ch = dec.decode(new Uint8Array([b]));
    if (ch !== '\ufffd' && !enc.has(ch)) enc.set(ch, b);
  }
  const encodeChar = (ch, out) => {
    if (ch.charCodeAt(0) < 0x80) return out.push(ch.charCodeAt(0));
    if (enc.has(ch)) return out.push(enc.get(ch));
    const nfd = ch.normalize('NFD');
    // Base letter precomposed where the code page has it (ơ, ư, â, ă, ê, ô), tone as a combining mark.
    const chars = [...nfd];
    const tones = chars.filter((c) => '\u0300\u0301\u0303\u0309\u0323'.includes(c));
    if (tones.length !== 1) throw new Error('tones of ' + ch);
    const tone = tones[0];
    const base = chars.filter((c) => c !== tone).join('').normalize('NFC');
    if (!enc.has(base) && base.charCodeAt(0) >= 0x80) throw new Error('no cp1258 for ' + ch);
    encodeChar(base, out);
    if (!enc.has(tone)) throw new Error('no cp1258 tone for ' + ch);
    out.push(enc.get(tone));
  };
  const text = note(read('10-so-tai-chinh.yaml'), 'CR103 (not-utf8): tệp được lưu bằng bảng mã Windows-1258 thay vì UTF-8.');
  const out = [];
  for (const ch of text) encodeChar(ch, out);
  const bytes = Uint8Array.from(out);
  if (new TextDecoder('windows-1258').decode(bytes).normalize('NFC') !== text) throw new Error('cp1258 round trip');
  w('CR103-not-utf8.yaml', bytes);
}

// CR104: saved as "Unicode" in old Notepad: UTF-16 LE with a BOM.
{
  const text = note(read('08-so-giao-duc-dao-tao.yaml'), 'CR104 (utf16): tệp được lưu dạng UTF-16 ("Unicode" của Notepad cũ).').replace(/\n/g, '\r\n');
  const buf = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  w('CR104-utf16.yaml', buf);
}

// CR105: "UTF-8 with BOM"; otherwise a valid report.
{
  const text = note(read('06-so-dan-toc-ton-giao.yaml'), 'CR105 (byte-order-mark): tệp được lưu "UTF-8 with BOM" (chỉ là cảnh báo).');
  w('CR105-byte-order-mark.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
}

// CR106: the header of the template and nothing else.
w(
  'CR106-empty-file.yaml',
  [
    '# yaml-language-server: $schema=../../../schemas/report.schema.json',
    '# Báo cáo kết quả thực hiện Kế hoạch 400/KH-BCĐNQ-CQTT — Sở Tài chính',
    '# Ví dụ lỗi: CR106 (empty-file): tệp chỉ có dòng chú thích, chưa có nội dung báo cáo.',
    '',
  ].join('\n'),
);

// CR107: the Word document itself, renamed to .yaml (a DOCX is a ZIP archive).
{
  const body = 'BÁO CÁO Kết quả thực hiện Kế hoạch 400/KH-BCĐNQ-CQTT — Sở Y tế';
  const files = {
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${body}</w:t></w:r></w:p></w:body></w:document>`),
  };
  const mtime = new Date(2025, 11, 26, 9, 0, 0);
  w('CR107-binary-file.yaml', zipSync(files, { level: 0, mtime }));
}

// --- CR2xx: YAML --------------------------------------------------------------------------

// CR201: a title with ": " in it, not quoted.
w(
  'CR201-yaml-syntax.yaml',
  sub(
    note(read('09-so-y-te.yaml'), 'CR201 (yaml-syntax): tên hoạt động có dấu ": " nhưng không đặt trong dấu nháy.'),
    'title: Khám sàng lọc bệnh không lây nhiễm cho người cao tuổi xã Hữu Lũng',
    'title: Khám sàng lọc bệnh không lây nhiễm: người cao tuổi xã Hữu Lũng',
  ),
);

// CR202: the place of an activity written a second time, after its themes.
w(
  'CR202-duplicate-key.yaml',
  sub(
    note(read('12-phuong-tam-thanh.yaml'), 'CR202 (duplicate-key): khóa "place" của một hoạt động được ghi hai lần.'),
    '        place: Nhà văn hóa các tổ dân phố\n        themes: [2.2.b]\n',
    '        place: Nhà văn hóa các tổ dân phố\n        themes: [2.2.b]\n        place: Nhà văn hóa khu 1, khu 2, khu 3\n',
  ),
);

// CR203: the report pasted twice into one file, the second time after "---".
{
  const r = note(read('03-bo-chi-huy-quan-su.yaml'), 'CR203 (multiple-documents): báo cáo được dán hai lần vào một tệp, ngăn cách bởi "---".');
  const body = r.split('\n').filter((l) => !l.startsWith('#')).join('\n');
  w('CR203-multiple-documents.yaml', `${r}---\n${body}`);
}

// CR204: anchors and aliases nested into an alias bomb ("billion laughs").
{
  const r = note(read('10-so-tai-chinh.yaml'), 'CR204 (alias-limit): neo (&) và tham chiếu (*) lồng nhau thành "bom" tham chiếu.');
  const bomb = [
    'lol:',
    '  - &a ["Kinh phí", "Kinh phí", "Kinh phí", "Kinh phí", "Kinh phí", "Kinh phí", "Kinh phí", "Kinh phí", "Kinh phí"]',
    '  - &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
    '  - &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
    '  - &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
    '  - &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
    '  - &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]',
    '  - &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]',
    '  - &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]',
    '  - &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]',
    '',
  ].join('\n');
  w('CR204-alias-limit.yaml', r + bomb);
}

// CR205: a JavaScript function tag in a note.
w(
  'CR205-yaml-tag.yaml',
  sub(
    note(read('10-so-tai-chinh.yaml'), 'CR205 (yaml-tag): giá trị mang thẻ !!js/function (mã chương trình, không phải văn bản).'),
    '        note: Kết hợp giải đáp vướng mắc về định mức chi theo quy định hiện hành.',
    '        note: !!js/function "function () { return \'Kết hợp giải đáp vướng mắc về định mức chi\'; }"',
  ),
);

// CR206: the report's prose pasted as plain text, without any "key: value".
w(
  'CR206-not-a-mapping.yaml',
  [
    '# yaml-language-server: $schema=../../../schemas/report.schema.json',
    '# Báo cáo kết quả thực hiện Kế hoạch 400/KH-BCĐNQ-CQTT — Sở Y tế',
    '# Ví dụ lỗi: CR206 (not-a-mapping): dán nguyên văn bản báo cáo từ Word, không có các dòng "khóa: giá trị".',
    'BÁO CÁO',
    'Kết quả thực hiện Kế hoạch số 400/KH-BCĐNQ-CQTT ngày 04/12/2025 của Ban Chỉ đạo về công tác',
    'nhân quyền tỉnh Lạng Sơn',
    'Thực hiện Kế hoạch số 400/KH-BCĐNQ-CQTT, Sở Y tế báo cáo kết quả triển khai đợt cao điểm',
    'tuyên truyền thành tựu bảo đảm quyền con người như sau.',
    '',
  ].join('\n'),
);

// CR207: brackets nested thousands deep (a corrupted or hostile file).
{
  const r = note(read('09-so-y-te.yaml'), 'CR207 (too-deep): dấu ngoặc "[" lồng nhau hàng nghìn cấp (tệp hỏng).');
  const depth = 5000;
  w('CR207-too-deep.yaml', r + 'proposals: ' + '['.repeat(depth) + ']'.repeat(depth) + '\n');
}

// CR208: a %YAML 1.1 line (copied from an old template) makes 0120 read as 80 and "no" as false.
{
  const r = note(read('10-so-tai-chinh.yaml'), 'CR208 (yaml-version-directive): dòng "%YAML 1.1" chép từ mẫu cũ làm YAML đọc giá trị theo phiên bản 1.1.');
  w('CR208-yaml-version-directive.yaml', sub(r, '\nplan: 400/KH-BCĐNQ-CQTT\n', '\n%YAML 1.1\n---\nplan: 400/KH-BCĐNQ-CQTT\n'));
}

// CR209: a hashtag in a title; YAML drops everything from " #" as a comment.
w(
  'CR209-text-cut-by-hash.yaml',
  sub(
    note(read('09-so-y-te.yaml'), 'CR209 (text-cut-by-hash): tên hoạt động có hashtag "#QuyenDuocChamSocSucKhoe" không đặt trong dấu nháy.'),
    '        title: Tin, bài, video truyền thông về quyền được chăm sóc sức khỏe trên Trang thông tin điện tử và Fanpage Sở Y tế\n',
    '        title: Chuỗi video #QuyenDuocChamSocSucKhoe trên Trang thông tin điện tử và Fanpage Sở Y tế\n',
  ),
);

// CR210: a note to self after a place, which YAML drops as a comment; a warning only.
w(
  'CR210-comment-after-text.yaml',
  sub(
    note(read('04-so-tu-phap.yaml'), 'CR210 (comment-after-text): sau địa điểm có " # …", phần này không vào báo cáo; chỉ là cảnh báo.'),
    '        place: Hội trường Sở Tư pháp\n',
    '        place: Hội trường Sở Tư pháp # tầng 3, nhà B\n',
  ),
);

// CR211: "null" left in a note by a spreadsheet export: YAML reads it as an empty value.
w(
  'CR211-text-read-as-value.yaml',
  sub(
    note(read('12-phuong-tam-thanh.yaml'), 'CR211 (text-read-as-value): ghi chú "null" (xuất từ bảng tính) bị YAML đọc thành giá trị rỗng.'),
    '        note: Không phát hiện tài liệu, thông tin có nội dung xấu độc.\n',
    '        note: null\n',
  ),
);

// CR212: "&nbsp;" pasted from a web page: YAML takes "&nbsp;Hội" as an anchor name and drops it.
w(
  'CR212-anchor-in-text.yaml',
  sub(
    note(read('07-so-noi-vu.yaml'), 'CR212 (anchor-in-text): địa điểm dán từ trang web còn "&nbsp;" ở đầu, bị YAML đọc thành neo.'),
    '        place: Hội trường Sở Nội vụ\n',
    '        place: &nbsp;Hội trường Sở Nội vụ\n',
  ),
);

// CR213: a difficulty written "heading: text", which YAML splits into a key and a value.
w(
  'CR213-text-split-by-colon.yaml',
  sub(
    note(read('04-so-tu-phap.yaml'), 'CR213 (text-split-by-colon): một khó khăn viết dạng "Kinh phí: …" nên bị tách thành khóa và giá trị.'),
    '  - Kinh phí dành cho công tác phổ biến',
    '  - Kinh phí: dành cho công tác phổ biến',
  ),
);

// CR214: a Windows path in double quotes: "\t" becomes a tab and "\n" a line break.
w(
  'CR214-backslash-in-double-quotes.yaml',
  sub(
    note(read('10-so-tai-chinh.yaml'), 'CR214 (backslash-in-double-quotes): ghi chú có đường dẫn Windows trong dấu nháy kép.'),
    '        note: Kết hợp giải đáp vướng mắc về định mức chi theo quy định hiện hành.\n',
    '        note: "Tài liệu hội nghị lưu tại D:\\tai-lieu\\nam-2025"\n',
  ),
);

// CR215: a quote closed one line too late; the next line (auto-indented) is swallowed into the place.
w(
  'CR215-unclosed-quote.yaml',
  sub(
    note(read('04-so-tu-phap.yaml'), 'CR215 (unclosed-quote): dấu nháy của địa điểm đóng ở dòng sau, nuốt mất dòng "themes".'),
    '        place: Trại tạm giam Công an tỉnh Lạng Sơn\n        themes: [2.1.d]\n',
    '        place: "Trại tạm giam Công an tỉnh Lạng Sơn\n          themes: [2.1.d]"\n',
  ),
);

// CR216: "activities:" typed at the column of the summary's text (an editor's auto-indent).
w(
  'CR216-key-inside-block-text.yaml',
  sub(
    note(read('12-phuong-tam-thanh.yaml'), 'CR216 (key-inside-block-text): "activities:" thụt lề bằng đoạn tóm tắt nên cả danh sách hoạt động bị nuốt vào đoạn văn.'),
    '      dung tuyên truyền được Nhân dân đồng tình hưởng ứng.\n    activities:\n',
    '      dung tuyên truyền được Nhân dân đồng tình hưởng ứng.\n      activities:\n',
  ),
);

// CR217: a note to self as a "#" line inside the summary, which would be printed in the report.
w(
  'CR217-comment-inside-block-text.yaml',
  sub(
    note(read('04-so-tu-phap.yaml'), 'CR217 (comment-inside-block-text): dòng "# …" trong đoạn tóm tắt sẽ bị in vào báo cáo.'),
    '    summary: >-\n',
    '    summary: >-\n      # Số liệu tính đến ngày 20/12/2025, cập nhật trước khi gửi.\n',
  ),
);

// CR218: bullet lines under ">-", which folding joins into one paragraph; a warning only.
w(
  'CR218-bullets-folded.yaml',
  sub(
    note(read('07-so-noi-vu.yaml'), 'CR218 (bullets-folded): gạch đầu dòng trong đoạn ">-" bị nối thành một đoạn; chỉ là cảnh báo.'),
    '      và Ngày Nhân quyền thế giới.\n    activities:\n',
    '      và Ngày Nhân quyền thế giới. Kết quả:\n      - 35 băng rôn hưởng ứng Tháng hành động;\n      - 01 hội nghị tuyên truyền pháp luật lao động.\n    activities:\n',
  ),
);

// --- CR3xx: report schema -----------------------------------------------------------------

w(
  'CR301-unknown-key.yaml',
  sub(
    note(read('09-so-y-te.yaml'), 'CR301 (unknown-key): khóa "participants" viết sai chính tả thành "partcipants".'),
    '        participants: 380\n',
    '        partcipants: 380\n',
  ),
);

w(
  'CR302-missing-key.yaml',
  sub(
    note(read('04-so-tu-phap.yaml'), 'CR302 (missing-key): thiếu khóa "title" (chức vụ) của người ký.'),
    '  name: Vi Thị Thu Hằng\n  title: Phó Giám đốc\n',
    '  name: Vi Thị Thu Hằng\n',
  ),
);

w(
  'CR303-wrong-type.yaml',
  sub(
    note(read('09-so-y-te.yaml'), 'CR303 (wrong-type): số người tham dự viết kèm chữ ("120 người") nên thành chuỗi, không phải số.'),
    '        participants: 120\n',
    '        participants: 120 người\n',
  ),
);

w(
  'CR304-invalid-value.yaml',
  sub(
    note(read('12-phuong-tam-thanh.yaml'), 'CR304 (invalid-value): tên đơn vị gõ không dấu "Phuong Tam thanh", không khớp danh sách.'),
    'unit: Phường Tam Thanh\n',
    'unit: Phuong Tam thanh\n',
  ),
);

w(
  'CR305-invalid-format.yaml',
  sub(
    note(read('06-so-dan-toc-ton-giao.yaml'), 'CR305 (invalid-format): ngày ký viết "26.12.2025" (dấu chấm) thay vì dd/mm/yyyy.'),
    '\ndate: 26/12/2025\n',
    '\ndate: 26.12.2025\n',
  ),
);

w(
  'CR306-out-of-range.yaml',
  sub(
    note(read('12-phuong-tam-thanh.yaml'), 'CR306 (out-of-range): số lượng âm (-24 băng rôn, ghi số đã thu hồi).'),
    '        quantities: { banners: 24 }\n',
    '        quantities: { banners: -24 }\n',
  ),
);

w(
  'CR307-unknown-task.yaml',
  sub(
    note(read('10-so-tai-chinh.yaml'), 'CR307 (unknown-task): thêm nhiệm vụ "III.10.b" không có trong kế hoạch.'),
    'difficulties:\n',
    [
      '  III.10.b:',
      '    status: in_progress',
      '    summary: Theo dõi, đôn đốc các cơ quan, đơn vị thanh quyết toán kinh phí tuyên truyền đợt 1.',
      'difficulties:',
      '',
    ].join('\n'),
  ),
);

w(
  'CR308-task-not-assigned.yaml',
  sub(
    note(read('09-so-y-te.yaml'), 'CR308 (task-not-assigned): Sở Y tế báo cáo cả nhiệm vụ III.4 của Sở Tư pháp.'),
    'difficulties:\n',
    [
      '  III.4:',
      '    status: done',
      '    summary: >-',
      '      Phối hợp Sở Tư pháp phổ biến Công ước Chống tra tấn (CAT) cho cán bộ, viên chức ngành y tế.',
      'difficulties:',
      '',
    ].join('\n'),
  ),
);

{
  const r = note(read('12-phuong-ky-lua.yaml'), 'CR309 (missing-task): phường không báo cáo nhiệm vụ III.12.b.');
  const start = r.indexOf('  III.12.b:\n');
  const end = r.indexOf('\nproposals:');
  if (start < 0 || end < 0) throw new Error('ky lua');
  w('CR309-missing-task.yaml', r.slice(0, start) + r.slice(end + 1));
}

w(
  'CR310-wrong-indent.yaml',
  sub(
    note(read('05-so-khoa-hoc-cong-nghe.yaml'), 'CR310 (wrong-indent): khóa "place" thụt lề thừa một dấu cách so với các khóa cùng cấp.'),
    '        place: Hội trường UBND tỉnh\n',
    '         place: Hội trường UBND tỉnh\n',
  ),
);

w(
  'CR311-missing-dash.yaml',
  sub(
    note(read('11-so-nong-nghiep-moi-truong.yaml'), 'CR311 (missing-dash): hoạt động ngày 10/12/2025 thiếu "- " ở đầu.'),
    '      - date: 10/12/2025\n',
    '        date: 10/12/2025\n',
  ),
);

w(
  'CR312-invisible-character.yaml',
  sub(
    note(read('02-cong-an-tinh.yaml'), 'CR312 (invisible-character): mã cơ quan dán từ trang web, có ký tự ẩn U+200B (zero-width space) ở cuối.'),
    'agency: cong-an-tinh\n',
    'agency: cong-an-tinh\u200b\n',
  ),
);

// --- CR4xx: report rules ------------------------------------------------------------------

w(
  'CR401-invalid-date.yaml',
  sub(
    note(read('03-bo-chi-huy-quan-su.yaml'), 'CR401 (invalid-date): ngày "31/11/2025" không tồn tại (tháng 11 có 30 ngày).'),
    '      - date: 20/12/2025\n',
    '      - date: 31/11/2025\n',
  ),
);

w(
  'CR402-date-outside-period.yaml',
  sub(
    note(read('04-so-tu-phap.yaml'), 'CR402 (date-outside-period): hoạt động ngày 28/12/2025 nằm sau kỳ báo cáo 01/12/2025 - 24/12/2025.'),
    '      - date: 16/12/2025\n',
    '      - date: 28/12/2025\n',
  ),
);

w(
  'CR403-date-outside-campaign.yaml',
  sub(
    note(read('12-phuong-luong-van-tri.yaml'), 'CR403 (date-outside-campaign): hoạt động ngày 15/01/2026, sau khi kết thúc đợt tuyên truyền.'),
    '      - date: 12/12/2025\n',
    '      - date: 15/01/2026\n',
  ),
);

w(
  'CR404-reversed-range.yaml',
  sub(
    note(read('07-so-noi-vu.yaml'), 'CR404 (reversed-range): khoảng ngày viết ngược "15/12/2025 - 01/12/2025".'),
    '      - date: 01/12/2025 - 15/12/2025\n',
    '      - date: 15/12/2025 - 01/12/2025\n',
  ),
);

w(
  'CR405-absurd-quantity.yaml',
  sub(
    note(read('09-so-y-te.yaml'), 'CR405 (absurd-quantity): số người tham dự 120000 (thừa ba chữ số 0); chỉ là cảnh báo.'),
    '        participants: 120\n',
    '        participants: 120000\n',
  ),
);

w(
  'CR406-quantity-not-for-form.yaml',
  sub(
    note(read('07-so-noi-vu.yaml'), 'CR406 (quantity-not-for-form): hội nghị đếm cả số tài liệu phát ra (copies), kế hoạch chỉ cho đếm số buổi.'),
    '        participants: 140\n        quantities: { sessions: 1 }\n',
    '        participants: 140\n        quantities: { sessions: 1, copies: 140 }\n',
  ),
);

{
  const r = note(read('12-xa-loc-binh.yaml'), 'CR407 (duplicate-activity): một hoạt động được dán hai lần; chỉ là cảnh báo.');
  const block = [
    '      - date: 09/12/2025',
    '        form: banner',
    '        title: Treo băng rôn, khẩu hiệu tại trung tâm xã và các trục đường chính',
    '        themes: [2.2.a]',
    '        quantities: { banners: 14 }',
    '        cost: 3500000',
    '',
  ].join('\n');
  w('CR407-duplicate-activity.yaml', sub(r, block, block + block));
}

{
  const r = note(read('11-so-nong-nghiep-moi-truong.yaml'), 'CR408 (decomposed-unicode): tên người ký gõ bằng "Unicode tổ hợp" (dấu tách rời chữ); chỉ là cảnh báo.');
  const m = /\n  name: (.+)\n/.exec(r);
  w('CR408-decomposed-unicode.yaml', sub(r, `\n  name: ${m[1]}\n`, `\n  name: ${m[1].normalize('NFD')}\n`));
}

w(
  'CR409-legacy-encoding.yaml',
  sub(
    note(read('09-so-y-te.yaml'), 'CR409 (legacy-encoding): chức vụ người ký dán từ văn bản phông .VnTime (TCVN3).'),
    '  title: Phó Giám đốc\n',
    '  title: Phã Gi¸m ®èc\n',
  ),
);

w(
  'CR410-malformed-link.yaml',
  sub(
    note(read('09-so-y-te.yaml'), 'CR410 (malformed-link): đường dẫn thiếu "https://".'),
    '          - https://soyte.langson.gov.vn/tin-tuc/quyen-duoc-cham-soc-suc-khoe-cua-nguoi-dan.html\n',
    '          - soyte.langson.gov.vn/tin-tuc/quyen-duoc-cham-soc-suc-khoe-cua-nguoi-dan.html\n',
  ),
);

w(
  'CR411-control-character.yaml',
  sub(
    note(read('09-so-y-te.yaml'), 'CR411 (control-character): tên hoạt động dán từ Word có ký tự ngắt dòng thủ công U+000B.'),
    '        title: Khám sàng lọc bệnh không lây nhiễm cho người cao tuổi xã Hữu Lũng\n',
    '        title: Khám sàng lọc bệnh không lây nhiễm\u000bcho người cao tuổi xã Hữu Lũng\n',
  ),
);

w(
  'CR412-plan-mismatch.yaml',
  sub(
    note(read('08-so-giao-duc-dao-tao.yaml'), 'CR412 (plan-mismatch): ghi số kế hoạch của Ban Chỉ đạo Chính phủ (705/KH-BCĐNQ) thay vì 400/KH-BCĐNQ-CQTT.'),
    '\nplan: 400/KH-BCĐNQ-CQTT\n',
    '\nplan: 705/KH-BCĐNQ\n',
  ),
);

// CR414: a cost with a Vietnamese thousands dot, which YAML reads as 500 đồng.
w(
  'CR414-number-with-separators.yaml',
  sub(
    note(read('12-phuong-tam-thanh.yaml'), 'CR414 (number-with-separators): kinh phí viết "500.000" (dấu chấm ngăn cách hàng nghìn), YAML đọc thành 500 đồng.'),
    '        cost: 3500000\n',
    '        cost: 500.000\n',
  ),
);

// CR415: half a session.
w(
  'CR415-number-not-whole.yaml',
  sub(
    note(read('10-so-tai-chinh.yaml'), 'CR415 (number-not-whole): số buổi ghi 0.5 (nửa buổi); số lượng phải là số nguyên.'),
    '        participants: 45\n        quantities: { sessions: 1 }\n',
    '        participants: 45\n        quantities: { sessions: 0.5 }\n',
  ),
);

// CR416: a cost pasted from an Excel cell shown in exponent form (the sheet held 4 523 000).
w(
  'CR416-number-in-exponent-form.yaml',
  sub(
    note(read('12-xa-dong-dang.yaml'), 'CR416 (number-in-exponent-form): kinh phí dán từ Excel dạng 4.52E+06 (ô gốc là 4523000).'),
    '        cost: 4400000\n',
    '        cost: 4.52E+06\n',
  ),
);

// CR417: a count in quotes, which is text and would not be added up.
w(
  'CR417-number-in-quotes.yaml',
  sub(
    note(read('12-phuong-tam-thanh.yaml'), 'CR417 (number-in-quotes): số người tham dự đặt trong dấu nháy "95".'),
    '        participants: 95\n',
    '        participants: "95"\n',
  ),
);

// CR418: a count typed with a leading zero (YAML 1.1 would read 085 as octal).
w(
  'CR418-number-notation.yaml',
  sub(
    note(read('04-so-tu-phap.yaml'), 'CR418 (number-notation): số người tham dự viết "085" (có số 0 ở đầu).'),
    '        participants: 85\n',
    '        participants: 085\n',
  ),
);

w(
  'CR425-report-date-too-early.yaml',
  sub(
    note(read('09-so-y-te.yaml'), 'CR425 (report-date-too-early): ngày ký báo cáo gõ nhầm năm 2024, trước cả ngày ban hành kế hoạch.'),
    '\ndate: 26/12/2025\n',
    '\ndate: 26/12/2024\n',
  ),
);

w(
  'CR426-report-date-too-late.yaml',
  sub(
    note(read('10-so-tai-chinh.yaml'), 'CR426 (report-date-too-late): ngày ký báo cáo gõ nhầm năm 2026, một năm sau khi kết thúc đợt.'),
    '\ndate: 24/12/2025\n',
    '\ndate: 24/12/2026\n',
  ),
);

w(
  'CR427-cost-below-floor.yaml',
  sub(
    note(read('06-so-dan-toc-ton-giao.yaml'), 'CR427 (cost-below-floor): kinh phí 22 triệu đồng ghi thành 22 (tính theo triệu); chỉ là cảnh báo.'),
    '        cost: 22000000\n',
    '        cost: 22\n',
  ),
);

w(
  'CR428-activities-while-not-started.yaml',
  sub(
    note(read('08-so-giao-duc-dao-tao.yaml'), 'CR428 (activities-while-not-started): nhiệm vụ ghi chưa thực hiện nhưng vẫn kê khai các hoạt động.'),
    '  III.8:\n    status: done\n',
    '  III.8:\n    status: not_started\n    reason: Chờ hướng dẫn của Bộ Giáo dục và Đào tạo.\n',
  ),
);

// --- CR5xx: across files ------------------------------------------------------------------
{
  const first = read('12-xa-loc-binh.yaml').replace('../../../schemas/', '../../../../schemas/');
  const lines = first.split('\n');
  lines.splice(2, 0, '# Ví dụ lỗi: CR501 (duplicate-unit): xã Lộc Bình gửi báo cáo lần thứ hai (tệp 12-xa-loc-binh-205-BC.yaml).');
  w('CR501-duplicate-unit/12-xa-loc-binh-198-BC.yaml', lines.join('\n'));
  let second = sub(first, 'number: 198/BC-UBND\ndate: 25/12/2025\nperiod: 01/12/2025 - 25/12/2025\n', 'number: 205/BC-UBND\ndate: 30/12/2025\nperiod: 01/12/2025 - 30/12/2025\n');
  const l2 = second.split('\n');
  l2.splice(2, 0, '# Ví dụ lỗi: CR501 (duplicate-unit): báo cáo gửi lại của xã Lộc Bình; đã có 12-xa-loc-binh-198-BC.yaml.');
  w('CR501-duplicate-unit/12-xa-loc-binh-205-BC.yaml', l2.join('\n'));
}

// --- CR6xx: the plan ----------------------------------------------------------------------
/** A copy of the example plan under plan/, its comment on line 2, with one edit. */
function planExample(file, comment, from, to) {
  let plan = readFileSync(EXAMPLE + 'plan.yaml', 'utf8');
  plan = sub(plan, '$schema=../../schemas/plan.schema.json', '$schema=../../../../schemas/plan.schema.json');
  const lines = plan.split('\n');
  lines.splice(1, 0, comment);
  w(`plan/${file}`, sub(lines.join('\n'), from, to));
}
planExample(
  'CR601-plan-invalid.yaml',
  '# Ví dụ lỗi: CR601 (plan-invalid): hình thức "conference" đếm chỉ tiêu "session" (thiếu chữ s) chưa khai báo trong quantities.',
  '  - id: conference\n    name: Hội nghị, hội thảo, tọa đàm\n    counts: [sessions]\n',
  '  - id: conference\n    name: Hội nghị, hội thảo, tọa đàm\n    counts: [session]\n',
);
// Checked against the illustrative national plan: build --rollup … --parent-plan examples/national-2025/plan.yaml
planExample(
  'CR610-rollup-mapping.yaml',
  '# Ví dụ lỗi: CR610 (rollup-mapping): rollup.report_as.unit viết "Tỉnh Lang Sơn" (thiếu dấu), không có trong danh sách tỉnh của kế hoạch cấp trên.',
  '    unit: Tỉnh Lạng Sơn\n',
  '    unit: Tỉnh Lang Sơn\n',
);
console.log(`examples written to ${OUT}`);
