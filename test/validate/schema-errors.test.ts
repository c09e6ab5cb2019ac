import type { ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { en, vi } from '../../src/messages/diagnostics.js';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { pointerToPath } from '../../src/load/ajv-errors.js';
import { schemaErrorsToDiagnostics } from '../../src/validate/schema-errors.js';
import { brief, compiledPlan, edit, exampleReportText, MINI_REPORT, validateText } from './support.js';

const diags = (text: string, t = vi) => validateText(text, 'r.yaml', t).diagnostics.map(brief);
const ACTIVITY_KEYS = 'date, form, title, place, themes, participants, quantities, links, cost, note, by';

describe('pointerToPath', () => {
  it('splits a JSON pointer, turning array indices into numbers and unescaping ~1 and ~0', () => {
    expect(pointerToPath('')).toEqual([]);
    expect(pointerToPath('/tasks/III.9/activities/0/date')).toEqual(['tasks', 'III.9', 'activities', 0, 'date']);
    expect(pointerToPath('/a~1b/c~0d/10/01')).toEqual(['a/b', 'c~d', 10, '01']);
  });
});

describe('schema errors as diagnostics', () => {
  it('the mini report used below is valid', () => {
    expect(diags(MINI_REPORT)).toEqual([]);
  });

  describe('CR301 unknown key', () => {
    it('in an activity, with a suggestion, at the key', () => {
      const text = edit(MINI_REPORT, '        participants: 150\n', '        partcipants: 150\n');
      expect(diags(text)).toEqual([
        {
          code: 'CR301',
          line: 17,
          column: 9,
          message: `Khóa "partcipants" không hợp lệ trong hoạt động thứ 1 của nhiệm vụ III.4. Có phải ý bạn là "participants"? Các khóa hợp lệ: ${ACTIVITY_KEYS}.`,
        },
      ]);
      expect(diags(text, en)[0]!.message).toBe(
        `Unknown key "partcipants" in activity 1 of task III.4. Did you mean "participants"? Allowed keys: ${ACTIVITY_KEYS}.`,
      );
    });

    it('at the top level, without a suggestion when nothing is close', () => {
      expect(diags(MINI_REPORT + 'ghi_chu_them: Không\n')).toEqual([
        {
          code: 'CR301',
          line: 25,
          column: 1,
          message: 'Khóa "ghi_chu_them" không hợp lệ trong báo cáo. Các khóa hợp lệ: plan, agency, unit, number, date, period, signer, tasks, difficulties, proposals.',
        },
      ]);
    });

    it('in a quantities mapping: a quantity the plan does not declare', () => {
      const text = edit(MINI_REPORT, '{ sessions: 1 }', '{ sessions: 1, session: 1 }');
      expect(diags(text)).toEqual([
        {
          code: 'CR301',
          line: 18,
          column: 36,
          message: 'Khóa "session" không hợp lệ trong "quantities" (hoạt động thứ 1 của nhiệm vụ III.4). Có phải ý bạn là "sessions"? Các khóa hợp lệ: sessions, articles, broadcasts, posts, views, banners, copies, entries, examinations, documents.',
        },
      ]);
    });

    it('"unit" in the report of an agency that is not a group', () => {
      const text = edit(MINI_REPORT, 'agency: so-tu-phap\n', 'agency: so-tu-phap\nunit: Xã Lộc Bình\n');
      expect(diags(text)).toEqual([
        { code: 'CR301', line: 3, column: 1, message: 'Sở Tư pháp không phải nhóm đơn vị; khóa "unit" chỉ dùng cho UBND xã, phường.' },
      ]);
      expect(diags(text, en)[0]!.message).toBe('Sở Tư pháp is not a group; the "unit" key is only for UBND xã, phường.');
    });
  });

  describe('CR302 missing key or empty value', () => {
    it('a missing key, at the mapping that lacks it', () => {
      const text = edit(MINI_REPORT, '  title: Phó Giám đốc\n', '');
      expect(diags(text)).toEqual([{ code: 'CR302', line: 6, column: 1, message: 'Thiếu khóa "title" trong "signer".' }]);
      expect(diags(text, en)[0]!.message).toBe('Missing key "title" in "signer".');
    });

    it('a missing key in an activity', () => {
      const text = edit(MINI_REPORT, '        form: conference\n', '');
      expect(diags(text)).toEqual([{ code: 'CR302', line: 14, column: 9, message: 'Thiếu khóa "form" trong hoạt động thứ 1 của nhiệm vụ III.4.' }]);
    });

    it('a missing top-level key, at the start of the report, without if/then noise', () => {
      const text = edit(MINI_REPORT, 'agency: so-tu-phap\n', '');
      expect(diags(text)).toEqual([{ code: 'CR302', line: 1, column: 1, message: 'Thiếu khóa "agency" trong báo cáo.' }]);
    });

    it('a group report without its unit', () => {
      const text = edit(exampleReportText('12-phuong-tam-thanh.yaml'), 'unit: Phường Tam Thanh\n', '');
      expect(diags(text)).toEqual([{ code: 'CR302', line: 3, column: 1, message: 'Thiếu khóa "unit" trong báo cáo.' }]);
    });

    it('status not_started without a reason, at the status', () => {
      const text = edit(MINI_REPORT, '    status: done\n', '    status: not_started\n');
      expect(diags(text)).toEqual([
        { code: 'CR302', line: 11, column: 13, message: 'Nhiệm vụ III.4 có status: not_started nhưng thiếu lý do ("reason").' },
      ]);
      expect(diags(text, en)[0]!.message).toBe('Task III.4 has status: not_started but no "reason".');
    });

    it('a key left without a value says "để trống" and what belongs there, never "null"', () => {
      const cases: [string, string, number, number, string, string][] = [
        ['  name: Vi Thị Thu Hằng\n  title: Phó Giám đốc\n', '', 6, 1, '"signer" đang để trống; cần ghi mục gồm các khóa.', '"signer" is left empty; write a mapping of keys.'],
        ['  title: Phó Giám đốc\n', '  title:\n', 8, 3, '"signer.title" đang để trống; cần ghi chuỗi văn bản.', '"signer.title" is left empty; write text.'],
        ['    status: done\n', '    status:\n', 11, 5, '"status" của nhiệm vụ III.4 đang để trống; cần ghi một trong: done, in_progress, not_started.', '"status" of task III.4 is left empty; write one of: done, in_progress, not_started.'],
        ['plan: 400/KH-BCĐNQ-CQTT\n', 'plan:\n', 1, 1, '"plan" đang để trống; cần ghi "400/KH-BCĐNQ-CQTT".', '"plan" is left empty; write "400/KH-BCĐNQ-CQTT".'],
        ['        participants: 150\n', '        participants:\n', 17, 9, '"participants" (hoạt động thứ 1 của nhiệm vụ III.4) đang để trống; cần ghi số nguyên.', '"participants" (activity 1 of task III.4) is left empty; write a whole number.'],
      ];
      for (const [from, to, line, column, message, english] of cases) {
        const text = edit(MINI_REPORT, from, to);
        expect(diags(text)).toEqual([{ code: 'CR302', line, column, message }]);
        expect(diags(text, en)[0]!.message).toBe(english);
      }
    });

    it('a misspelt key gives CR301 with the suggestion, not also "missing" for the key it stands for', () => {
      const top = edit(MINI_REPORT, '\ntasks:\n', '\ntaks:\n');
      expect(diags(top).map((d) => [d.code, d.line, d.column])).toEqual([['CR301', 9, 1]]);
      expect(diags(top)[0]!.message).toContain('Khóa "taks" không hợp lệ trong báo cáo. Có phải ý bạn là "tasks"?');
      const nested = edit(MINI_REPORT, '  title: Phó Giám đốc\n', '  titel: Phó Giám đốc\n');
      expect(diags(nested).map((d) => [d.code, d.line, d.column])).toEqual([['CR301', 8, 3]]);
      // A task id one letter off: the unknown task, with the suggestion, and no "task missing" beside it.
      const task = edit(exampleReportText('12-xa-loc-binh.yaml'), '  III.12.a:\n', '  III.12.c:\n');
      expect(diags(task).map((d) => [d.code, d.line, d.column])).toEqual([['CR307', 13, 3]]);
      expect(diags(task)[0]!.message).toContain('Có phải ý bạn là "III.12.a"?');
    });

    it('an empty text', () => {
      const text = edit(MINI_REPORT, '  title: Phó Giám đốc\n', '  title: ""\n');
      expect(diags(text)).toEqual([{ code: 'CR302', line: 8, column: 10, message: '"signer.title" đang để trống.' }]);
    });
  });

  describe('CR303 wrong type', () => {
    it('a number written with words', () => {
      const text = edit(MINI_REPORT, '        participants: 150\n', '        participants: 150 người\n');
      expect(diags(text)).toEqual([
        {
          code: 'CR303',
          line: 17,
          column: 23,
          message: '"participants" (hoạt động thứ 1 của nhiệm vụ III.4) phải là số nguyên, nhưng đang là chuỗi văn bản "150 người".',
        },
      ]);
      expect(diags(text, en)[0]!.message).toBe('"participants" (activity 1 of task III.4) must be a whole number, but is text "150 người".');
    });

    it('a fraction where a count is expected is said from its source text (CR415), in place of CR303', () => {
      const text = edit(MINI_REPORT, '{ sessions: 1 }', '{ sessions: 1.5 }');
      expect(diags(text)).toEqual([
        {
          code: 'CR415',
          line: 18,
          column: 33,
          message: 'Số "1.5" của "quantities.sessions" (hoạt động thứ 1 của nhiệm vụ III.4) không phải số nguyên.',
        },
      ]);
    });

    it('a single theme written without brackets', () => {
      const text = edit(MINI_REPORT, '        participants: 150\n', '        themes: 2.1.a\n        participants: 150\n');
      expect(diags(text).map((d) => [d.code, d.line, d.column, d.message])).toEqual([
        ['CR303', 17, 17, '"themes" (hoạt động thứ 1 của nhiệm vụ III.4) phải là danh sách, nhưng đang là chuỗi văn bản "2.1.a".'],
      ]);
    });

  });

  describe('CR304 value not allowed', () => {
    it('an activity form not in the plan, listing the forms', () => {
      const text = edit(MINI_REPORT, 'form: conference', 'form: hoi-nghi');
      expect(diags(text)).toEqual([
        {
          code: 'CR304',
          line: 15,
          column: 15,
          message:
            'Giá trị "hoi-nghi" của "form" (hoạt động thứ 1 của nhiệm vụ III.4) không có trong danh mục. Giá trị hợp lệ: conference, direct-propaganda, political-study, press-article, broadcast, loudspeaker, social-media, banner, leaflet, contest, medical-exam, guidance, … (13).',
        },
      ]);
    });

    it('a unit typed without marks, with the suggestion', () => {
      const text = edit(exampleReportText('12-phuong-tam-thanh.yaml'), 'unit: Phường Tam Thanh\n', 'unit: Phuong Tam thanh\n');
      expect(diags(text).map((d) => [d.code, d.line, d.column])).toEqual([['CR304', 5, 7]]);
      expect(diags(text)[0]!.message).toMatch(/^Giá trị "Phuong Tam thanh" của "unit" không có trong danh mục\. Có phải ý bạn là "Phường Tam Thanh"\? Giá trị hợp lệ: Xã Thất Khê, /);
      expect(diags(text, en)[0]!.message).toMatch(/^Value "Phuong Tam thanh" of "unit" is not allowed\. Did you mean "Phường Tam Thanh"\? Allowed values: /);
    });

    it('an agency id with a typo', () => {
      const text = edit(MINI_REPORT, 'agency: so-tu-phap', 'agency: so-tuphap');
      expect(diags(text).map((d) => [d.code, d.line, d.column])).toEqual([['CR304', 2, 9]]);
      expect(diags(text)[0]!.message).toContain('Có phải ý bạn là "so-tu-phap"?');
    });

    it('a theme repeated, at the repetition', () => {
      const text = edit(MINI_REPORT, '        participants: 150\n', '        themes: [2.1.a, 2.1.d, 2.1.a]\n        participants: 150\n');
      expect(diags(text)).toEqual([
        { code: 'CR304', line: 17, column: 32, message: 'Giá trị "2.1.a" lặp lại trong "themes" (hoạt động thứ 1 của nhiệm vụ III.4).' },
      ]);
    });

    it('a theme the plan does not have', () => {
      const text = edit(MINI_REPORT, '        participants: 150\n', '        themes: [2.1.a, 2.1.g]\n        participants: 150\n');
      expect(diags(text).map((d) => [d.code, d.line, d.column])).toEqual([['CR304', 17, 25]]);
    });
  });

  describe('CR305 wrong format', () => {
    it('a date with dots', () => {
      const text = edit(MINI_REPORT, '      - date: 05/12/2025\n', '      - date: 05.12.2025\n');
      expect(diags(text)).toEqual([
        {
          code: 'CR305',
          line: 14,
          column: 15,
          message:
            'Giá trị "05.12.2025" của "date" (hoạt động thứ 1 của nhiệm vụ III.4) sai định dạng; cần ngày dd/mm/yyyy (01/12/2025) hoặc yyyy-mm-dd, hoặc khoảng ngày "01/12/2025 - 31/12/2025". Có phải ý bạn là "05/12/2025"?',
        },
      ]);
    });

    it('a period that is a single date', () => {
      const text = edit(MINI_REPORT, 'period: 01/12/2025 - 24/12/2025', 'period: 24/12/2025');
      expect(diags(text)).toEqual([
        { code: 'CR305', line: 5, column: 9, message: 'Giá trị "24/12/2025" của "period" sai định dạng; cần khoảng ngày "01/12/2025 - 31/12/2025".' },
      ]);
      expect(diags(text, en)[0]!.message).toBe('Value "24/12/2025" of "period" has the wrong format; expected a date range "01/12/2025 - 31/12/2025".');
    });

    it('a report number without its symbol', () => {
      const text = edit(MINI_REPORT, 'number: 472/BC-STP', 'number: "472"');
      expect(diags(text)).toEqual([{ code: 'CR305', line: 3, column: 9, message: 'Giá trị "472" của "number" sai định dạng; cần số và ký hiệu như "15/BC-BCĐNQ-CQTT".' }]);
    });
  });

  describe('CR306 out of range', () => {
    it('a negative count', () => {
      const text = edit(MINI_REPORT, '        participants: 150\n', '        participants: -150\n');
      expect(diags(text)).toEqual([
        { code: 'CR306', line: 17, column: 23, message: 'Giá trị -150 của "participants" (hoạt động thứ 1 của nhiệm vụ III.4) không hợp lệ: không được âm.' },
      ]);
      expect(diags(text, en)[0]!.message).toBe('Value -150 of "participants" (activity 1 of task III.4) is invalid: must not be negative.');
    });

    it('a count over the hard limit', () => {
      const text = edit(MINI_REPORT, '        participants: 150\n', '        participants: 100000001\n');
      expect(diags(text)).toEqual([
        {
          code: 'CR306',
          line: 17,
          column: 23,
          message: 'Giá trị 100000001 của "participants" (hoạt động thứ 1 của nhiệm vụ III.4) không hợp lệ: vượt quá 100000000.',
        },
      ]);
    });

    it('a text over 20 000 characters', () => {
      const text = edit(MINI_REPORT, '  title: Phó Giám đốc\n', `  title: ${'a'.repeat(20_001)}\n`);
      expect(diags(text)).toEqual([{ code: 'CR306', line: 8, column: 10, message: 'Giá trị (20001) của "signer.title" không hợp lệ: dài quá 20000 ký tự.' }]);
    });

    it('more than 50 links', () => {
      const links = Array.from({ length: 51 }, (_, i) => `          - https://sotuphap.langson.gov.vn/tin-${i}\n`).join('');
      const text = edit(MINI_REPORT, '          - https://sotuphap.langson.gov.vn/cuoc-thi/tim-hieu-2025\n', links);
      expect(diags(text)).toEqual([{ code: 'CR306', line: 24, column: 11, message: '"links" (hoạt động thứ 2 của nhiệm vụ III.4) có quá 50 mục.' }]);
    });
  });

  describe('CR312 invisible characters in ids and names', () => {
    it('a zero-width space after an agency id, shown by its code point', () => {
      const text = edit(MINI_REPORT, 'agency: so-tu-phap\n', 'agency: so-tu-phap\u200b\n');
      expect(diags(text)).toEqual([
        { code: 'CR312', line: 2, column: 9, message: 'Giá trị "so-tu-phap⟨U+200B⟩" của "agency" có ký tự ẩn U+200B; bỏ ký tự đó thì là "so-tu-phap", giá trị hợp lệ.' },
      ]);
      expect(diags(text, en)[0]!.message).toBe('Value "so-tu-phap⟨U+200B⟩" of "agency" holds the invisible character U+200B; without it, it is "so-tu-phap", an allowed value.');
    });

    it('a no-break space in a form, a BOM inside a unit name, a zero-width space in a task key', () => {
      expect(diags(edit(MINI_REPORT, 'form: conference', 'form: conference\u00a0'))).toEqual([
        {
          code: 'CR312',
          line: 15,
          column: 15,
          message: 'Giá trị "conference⟨U+00A0⟩" của "form" (hoạt động thứ 1 của nhiệm vụ III.4) có ký tự ẩn U+00A0; bỏ ký tự đó thì là "conference", giá trị hợp lệ.',
        },
      ]);
      const unit = edit(exampleReportText('12-phuong-tam-thanh.yaml'), 'unit: Phường Tam Thanh', 'unit: \ufeffPhường Tam Thanh');
      expect(diags(unit).map((d) => [d.code, d.message])).toEqual([
        ['CR312', 'Giá trị "⟨U+FEFF⟩Phường Tam Thanh" của "unit" có ký tự ẩn U+FEFF; bỏ ký tự đó thì là "Phường Tam Thanh", giá trị hợp lệ.'],
      ]);
      const task = edit(MINI_REPORT, '  III.4:\n', '  III.4\u200b:\n');
      expect(diags(task)).toEqual([{ code: 'CR312', line: 10, column: 3, message: 'Khóa "III.4⟨U+200B⟩" trong "tasks" có ký tự ẩn U+200B; bỏ ký tự đó thì là khóa "III.4".' }]);
    });
  });

  describe('CR307 / CR308 / CR309 tasks', () => {
    it('CR307 a task id the plan does not have, with the suggestion', () => {
      const text = MINI_REPORT + '  III.4.a:\n    status: done\n    summary: x\n';
      expect(diags(text)).toEqual([
        { code: 'CR307', line: 25, column: 3, message: 'Kế hoạch không có nhiệm vụ "III.4.a". Có phải ý bạn là "III.4"? Nhiệm vụ giao cho Sở Tư pháp: III.4.' },
      ]);
      expect(diags(text, en)[0]!.message).toBe('The plan has no task "III.4.a". Did you mean "III.4"? Tasks assigned to Sở Tư pháp: III.4.');
    });

    it('CR308 a task of another agency, naming its owner', () => {
      const text = MINI_REPORT + '  III.9:\n    status: done\n    summary: Phối hợp Sở Y tế.\n';
      expect(diags(text)).toEqual([{ code: 'CR308', line: 25, column: 3, message: 'Nhiệm vụ III.9 được giao cho Sở Y tế, không phải Sở Tư pháp.' }]);
      expect(diags(text, en)[0]!.message).toBe('Task III.9 is assigned to Sở Y tế, not to Sở Tư pháp.');
    });

    it('CR309 an assigned task missing, at "tasks", quoting the task', () => {
      const text = edit(exampleReportText('12-xa-loc-binh.yaml'), '  III.12.a:\n', '  III.99.z:\n');
      expect(diags(text).map((d) => [d.code, d.line, d.column])).toEqual([
        ['CR309', 12, 1],
        ['CR307', 13, 3],
      ]);
      expect(diags(text)[0]!.message).toBe(
        'Thiếu nhiệm vụ III.12.a giao cho UBND xã, phường: "Tổ chức phát động đợt tuyên truyền cao điểm, làm nổi bật những thành tựu phát triển kinh tế - xã hội, những tiến bộ, chuyển biến về bảo đảm, nâng cao chất lượng cuộc sống của người dân tại địa phương. Chủ động lựa chọn nội dung, hình thức tuyên truyền phù hợp trong cơ quan, đơn vị và ngoài xã hội theo chức năng, nhiệm vụ.".',
      );
    });

    it('CR309 names the successor agency that reports under an alias', () => {
      // III.5.c is the last block of the file: cut it off.
      const text = exampleReportText('05-so-khoa-hoc-cong-nghe.yaml');
      const cut = text.slice(0, text.indexOf('  III.5.c:\n'));
      expect(cut).not.toContain('III.5.c:');
      const ds = diags(cut);
      expect(ds.map((d) => d.code)).toEqual(['CR309']);
      expect(ds[0]!.message).toMatch(/^Thiếu nhiệm vụ III\.5\.c giao cho Sở Khoa học và Công nghệ: "Theo dõi, tổng hợp thông tin báo chí/);
    });
  });

  describe('CR412 plan mismatch', () => {
    it('names both plan numbers', () => {
      const text = edit(MINI_REPORT, 'plan: 400/KH-BCĐNQ-CQTT', 'plan: 705/KH-BCĐNQ');
      expect(diags(text)).toEqual([
        { code: 'CR412', line: 1, column: 7, message: 'Báo cáo ghi kế hoạch "705/KH-BCĐNQ", nhưng đang tổng hợp kế hoạch "400/KH-BCĐNQ-CQTT".' },
      ]);
      expect(diags(text, en)[0]!.message).toBe('The report names plan "705/KH-BCĐNQ", but plan "400/KH-BCĐNQ-CQTT" is being compiled.');
    });
  });

  describe('several errors', () => {
    it('are all reported, each once, in document order of the schema walk', () => {
      let text = edit(MINI_REPORT, '        participants: 150\n', '        partcipants: 150\n');
      text = edit(text, 'form: conference', 'form: hoi-nghi');
      text = edit(text, '{ entries: 3250 }', '{ entries: -1 }');
      const codes = diags(text).map((d) => `${d.code}@${d.line}:${d.column}`);
      expect([...codes].sort()).toEqual(['CR301@17:9', 'CR304@15:15', 'CR306@22:32']);
    });
  });
});

describe('schemaErrorsToDiagnostics', () => {
  const parsed = parseYaml(MINI_REPORT, 'r.yaml', vi);
  const ctx = { file: 'r.yaml', doc: parsed.doc!, lineCounter: parsed.lineCounter, data: parsed.data, t: vi, index: compiledPlan().index };
  const err = (keyword: string, instancePath: string, params: Record<string, unknown> = {}, message?: string): ErrorObject =>
    ({ keyword, instancePath, schemaPath: '#', params, message }) as ErrorObject;

  it('drops the "if" errors and repeats', () => {
    const e = err('type', '/signer/name', { type: 'integer' });
    expect(schemaErrorsToDiagnostics([err('if', '', { failingKeyword: 'then' }), e, e], ctx).map((d) => d.code)).toEqual(['CR303']);
  });

  it('an unexpected keyword still becomes a positioned diagnostic', () => {
    const ds = schemaErrorsToDiagnostics([err('dependentRequired', '/signer', {}, 'must have property x')], ctx);
    expect(ds.map(brief)).toEqual([{ code: 'CR303', line: 7, column: 3, message: '"signer": must have property x' }]);
  });

  it('codeOverride replaces every code (the plan file: CR601)', () => {
    const ds = schemaErrorsToDiagnostics([err('type', '/signer/name', { type: 'integer' })], { ...ctx, index: undefined, codeOverride: 'CR601' });
    expect(ds.map((d) => [d.code, d.severity, d.range.start.line, d.range.start.column])).toEqual([['CR601', 'error', 7, 9]]);
  });

  it('no errors, no diagnostics', () => {
    expect(schemaErrorsToDiagnostics(null, ctx)).toEqual([]);
    expect(schemaErrorsToDiagnostics(undefined, ctx)).toEqual([]);
  });
});
