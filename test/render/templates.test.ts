import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi as spy } from 'vitest';
import { en, vi } from '../../src/messages/diagnostics.js';
import type { TemplateProblem } from '../../src/messages/template-problem.js';
import { mergeReports } from '../../src/merge/index.js';
import { escapeMarkup, parseInline, parseMarkup, runsText, type Block } from '../../src/render/markup.js';
import { TABLE_HEADER_COUNTS } from '../../src/render/tables.js';
import {
  compileTemplate,
  createEnvironment,
  defaultTemplateDir,
  loadTemplates,
  TEMPLATE_NAMES,
  TemplateError,
} from '../../src/render/templates.js';
import { buildViewModel } from '../../src/render/view-model.js';
import { loadFixture } from './helpers.js';

function compile(source: string, name: (typeof TEMPLATE_NAMES)[number] = 'mo-dau') {
  return compileTemplate(createEnvironment(), name, `/tmp/mau/${name}.hbs`, source, TABLE_HEADER_COUNTS);
}

function textOf(b: Block | undefined): string {
  return b !== undefined && 'runs' in b ? runsText(b.runs) : '';
}

function catchError(fn: () => unknown): TemplateError {
  try {
    fn();
  } catch (e) {
    if (e instanceof TemplateError) return e;
    throw e;
  }
  throw new Error('no error thrown');
}

describe('line markup', () => {
  it('parses headings, centred lines, paragraphs, tables and page directives', () => {
    const blocks = parseMarkup(
      ['# I. MỘT', '## 1. Hai', '### a) Ba', '> **Phụ lục I**', '', '  - gạch đầu dòng', '@table tong-hop | A | B', '@page landscape'].join('\n'),
    );
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'heading', 'heading', 'center', 'paragraph', 'table', 'page']);
    expect(blocks[0]).toMatchObject({ level: 1 });
    expect(blocks[2]).toMatchObject({ level: 3 });
    expect(blocks[5]).toEqual({ kind: 'table', name: 'tong-hop', headers: ['A', 'B'] });
  });
  it('splits bold and italic runs and honours escapes', () => {
    expect(parseInline('a **b** *c* \\*d\\*')).toEqual([
      { text: 'a ', bold: false, italics: false },
      { text: 'b', bold: true, italics: false },
      { text: ' ', bold: false, italics: false },
      { text: 'c', bold: false, italics: true },
      { text: ' *d*', bold: false, italics: false },
    ]);
  });
  it('parseInline keeps escaped pairs, a trailing backslash and text around markers whole', () => {
    expect(parseInline('Xã \\😀 **Lộc** x\\')).toEqual([
      { text: 'Xã 😀 ', bold: false, italics: false },
      { text: 'Lộc', bold: true, italics: false },
      { text: ' x\\', bold: false, italics: false },
    ]);
    expect(parseInline('***a***b\\\\')).toEqual([
      { text: 'a', bold: true, italics: true },
      { text: 'b\\', bold: false, italics: false },
    ]);
  });
  it('escapeMarkup makes user text literal', () => {
    for (const s of ['# không phải đề mục', '**không đậm**', '@table tong-hop', '> x', 'a\\b', '*']) {
      const blocks = parseMarkup(escapeMarkup(s));
      expect(blocks).toHaveLength(1);
      expect(blocks[0]!.kind).toBe('paragraph');
      expect(textOf(blocks[0])).toBe(s);
    }
  });
});

