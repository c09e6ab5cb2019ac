/** One file's check from what reading it gave: shared by the serial path and the workers, so both say the same. */
import { fileStartDiagnostic } from '../../diagnostics/create.js';
import type { Messages } from '../../messages/diagnostics.js';
import type { CompiledPlan } from '../compile.js';
import { validateReportBytes, type ReportCheck } from '../validate-report.js';
import type { ReadOutcome } from '../../load/read-bounded.js';

export function checkReadOutcome(read: ReadOutcome, name: string, compiled: CompiledPlan, t: Messages, maxBytes: number): ReportCheck {
  if (read.error) return { file: name, diagnostics: [fileStartDiagnostic('CR101', name, t.fileUnreadable(read.error))] };
  if (!read.bytes) return { file: name, diagnostics: [fileStartDiagnostic('CR102', name, t.fileTooLarge(read.size ?? 0, maxBytes))] };
  return checkBytes(read.bytes, name, compiled, t);
}

export function checkBytes(bytes: Uint8Array, name: string, compiled: CompiledPlan, t: Messages): ReportCheck {
  return validateReportBytes(bytes, name, compiled, t);
}
