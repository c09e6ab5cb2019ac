import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProgress, validateInputsWithProgress } from '../../src/app/progress.js';
import { validateInputs } from '../../src/app/validate-inputs.js';
import { vi as viMessages } from '../../src/messages/diagnostics.js';
import { loadPlan } from '../../src/plan/load-plan.js';
import type { Plan } from '../../src/plan/types.js';
import { ROOT } from '../cli/run-cli.js';
import { fakeIo } from './helpers.js';

const plan = (await loadPlan(join(ROOT, 'examples/lang-son-2025/plan.yaml'), 'plan.yaml', viMessages)).plan as Plan;

describe('createProgress', () => {
  it('draws and redraws one line on a terminal, then clears it', () => {
    const io = fakeIo(ROOT, { tty: true });
    const p = createProgress(io, { interval: 0 });
    expect(p.live).toBe(true);
    p.step('', 1, 76);
    p.step('reports/12-xa-loc-binh.yaml', 17, 76);
    p.done();
    expect(io.err()).toBe('\rĐang đọc 1/76 tệp…\u001b[K\rĐang đọc 17/76 tệp… reports/12-xa-loc-binh.yaml\u001b[K\r\u001b[K');
    expect(io.out()).toBe('');
  });

  it('English, a long name shortened from the left, control characters made harmless', () => {
    const io = fakeIo(ROOT, { tty: true });
    const p = createProgress(io, { lang: 'en', interval: 0 });
    p.step(`${'a/'.repeat(40)}x\u001b[2J.yaml`, 2, 3);
    expect(io.err()).toMatch(/^\rReading 2\/3 files… …[a/]+x␛\[2J\.yaml\u001b\[K$/);
    expect(io.err().replace(/\u001b\[K/g, '')).not.toContain('\u001b');
  });

  it('redraws at most once per interval, but always the last step', () => {
    const io = fakeIo(ROOT, { tty: true });
    let t = 0;
    const p = createProgress(io, { interval: 100, now: () => t });
    for (let i = 1; i <= 10; i++) {
      t += 30;
      p.step('', i, 10);
    }
    expect(io.err().match(/\r/g)).toHaveLength(4); // steps 1, 5 (t=150), 9 (t=270), 10 (last)
    expect(io.err()).toContain('10/10');
  });

  it.each([
    ['not a terminal', { tty: false }, {}],
    ['--quiet', { tty: true }, { quiet: true }],
    ['TERM=dumb', { tty: true, env: { TERM: 'dumb' } }, {}],
  ])('writes nothing when %s', (_name, ioOptions, options) => {
    const io = fakeIo(ROOT, ioOptions);
    const p = createProgress(io, options);
    p.step('x', 1, 2);
    p.done();
    expect(p.live).toBe(false);
    expect(io.err()).toBe('');
  });
});

describe('validateInputsWithProgress', () => {
  const paths = ['examples/lang-son-2025/reports', 'examples/lang-son-2025/invalid/CR501-duplicate-unit', 'test/cli/fixtures/unknown-key'];

  it('gives what validateInputs gives, counting every file', async () => {
    const io = fakeIo(ROOT, { tty: true });
    const progress = createProgress(io, { interval: 0 });
    const withProgress = await validateInputsWithProgress(paths, plan, io, viMessages, progress);
    const plain = await validateInputs(paths, plan, fakeIo(ROOT), viMessages);
    expect(withProgress.files).toEqual(plain.files);
    expect(withProgress.run.checks.map((c) => [c.file, c.diagnostics])).toEqual(plain.run.checks.map((c) => [c.file, c.diagnostics]));
    expect([...withProgress.sources.keys()]).toEqual([...plain.sources.keys()]);
    const total = plain.files.length;
    expect(io.err()).toContain(`Đang đọc ${total}/${total} tệp…`);
    expect(io.err()).toContain('\r\u001b[K');
    // The cross-file rule still sees every file: the second report of Xã Lộc Bình is flagged.
    expect(withProgress.run.checks.flatMap((c) => c.diagnostics.map((d) => d.code))).toContain('CR501');
  });

  it('reports a path that names nothing exactly as validateInputs does', async () => {
    const io = fakeIo(ROOT, { tty: true });
    await expect(validateInputsWithProgress(['khong-co'], plan, io, viMessages, createProgress(io))).rejects.toThrow(
      'Không tìm thấy tệp báo cáo (.yaml, .yml) nào tại:\n  khong-co',
    );
  });
});
