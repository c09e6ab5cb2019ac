import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RUNNERS } from './run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'cr-error-language-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const english = mkdtempSync(join(tmp, 'en-'));
writeFileSync(join(english, 'compile-report.config.yaml'), 'lang: en\n');

const CASES = [
  { name: 'a misspelt option, in Vietnamese by default', argv: ['validate', '--plna', 'x'], cwd: tmp, stderr: 'compile-report: Không có tùy chọn --plna. Có phải ý bạn là --plan?\n(xem --help)\n' },
  { name: '…in English with --lang en, wherever it is', argv: ['validate', '--plna', 'x', '--lang', 'en'], cwd: tmp, stderr: 'compile-report: Unknown option --plna. Did you mean --plan?\n(see --help)\n' },
  { name: '…in English when the configuration says lang: en', argv: ['validate', '--plna', 'x'], cwd: english, stderr: 'compile-report: Unknown option --plna. Did you mean --plan?\n(see --help)\n' },
  { name: 'a missing --config file, in the language of --lang', argv: ['status', '--config', 'khong-co.yaml', '--lang', 'en'], cwd: tmp, stderr: 'compile-report: Configuration file khong-co.yaml not found.\n' },
  { name: 'an unknown command', argv: ['bulid'], cwd: tmp, stderr: 'compile-report: Không có lệnh "bulid". Có phải ý bạn là build?\n(xem --help)\n' },
];

for (const runner of RUNNERS) {
  describe(`errors in the run's language (${runner.name})`, () => {
    it.each(CASES)('$name', async (c) => {
      const r = await runner.run(c.argv, { cwd: c.cwd });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(c.stderr);
    });
  });
}
