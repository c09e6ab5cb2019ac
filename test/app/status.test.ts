import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { runDate, runStatus } from '../../src/app/status.js';
import { ROOT } from '../cli/run-cli.js';
import { fakeIo } from './helpers.js';

const at = (iso: string): Date => new Date(`${iso}T03:00:00Z`);
const PLAN = {};

describe('runDate: the day a status run judges by', () => {
  it('--as-of first, in either date form', () => {
    expect(runDate(fakeIo(ROOT, { env: { SOURCE_DATE_EPOCH: '0' } }), PLAN, '05/01/2026')).toBe('2026-01-05');
    expect(runDate(fakeIo(ROOT), PLAN, '2026-01-05')).toBe('2026-01-05');
  });

  it('then SOURCE_DATE_EPOCH, as a day in the plan\'s time zone', () => {
    expect(runDate(fakeIo(ROOT, { env: { SOURCE_DATE_EPOCH: '1767571200' }, now: at('1999-01-01') }), PLAN, undefined)).toBe('2026-01-05');
    // 2026-01-04T20:00Z is already the 5th in Hà Nội (UTC+7), still the 4th in UTC.
    expect(runDate(fakeIo(ROOT, { env: { SOURCE_DATE_EPOCH: '1767556800' } }), PLAN, undefined)).toBe('2026-01-05');
    expect(runDate(fakeIo(ROOT, { env: { SOURCE_DATE_EPOCH: '1767556800' } }), { time_zone: 'UTC' }, undefined)).toBe('2026-01-04');
  });

  it('then the clock, as a day in the plan\'s time zone', () => {
    expect(runDate(fakeIo(ROOT, { now: at('2025-12-20') }), PLAN, undefined)).toBe('2025-12-20');
    expect(runDate(fakeIo(ROOT, { env: { SOURCE_DATE_EPOCH: '' }, now: at('2025-12-20') }), PLAN, undefined)).toBe('2025-12-20');
    expect(runDate(fakeIo(ROOT, { now: new Date('2025-12-19T18:30:00Z') }), PLAN, undefined)).toBe('2025-12-20');
    expect(runDate(fakeIo(ROOT, { now: new Date('2025-12-19T18:30:00Z') }), { time_zone: 'Europe/Paris' }, undefined)).toBe('2025-12-19');
  });

  it('a bad --as-of is a usage error', () => {
    expect(() => runDate(fakeIo(ROOT), PLAN, '31/02/2026')).toThrow(UsageError);
    expect(() => runDate(fakeIo(ROOT), PLAN, 'hôm nay')).toThrow(expect.objectContaining({ key: 'errors.invalidAsOf', data: ['hôm nay'] }));
  });
});

describe('runStatus', () => {
  const args = { plan: 'examples/lang-son-2025/plan.yaml', paths: ['examples/lang-son-2025/reports'], config: false as const };

  it('judges by the injected clock', async () => {
    const before = fakeIo(ROOT, { now: at('2025-12-20') });
    expect(await runStatus({ ...args, format: 'json' }, before)).toBe(0);
    expect(JSON.parse(before.out())).toMatchObject({ asOf: '2025-12-20', pastDeadline: false, counts: { overdue: 0 } });
    const after = fakeIo(ROOT, { now: at('2026-01-02') });
    await runStatus({ ...args, format: 'json' }, after);
    expect(JSON.parse(after.out())).toMatchObject({ asOf: '2026-01-02', pastDeadline: true, counts: { overdue: 59 } });
  });

  it('on a terminal: progress on stderr, colour on stdout; --quiet and --no-color turn them off', async () => {
    const tty = fakeIo(ROOT, { tty: true, now: at('2026-01-02') });
    await runStatus(args, tty);
    expect(tty.err()).toContain('Đang đọc 17/17 tệp…');
    expect(tty.out()).toContain('\u001b[');
    const quiet = fakeIo(ROOT, { tty: true, now: at('2026-01-02') });
    await runStatus({ ...args, quiet: true, color: false }, quiet);
    expect(quiet.err()).toBe('');
    expect(quiet.out()).not.toContain('\u001b');
  });

  it('--fail-on-missing: 1 while units are missing', async () => {
    expect(await runStatus({ ...args, failOnMissing: true }, fakeIo(ROOT, { now: at('2025-12-20') }))).toBe(1);
    expect(await runStatus(args, fakeIo(ROOT, { now: at('2025-12-20') }))).toBe(0);
  });
});
