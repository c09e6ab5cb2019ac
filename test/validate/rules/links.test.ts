import { describe, expect, it } from 'vitest';
import { en, vi, type Messages } from '../../../src/messages/diagnostics.js';
import { isWellFormedLink, linksRule } from '../../../src/validate/rules/links.js';
import { brief, edit, exampleReportText, MINI_REPORT, REPORT_NAMES, ruleContext } from '../support.js';

const run = (text: string, t: Messages = vi) => linksRule(ruleContext(text, t)).map((d) => ({ ...brief(d), path: d.path }));
const GOOD = '          - https://sotuphap.langson.gov.vn/cuoc-thi/tim-hieu-2025\n';
const withLinks = (...links: string[]): string => edit(MINI_REPORT, GOOD, links.map((l) => `          - ${l}\n`).join(''));

describe('isWellFormedLink', () => {
  it.each([
    'https://sotuphap.langson.gov.vn/cuoc-thi/tim-hieu-2025',
    'http://langson.gov.vn',
    'https://www.facebook.com/snnmtlangson/posts/pfbid02TuX8vMhL',
    'https://baolangson.vn/tin-tuc?id=123&page=2#binh-luan',
    'https://xn--sytlangson-xyz.vn/a',
    'https://soyte.langson.gov.vn:8443/a',
    // One slash short: every browser repairs it (WHATWG URL parsing), so it opens.
    'https:/soyte.langson.gov.vn/a',
  ])('accepts %s', (link) => {
    expect(isWellFormedLink(link)).toBe(true);
  });

  it.each([
    'soyte.langson.gov.vn/tin-tuc/a.html',
    'www.facebook.com/phuongkylua',
    'https://soyte.langson.gov.vn/tin tuc/a.html',
    ' https://soyte.langson.gov.vn/a',
    'ftp://langson.gov.vn/a',
    'https://localhost/a',
    'https://',
    'javascript:alert(1)',
    'Trang thông tin điện tử Sở Y tế',
  ])('refuses %j', (link) => {
    expect(isWellFormedLink(link)).toBe(false);
  });
});

describe('linksRule', () => {
  it('passes the mini report and every example report', () => {
    expect(run(MINI_REPORT)).toEqual([]);
    for (const name of REPORT_NAMES) expect(linksRule(ruleContext(exampleReportText(name))), name).toEqual([]);
  });

  it('CR410: a link without https://, at the link', () => {
    const text = withLinks('sotuphap.langson.gov.vn/cuoc-thi/tim-hieu-2025');
    expect(run(text)).toEqual([
      {
        code: 'CR410',
        line: 24,
        column: 13,
        message: 'Đường dẫn "sotuphap.langson.gov.vn/cuoc-thi/tim-hieu-2025" không hợp lệ.',
        path: ['tasks', 'III.4', 'activities', 1, 'links', 0],
      },
    ]);
    expect(run(text, en)[0]!.message).toBe('Link "sotuphap.langson.gov.vn/cuoc-thi/tim-hieu-2025" is malformed.');
  });

  it('only the bad links of a list, each at its own line', () => {
    const text = withLinks('https://sotuphap.langson.gov.vn/a', 'https://sotuphap.langson.gov.vn/tin tuc', 'https://sotuphap.langson.gov.vn/b', 'Fanpage Sở Tư pháp');
    expect(run(text).map((d) => [d.code, d.line, d.column, d.path[5]])).toEqual([
      ['CR410', 25, 13, 1],
      ['CR410', 27, 13, 3],
    ]);
  });
});
