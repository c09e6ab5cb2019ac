/**
 * Shared helpers for the load, validate, schema, plan and text tests: the example plan, its compiled
 * validator, the example reports, a small valid report to mutate, and a position oracle that does not
 * depend on the YAML library.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { DiagnosticCode } from '../../src/diagnostics/codes.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { vi, type Messages } from '../../src/messages/diagnostics.js';
import { parseYaml } from '../../src/load/parse-yaml.js';
import type { Plan } from '../../src/plan/types.js';
import type { Report } from '../../src/plan/report-types.js';
import { normalizeDeep } from '../../src/text/vietnamese-encoding.js';
import { compilePlan, type CompiledPlan } from '../../src/validate/compile.js';
import type { RuleContext } from '../../src/validate/rules/rule.js';
import { validateReportBytes, type ReportCheck } from '../../src/validate/validate-report.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const EXAMPLE_DIR = join(ROOT, 'examples', 'lang-son-2025');
export const PLAN_PATH = join(EXAMPLE_DIR, 'plan.yaml');
export const REPORTS_DIR = join(EXAMPLE_DIR, 'reports');
export const INVALID_DIR = join(EXAMPLE_DIR, 'invalid');
/** Every plan file in the repository besides the example plan (PLAN_PATH): the national example, the invalid ones, the fixtures. */
export const OTHER_PLAN_FILES = [
  'examples/national-2025/plan.yaml',
  'examples/lang-son-2025/invalid/plan/CR601-plan-invalid.yaml',
  'examples/lang-son-2025/invalid/plan/CR610-rollup-mapping.yaml',
  'test/any-plan/fixtures/two-groups/plan.yaml',
  'test/render/fixtures/tricky/plan.yaml',
  'test/cli/fixtures/broken-plan/plan.yaml',
  'test/merge/fixtures/small/plan.yaml',
].map((file) => join(ROOT, file));

let plan: Plan | undefined;
let compiled: CompiledPlan | undefined;

/** The example plan as data (it loads clean: see test/plan/load-plan.test.ts). */
export function examplePlan(): Plan {
  plan ??= normalizeDeep(parse(readFileSync(PLAN_PATH, 'utf8')) as Plan);
  return plan;
}

export function compiledPlan(): CompiledPlan {
  compiled ??= compilePlan(examplePlan());
  return compiled;
}

/** File names of the valid example reports, sorted. */
export const REPORT_NAMES: readonly string[] = readdirSync(REPORTS_DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

export function exampleReportText(name: string): string {
  return readFileSync(join(REPORTS_DIR, name), 'utf8');
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The whole pipeline for one file given as text. */
export function validateText(text: string, file = 'report.yaml', t: Messages = vi): ReportCheck {
  return validateReportBytes(utf8(text), file, compiledPlan(), t);
}

/** Replaces `from` by `to`, requiring exactly one occurrence so that a stale test fails loudly. */
export function edit(text: string, from: string, to: string): string {
  const parts = text.split(from);
  if (parts.length !== 2) throw new Error(`expected exactly one ${JSON.stringify(from)}, found ${parts.length - 1}`);
  return parts.join(to);
}

/** 1-based line and column (UTF-16 units) of the n-th occurrence of needle; independent of the YAML library. */
export function positionOf(text: string, needle: string, occurrence = 1): { line: number; column: number } {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`${JSON.stringify(needle)} occurs fewer than ${occurrence} times`);
  }
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

export interface Brief {
  code: DiagnosticCode;
  line: number;
  column: number;
  message: string;
}

/** What a test usually compares: code, start position and message. */
export function brief(d: Diagnostic): Brief {
  return { code: d.code, line: d.range.start.line, column: d.range.start.column, message: d.message };
}

export const codesOf = (ds: readonly Diagnostic[]): DiagnosticCode[] => ds.map((d) => d.code);

/**
 * A small valid report (Sở Tư pháp, task III.4) that the rule tests mutate.
 * Line numbers are fixed: activity 1 starts on line 14, activity 2 on line 19.
 */
export const MINI_REPORT = [
  'plan: 400/KH-BCĐNQ-CQTT', //                                                        1
  'agency: so-tu-phap', //                                                             2
  'number: 472/BC-STP', //                                                             3
  'date: 24/12/2025', //                                                               4
  'period: 01/12/2025 - 24/12/2025', //                                                5
  'signer:', //                                                                        6
  '  name: Vi Thị Thu Hằng', //                                                        7
  '  title: Phó Giám đốc', //                                                          8
  'tasks:', //                                                                         9
  '  III.4:', //                                                                      10
  '    status: done', //                                                              11
  '    summary: Đã tổ chức tuyên truyền Công ước Chống tra tấn.', //                   12
  '    activities:', //                                                               13
  '      - date: 05/12/2025', //                                                      14
  '        form: conference', //                                                     15
  '        title: Hội nghị phổ biến Công ước Chống tra tấn', //                        16
  '        participants: 150', //                                                     17
  '        quantities: { sessions: 1 }', //                                           18
  '      - date: 08/12/2025 - 22/12/2025', //                                         19
  '        form: contest', //                                                         20
  '        title: Cuộc thi trực tuyến tìm hiểu pháp luật về quyền con người', //       21
  '        quantities: { entries: 3250 }', //                                         22
  '        links:', //                                                                23
  '          - https://sotuphap.langson.gov.vn/cuoc-thi/tim-hieu-2025', //            24
  '',
].join('\n');

/**
 * A rule's input built the way validateReportBytes builds it (parse, NFC, schema-valid),
 * so that a rule can be tested on its own.
 */
export function ruleContext(text: string, t: Messages = vi, file = 'report.yaml'): RuleContext {
  const parsed = parseYaml(text, file, t);
  if (!parsed.doc || parsed.data === undefined) throw new Error(`not parsed: ${parsed.diagnostics.map((d) => d.message).join('; ')}`);
  const data = normalizeDeep(parsed.data);
  const { validate, index } = compiledPlan();
  if (!validate(data)) throw new Error(`not schema-valid: ${JSON.stringify(validate.errors)}`);
  return { file, doc: parsed.doc, lineCounter: parsed.lineCounter, report: data as Report, index, t };
}
