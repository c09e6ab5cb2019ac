import { rmSync } from 'node:fs';
import { afterAll, describe, it } from 'vitest';
import { eachWay } from './run-cli.js';
import { checkRow } from './cases/cli-case.js';
import { CASES, statusProject } from './cases/status.js';

const tmp = statusProject();
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('status', () => {
  it.each(eachWay(CASES.map((c) => ({ ...c, cwd: tmp }))))('$name ($via)', checkRow);
});
