import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { reportToYaml } from '../../src/form/report-yaml.js';
import { ROOT } from '../cli/run-cli.js';

const MODELINE = '# yaml-language-server: $schema=../../../schemas/report.schema.json';
const REPORTS = join(ROOT, 'examples/lang-son-2025/reports');

describe('reportToYaml', () => {
  it('lays a report out as init does: the modeline, the keys in order, ids and counts on one line', () => {
    const text = reportToYaml(
      {
        tasks: { 'III.9': { summary: 'Đã làm.', status: 'done', activities: [{ cost: 4500000, title: 'Hội nghị', form: 'conference', date: '05/12/2025', quantities: { sessions: 1 }, themes: ['2.1.a', '2.2.b'] }] }, 'III.10': { status: 'not_started', reason: 'Chưa có kinh phí.', summary: 'Chưa làm.' } },
        signer: { title: 'Phó Giám đốc', name: 'Nguyễn Văn An' },
        agency: 'so-y-te',
        plan: '400/KH-BCĐNQ-CQTT',
        number: '412/BC-SYT',
        date: '26/12/2025',
        period: '01/12/2025 - 31/12/2025',
        proposals: ['Cấp thêm kinh phí.'],
      },
      MODELINE,
    );
    expect(text).toBe(`${MODELINE}
plan: 400/KH-BCĐNQ-CQTT
agency: so-y-te
number: 412/BC-SYT
date: 26/12/2025
period: 01/12/2025 - 31/12/2025
signer:
  name: Nguyễn Văn An
  title: Phó Giám đốc

tasks:
  III.9:
    status: done
    summary: Đã làm.
    activities:
      - date: 05/12/2025
        form: conference
        title: Hội nghị
        themes: [2.1.a, 2.2.b]
        quantities: {sessions: 1}
        cost: 4500000

  III.10:
    status: not_started
    reason: Chưa có kinh phí.
    summary: Chưa làm.

proposals:
  - Cấp thêm kinh phí.
`);
  });

  it('writes long texts as folded blocks', () => {
    const summary = 'Sở Y tế đã tổ chức khám, tư vấn sức khỏe miễn phí cho người dân vùng sâu, vùng xa, đồng thời tuyên truyền về quyền được chăm sóc sức khỏe.';
    const text = reportToYaml({ tasks: { 'III.9': { summary } } }, MODELINE);
    expect(text).toContain('    summary: >-\n      Sở Y tế đã tổ chức');
    expect(parse(text).tasks['III.9'].summary).toBe(summary);
  });

  it('keeps the data of every example report, and saving twice gives the same bytes', () => {
    for (const name of readdirSync(REPORTS)) {
      const data = parse(readFileSync(join(REPORTS, name), 'utf8'));
      const text = reportToYaml(data, MODELINE);
      expect(parse(text), name).toEqual(data);
      expect(reportToYaml(parse(text), MODELINE), name).toBe(text);
    }
  });

  it('keeps any text a clerk can type: quotes, colons, hashes, dashes, newlines, numbers-as-text', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'Đ', 'ệ', ' ', ':', '#', '"', "'", '-', '\n', '1', '.', '>', '|', '[', '{', '*', '&', '!', '%', '@', '`', ',', '?', '~', '\t') });
    fc.assert(
      fc.property(text, text, fc.array(text, { maxLength: 3 }), (summary, title, items) => {
        const report = { plan: title, number: summary, tasks: { 'III.9': { status: 'done', summary, activities: [{ date: title, title, note: summary, themes: [...items], quantities: { [title]: summary } }] } }, difficulties: items };
        expect(parse(reportToYaml(report, MODELINE))).toEqual(report);
      }),
      { numRuns: 300, seed: 14 },
    );
  });

  it('keeps keys and values the form does not know, so the validator can name them', () => {
    const shared = ['2.1.a'];
    const report = { agency: 'so-y-te', extra: { a: 1 }, tasks: { 'III.99': { status: 'late', participants: '12 người', activities: [{ themes: shared }, { themes: shared }] } }, number: 412 };
    const text = reportToYaml(report, MODELINE);
    expect(parse(text)).toEqual(report);
    expect(text.indexOf('extra:')).toBeGreaterThan(text.indexOf('tasks:'));
    expect(text).not.toMatch(/[&*]a1/);
  });
});