describe('loading templates', () => {
  it('loads every default template', () => {
    const set = loadTemplates(undefined, TABLE_HEADER_COUNTS);
    expect(Object.keys(set.templates).sort()).toEqual([...TEMPLATE_NAMES].sort());
    for (const t of Object.values(set.templates)) expect(t.custom).toBe(false);
  });

  /** Where and what: line, column and the problem as the message layer receives it. */
  const whereWhat = (e: TemplateError) => ({ line: e.line, column: e.column, problem: e.problem });

  it('a block never closed is reported at its opening, not at the end of the file', () => {
    const e = catchError(() => compile('dòng 1\ndòng 2\n  {{#if has.excluded}}\ndòng 4\n'));
    expect(e.file).toBe('/tmp/mau/mo-dau.hbs');
    expect(e.code).toBe('CR701');
    expect(whereWhat(e)).toEqual({ line: 3, column: 3, problem: { kind: 'unclosed-block', helper: 'if' } });
    expect(vi.templateProblem(e.problem)).toBe('Khối {{#if}} mở ở đây nhưng không có {{/if}} để đóng.');
    expect(en.templateProblem(e.problem)).toBe('The block {{#if}} opened here is never closed with {{/if}}.');
  });

  it('the innermost open block is the one reported', () => {
    const e = catchError(() => compile('{{#each agencies}}\n{{#if isGroup}}\nx\n{{/each}}\n'));
    expect(whereWhat(e)).toEqual({ line: 4, column: 1, problem: { kind: 'mismatched-close', open: 'if', close: 'each', openLine: 2 } });
    expect(vi.templateProblem(e.problem)).toBe('Gặp {{/each}} nhưng khối đang mở là {{#if}} (dòng 2): cần {{/if}} trước.');
    const inner = catchError(() => compile('{{#each agencies}}\n  {{#each tasks}}\n{{/each}}\n'));
    expect(whereWhat(inner)).toEqual({ line: 1, column: 1, problem: { kind: 'unclosed-block', helper: 'each' } });
  });

  it('an unclosed mustache reports its line and column', () => {
    const e = catchError(() => compile('a\nb\nc {{report.number}\n'));
    expect(whereWhat(e)).toEqual({ line: 3, column: 3, problem: { kind: 'unclosed-tag' } });
    expect(en.templateProblem(e.problem)).toBe('The tag {{ opened here has no closing }}.');
  });

  it('a mismatched block is reported at the closing tag, naming where the open one starts', () => {
    const e = catchError(() => compile('x\n  {{#each agencies}}\n{{/if}}\n'));
    expect(whereWhat(e)).toEqual({ line: 3, column: 1, problem: { kind: 'mismatched-close', open: 'each', close: 'if', openLine: 2 } });
  });

  it('a stray {{/if}} or {{else}}, an empty tag and an unclosed comment are each named where they are', () => {
    expect(whereWhat(catchError(() => compile('a\n xx {{/if}}\n')))).toEqual({ line: 2, column: 5, problem: { kind: 'stray-close', helper: 'if' } });
    expect(whereWhat(catchError(() => compile('a {{else}} b\n')))).toEqual({ line: 1, column: 3, problem: { kind: 'stray-else' } });
    expect(whereWhat(catchError(() => compile('x\ny {{}} z')))).toEqual({ line: 2, column: 3, problem: { kind: 'bad-tag', text: '{{}}' } });
    expect(whereWhat(catchError(() => compile('x {{!-- ghi chú\n y')))).toEqual({ line: 1, column: 3, problem: { kind: 'unclosed-tag' } });
  });

  it('another syntax error keeps Handlebars\' line and quotes the template text where it stopped', () => {
    const e = catchError(() => compile('x\ny {{{a}} z\n'));
    expect(e.problem).toEqual({ kind: 'syntax', near: 'y {{{a}} z' });
    expect(e.line).toBe(2);
    expect(vi.templateProblem(e.problem)).toBe('Cú pháp Handlebars sai gần "y {{{a}} z".');
  });

  it('an unknown helper is reported at load, at its line and column', () => {
    const e = catchError(() => compile('x\ny\n  {{uppercase report.title}}\n'));
    expect(whereWhat(e)).toEqual({ line: 3, column: 3, problem: { kind: 'unknown-helper', helper: 'uppercase' } });
    expect(vi.templateProblem(e.problem)).toBe('Không có helper "uppercase"; chỉ dùng được if, unless, each, with, lookup.');
  });

  it('the log helper and partials are refused', () => {
    expect(whereWhat(catchError(() => compile('{{log "x"}}')))).toEqual({ line: 1, column: 1, problem: { kind: 'unknown-helper', helper: 'log' } });
    const p = catchError(() => compile('a\n{{> other}}'));
    expect(whereWhat(p)).toEqual({ line: 2, column: 1, problem: { kind: 'partial' } });
  });

  it('a misspelt field fails at render with its whole path, line and column (strict mode)', () => {
    const t = compile('một\nhai {{report.numbr}}\n');
    const e = catchError(() => t.render({ report: { number: '1' } }));
    expect(e.file).toBe('/tmp/mau/mo-dau.hbs');
    expect(whereWhat(e)).toEqual({ line: 2, column: 7, problem: { kind: 'unknown-field', field: 'report.numbr' } });
    expect(en.templateProblem(e.problem)).toBe('The template data has no field "report.numbr"; see the field list in templates/README.md.');
  });

  it('checks @table and @page directives at load', () => {
    expect(whereWhat(catchError(() => compile('a\n@table khong-co')))).toEqual({
      line: 2,
      column: 1,
      problem: { kind: 'unknown-table', name: 'khong-co', tables: Object.keys(TABLE_HEADER_COUNTS) },
    });
    expect(catchError(() => compile('@table tong-hop | một | hai')).problem).toEqual({ kind: 'table-headers', name: 'tong-hop', expected: 7, got: 2 });
    expect(catchError(() => compile('@bang x')).problem).toEqual({ kind: 'unknown-directive', word: 'bang' });
    expect(whereWhat(catchError(() => compile('@table {{x}}')))).toEqual({ line: 1, column: 1, problem: { kind: 'directive-has-mustache' } });
    expect(catchError(() => compile('@page landscape')).problem).toEqual({ kind: 'page-not-first' });
    expect(catchError(() => compile('x\n@page landscape', 'phu-luc-1-hoat-dong')).line).toBe(2);
    expect(() => compile('@page landscape\n> x', 'phu-luc-1-hoat-dong')).not.toThrow();
    expect(() => compile('@table tong-hop')).not.toThrow();
  });

  it('every problem has a sentence in each language, never both at once', () => {
    const problems: TemplateProblem[] = [
      { kind: 'folder-missing' },
      { kind: 'unreadable', reason: 'EACCES' },
      { kind: 'too-large', limit: 1_000_000 },
      { kind: 'page-orientation', text: '@page ngang' },
      { kind: 'table-needs-name', text: '@table' },
      { kind: 'bad-directive', text: '@1' },
      { kind: 'no-title-line' },
      { kind: 'render-failed', detail: 'x' },
    ];
    for (const p of problems) {
      const [v, e] = [vi.templateProblem(p), en.templateProblem(p)];
      expect(v).not.toBe(e);
      expect(v).not.toMatch(/ \/ |template|cannot|the /i);
      expect(e).not.toMatch(/mẫu|không|thư mục/i);
    }
  });

  it('a user folder replaces only the templates it has, and names stray files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mau-'));
    try {
      writeFileSync(join(dir, 'mo-dau.hbs'), 'Câu mở đầu của tôi cho {{plan.number}}.\n');
      writeFileSync(join(dir, 'muc-1-chidao.hbs'), 'gõ nhầm tên\n');
      const set = loadTemplates(dir, TABLE_HEADER_COUNTS);
      expect(set.templates['mo-dau'].custom).toBe(true);
      expect(set.templates['mo-dau'].file).toBe(join(dir, 'mo-dau.hbs'));
      expect(set.templates['muc-1-chi-dao'].custom).toBe(false);
      expect(set.templates['muc-1-chi-dao'].file).toBe(join(defaultTemplateDir(), 'muc-1-chi-dao.hbs'));
      expect(set.unknownFiles).toEqual(['muc-1-chidao.hbs']);
      const blocks = set.templates['mo-dau'].render({ plan: { number: '400/KH-X' } });
      expect(textOf(blocks[0])).toBe('Câu mở đầu của tôi cho 400/KH-X.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a broken template in the user folder names that file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mau-'));
    try {
      writeFileSync(join(dir, 'muc-4-de-xuat.hbs'), '# IV. ĐỀ XUẤT\n{{#each proposals}}\n- {{text}}\n');
      const e = catchError(() => loadTemplates(dir, TABLE_HEADER_COUNTS));
      expect(e.file).toBe(join(dir, 'muc-4-de-xuat.hbs'));
      expect(whereWhat(e)).toEqual({ line: 2, column: 1, problem: { kind: 'unclosed-block', helper: 'each' } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a missing template folder is a TemplateError', () => {
    expect(() => loadTemplates('/nonexistent/mau', TABLE_HEADER_COUNTS)).toThrow(TemplateError);
  });
});

