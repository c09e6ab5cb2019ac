import { describe, expect, it } from 'vitest';
import { en, vi, type Messages } from '../../../src/messages/diagnostics.js';
import { parseYaml } from '../../../src/load/parse-yaml.js';
import { textEncodingDiagnostics } from '../../../src/validate/rules/text-encoding.js';
import { brief, edit, exampleReportText, MINI_REPORT, REPORT_NAMES, validateText } from '../support.js';

function run(text: string, t: Messages = vi) {
  const parsed = parseYaml(text, 'r.yaml', t);
  if (!parsed.doc || parsed.data === undefined) throw new Error('fixture does not parse');
  return textEncodingDiagnostics(parsed.data, { file: 'r.yaml', doc: parsed.doc, lineCounter: parsed.lineCounter, t }).diagnostics.map((d) => ({
    ...brief(d),
    severity: d.severity,
    path: d.path,
  }));
}
const nfd = (s: string): string => s.normalize('NFD');

describe('textEncodingDiagnostics: passing', () => {
  it('the mini report and every example report', () => {
    expect(run(MINI_REPORT)).toEqual([]);
    for (const name of REPORT_NAMES) expect(run(exampleReportText(name)), name).toEqual([]);
  });
});

describe('CR409 legacy encoding', () => {
  it('a signer title pasted from a .VnTime document, at the value', () => {
    const text = edit(MINI_REPORT, '  title: Phó Giám đốc\n', '  title: Phã Gi¸m ®èc\n');
    expect(run(text)).toEqual([
      {
        code: 'CR409',
        severity: 'error',
        line: 8,
        column: 10,
        message: 'Văn bản "Gi¸m" có vẻ là chữ Việt mã TCVN3 dán vào tệp UTF-8.',
        path: ['signer', 'title'],
      },
    ]);
    expect(run(text, en)[0]!.message).toBe('Text "Gi¸m" looks like TCVN3-encoded Vietnamese pasted into a UTF-8 file.');
  });

  it('a VNI title', () => {
    const text = edit(MINI_REPORT, '        title: Hội nghị phổ biến Công ước Chống tra tấn\n', '        title: Hoäi nghò phoå bieán Coâng öôùc Choáng tra taán\n');
    expect(run(text).map((d) => [d.code, d.line, d.column, d.message])).toEqual([
      ['CR409', 16, 16, 'Văn bản "Hoäi" có vẻ là chữ Việt mã VNI dán vào tệp UTF-8.'],
    ]);
  });

  it('a legacy key is reported at the key', () => {
    const text = edit(MINI_REPORT, '        participants: 150\n', '        sè ng­êi: 150\n');
    expect(run(text).map((d) => [d.code, d.line, d.column, d.path.join('/')])).toEqual([['CR409', 17, 9, 'tasks/III.4/activities/0/sè ng­êi']]);
  });

  it('is reported even when the schema rejects the file too', () => {
    let text = edit(MINI_REPORT, '  title: Phó Giám đốc\n', '  title: Phã Gi¸m ®èc\n');
    text = edit(text, '        participants: 150\n', '        partcipants: 150\n');
    expect(validateText(text).diagnostics.map((d) => d.code)).toEqual(['CR409', 'CR301']);
  });
});

describe('CR411 control character', () => {
  it('a manual line break (U+000B) pasted from Word, at the value', () => {
    const text = edit(MINI_REPORT, 'title: Hội nghị phổ biến Công ước Chống tra tấn', 'title: Hội nghị phổ biến\u000bCông ước Chống tra tấn');
    expect(run(text)).toEqual([
      {
        code: 'CR411',
        severity: 'error',
        line: 16,
        column: 16,
        message: 'Văn bản chứa ký tự điều khiển U+000B.',
        path: ['tasks', 'III.4', 'activities', 0, 'title'],
      },
    ]);
    expect(run(text, en)[0]!.message).toBe('The text contains the control character U+000B.');
  });

  it('an escaped control character in a double-quoted string counts too', () => {
    const text = edit(MINI_REPORT, '  name: Vi Thị Thu Hằng\n', '  name: "Vi Thị Thu Hằng\\b"\n');
    expect(run(text).map((d) => [d.code, d.line, d.column, d.message])).toEqual([['CR411', 7, 9, 'Văn bản chứa ký tự điều khiển U+0008.']]);
  });

  it('a tab is not a control character here', () => {
    expect(run(edit(MINI_REPORT, '  name: Vi Thị Thu Hằng\n', '  name: "Vi Thị\tThu Hằng"\n'))).toEqual([]);
  });

  it('a control character and legacy text in one string give both', () => {
    const text = edit(MINI_REPORT, '  title: Phó Giám đốc\n', '  title: "Phã Gi¸m ®èc\\u007f"\n');
    expect(run(text).map((d) => d.code)).toEqual(['CR411', 'CR409']);
  });
});

describe('CR408 decomposed Unicode (warning)', () => {
  it('once per file, at the first decomposed string, quoting the word in NFC', () => {
    let text = edit(MINI_REPORT, '  name: Vi Thị Thu Hằng\n', `  name: ${nfd('Vi Thị Thu Hằng')}\n`);
    text = edit(text, '        title: Hội nghị phổ biến Công ước Chống tra tấn\n', `        title: ${nfd('Hội nghị phổ biến Công ước Chống tra tấn')}\n`);
    expect(run(text)).toEqual([
      {
        code: 'CR408',
        severity: 'warning',
        line: 7,
        column: 9,
        message: 'Văn bản "Thị" dùng Unicode tổ hợp (dấu tách rời chữ).',
        path: ['signer', 'name'],
      },
    ]);
    expect(run(text, en)[0]!.message).toBe('Text "Thị" is in decomposed Unicode (marks separate from letters).');
  });

  it('a decomposed unit name is normalised and accepted: only the warning', () => {
    const text = edit(exampleReportText('12-phuong-tam-thanh.yaml'), 'unit: Phường Tam Thanh\n', `unit: ${nfd('Phường Tam Thanh')}\n`);
    const check = validateText(text);
    expect(check.diagnostics.map(brief)).toEqual([
      { code: 'CR408', line: 5, column: 7, message: 'Văn bản "Phường" dùng Unicode tổ hợp (dấu tách rời chữ).' },
    ]);
    expect(check.report?.unit).toBe('Phường Tam Thanh');
  });
});

describe('textEncodingDiagnostics: whether normalisation is needed', () => {
  const check = (text: string): boolean => {
    const parsed = parseYaml(text, 'r.yaml', vi);
    return textEncodingDiagnostics(parsed.data, { file: 'r.yaml', doc: parsed.doc!, lineCounter: parsed.lineCounter, t: vi }).decomposed;
  };
  it('says so for decomposed text, in a value or a key', () => {
    expect(check('title: Ho\u0300ng\n')).toBe(true);
    expect(check('Ho\u0300ng: x\n')).toBe(true);
  });
  it('says no for precomposed text', () => {
    expect(check('title: Hoàng Thị Thanh Huyền\n')).toBe(false);
  });
});
