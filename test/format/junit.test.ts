import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/diagnostics/diagnostic.js';
import { formatJunit, stripInvalidXmlChars } from '../../src/format/junit.js';
import {
  diag,
  FILE_A,
  FILE_B,
  FILE_CLEAN,
  MSG_CONTROL,
  MSG_FORMAT,
  MSG_UNKNOWN_KEY,
  options,
  sampleResults,
  SORTED_CODES_A,
} from './fixtures.js';

interface Failure {
  '@_type': string;
  '@_message': string;
  '#text': string;
}
interface TestCase {
  '@_classname': string;
  '@_name': string;
  failure?: Failure[];
  'system-out'?: string;
}
interface Suite {
  '@_name': string;
  '@_tests': string;
  '@_failures': string;
  testcase: TestCase;
}
interface Doc {
  testsuites: { '@_name': string; '@_tests': string; '@_failures': string; testsuite: Suite[] };
}

function parse(xml: string): Doc {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    htmlEntities: true, // decode &#10; and friends
    trimValues: false,
    parseTagValue: false,
    isArray: (name) => name === 'testsuite' || name === 'failure',
  });
  return parser.parse(xml) as Doc;
}

describe('formatJunit', () => {
  const xml = formatJunit(sampleResults(), options());
  const doc = parse(xml);
  const suites = doc.testsuites.testsuite;

  it('starts with the XML declaration and is well-formed', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="compile-report" ')).toBe(true);
    expect(xml.endsWith('</testsuites>\n')).toBe(true);
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('counts one test per file and one failure per file with errors', () => {
    expect(doc.testsuites['@_name']).toBe('compile-report');
    expect(doc.testsuites['@_tests']).toBe('3');
    expect(doc.testsuites['@_failures']).toBe('1');
    expect(suites.map((s) => [s['@_name'], s['@_tests'], s['@_failures']])).toEqual([
      [FILE_A, '1', '1'],
      [FILE_B, '1', '0'],
      [FILE_CLEAN, '1', '0'],
    ]);
    for (const s of suites) {
      expect(s.testcase['@_classname']).toBe('compile-report');
      expect(s.testcase['@_name']).toBe(s['@_name']);
    }
  });

  it('writes a failure per error, in sorted order, with the code as type', () => {
    const failures = suites[0]!.testcase.failure!;
    expect(failures.map((f) => f['@_type'])).toEqual(SORTED_CODES_A.filter((c) => c !== 'CR405'));
    expect(failures[1]!['@_message']).toBe(MSG_UNKNOWN_KEY);
    expect(failures[1]!['#text']).toBe(`${FILE_A}:6:9 ${MSG_UNKNOWN_KEY}`);
    // Newline kept in the attribute (as &#10;) and in the body.
    expect(failures[2]!['@_message']).toBe(MSG_FORMAT);
    expect(failures[2]!['#text']).toBe(`${FILE_A}:7:15 ${MSG_FORMAT}`);
  });

  it('drops characters XML 1.0 cannot hold', () => {
    const failure = suites[0]!.testcase.failure![3]!;
    expect(failure['@_type']).toBe('CR411');
    expect(failure['@_message']).toBe(MSG_CONTROL.replace('\u0007', '').replace('\u001b', ''));
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });

  it('puts warnings in system-out and leaves files with only warnings passing', () => {
    expect(suites[0]!.testcase['system-out']).toBe(
      `${FILE_A}:12:17 cảnh báo CR405: Số người tham gia 1000000000 quá lớn`,
    );
    expect(suites[1]!.testcase.failure).toBeUndefined();
    expect(suites[1]!.testcase['system-out']!.split('\n')).toEqual([
      `${FILE_B}:2:1 cảnh báo CR407: Hoạt động "Hội nghị tuyên truyền" ngày 05/12/2025 đã kê khai ở mục 1`,
      `${FILE_B}:2:9 cảnh báo CR408: Văn bản "U\u031B\u0309y ban" dùng Unicode tổ hợp`,
    ]);
    expect(suites[2]!.testcase.failure).toBeUndefined();
    expect(suites[2]!.testcase['system-out']).toBeUndefined();
  });

  it('writes exactly this for a small case', () => {
    const results: FileResult[] = [
      {
        file: 'a&b.yaml',
        diagnostics: [
          diag('a&b.yaml', 'CR405', 'warning', [2, 3, 2, 5], "it's big"),
          diag('a&b.yaml', 'CR301', 'error', [1, 1, 1, 4], 'bad <key> "x"\tand\r'),
        ],
      },
      { file: 'ok.yaml', diagnostics: [] },
    ];
    expect(formatJunit(results, options({ lang: 'en' }))).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="compile-report" tests="2" failures="1">',
        '  <testsuite name="a&amp;b.yaml" tests="1" failures="1">',
        '    <testcase classname="compile-report" name="a&amp;b.yaml">',
        '      <failure type="CR301" message="bad &lt;key&gt; &quot;x&quot;&#9;and&#13;">a&amp;b.yaml:1:1 bad &lt;key&gt; "x"\tand&#13;</failure>',
        "      <system-out>a&amp;b.yaml:2:3 warning CR405: it's big</system-out>",
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="ok.yaml" tests="1" failures="0">',
        '    <testcase classname="compile-report" name="ok.yaml"/>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it("escapes ' in attributes", () => {
    const results: FileResult[] = [
      { file: "it's.yaml", diagnostics: [diag("it's.yaml", 'CR301', 'error', [1, 1, 1, 2], "o'clock")] },
    ];
    const out = formatJunit(results, options());
    expect(out).toContain('name="it&apos;s.yaml"');
    expect(out).toContain('message="o&apos;clock"');
    expect(parse(out).testsuites.testsuite[0]!.testcase.failure![0]!['@_message']).toBe("o'clock");
  });

  it('writes an empty but valid document for no files', () => {
    const out = formatJunit([], options());
    expect(out).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="compile-report" tests="0" failures="0">\n</testsuites>\n',
    );
    expect(XMLValidator.validate(out)).toBe(true);
  });
});

describe('stripInvalidXmlChars', () => {
  it('keeps tab, LF, CR, ordinary text and astral characters', () => {
    expect(stripInvalidXmlChars('a\tb\nc\rd Tiếng Việt 😀 \uD7FF\uE000\uFFFD')).toBe(
      'a\tb\nc\rd Tiếng Việt 😀 \uD7FF\uE000\uFFFD',
    );
  });

  it('drops other controls, lone surrogates, U+FFFE and U+FFFF', () => {
    expect(stripInvalidXmlChars('a\u0000b\u0001c\u0008d\u000be\u000cf\u001fg')).toBe('abcdefg');
    expect(stripInvalidXmlChars('x\uD800y\uDC00z\uDBFF')).toBe('xyz');
    expect(stripInvalidXmlChars('p\uFFFEq\uFFFFr')).toBe('pqr');
  });

  it('gives XML that validates when messages carry every kind of bad character', () => {
    const msg = 'bad \u0000\u0001\u001b \uD800 \uDFFF \uFFFE \uFFFF <&>"\' end';
    const results: FileResult[] = [{ file: 'x\u0002.yaml', diagnostics: [diag('x\u0002.yaml', 'CR411', 'error', [1, 1, 1, 2], msg)] }];
    const doc = parse(formatJunit(results, options()));
    const suite = doc.testsuites.testsuite[0]!;
    expect(suite['@_name']).toBe('x.yaml');
    expect(suite.testcase.failure![0]!['@_message']).toBe('bad      <&>"\' end');
  });
});
