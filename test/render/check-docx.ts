/**
 * The shared ISO/IEC 29500 validator, `../shared/ooxml/check-docx` beside the repository (CI clones
 * into a folder with a copy of shared/ beside it; a worktree may sit deeper, so parent folders are
 * searched too). It needs Python 3 with lxml. On a developer machine without them the tests that use
 * it are skipped; in CI (CI=true) they fail and say what is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from './helpers.js';

function findScript(): string | null {
  for (let dir = dirname(ROOT); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'ooxml', 'check-docx');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

/** A Python 3 that has lxml: the one on PATH first, then the system one (pyenv shims often lack it). */
function findPython(): string | null {
  for (const python of ['python3', '/usr/bin/python3']) {
    const r = spawnSync(python, ['-c', 'import lxml.etree'], { stdio: 'ignore' });
    if (r.status === 0) return python;
  }
  return null;
}

export const CHECK_DOCX = findScript();
const PYTHON = CHECK_DOCX === null ? null : findPython();

/** Why check-docx cannot run here, or null when it can. */
export const checkDocxMissing: string | null =
  CHECK_DOCX === null
    ? `check-docx not found: expected ../shared/ooxml/check-docx beside the repository (${join(dirname(ROOT), 'shared', 'ooxml', 'check-docx')})`
    : PYTHON === null
      ? 'check-docx needs Python 3 with lxml (apt-get install python3-lxml)'
      : null;

/** Skip on a developer machine that lacks the validator; never in CI, where its absence must fail. */
export const skipCheckDocx = process.env.CI !== 'true' && checkDocxMissing !== null;

/** Run check-docx on files; exit code and its report. */
export function checkDocx(...files: string[]): { code: number; output: string } {
  if (checkDocxMissing !== null) throw new Error(checkDocxMissing);
  const r = spawnSync(PYTHON as string, [CHECK_DOCX as string, ...files], { encoding: 'utf8', timeout: 120_000 });
  return { code: r.status ?? -1, output: `${r.stdout}${r.stderr}` };
}
