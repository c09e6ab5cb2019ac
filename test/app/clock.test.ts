import { describe, expect, it } from 'vitest';
import { nowOf, sourceDateEpoch, todayFor } from '../../src/app/clock.js';
import { fakeIo } from './helpers.js';

const NEW_YEAR_EVE = new Date('2025-12-31T23:30:00Z');

describe('the one clock', () => {
  it('the io\'s moment, as a day in the plan\'s time zone (default Asia/Ho_Chi_Minh)', () => {
    const io = fakeIo('/', { now: NEW_YEAR_EVE });
    expect(nowOf(io)).toEqual(NEW_YEAR_EVE);
    expect(todayFor(io, {})).toBe('2026-01-01');
    expect(todayFor(io, { time_zone: 'UTC' })).toBe('2025-12-31');
  });

  it('SOURCE_DATE_EPOCH, when it is a number, wins over the io\'s clock', () => {
    const io = fakeIo('/', { now: new Date('1999-01-01T00:00:00Z'), env: { SOURCE_DATE_EPOCH: String(NEW_YEAR_EVE.getTime() / 1000) } });
    expect(todayFor(io, {})).toBe('2026-01-01');
    for (const bad of ['', ' ', 'hôm nay']) {
      const ignored = fakeIo('/', { now: NEW_YEAR_EVE, env: { SOURCE_DATE_EPOCH: bad } });
      expect(sourceDateEpoch(ignored), JSON.stringify(bad)).toBeUndefined();
      expect(todayFor(ignored, { time_zone: 'UTC' })).toBe('2025-12-31');
    }
  });
});
