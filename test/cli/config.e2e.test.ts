import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RUNNERS } from './run-cli.js';
import { configTable } from './cases/config.js';

const tmp = mkdtempSync(join(tmpdir(), 'cr-config-e2e-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const CASES = configTable(tmp);

for (const runner of RUNNERS) {
  describe(`configuration (${runner.name})`, () => {
    it.each(CASES)('$name', async (c) => {
      const r = await runner.run(c.argv, { cwd: c.cwd });
      expect({ code: r.code, stderr: r.stderr }).toMatchObject({ code: c.code });
      for (const s of c.stdout ?? []) (typeof s === 'string' ? expect(r.stdout).toContain(s) : expect(r.stdout).toMatch(s));
      for (const s of c.stderr ?? []) (typeof s === 'string' ? expect(r.stderr).toContain(s) : expect(r.stderr).toMatch(s));
      if (c.stdoutEmpty) expect(r.stdout).toBe('');
      expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    });
  });
}
