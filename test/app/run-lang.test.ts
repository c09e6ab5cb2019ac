import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { optionValue, runLang } from '../../src/app/run-lang.js';
import { fakeIo } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'cr-run-lang-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const english = join(tmp, 'english');
mkdirSync(join(english, 'sub'), { recursive: true });
writeFileSync(join(english, 'compile-report.config.yaml'), 'lang: en\n');
writeFileSync(join(tmp, 'broken.yaml'), 'lang: [\n');
writeFileSync(join(tmp, 'vi.yaml'), 'lang: vi\n');

describe('the language of an error that may come before the options are read', () => {
  it('reads --lang as written, either form, up to a lone --', () => {
    expect(optionValue(['validate', '--lang', 'en'], '--lang')).toBe('en');
    expect(optionValue(['--lang=en', 'validate'], '--lang')).toBe('en');
    expect(optionValue(['validate', '--', '--lang', 'en'], '--lang')).toBeUndefined();
    expect(optionValue(['validate', '--lang'], '--lang')).toBeUndefined();
  });

  it('--lang first, then the configuration in force, then Vietnamese', async () => {
    expect(await runLang(['validate', '--lang', 'en'], fakeIo(tmp))).toBe('en');
    expect(await runLang(['validate'], fakeIo(tmp))).toBe('vi');
    // The configuration is found walking up, as the commands find it.
    expect(await runLang(['validate'], fakeIo(join(english, 'sub')))).toBe('en');
    expect(await runLang(['validate', '--lang', 'vi'], fakeIo(english))).toBe('vi');
    expect(await runLang(['validate', '--no-config'], fakeIo(english))).toBe('vi');
    expect(await runLang(['validate', '--config', 'vi.yaml'], fakeIo(tmp))).toBe('vi');
    expect(await runLang(['validate', '--config', join(english, 'compile-report.config.yaml')], fakeIo(tmp))).toBe('en');
  });

  it('a configuration it cannot read, or one that is not there, leaves Vietnamese', async () => {
    expect(await runLang(['validate', '--config', 'broken.yaml'], fakeIo(tmp))).toBe('vi');
    expect(await runLang(['validate', '--config', 'khong-co.yaml'], fakeIo(tmp))).toBe('vi');
    expect(await runLang(['validate', '--lang', 'fr'], fakeIo(tmp))).toBe('vi');
  });
});
