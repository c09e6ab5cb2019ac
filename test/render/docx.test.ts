import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { mergeReports, type MergedReport } from '../../src/merge/index.js';
import type { Plan } from '../../src/plan/types.js';
import {
  defaultTemplateDir,
  formatMoney,
  formatNumber,
  renderReportDocx,
  TemplateError,
} from '../../src/render/index.js';
import { TEXT_WIDTH_LANDSCAPE, TEXT_WIDTH_PORTRAIT } from '../../src/render/styles.js';
import { cleanInline } from '../../src/render/vn-format.js';
import { documentText, exampleExists, loadExample, loadFixture, paragraphs, unzipDocx } from './helpers.js';
import { optionsFor } from './render-cases.js';

/** The example when it exists, otherwise the small fixture: the checks are the same. */
function mainInput() {
  return exampleExists() ? loadExample() : loadFixture('merge', 'small');
}

let model: MergedReport;
let plan: Plan;
let bytes: Uint8Array;
let files: Record<string, string>;
let text: string;

beforeAll(async () => {
  const input = mainInput();
  plan = input.plan;
  model = mergeReports(plan, input.reports, {
    excluded: [{ file: 'reports/hong.yaml', reason: 'CR201: Lỗi cú pháp', unit: 'Xã Hỏng', errors: [{ code: 'CR201', count: 1 }] }],
  });
  bytes = await renderReportDocx(model, optionsFor(plan));
  files = unzipDocx(bytes);
  text = documentText(bytes);
});

describe('content', () => {
  it('every part is well-formed XML', () => {
    for (const [path, xml] of Object.entries(files)) {
      if (!path.endsWith('.xml') && !path.endsWith('.rels')) continue;
      expect(XMLValidator.validate(xml), path).toBe(true);
    }
  });

  it('has the fixed parts of the official format', () => {
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain(`Số: ${optionsFor(plan).number}`);
    expect(text).toContain(`${plan.document.place}, ngày 05 tháng 01 năm 2026`);
    expect(text).toMatch(/Thực hiện Kế hoạch số .+ báo cáo kết quả như sau:/);
    for (const h of ['I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI', 'II. KẾT QUẢ THỰC HIỆN', 'III. ĐÁNH GIÁ CHUNG', '1. Ưu điểm', '2. Hạn chế', '3. Nguyên nhân', 'IV. ĐỀ XUẤT, KIẾN NGHỊ']) {
      expect(text).toContain(h);
    }
    for (const h of ['Phụ lục I', 'Phụ lục II', 'Phụ lục III']) expect(paragraphs(files['word/document.xml']!)).toContain(h);
    expect(text).toContain('Nơi nhận:');
    expect(text).toContain(cleanInline(plan.report.signer.name));
    expect(text).toMatch(/- Lưu: [^\n]+\.\n/);
  });

  it('contains every activity title and every unit name', () => {
    for (const a of model.activities) expect(text).toContain(cleanInline(a.title));
    for (const ag of model.agencies) {
      expect(text).toContain(cleanInline(ag.agency.name));
      for (const u of ag.reportingUnits) expect(text).toContain(cleanInline(u.name));
      for (const u of ag.missingUnits) expect(text).toContain(cleanInline(u));
    }
    // an excluded report is named by its unit, with its errors in words: no path, no raw message
    expect(text).toContain('Xã Hỏng\nBáo cáo có 1 lỗi: lỗi cú pháp YAML.');
    expect(text).not.toContain('hong.yaml');
    expect(text).not.toContain('CR201');
  });

  it('contains every total, formatted the Vietnamese way', () => {
    const t = model.totals;
    expect(text).toContain(`${formatNumber(t.activities)} hoạt động`);
    expect(text).toContain(formatNumber(t.participants));
    expect(text).toContain(formatMoney(t.cost));
    for (const v of Object.values(t.quantities)) if (v > 0) expect(text).toContain(formatNumber(v));
    for (const a of model.agencies) {
      expect(text).toContain(formatNumber(a.totals.cost));
      expect(text).toContain(formatNumber(a.totals.participants));
    }
    if (t.participants >= 1000) expect(text).toMatch(/\d\.\d{3}/);
  });
});

