/**
 * The `# yaml-language-server: $schema=…` line of a report: editors (VS Code with the YAML extension and others
 * using yaml-language-server) check the report against that schema while it is typed. When the line points at a
 * file that is not there, or at a schema derived from another plan (or from another agency), the editor checks
 * the wrong thing or nothing; `validate` says so with a CR413 warning.
 */
import { open, stat } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticAt } from '../diagnostics/create.js';
import { displayName } from '../load/collect-files.js';
import type { Plan } from '../plan/types.js';
import { opsMessagesFor, type OpsMessages } from '../messages/ops.js';

export interface SchemaLine {
  /** The reference exactly as written after "$schema=". */
  ref: string;
  /** 1-based line of the comment. */
  line: number;
  /** 1-based column where the reference starts. */
  column: number;
}

const MODELINE = /^(\uFEFF?\s*#\s*yaml-language-server\s*:\s*\$schema=)(\S+)/;
/** The $id `deriveReportSchema` gives: https://compile-report.local/schemas/report.<plan id>[.<agency>].schema.json */
const DERIVED_ID = /\/report\.([^/]+?)\.schema\.json$/;
const DERIVED_TITLE = /^Báo cáo kết quả thực hiện Kế hoạch (\S+)$/;
const MAX_SCHEMA_BYTES = 20 * 1024 * 1024;

/** The first `# yaml-language-server: $schema=…` comment line of a text, if any. */
export function findSchemaLine(text: string): SchemaLine | undefined {
  // Line by line without splitting the whole text: the line is usually the first, and every report is asked.
  if (!text.includes('yaml-language-server')) return undefined;
  for (let start = 0, n = 1; start <= text.length; n++) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const m = MODELINE.exec(text.slice(start, newline > start && text[end - 1] === '\r' ? end - 1 : end));
    if (m) return { ref: m[2]!, line: n, column: m[1]!.length + 1 };
    if (newline === -1) break;
    start = newline + 1;
  }
  return undefined;
}

type SchemaTarget = { kind: 'remote'; url: string } | { kind: 'file'; path: string };

/** Where a reference leads: a URL (not fetched), or a file (relative references start at the report's folder). */
export function resolveSchemaRef(ref: string, reportPath: string): SchemaTarget {
  if (/^https?:\/\//i.test(ref)) return { kind: 'remote', url: ref };
  if (/^file:\/\//i.test(ref)) {
    try {
      return { kind: 'file', path: fileURLToPath(ref) };
    } catch {
      return { kind: 'file', path: ref };
    }
  }
  const path = decodeURIComponentSafe(ref);
  return { kind: 'file', path: isAbsolute(path) ? path : resolve(dirname(reportPath), path) };
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

type SchemaRead = { ok: true; schema: Record<string, unknown> } | { ok: false; missing: boolean; why: string };

async function readSchema(path: string): Promise<SchemaRead> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return { ok: false, missing: true, why: 'ENOENT' };
  if (!info.isFile()) return { ok: false, missing: false, why: 'not a file' };
  if (info.size > MAX_SCHEMA_BYTES) return { ok: false, missing: false, why: `${info.size} bytes` };
  let handle;
  try {
    handle = await open(path, 'r');
    const parsed = JSON.parse((await handle.readFile()).toString('utf8')) as unknown;
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return { ok: false, missing: false, why: 'not a JSON object' };
    return { ok: true, schema: parsed as Record<string, unknown> };
  } catch (error) {
    return { ok: false, missing: false, why: error instanceof SyntaxError ? 'JSON' : ((error as NodeJS.ErrnoException).code ?? String(error)) };
  } finally {
    await handle?.close();
  }
}

/** The agency ids one canonical agency answers to (itself and its aliases). */
function sameAgency(plan: Plan, a: string, b: string): boolean {
  if (a === b) return true;
  return plan.agencies.some((x) => {
    const ids = [x.id, ...(x.aliases ?? []).map((y) => y.id)];
    return ids.includes(a) && ids.includes(b);
  });
}

/** What a schema says about where it came from; undefined when it is not one compile-report derived. */
export function schemaOrigin(schema: Record<string, unknown>): { planId?: string; agency?: string; planNumber?: string } | undefined {
  const id = typeof schema.$id === 'string' ? DERIVED_ID.exec(schema.$id) : null;
  if (id && /compile-report/.test(String(schema.$id))) {
    const [planId, ...rest] = id[1]!.split('.');
    return { planId, agency: rest.length ? rest.join('.') : undefined };
  }
  const title = typeof schema.title === 'string' ? DERIVED_TITLE.exec(schema.title.trim()) : null;
  if (title) return { planNumber: title[1] };
  return undefined;
}

function mismatch(origin: ReturnType<typeof schemaOrigin>, ref: string, plan: Plan, agency: string | undefined, ops: OpsMessages): string | undefined {
  if (!origin) return undefined;
  if (origin.planId !== undefined && origin.planId !== plan.id) return ops.schemaOtherPlan(ref, origin.planId, plan.id);
  if (origin.planNumber !== undefined && origin.planNumber !== plan.document.number) return ops.schemaOtherPlan(ref, origin.planNumber, plan.document.number);
  if (origin.agency !== undefined && agency !== undefined && !sameAgency(plan, origin.agency, agency)) return ops.schemaOtherAgency(ref, origin.agency, agency);
  return undefined;
}

export interface SchemaLineInput {
  /** Name used in diagnostics. */
  file: string;
  /** Absolute path of the report (relative references start at its folder). */
  path: string;
  text: string;
  /** The report's agency id when known (a valid report), to check an agency-only schema. */
  agency?: string;
}

/** A checker for many reports of one plan; each schema file is read once. */
export function createSchemaLineChecker(plan: Plan, lang: 'vi' | 'en', cwd: string): (input: SchemaLineInput) => Promise<Diagnostic[]> {
  const ops = opsMessagesFor(lang);
  const code = 'CR413' as const;
  const cache = new Map<string, Promise<SchemaRead>>();
  return async (input) => {
    const line = findSchemaLine(input.text);
    if (!line) return [];
    const range = { start: { line: line.line, column: line.column }, end: { line: line.line, column: line.column + line.ref.length } };
    const warn = (message: string): Diagnostic[] => [diagnosticAt(code, input.file, range, [], message)];
    const target = resolveSchemaRef(line.ref, input.path);
    if (target.kind === 'remote') {
      const message = mismatch(schemaOrigin({ $id: target.url }), line.ref, plan, input.agency, ops);
      return message ? warn(message) : [];
    }
    let read = cache.get(target.path);
    if (!read) {
      read = readSchema(target.path);
      cache.set(target.path, read);
    }
    const result = await read;
    if (!result.ok) {
      return warn(result.missing ? ops.schemaFileMissing(line.ref, displayName(target.path, cwd)) : ops.schemaUnreadable(line.ref, result.why));
    }
    const message = mismatch(schemaOrigin(result.schema), line.ref, plan, input.agency, ops);
    return message ? warn(message) : [];
  };
}
