import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { RUNNERS } from './run-cli.js';
import { CASES, statusProject, type StatusJson } from './cases/status.js';

const tmp = statusProject();
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

for (const runner of RUNNERS) {
  describe(`status (${runner.name})`, () => {
    it.each(CASES)('$name', async (c) => {
      const r = await runner.run(c.argv, { cwd: tmp, env: c.env, now: c.now });
      expect({ code: r.code, stderr: r.stderr }).toMatchObject({ code: c.code });
      for (const s of c.stdout ?? []) (typeof s === 'string' ? expect(r.stdout).toContain(s) : expect(r.stdout).toMatch(s));
      for (const s of c.notStdout ?? []) (typeof s === 'string' ? expect(r.stdout).not.toContain(s) : expect(r.stdout).not.toMatch(s));
      for (const s of c.stderr ?? []) (typeof s === 'string' ? expect(r.stderr).toContain(s) : expect(r.stderr).toMatch(s));
      if (c.json) c.json(JSON.parse(r.stdout) as StatusJson);
      expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    });
  });
}
