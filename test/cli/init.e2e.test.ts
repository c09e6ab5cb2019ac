import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fillTemplate } from '../app/helpers.js';
import { eachWay, RUNNERS } from './run-cli.js';
import { checkRow } from './cases/cli-case.js';

import { PLAN, CASES } from './cases/init.js';

const tmp = mkdtempSync(join(tmpdir(), 'cr-init-e2e-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('init', () => {
  it.each(eachWay(CASES.map((c) => ({ ...c, cwd: tmp }))))('$name ($via)', checkRow);
});

for (const runner of RUNNERS) {
  describe(`init (${runner.name})`, () => {

    it('--out: writes the file once, the blank fails validate, the filled one passes', async () => {
      const out = join(tmp, `${runner.name}-12-xa-loc-binh.yaml`);
      const first = await runner.run(['init', '-p', PLAN, '-a', 'ubnd-xa-phuong', '-u', 'Xã Lộc Bình', '-o', out]);
      expect(first.code).toBe(0);
      expect(first.stdout).toContain('✔ Đã tạo');
      const text = readFileSync(out, 'utf8');
      const ref = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text)![1]!;
      expect(existsSync(resolve(dirname(out), ref))).toBe(true);

      const again = await runner.run(['init', '-p', PLAN, '-a', 'so-y-te', '-o', out]);
      expect(again.code).toBe(2);
      expect(again.stderr).toContain('đã có; init không ghi đè');
      expect(readFileSync(out, 'utf8')).toBe(text);

      const blank = await runner.run(['validate', '-p', PLAN, out, '--format', 'json']);
      expect(blank.code).toBe(1);
      const codes = new Set((JSON.parse(blank.stdout) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code));
      // Empty placeholders (status included) are "để trống" (CR302); malformed ones CR305.
      expect(codes).toEqual(new Set(['CR302', 'CR305']));

      const filled = out.replace(/\.yaml$/, '.filled.yaml');
      writeFileSync(filled, fillTemplate(text));
      const ok = await runner.run(['validate', '-p', PLAN, filled]);
      expect(ok.code).toBe(0);
      expect(ok.stdout).toContain('✔ 1 tệp hợp lệ, không có lỗi');
    });

    it('the activity example uncommented but not filled in fails at every placeholder; filled in, it passes', async () => {
      const out = join(tmp, `${runner.name}-09-so-y-te.yaml`);
      expect((await runner.run(['init', '-p', PLAN, '-a', 'so-y-te', '-o', out])).code).toBe(0);
      const filled = fillTemplate(readFileSync(out, 'utf8'));
      const lines = filled.split('\n');
      const start = lines.indexOf('    # activities:');
      for (let i = start; lines[i]!.startsWith('    #') && !lines[i]!.startsWith('    # Tình'); i++) lines[i] = lines[i]!.replace(/^ {4}# /, '    ').replace(/ +# .*$/, '');
      const untouched = out.replace(/\.yaml$/, '.placeholders.yaml');
      writeFileSync(untouched, lines.join('\n').replace('      - date: dd/mm/yyyy', '      - date: 05/12/2025'));
      const r = await runner.run(['validate', '-p', PLAN, untouched, '--format', 'json']);
      expect(r.code).toBe(1);
      const found = (JSON.parse(r.stdout) as { diagnostics: { code: string; path: string }[] }).diagnostics.map((d) => `${d.code} ${d.path.replace(/^\/tasks\/[^/]+\/activities\/0\//, '')}`);
      // Empty numbers are "để trống" (CR302), like every value left empty.
      expect(found).toEqual(['CR304 form', 'CR302 title', 'CR302 place', 'CR304 themes/0', 'CR302 participants', 'CR302 quantities/sessions', 'CR302 cost', 'CR302 links/0', 'CR302 note']);

      const complete = out.replace(/\.yaml$/, '.complete.yaml');
      writeFileSync(complete, fillTemplate(readFileSync(out, 'utf8'), { activities: true }));
      const ok = await runner.run(['validate', '-p', PLAN, complete]);
      expect(ok.stdout + ok.stderr).toContain('✔ 1 tệp hợp lệ, không có lỗi');
      expect(ok.code).toBe(0);
    });

    it('--out into a folder that does not exist: exit 2, nothing written', async () => {
      const r = await runner.run(['init', '-p', PLAN, '-a', 'so-y-te', '-o', join(tmp, 'khong-co', 'x.yaml')]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('không tồn tại');
      expect(existsSync(join(tmp, 'khong-co'))).toBe(false);
    });
  });
}
