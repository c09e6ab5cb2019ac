import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { en, vi } from '../../src/messages/diagnostics.js';
import { crossFileDiagnostics, unitKey } from '../../src/validate/cross-file.js';
import { hasErrors, toFileResults, validateFiles } from '../../src/validate/validate-files.js';
import { brief, compiledPlan, edit, exampleReportText, validateText } from './support.js';

const LOC_BINH = exampleReportText('12-xa-loc-binh.yaml');
const TAM_THANH = exampleReportText('12-phuong-tam-thanh.yaml');
const NOI_VU = exampleReportText('07-so-noi-vu.yaml');
const YTE = exampleReportText('09-so-y-te.yaml');

const check = (file: string, text: string) => {
  const c = validateText(text, file);
  expect(c.diagnostics.filter((d) => d.severity === 'error'), file).toEqual([]);
  return c;
};

describe('unitKey', () => {
  it('a group member is keyed by agency and unit, named by its unit', () => {
    expect(unitKey(compiledPlan().index, 'ubnd-xa-phuong', 'Xã Lộc Bình')).toEqual({ key: 'ubnd-xa-phuong/Xã Lộc Bình', name: 'Xã Lộc Bình' });
  });

  it('an alias is keyed by its canonical agency', () => {
    expect(unitKey(compiledPlan().index, 'so-noi-vu', undefined)).toEqual({ key: 'so-lao-dong-thuong-binh-xa-hoi', name: 'Sở Lao động - Thương binh và Xã hội' });
    expect(unitKey(compiledPlan().index, 'so-y-te', undefined)).toEqual({ key: 'so-y-te', name: 'Sở Y tế' });
  });
});

describe('crossFileDiagnostics (CR501)', () => {
  const index = compiledPlan().index;

  it('different units: nothing', () => {
    const out = crossFileDiagnostics([check('a.yaml', LOC_BINH), check('b.yaml', TAM_THANH), check('c.yaml', YTE), check('d.yaml', NOI_VU)], index, vi);
    expect(out.size).toBe(0);
  });

  it('the same commune twice: CR501 on the second, at its unit, naming the first file', () => {
    const second = edit(LOC_BINH, 'number: 198/BC-UBND', 'number: 205/BC-UBND');
    const out = crossFileDiagnostics([check('a.yaml', LOC_BINH), check('b.yaml', second)], index, vi);
    expect([...out.keys()]).toEqual(['b.yaml']);
    expect(out.get('b.yaml')!.map((d) => ({ ...brief(d), file: d.file, path: d.path, severity: d.severity }))).toEqual([
      { code: 'CR501', line: 5, column: 7, message: 'Xã Lộc Bình đã có báo cáo trong tệp a.yaml.', file: 'b.yaml', path: ['unit'], severity: 'error' },
    ]);
    expect(crossFileDiagnostics([check('a.yaml', LOC_BINH), check('b.yaml', second)], index, en).get('b.yaml')![0]!.message).toBe(
      'Xã Lộc Bình already has a report in a.yaml.',
    );
  });

  it('every later copy names the first file', () => {
    const out = crossFileDiagnostics([check('a.yaml', LOC_BINH), check('b.yaml', LOC_BINH), check('c.yaml', LOC_BINH)], index, vi);
    expect([...out.entries()].map(([f, ds]) => [f, ds.map((d) => d.message)])).toEqual([
      ['b.yaml', ['Xã Lộc Bình đã có báo cáo trong tệp a.yaml.']],
      ['c.yaml', ['Xã Lộc Bình đã có báo cáo trong tệp a.yaml.']],
    ]);
  });

  it('an agency and its successor under an alias are one unit: CR501 at "agency"', () => {
    const old = edit(NOI_VU, 'agency: so-noi-vu', 'agency: so-lao-dong-thuong-binh-xa-hoi');
    const out = crossFileDiagnostics([check('ldtbxh.yaml', old), check('noi-vu.yaml', NOI_VU)], index, vi);
    expect(out.get('noi-vu.yaml')!.map((d) => ({ ...brief(d), path: d.path }))).toEqual([
      { code: 'CR501', line: 5, column: 9, message: 'Sở Lao động - Thương binh và Xã hội đã có báo cáo trong tệp ldtbxh.yaml.', path: ['agency'] },
    ]);
  });

  it('a unit written decomposed (NFD) is the same unit', () => {
    const decomposed = edit(LOC_BINH, 'unit: Xã Lộc Bình', `unit: ${'Xã Lộc Bình'.normalize('NFD')}`);
    const second = validateText(decomposed, 'b.yaml');
    expect(second.diagnostics.map((d) => d.code)).toEqual(['CR408']);
    const out = crossFileDiagnostics([check('a.yaml', LOC_BINH), second], index, vi);
    expect(out.get('b.yaml')!.map((d) => d.code)).toEqual(['CR501']);
  });

  it('a file that failed validation takes no part', () => {
    const broken = edit(LOC_BINH, 'number: 198/BC-UBND', 'number: 198/BC-UBND\nnumbr: 1');
    const bad = validateText(broken, 'a.yaml');
    expect(bad.report).toBeUndefined();
    expect(crossFileDiagnostics([bad, check('b.yaml', LOC_BINH)], index, vi).size).toBe(0);
  });
});

describe('validateFiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cross-file-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('validates each file, then adds CR501 to the later one', async () => {
    writeFileSync(join(dir, 'a.yaml'), LOC_BINH);
    writeFileSync(join(dir, 'b.yaml'), edit(LOC_BINH, 'number: 198/BC-UBND', 'number: 205/BC-UBND'));
    writeFileSync(join(dir, 'c.yaml'), YTE);
    const run = await validateFiles(
      ['a.yaml', 'b.yaml', 'c.yaml'].map((n) => ({ path: join(dir, n), name: `bao-cao/${n}` })),
      compiledPlan(),
      vi,
    );
    expect(toFileResults(run).map((r) => [r.file, r.diagnostics.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.column} ${d.message}`)])).toEqual([
      ['bao-cao/a.yaml', []],
      ['bao-cao/b.yaml', ['CR501@5:7 Xã Lộc Bình đã có báo cáo trong tệp bao-cao/a.yaml.']],
      ['bao-cao/c.yaml', []],
    ]);
    expect(hasErrors(run.checks[1]!.diagnostics)).toBe(true);
    expect(hasErrors(run.checks[0]!.diagnostics)).toBe(false);
  });
});
