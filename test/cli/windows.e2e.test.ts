/**
 * What a Windows checkout looks like, as far as it can be made here: git's core.autocrlf turns every text file
 * (plan, configuration, reports) into CRLF, and the console may have no colour. The folder made by `new` must
 * still work with no flags, with no CR413 and positions counted as with LF.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fillTemplate } from '../app/helpers.js';
import { RUNNERS } from './run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'cr-windows-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;

const toCrlf = (path: string): void => writeFileSync(path, readFileSync(path, 'utf8').replace(/\r?\n/g, '\r\n'));

for (const runner of RUNNERS) {
  describe(`a CRLF checkout of a folder made by new (${runner.name})`, () => {
    it('validate, build and a broken report behave as with LF; no colour codes when NO_COLOR is set', async () => {
      const cwd = join(tmp, `case-${++n}`);
      mkdirSync(cwd);
      expect((await runner.run(['new', 'bc'], { cwd })).code).toBe(0);
      const dir = join(cwd, 'bc');
      expect((await runner.run(['init', '-a', 'so-y-te'], { cwd: dir })).code).toBe(0);
      const report = join(dir, 'reports/so-y-te.yaml');
      writeFileSync(report, fillTemplate(readFileSync(report, 'utf8'), { activities: true }));
      for (const file of ['plan.yaml', 'compile-report.config.yaml', 'reports/so-y-te.yaml']) toCrlf(join(dir, file));
      expect(readFileSync(report, 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\.\/report\.schema\.json\r\n/);

      const ok = await runner.run(['validate'], { cwd: dir, env: { NO_COLOR: '1' } });
      expect(ok.stdout).toBe('✔ 1 tệp hợp lệ, không có lỗi\n');
      expect(ok.code).toBe(0);
      const build = await runner.run(['build', '--date', '05/01/2026'], { cwd: dir });
      expect(build.code).toBe(0);
      expect(build.stdout).toContain('1 hoạt động, 120 lượt người, kinh phí 4.500.000 đồng.');

      writeFileSync(report, readFileSync(report, 'utf8').replace('    status: done\r\n', '    status: xong\r\n'));
      const line = readFileSync(report, 'utf8').split('\r\n').indexOf('    status: xong') + 1;
      const bad = await runner.run(['validate'], { cwd: dir, env: { NO_COLOR: '1' } });
      expect(bad.code).toBe(1);
      expect(bad.stdout).toContain(`reports/so-y-te.yaml:${line}:13 - lỗi CR304`);
      expect(bad.stdout).not.toContain('\u001b');
      expect(bad.stdout).not.toContain('\r');
    });
  });
}
