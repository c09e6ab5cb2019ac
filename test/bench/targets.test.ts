import { describe, expect, it } from 'vitest';
import type { Measure } from '../../bench/measure.js';
import type { PeerRun } from '../../bench/peers.js';
import { targetRows, targets, type CorpusMeasures } from '../../bench/targets.js';

function m(name: string, medianMs: number, maxRssKb = 0, codes: (number | null)[] = [0]): Measure {
  return { name, samples: [], medianMs, maxRssKb, codes };
}

function peer(medianMs: number): PeerRun {
  return { ...m('ajv-cli', medianMs, 0, [1]), peer: 'ajv-cli 5 (js-yaml)', files: 10, rejected: 7, crashed: false };
}

const province: CorpusMeasures = { size: 'province', files: 76, validate: m('pv', 300), build: m('pb', 1200), ajv: peer(300) };
const national: CorpusMeasures = {
  size: 'national',
  files: 3000,
  validate: m('nv', 1400),
  cacheWarm: m('nc', 900),
  build: m('nb', 4800, 700 * 1024),
  floorProcess: m('floor', 1000),
  ajv: peer(1000),
};

describe('bench targets (issue 11)', () => {
  const list = targets([province, national], m('version', 95), m('bare', 60));
  const byName = new Map(list.map((t) => [t.what, t]));

  it('national validate ≤ 1.5× ajv-cli and province validate ≤ 1.0× ajv-cli, with their ratios', () => {
    expect(byName.get('national validate')).toEqual({
      what: 'national validate',
      measured: '1.40 s vs ajv-cli 1.00 s',
      ratio: '1.40× ajv-cli',
      limit: '≤ 1.50× ajv-cli',
      met: true,
    });
    expect(byName.get('province validate')).toMatchObject({ ratio: '1.00× ajv-cli', limit: '≤ 1.00× ajv-cli', met: true });
  });

  it('builds: national ≤ 5 s and ≤ 600 MB, province ≤ 1 s', () => {
    expect(byName.get('national build time')).toMatchObject({ measured: '4.80 s', ratio: '0.96× the limit', limit: '≤ 5.00 s', met: true });
    expect(byName.get('national build peak RSS')).toMatchObject({ measured: '700 MB', ratio: '1.17× the limit', limit: '≤ 600 MB', met: false });
    expect(byName.get('province build time')).toMatchObject({ measured: '1.20 s', ratio: '1.20× the limit', met: false });
  });

  it('--version ≤ Node start-up + 40 ms', () => {
    expect(byName.get('--version start-up')).toEqual({
      what: '--version start-up',
      measured: "95 ms = Node's 60 ms + 35 ms",
      ratio: '0.88× the allowance',
      limit: "≤ Node's start-up + 40 ms",
      met: true,
    });
    const slow = targets([], m('version', 101), m('bare', 60)).find((t) => t.what === '--version start-up');
    expect(slow?.met).toBe(false);
    // Faster than the median of `node -e 0` (noise): no allowance used, said without "+ -3".
    const noise = targets([], m('version', 83), m('bare', 86)).find((t) => t.what === '--version start-up');
    expect(noise).toMatchObject({ measured: "83 ms = Node's 86 ms − 3 ms", ratio: '0.00× the allowance', met: true });
  });

  it('a run that did not exit 0 misses its target whatever its time', () => {
    const failed = targets([{ ...national, validate: m('nv', 100, 0, [0, 1]) }], m('version', 60), m('bare', 60));
    expect(failed.find((t) => t.what === 'national validate')?.met).toBe(false);
  });

  it('says why a target could not be measured', () => {
    const list2 = targets([{ size: 'national', files: 3000, validate: m('nv', 1400) }], m('version', 60), m('bare', 60));
    expect(list2.find((t) => t.what === 'national validate')).toEqual({ what: 'national validate', measured: '1.40 s', limit: '≤ 1.50× ajv-cli', why: 'ajv-cli not installed (npm ci installs it)' });
    expect(list2.find((t) => t.what === 'national build')).toEqual({ what: 'national build', measured: 'n/a', limit: '≤ 5 s, ≤ 600 MB', why: 'build not measured (--no-build)' });
    expect(targetRows(list2)).toContain('| national validate | 1.40 s | – | ≤ 1.50× ajv-cli | – ajv-cli not installed (npm ci installs it) |');
  });

  it('keeps the earlier targets: warm cache vs ajv-cli, the parse loop, scaling', () => {
    expect(byName.get('national validate --cache, warm')).toMatchObject({ ratio: '0.90× ajv-cli', met: true });
    expect(byName.get('national validate vs bare yaml parse loop')).toMatchObject({ ratio: '1.40× the loop', met: false });
    // 300/76 = 3.95 ms a report → 1400/3000 = 0.47 ms a report
    expect(byName.get('scaling province → national (validate, per report)')).toMatchObject({ ratio: '0.12× per report', met: true });
  });

  it('prints every target with its ratio and verdict', () => {
    const rows = targetRows(list);
    expect(rows[0]).toBe('| target | measured | ratio | limit | result |');
    expect(rows).toContain('| national validate | 1.40 s vs ajv-cli 1.00 s | 1.40× ajv-cli | ≤ 1.50× ajv-cli | **met** |');
    expect(rows).toContain('| national build peak RSS | 700 MB | 1.17× the limit | ≤ 600 MB | **missed** |');
    expect(rows).toHaveLength(list.length + 2);
  });
});
