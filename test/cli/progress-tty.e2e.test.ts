/**
 * What a user at a terminal sees while `build` works through a national corpus (3 000 reports): a progress
 * line for every phase, redrawn in place, under a real pseudo-terminal (util-linux `script`); and nothing of
 * it when the output is not a terminal.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusForSize, writeCorpus } from '../../bench/corpus.js';
import { BIN, ROOT } from './run-cli.js';
import { englishWords, vietnameseLetters } from '../messages/language-check.js';

let root: string;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'cr-tty-'));
  await writeCorpus(join(root, 'national'), corpusForSize('national'));
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
const ENV = { PATH: process.env.PATH, HOME: process.env.HOME, TERM: 'xterm', SOURCE_DATE_EPOCH: '1767571200' };

/** Runs the binary with stdin, stdout and stderr on a pseudo-terminal; returns everything the terminal received. */
function underPty(args: string[]): { code: number | null; screen: string } {
  const command = [process.execPath, BIN, ...args].map(quote).join(' ');
  const r = spawnSync('script', ['-qfec', command, '/dev/null'], { cwd: root, env: ENV, encoding: 'utf8', timeout: 300_000 });
  return { code: r.status, screen: r.stdout };
}

describe('build on a national corpus', () => {
  const args = ['build', '-p', 'national/plan.yaml', 'national/reports', '--no-config'];

  it('on a terminal: progress for reading, compiling, rendering and writing, then the summary on a clean line', () => {
    const { code, screen } = underPty([...args, '-o', 'tty.docx']);
    expect(code).toBe(0);
    // Reading is counted file by file, with Vietnamese thousands, and redrawn in place.
    expect(screen).toMatch(/\rĐang đọc \d{1,3}(\.\d{3})?\/3\.000 tệp… \S+\.yaml\u001b\[K/);
    expect(screen).toContain('\rĐang đọc 3.000/3.000 tệp…');
    for (const phase of ['Đang tổng hợp 3.000 báo cáo…', 'Đang tạo văn bản DOCX…', 'Đang ghi tty.docx…', 'Đang ghi tty.hoat-dong.csv…']) {
      expect(screen).toContain(`\r${phase}\u001b[K`);
    }
    // The phases come in the order of the work, and the line is cleared before the summary.
    const at = (s: string): number => screen.indexOf(s);
    expect(at('Đang đọc 3.000/3.000')).toBeLessThan(at('Đang tổng hợp'));
    expect(at('Đang tổng hợp')).toBeLessThan(at('Đang tạo văn bản DOCX'));
    expect(at('Đang tạo văn bản DOCX')).toBeLessThan(at('Đang ghi tty.docx'));
    expect(screen).toMatch(/\r\u001b\[K✔ Đã tạo tty\.docx: 3\.000\/\d{1,3}(\.\d{3})* báo cáo/);
  }, 300_000);

  it('not on a terminal, or with --quiet: no progress at all (the example is enough to show it)', () => {
    const example = ['build', '-p', join(ROOT, 'examples/lang-son-2025/plan.yaml'), join(ROOT, 'examples/lang-son-2025/reports'), '--no-config'];
    const piped = spawnSync(process.execPath, [BIN, ...example, '-o', 'piped.docx'], { cwd: root, env: ENV, encoding: 'utf8', timeout: 300_000 });
    expect(piped.status).toBe(0);
    expect(piped.stderr).toBe('');
    expect(piped.stdout).toMatch(/^✔ Đã tạo piped\.docx: 17\/76 báo cáo/);
    const quiet = underPty([...example, '-o', 'quiet.docx', '--quiet']);
    expect(quiet.code).toBe(0);
    expect(quiet.screen).toMatch(/^✔ Đã tạo quiet\.docx: 17\/76 báo cáo/);
    expect(quiet.screen).not.toContain('Đang');
    expect(quiet.screen).not.toContain('\u001b[K');
  }, 300_000);

  it('the progress line speaks the run\'s language: English with --lang en, Vietnamese without a word of English', () => {
    // The example's names (plan, files) have no Vietnamese letter; what the screen shows besides is the tool's.
    const example = ['build', '-p', join(ROOT, 'examples/lang-son-2025/plan.yaml'), join(ROOT, 'examples/lang-son-2025/reports'), '--no-config'];
    const words = (screen: string): string => screen.replace(/\u001b\[K/g, ' ').replace(/\r/g, '\n').replace(/\S*\.(docx|csv|yaml)\b/g, ' ');
    const en = underPty([...example, '-o', 'en.docx', '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.screen).toMatch(/\rReading 17\/17 files…/);
    expect(vietnameseLetters(words(en.screen))).toEqual([]);
    const vi = underPty([...example, '-o', 'vi.docx', '--lang', 'vi']);
    expect(vi.code).toBe(0);
    expect(vi.screen).toContain('\rĐang đọc 17/17 tệp…');
    expect(englishWords(words(vi.screen))).toEqual([]);
  }, 300_000);
});