function sectPrs(xml: string): string[] {
  return [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
}

describe('page geometry, fonts, page numbers', () => {
  it('uses A4 with the official margins; wide appendices are landscape', () => {
    const sections = sectPrs(files['word/document.xml']!);
    expect(sections.length).toBeGreaterThanOrEqual(2);
    expect(sections[0]).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    for (const s of sections) {
      expect(s).toMatch(/<w:pgSz w:w="(11906|16838)" w:h="(16838|11906)"/);
      expect(s).toMatch(/w:top="1134"/);
      expect(s).toMatch(/w:bottom="1134"/);
      expect(s).toMatch(/w:left="1701"/);
      expect(s).toMatch(/w:right="1134"/);
    }
    expect(sections.some((s) => /<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/.test(s))).toBe(true);
  });

  it('sets Times New Roman in all four font slots, in the defaults and every style', () => {
    const styles = files['word/styles.xml']!;
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    expect(defaults).toMatch(/<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/);
    const rFonts = [...styles.matchAll(/<w:rFonts [^>]*\/>/g)].map((m) => m[0]);
    expect(rFonts.length).toBeGreaterThan(5);
    for (const f of rFonts) {
      for (const slot of ['ascii', 'hAnsi', 'eastAsia', 'cs']) expect(f).toContain(`w:${slot}="Times New Roman"`);
    }
    // our own paragraph styles are complete: font, size and colour
    for (const id of ['VbNoiDung', 'VbBang', 'VbDauVanBan', 'Heading1', 'Heading2', 'Heading3']) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
      expect(style, id).toMatch(/<w:rFonts /);
      expect(style, id).toMatch(/<w:sz w:val="\d+"\/>/);
      expect(style, id).toMatch(/<w:color w:val="000000"\/>/);
    }
    // document.xml names no other font anywhere
    expect(files['word/document.xml']).not.toMatch(/w:ascii="(?!Times New Roman)/);
  });

  it('body text is 14 pt, justified, first line indented 567, 6 pt after', () => {
    const styles = files['word/styles.xml']!;
    const body = /<w:style [^>]*w:styleId="VbNoiDung"[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(body).toMatch(/<w:jc w:val="both"\/>/);
    expect(body).toMatch(/w:firstLine="567"/);
    expect(body).toMatch(/w:after="120"/);
    expect(body).toMatch(/<w:sz w:val="28"\/>/);
  });

  it('numbers pages from page 2: titlePg, an empty first header, PAGE in the default header', () => {
    const first = sectPrs(files['word/document.xml']!)[0]!;
    expect(first).toContain('<w:titlePg/>');
    const rels = files['word/_rels/document.xml.rels']!;
    const target = (type: string): string => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="(rId\\d+)"/>`).exec(first)?.[1];
      const t = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
      return files[`word/${t}`] ?? '';
    };
    const def = target('default');
    const firstHeader = target('first');
    expect(def).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(def).toMatch(/<w:jc w:val="center"\/>/);
    expect(firstHeader).not.toContain('PAGE');
    expect(paragraphs(firstHeader).join('')).toBe('');
    // a cached result between "separate" and "end", as Word itself writes the field
    expect(def).toMatch(/<w:fldChar w:fldCharType="separate"\/><\/w:r><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:t>2<\/w:t><\/w:r><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:fldChar w:fldCharType="end"\/>/);
  });
});

describe('tables a person would draw', () => {
  const cells = (): string[] =>
    [...files['word/document.xml']!.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => paragraphs(m[0]).join(' ').trim());
  it('shows no 0 cell: a zero is a dash', () => {
    const all = cells();
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter((c) => c === '0')).toEqual([]);
    expect(all).toContain('-');
  });
  it('names each agency and each group once per table, as a group row, never on every row', () => {
    const all = cells();
    for (const a of model.agencies) {
      const title = `${a.agency.number}. ${cleanInline(a.agency.name)}`;
      // Phụ lục I (when it has activities) and Phụ lục II (when units are missing): one group row each
      const expected = (a.totals.activities > 0 ? 1 : 0) + (a.missingUnits.length > 0 ? 1 : 0);
      expect(all.filter((c) => c.startsWith(title)).length, title).toBe(expected);
    }
  });
  it('leaves zero counts out of sentences', () => {
    expect(text).not.toMatch(/(^|[^.\d])0 (đang thực hiện|chưa triển khai|chưa báo cáo|đơn vị đã hoàn thành|đã hoàn thành)/m);
  });
});

describe('what Word would repair or flag', () => {
  it('declares Vietnamese as the language of the text, in the defaults and every style', () => {
    const styles = files['word/styles.xml']!;
    const defaults = /<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/.exec(styles)?.[0] ?? '';
    expect(defaults).toMatch(/<w:lang w:val="vi-VN" w:eastAsia="vi-VN"\/>/);
    for (const id of ['VbNoiDung', 'VbBang', 'VbDauVanBan', 'Heading1']) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
      expect(style, id).toContain('<w:lang w:val="vi-VN"');
    }
  });

  it('bases styles only on styles the file defines', () => {
    const styles = files['word/styles.xml']!;
    const defined = new Set([...styles.matchAll(/w:styleId="([^"]+)"/g)].map((m) => m[1]));
    const basedOn = [...styles.matchAll(/<w:basedOn w:val="([^"]+)"\/>/g)].map((m) => m[1]);
    expect(basedOn.length).toBeGreaterThan(0);
    expect(basedOn.filter((b) => !defined.has(b))).toEqual([]);
  });

  it('has no empty parts, and every relationship and content type points at a part that exists', () => {
    for (const path of ['docProps/custom.xml', 'word/footnotes.xml', 'word/endnotes.xml', 'word/numbering.xml']) {
      expect(files[path], path).toBeUndefined();
    }
    for (const [path, xml] of Object.entries(files)) {
      if (path.endsWith('.rels')) expect(xml, path).toContain('<Relationship ');
    }
    expect(files['docProps/app.xml']).toContain('<Application>compile-report</Application>');
    for (const m of files['[Content_Types].xml']!.matchAll(/PartName="\/([^"]+)"/g)) expect(files[m[1]!], m[1]).toBeDefined();
    for (const m of files['word/_rels/document.xml.rels']!.matchAll(/Target="([^"]+)"/g)) expect(files[`word/${m[1]}`], m[1]).toBeDefined();
    for (const m of files['_rels/.rels']!.matchAll(/Target="([^"]+)"/g)) expect(files[m[1]!], m[1]).toBeDefined();
  });

  it('keeps every table inside the margins (no negative indent)', () => {
    expect(files['word/document.xml']).not.toMatch(/<w:tblInd [^>]*w:w="-/);
  });
});

function tables(xml: string): string[] {
  // top-level tables only (none are nested)
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
}

describe('tables', () => {
  it('the header block is a borderless two-column table with "Số:" and the date on one row', () => {
    const header = tables(files['word/document.xml']!)[0]!;
    expect([...header.matchAll(/<w:gridCol /g)]).toHaveLength(2);
    expect(header).toMatch(/<w:tblBorders><w:top w:val="none"/);
    const rows = [...header.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => paragraphs(m[0]));
    expect(rows[0]).toContain(cleanInline(plan.issuer.parent!));
    expect(rows[0]).toContain(cleanInline(plan.issuer.header_name));
    expect(rows[0]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const numberRow = rows.find((r) => r.some((p) => p.startsWith('Số: ')));
    expect(numberRow).toBeDefined();
    expect(numberRow!.some((p) => p.startsWith(`${plan.document.place}, ngày `))).toBe(true);
    // the place-date is italic, the issuing body bold, the national title bold
    expect(header).toMatch(/<w:i\/>[\s\S]*?ngày 05 tháng 01 năm 2026/);
    // two short rules: paragraph top borders under the issuing body and the motto
    expect([...header.matchAll(/<w:pBdr><w:top w:val="single"/g)]).toHaveLength(2);
  });

  it('data tables: fixed layout, grid widths summing to the text width, the same width on every cell, repeated header row', () => {
    const all = tables(files['word/document.xml']!).filter((t) => /<w:tblBorders>(?!<w:top w:val="none")/.test(t) || !t.includes('w:val="none"'));
    expect(all.length).toBeGreaterThanOrEqual(5);
    for (const t of all) {
      expect(t).toContain('<w:tblLayout w:type="fixed"/>');
      const grid = [...t.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      const sum = grid.reduce((a, b) => a + b, 0);
      expect([TEXT_WIDTH_PORTRAIT, TEXT_WIDTH_LANDSCAPE]).toContain(sum);
      expect(t).toMatch(new RegExp(`<w:tblW w:type="dxa" w:w="${sum}"/>`));
      expect(t).toMatch(/<w:trPr>(<w:cantSplit\/>)?<w:tblHeader\/>|<w:tblHeader\/>/);
      for (const row of t.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)) {
        let col = 0;
        for (const cell of row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)) {
          const w = Number(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/.exec(cell[0])?.[1]);
          const span = Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(cell[0])?.[1] ?? 1);
          expect(w).toBe(grid.slice(col, col + span).reduce((a, b) => a + b, 0));
          col += span;
        }
        expect(col).toBe(grid.length);
      }
    }
  });
});

describe('text hygiene in the document', () => {
  let tricky: string;
  let trickyXml: string;
  beforeAll(async () => {
    const { plan: p, reports } = loadFixture('render', 'tricky');
    const b = await renderReportDocx(mergeReports(p, reports), optionsFor(p));
    trickyXml = unzipDocx(b)['word/document.xml']!;
    tricky = documentText(b);
  });

  it('is NFC without control characters', () => {
    // eslint-disable-next-line no-control-regex
    expect(trickyXml).not.toMatch(/[\x00-\x08\x0B\x0C\x0E-\x1F]/);
    expect(tricky).toBe(tricky.normalize('NFC'));
    expect(tricky).toContain('Hội nghị tiếng Việt'.normalize('NFC'));
  });

  it('prints user text literally: markup characters, XML specials, directives', () => {
    expect(tricky).toContain('**dấu sao**, # thăng, <thẻ> & ký hiệu');
    expect(tricky).toContain('# Tiêu đề bắt đầu bằng dấu thăng & <b>');
    expect(tricky).toContain('@table tong-hop');
    expect(tricky).toContain('*Đề xuất* có dấu sao');
    expect(trickyXml).toContain('&lt;thẻ&gt; &amp; ký hiệu');
  });

  it('formats big numbers and money', () => {
    expect(tricky).toContain('1.234.567');
    expect(tricky).toContain('1.750.000 đồng');
    expect(tricky).toContain('98.765 lượt xem');
  });
});

describe('deterministic bytes', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('two renders are byte-identical', async () => {
    const again = await renderReportDocx(model, optionsFor(plan));
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it('the wall clock does not matter', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    let later: Uint8Array;
    let earlier: Uint8Array;
    try {
      vi.setSystemTime(new Date('2031-07-04T13:37:00Z'));
      later = await renderReportDocx(model, optionsFor(plan));
      vi.setSystemTime(new Date('1999-01-01T00:00:00Z'));
      earlier = await renderReportDocx(model, optionsFor(plan));
    } finally {
      // The unit files share their workers' modules and globals (isolate: false): the real clock goes back whatever happens.
      vi.useRealTimers();
    }
    expect(Buffer.from(later).equals(Buffer.from(bytes))).toBe(true);
    expect(Buffer.from(earlier).equals(Buffer.from(bytes))).toBe(true);
  });

  it('the time zone does not matter', async () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      const a = await renderReportDocx(model, optionsFor(plan));
      process.env.TZ = 'America/Los_Angeles';
      const b = await renderReportDocx(model, optionsFor(plan));
      expect(Buffer.from(a).equals(Buffer.from(bytes))).toBe(true);
      expect(Buffer.from(b).equals(Buffer.from(bytes))).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('core.xml dates come from the report date, or from sourceDateEpoch', async () => {
    expect(files['docProps/core.xml']).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-05T00:00:00Z</dcterms:created>');
    expect(files['docProps/core.xml']).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-05T00:00:00Z</dcterms:modified>');
    const epoch = await renderReportDocx(model, optionsFor(plan, { sourceDateEpoch: 1767225600 }));
    expect(unzipDocx(epoch)['docProps/core.xml']).toContain('2026-01-01T00:00:00Z');
  });

  it('zip entries: [Content_Types].xml first, stable order, fixed timestamps', () => {
    const names = Object.keys(unzipSync(bytes));
    expect(names[0]).toBe('[Content_Types].xml');
    expect(names[1]).toBe('_rels/.rels');
    expect(names.slice(2)).toEqual([...names.slice(2)].sort());
    // DOS date/time of every local header: 1980-01-01 12:00:00
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let off = 0;
    let seen = 0;
    while (off + 30 <= bytes.length && view.getUint32(off, true) === 0x04034b50) {
      expect(view.getUint16(off + 10, true)).toBe(12 << 11);
      expect(view.getUint16(off + 12, true)).toBe((0 << 9) | (1 << 5) | 1);
      const nameLen = view.getUint16(off + 26, true);
      const extraLen = view.getUint16(off + 28, true);
      const size = view.getUint32(off + 18, true);
      off += 30 + nameLen + extraLen + size;
      seen++;
    }
    expect(seen).toBe(names.length);
  });
});

describe('options', () => {
  it('pads a report number below 10 and adds "Lưu: VT" when the list lacks it', async () => {
    const b = await renderReportDocx(model, optionsFor(plan, { number: '5/BC-X', recipients: ['Thường trực Tỉnh ủy'] }));
    const t = documentText(b);
    expect(t).toContain('Số: 05/BC-X');
    expect(t).toContain('- Thường trực Tỉnh ủy;');
    expect(t).toContain('- Lưu: VT.');
  });

  it('uses the templates of a user folder, the defaults for the rest; an emptied appendix is left out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mau-'));
    try {
      const src = readFileSync(join(defaultTemplateDir(), 'muc-3-danh-gia.hbs'), 'utf8');
      writeFileSync(join(dir, 'muc-3-danh-gia.hbs'), src.replace('# III. ĐÁNH GIÁ CHUNG', '# III. NHẬN XÉT, ĐÁNH GIÁ'));
      writeFileSync(join(dir, 'phu-luc-3-chu-de.hbs'), '{{!-- không in phụ lục này --}}\n');
      const b = await renderReportDocx(model, optionsFor(plan, { templateDir: dir }));
      const t = documentText(b);
      expect(t).toContain('III. NHẬN XÉT, ĐÁNH GIÁ');
      expect(t).not.toContain('III. ĐÁNH GIÁ CHUNG');
      expect(t).toContain('IV. ĐỀ XUẤT, KIẾN NGHỊ');
      expect(paragraphs(unzipDocx(b)['word/document.xml']!)).not.toContain('Phụ lục III');
      expect(paragraphs(unzipDocx(b)['word/document.xml']!)).toContain('Phụ lục II');
      expect(sectPrs(unzipDocx(b)['word/document.xml']!)).toHaveLength(sectPrs(files['word/document.xml']!).length - 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a broken user template stops the render with a TemplateError naming file and line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mau-'));
    try {
      writeFileSync(join(dir, 'mo-dau.hbs'), 'Thực hiện\n{{#if plan.number}}\nkhông đóng\n');
      const err = await renderReportDocx(model, optionsFor(plan, { templateDir: dir })).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(TemplateError);
      expect((err as TemplateError).file).toBe(join(dir, 'mo-dau.hbs'));
      // At the block left open (line 2), not at the end of the file where Handlebars gives up.
      expect((err as TemplateError).line).toBe(2);
      expect((err as TemplateError).problem).toEqual({ kind: 'unclosed-block', helper: 'if' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('summarises Phụ lục I per reporting unit beyond maxActivityRows', async () => {
    const b = await renderReportDocx(model, optionsFor(plan, { maxActivityRows: 2 }));
    const t = documentText(b);
    expect(t).toMatch(/Số hoạt động nhiều hơn 2/);
    const unit = model.agencies.flatMap((a) => a.reportingUnits).find((u) => u.totals.activities > 1)!;
    expect(t).toContain(`${formatNumber(unit.totals.activities)} hoạt động`);
  });

  it('refuses a bad date before doing anything', async () => {
    await expect(renderReportDocx(model, optionsFor(plan, { date: '2026-02-30' }))).rejects.toThrow(RangeError);
  });
});
