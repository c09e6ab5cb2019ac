import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/app/io.js';
import { runDate, runStatus } from '../../src/app/status.js';
import { ROOT } from '../cli/run-cli.js';
import { fakeIo } from './helpers.js';

const clock = (iso: string) => ({ now: () => new Date(`${iso}T10:00:00`) });

describe('runDate: the day a status run judges by', () => {
  it('--as-of first, in either date form', () => {
    expect(runDate(fakeIo(ROOT, { env: { SOURCE_DATE_EPOCH: '0' } }), '05/01/2026', 'vi')).toBe('2026-01-05');
    expect(runDate(fakeIo(ROOT), '2026-01-05', 'vi')).toBe('2026-01-05');
  });

  it('then SOURCE_DATE_EPOCH (a UTC day)', () => {
    expect(runDate(fakeIo(ROOT, { env: { SOURCE_DATE_EPOCH: '1767571200' } }), undefined, 'vi', clock('1999-01-01'))).toBe('2026-01-05');
  });

  it('then the clock', () => {
    expect(runDate(fakeIo(ROOT), undefined, 'vi', clock('2025-12-20'))).toBe('2025-12-20');
    expect(runDate(fakeIo(ROOT, { env: { SOURCE_DATE_EPOCH: '' } }), undefined, 'vi', clock('2025-12-20'))).toBe('2025-12-20');
  });

  it('a bad --as-of is a usage error', () => {
    expect(() => runDate(fakeIo(ROOT), '31/02/2026', 'vi')).toThrow(UsageError);
    expect(() => runDate(fakeIo(ROOT), 'hôm nay', 'en')).toThrow('The --as-of date "hôm nay" is invalid');
  });
});

describe('runStatus', () => {
  const args = { plan: 'examples/lang-son-2025/plan.yaml', paths: ['examples/lang-son-2025/reports'], config: false as const };

  it('judges by the injected clock', async () => {
    const before = fakeIo(ROOT);
    expect(await runStatus({ ...args, format: 'json' }, before, clock('2025-12-20'))).toBe(0);
    expect(JSON.parse(before.out())).toMatchObject({ asOf: '2025-12-20', pastDeadline: false, counts: { overdue: 0 } });
    const after = fakeIo(ROOT);
    await runStatus({ ...args, format: 'json' }, after, clock('2026-01-02'));
    expect(JSON.parse(after.out())).toMatchObject({ asOf: '2026-01-02', pastDeadline: true, counts: { overdue: 59 } });
  });

  it('on a terminal: progress on stderr, colour on stdout; --quiet and --no-color turn them off', async () => {
    const tty = fakeIo(ROOT, { tty: true });
    await runStatus(args, tty, clock('2026-01-02'));
    expect(tty.err()).toContain('Đang đọc 17/17 tệp…');
    expect(tty.out()).toContain('\u001b[');
    const quiet = fakeIo(ROOT, { tty: true });
    await runStatus({ ...args, quiet: true, color: false }, quiet, clock('2026-01-02'));
    expect(quiet.err()).toBe('');
    expect(quiet.out()).not.toContain('\u001b');
  });

  it('--fail-on-missing: 1 while units are missing', async () => {
    expect(await runStatus({ ...args, failOnMissing: true }, fakeIo(ROOT), clock('2025-12-20'))).toBe(1);
    expect(await runStatus(args, fakeIo(ROOT), clock('2025-12-20'))).toBe(0);
  });
});
