import type { Document, LineCounter } from 'yaml';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { DiagnosticCode } from '../../diagnostics/codes.js';
import type { Messages } from '../../messages/diagnostics.js';
import type { Report } from '../../plan/report-types.js';
import type { PlanIndex } from '../../plan/lookup.js';
import { diagnosticAt } from '../../diagnostics/create.js';
import { rangeAt, type DocPath } from '../../load/locate-node.js';

export interface RuleContext {
  file: string;
  /** Absent on the fast path (validate-report.ts), which only asks whether there is anything to say. */
  doc?: Document.Parsed;
  lineCounter?: LineCounter;
  /** The report after schema validation and NFC normalisation. */
  report: Report;
  index: PlanIndex;
  t: Messages;
}

/** A business rule: reads a schema-valid report and says what is wrong with it. */
export type Rule = (ctx: RuleContext) => Diagnostic[];

export function report(ctx: Pick<RuleContext, 'file' | 'doc' | 'lineCounter'>, code: DiagnosticCode, path: DocPath, message: string, preferKey = false): Diagnostic {
  return diagnosticAt(code, ctx.file, rangeAt(ctx.doc, ctx.lineCounter, path, { preferKey }), [...path], message);
}

/** Every activity with its path in the document, in file order. */
export function* activitiesOf(r: Report): Generator<{ path: (string | number)[]; activity: NonNullable<Report['tasks'][string]['activities']>[number] }> {
  for (const [taskId, task] of Object.entries(r.tasks)) {
    for (const [i, activity] of (task.activities ?? []).entries()) yield { path: ['tasks', taskId, 'activities', i], activity };
  }
}