describe('templates cannot reach prototypes', () => {
  let warn: ReturnType<typeof spy.spyOn>;
  beforeEach(() => {
    warn = spy.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  const view = { report: { number: '1' }, items: ['a'] };
  const attempts = [
    '{{constructor.constructor}}',
    '{{__proto__}}',
    '{{report.__proto__}}',
    '{{report.constructor.name}}',
    '{{#with report}}{{constructor}}{{/with}}',
    '{{lookup report "constructor"}}',
    '{{lookup (lookup report "constructor") "constructor"}}',
    '{{#each items}}{{this.constructor}}{{/each}}',
    '{{report.__defineGetter__}}',
  ];
  for (const src of attempts) {
    it(src, () => {
      let out = '';
      try {
        out = compile(src)
          .render(view)
          .map((b) => ('runs' in b ? runsText(b.runs) : ''))
          .join('');
      } catch (e) {
        expect(e).toBeInstanceOf(TemplateError);
        return;
      }
      expect(out).not.toMatch(/function|Object|native code|\[object/);
    });
  }
});

describe('the default templates with a view model', () => {
  it('render without a strict-mode error on a model with and without data', () => {
    const { plan, reports } = loadFixture('merge', 'small');
    const set = loadTemplates(undefined, TABLE_HEADER_COUNTS);
    const opts = { number: '3/BC-BCĐ', date: '2026-01-05', signer: plan.report.signer, recipients: plan.report.recipients };
    for (const model of [mergeReports(plan, reports), mergeReports(plan, [])]) {
      const view = buildViewModel(model, opts);
      for (const name of TEMPLATE_NAMES) expect(() => set.templates[name].render(view)).not.toThrow();
    }
  });

  it('templates/README.md documents every template and every table', () => {
    const readme = readFileSync(join(defaultTemplateDir(), 'README.md'), 'utf8');
    for (const name of TEMPLATE_NAMES) expect(readme).toContain(`\`${name}.hbs\``);
    // Each table has a row saying what it is; its default headers are checked in view-model-contract.test.ts.
    for (const table of Object.keys(TABLE_HEADER_COUNTS)) expect(readme).toContain(`| \`${table}\` | `);
  });
});
