import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../cli/run-cli.js';

// An empty folder with no configuration above it that could name a plan.
const empty = mkdtempSync(join(tmpdir(), 'cr-inputs-'));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

const WITHOUT_PLAN: string[][] = [
  ['validate', 'reports'],
  ['status', 'reports'],
  ['build', 'reports', '--out', 'bao-cao.docx'],
  ['init', '--agency', 'so-y-te'],
  ['schema'],
  ['form', '--agency', 'so-y-te', '--out', 'so-y-te.html'],
];

describe('every command that reads a plan resolves it the same way', () => {
  it.each(WITHOUT_PLAN)('%s without --plan or a configuration: exit 2 and the one sentence, in the chosen language', async (...argv) => {
    const vi = await runInProcess([...argv, '--no-config'], { cwd: empty });
    expect([vi.code, vi.stdout, vi.stderr]).toEqual([2, '', 'compile-report: Thiếu tùy chọn --plan <tệp kế hoạch>. Hoặc ghi khóa plan trong compile-report.config.yaml.\n']);
    const en = await runInProcess([...argv, '--no-config', '--lang', 'en'], { cwd: empty });
    expect([en.code, en.stdout, en.stderr]).toEqual([2, '', 'compile-report: Missing option --plan <plan file>. Or set the plan key in compile-report.config.yaml.\n']);
  });

  it.each([['validate'], ['status'], ['build', '--out', 'bao-cao.docx']])('%s with a plan and no reports: exit 2 before reading the plan', async (...argv) => {
    const r = await runInProcess([...argv, '--plan', 'khong-co.yaml', '--no-config'], { cwd: empty });
    expect([r.code, r.stderr]).toEqual([2, 'compile-report: Chưa chỉ ra tệp hoặc thư mục báo cáo nào (ví dụ: bao-cao/). Hoặc ghi khóa reports trong compile-report.config.yaml.\n']);
  });
});
