import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SETUP_ID } from '../../src/form/setup.js';
import { eachWay, RUNNERS } from './run-cli.js';
import { checkRow } from './cases/cli-case.js';

import { PLAN, CASES } from './cases/form.js';

const tmp = mkdtempSync(join(tmpdir(), 'cr-form-e2e-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The setup a page carries, read back the way its script reads it. */
function setupOf(html: string): Record<string, unknown> {
  const m = new RegExp(`<script type="application/json" id="${SETUP_ID}">(.*?)</script>`, 's').exec(html);
  return JSON.parse(m![1]!);
}

describe('form', () => {
  it.each(eachWay(CASES.map((c) => ({ ...c, cwd: tmp }))))('$name ($via)', async (c) => {
    await checkRow(c);
    expect(existsSync(join(tmp, 'x.html'))).toBe(false);
  });
});

for (const runner of RUNNERS) {
  describe(`form (${runner.name})`, () => {
    it('writes one self-contained page under 1 MB, the same bytes every time', async () => {
      const out = join(tmp, `${runner.name}-so-y-te.html`);
      const r = await runner.run(['form', '--plan', PLAN, '--agency', 'so-y-te', '--out', out]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^✔ Đã tạo \S+so-y-te\.html \(biểu mẫu của Sở Y tế, \d+ KB\)\.\n/);
      const html = readFileSync(out, 'utf8');
      expect(statSync(out).size).toBeLessThan(1024 * 1024);
      // Nothing is loaded from anywhere: no src, no href, no url(), and a policy that forbids it anyway.
      const markup = html.replace(/<script>.*?<\/script>/s, '<script></script>');
      expect(markup).not.toMatch(/\s(src|href)=|url\(|@import/i);
      expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; script-src &#39;sha256-[A-Za-z0-9+/=]+&#39; &#39;unsafe-eval&#39;; style-src &#39;sha256-[A-Za-z0-9+/=]+&#39;; img-src &#39;none&#39;; connect-src &#39;none&#39;; font-src &#39;none&#39;; base-uri &#39;none&#39;; form-action &#39;none&#39;">/);
      expect(html).toContain('<title>Báo cáo của Sở Y tế</title>');
      const setup = setupOf(html);
      expect(setup).toMatchObject({ lang: 'vi', agencyId: 'so-y-te', fileName: '09-so-y-te.yaml' });
      expect(setup.modeline).toMatch(/^# yaml-language-server: \$schema=\S*schemas\/report\.schema\.json$/);
      const again = await runner.run(['form', '--plan', PLAN, '--agency', 'so-y-te', '--out', out]);
      expect(again.code).toBe(0);
      expect(readFileSync(out, 'utf8')).toBe(html);
    });

    it('--all: one page per agency and per commune or ward, named as the example reports are', async () => {
      const folder = join(tmp, `${runner.name}-bieu-mau`);
      const r = await runner.run(['form', '--plan', PLAN, '--all', '--out', folder, '--lang', 'en']);
      expect(r.code, r.stderr).toBe(0);
      const files = readdirSync(folder).sort();
      expect(r.stdout).toContain(`✔ Wrote ${files.length} forms in`);
      // 11 agencies and the 65 communes and wards of the group.
      expect(files).toHaveLength(76);
      expect(files).toContain('09-so-y-te.html');
      expect(files).toContain('12-xa-loc-binh.html');
      const html = readFileSync(join(folder, '12-xa-loc-binh.html'), 'utf8');
      expect(html).toContain('<html lang="en">');
      expect(html).toContain('<title>Report of Xã Lộc Bình</title>');
      const commune = setupOf(html);
      expect(commune).toMatchObject({ lang: 'en', agencyId: 'ubnd-xa-phuong', unit: 'Xã Lộc Bình', fileName: '12-xa-loc-binh.yaml' });
    });

    it('--all into a file: exit 2, the file untouched', async () => {
      const file = join(tmp, `${runner.name}-not-a-folder`);
      writeFileSync(file, 'x');
      const r = await runner.run(['form', '--plan', PLAN, '--all', '--out', file]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('đã có và không phải thư mục');
      expect(readFileSync(file, 'utf8')).toBe('x');
    });
  });
}
