import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

interface Locked {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  engines?: { node?: string };
}

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as { packages: Record<string, Locked> };
const locked = Object.entries(lock.packages).filter(([path]) => path !== '');

/** The Node lines the tool promises to run on: the oldest `engines` admits, and the LTS lines the workflow tests. */
const floor = semver.minVersion(pkg.engines.node)!.version;
const LINES = [floor, '22.0.0', '24.0.0'];

describe('engines', () => {
  it('are honest: every runtime dependency runs on every Node line engines admits', () => {
    const refusing = locked
      .filter(([, p]) => !p.dev && p.engines?.node)
      .flatMap(([path, p]) => LINES.filter((v) => !semver.satisfies(v, p.engines!.node!)).map((v) => `${path}@${p.version} needs ${p.engines!.node}, not ${v}`));
    expect(refusing).toEqual([]);
  });

  it('leave npm ci on this machine free of EBADENGINE warnings, dev tools included', () => {
    const refusing = locked
      .filter(([, p]) => !p.optional && p.engines?.node && !semver.satisfies(process.version, p.engines.node))
      .map(([path, p]) => `${path}@${p.version} needs ${p.engines!.node}`);
    expect(refusing).toEqual([]);
  });
});
