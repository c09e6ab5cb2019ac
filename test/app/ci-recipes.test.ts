import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { readRecipes, wireHook, wireWorkflow } from '../../src/app/ci-recipes.js';

const tmp = mkdtempSync(join(tmpdir(), 'cr-recipes-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const recipes = await readRecipes();
const to = { plan: 'ke hoach/plan.yaml', reports: 'bao-cao' };

describe('wireWorkflow', () => {
  it('changes PLAN and REPORTS_DIR and nothing else', () => {
    const wired = wireWorkflow(recipes.workflow, to);
    expect((parse(wired) as { env: unknown }).env).toEqual({ PLAN: 'ke hoach/plan.yaml', REPORTS_DIR: 'bao-cao' });
    const changed = wired.split('\n').filter((line, i) => line !== recipes.workflow.split('\n')[i]);
    expect(changed).toEqual(['  PLAN: ke hoach/plan.yaml', '  REPORTS_DIR: bao-cao']);
  });

  it('a recipe without the line is a bug, said so', () => {
    expect(() => wireWorkflow('name: x\n', to)).toThrow('docs/ci recipe: env PLAN not found');
  });
});

describe('wireHook', () => {
  it('changes the two defaults and stays valid bash', () => {
    const wired = wireHook(recipes.hook, to);
    const changed = wired.split('\n').filter((line, i) => line !== recipes.hook.split('\n')[i]);
    expect(changed).toEqual(['PLAN="${COMPILE_REPORT_PLAN:-ke hoach/plan.yaml}"', 'REPORTS_DIR="${COMPILE_REPORT_REPORTS:-bao-cao}"']);
    writeFileSync(join(tmp, 'pre-commit'), wired);
    expect(spawnSync('bash', ['-n', join(tmp, 'pre-commit')]).status).toBe(0);
  });

  it('a hook without the defaults is a bug, said so', () => {
    expect(() => wireHook('#!/bin/sh\n', to)).toThrow('docs/ci recipe: COMPILE_REPORT_PLAN default not found');
  });
});
