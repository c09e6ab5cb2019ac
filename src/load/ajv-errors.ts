import type { ErrorObject } from 'ajv';
import type { Document, LineCounter } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { Messages } from '../messages/diagnostics.js';
import { diagnosticAt } from '../diagnostics/create.js';
import { suggestDateSpelling } from '../text/dates.js';
import { hasInvisible, stripInvisible } from '../text/invisible.js';
import { suggest } from '../text/suggest.js';
import { rangeAt, type DocPath } from './locate-node.js';

/** A diagnostic at a path of the document, with the context's code override applied. */
export type DiagnosticAt = (code: DiagnosticCode, where: DocPath, message: string, preferKey?: boolean) => Diagnostic;

/**
 * What one kind of document (a report) says in its own words: examples of its formats, and the errors
 * that only it can explain (a task that belongs to another unit). Absent, the wording is generic.
 */
export interface SchemaWording {
  examples: { day: string; range: string; number: string };
  /** A diagnostic of its own for this error, or undefined for the generic one. */
  special(error: ErrorObject, path: DocPath, value: unknown, at: DiagnosticAt): Diagnostic | undefined;
}

export interface ErrorContext {
  file: string;
  doc?: Document.Parsed;
  lineCounter: LineCounter;
  data: unknown;
  t: Messages;
  /** Present for a report (task-aware messages); absent for the plan and the configuration. */
  wording?: SchemaWording;
  /** Code for every error when validating something other than a report (the plan: CR601). */
  codeOverride?: DiagnosticCode;
}

/** The plan file and the configuration get the bare forms. */
export function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

function valueAt(data: unknown, path: DocPath): unknown {
  let v: unknown = data;
  for (const step of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[step];
  }
  return v;
}

export function show(value: unknown): string {
  if (typeof value === 'string') return value.length > 80 ? `${value.slice(0, 77)}…` : value;
  // JSON has no Infinity or NaN (1e400 in YAML): say what the number is, not "null".
  if (typeof value === 'number') return String(value);
  const json = JSON.stringify(value);
  return json === undefined ? String(value) : json.length > 80 ? `${json.slice(0, 77)}…` : json;
}

function describeActual(value: unknown, t: Messages): string {
  const kind = Array.isArray(value) ? 'array' : value === null ? 'null' : Number.isInteger(value) ? 'integer' : typeof value;
  const name = t.typeNames[kind] ?? kind;
  return value === null || typeof value === 'object' ? name : `${name} "${show(value)}"`;
}

function expectedFormat(path: DocPath, ctx: ErrorContext): string {
  const last = path[path.length - 1];
  const kind = last === 'period' || last === 'date' || last === 'number' ? last : 'pattern';
  // Examples come from the plan in use; the plan file itself gets the bare forms.
  return ctx.t.expectedForm(kind, ctx.wording?.examples);
}

/** Turns one ajv error into our diagnostic, with the position of the node it concerns. */
function toDiagnostic(error: ErrorObject, ctx: ErrorContext): Diagnostic | undefined {
  const { t } = ctx;
  const path = pointerToPath(error.instancePath);
  const at: DiagnosticAt = (code, where, message, preferKey = false) =>
    diagnosticAt(ctx.codeOverride ?? code, ctx.file, rangeAt(ctx.doc, ctx.lineCounter, where, { preferKey }), [...where], message);
  const params = error.params as Record<string, unknown>;
  const value = valueAt(ctx.data, path);
  // "title:" with nothing after it is YAML's null: say it is left empty, and what belongs there.
  if (value === null && error.keyword in EMPTY_HINTS) return at('CR302', path, t.emptyValue(path, EMPTY_HINTS[error.keyword]!(params, t)));
  const invisible = invisibleOnly(error, value, path, ctx);
  if (invisible) return invisible;
  const special = ctx.wording?.special(error, path, value, at);
  if (special) return special;

  switch (error.keyword) {
    case 'if':
      return undefined;
    case 'false schema':
      return at('CR301', path, t.keyNotAllowedHere(String(path[path.length - 1]), path.slice(0, -1), ''), true);
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = allowedKeys(error);
      return at('CR301', [...path, key], t.unknownKey(key, path, allowed, suggest(key, allowed)), true);
    }
    case 'required':
      return at('CR302', path, t.missingKey(String(params.missingProperty), path), true);
    case 'type':
      return at('CR303', path, t.wrongType(path, String(params.type), describeActual(value, t)));
    case 'const':
      return at('CR304', path, t.invalidValue(path, show(value), [String(params.allowedValue)]));
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      return at('CR304', path, t.invalidValue(path, show(value), allowed, typeof value === 'string' ? suggest(value, allowed) : undefined));
    }
    case 'pattern': {
      // A date in another spelling ("26.12.2025", "ngày 5 tháng 12 năm 2025") is shown converted, never silently read.
      const isDate = ['date', 'period'].includes(String(path[path.length - 1]));
      const converted = isDate && typeof value === 'string' ? suggestDateSpelling(value) : undefined;
      return at('CR305', path, t.invalidFormat(path, show(value), expectedFormat(path, ctx)) + (converted ? t.dateSpelling(converted) : ''));
    }
    case 'minLength':
      return at('CR302', path, t.emptyValue(path));
    case 'maxLength':
      return at('CR306', path, t.outOfRange(path, `(${String(value).length})`, t.tooLong(Number(params.limit))));
    case 'minimum':
      return at('CR306', path, t.outOfRange(path, show(value), t.negative()));
    case 'maximum':
      return at('CR306', path, t.outOfRange(path, show(value), t.over(String(params.limit))));
    case 'maxItems':
      return at('CR306', path, t.tooMany(path, Number(params.limit)));
    case 'minItems':
      return at('CR302', path, t.emptyValue(path));
    case 'uniqueItems': {
      const items = Array.isArray(value) ? value : [];
      // ajv names the two equal items i and j, in an order that depends on its algorithm: point at the later.
      const repeat = Math.max(Number(params.i), Number(params.j));
      return at('CR304', [...path, repeat], t.repeatedItem(path, show(items[repeat])));
    }
    default:
      return at('CR303', path, `${t.where(path)}: ${error.message ?? error.keyword}`);
  }
}

/** The keys an object may have, for an additionalProperties error. */
export function allowedKeys(error: ErrorObject): string[] {
  return Object.keys(((error.parentSchema as Record<string, unknown>)?.properties ?? {}) as object);
}

/** For a value left empty, what the keyword says belongs there. */
const EMPTY_HINTS: Record<string, (params: Record<string, unknown>, t: Messages) => string> = {
  type: (p, t) => t.typeNames[String(p.type)] ?? String(p.type),
  enum: (p, t) => t.oneOf((p.allowedValues as unknown[]).map(String)),
  const: (p, t) => t.oneOf([String(p.allowedValue)]),
  pattern: (_p, t) => t.typeNames.string!,
};

/**
 * A value or key that differs from an allowed one only by invisible characters (a zero-width space pasted
 * with it): one diagnostic that shows them, instead of "not in the list" beside a look-alike.
 */
function invisibleOnly(error: ErrorObject, value: unknown, path: DocPath, ctx: ErrorContext): Diagnostic | undefined {
  const params = error.params as Record<string, unknown>;
  const range = (where: DocPath, preferKey: boolean) => rangeAt(ctx.doc, ctx.lineCounter, where, { preferKey });
  if (error.keyword === 'additionalProperties') {
    const key = String(params.additionalProperty);
    const allowed = allowedKeys(error);
    if (!hasInvisible(key) || !allowed.includes(stripInvisible(key))) return undefined;
    return diagnosticAt(ctx.codeOverride ?? 'CR312', ctx.file, range([...path, key], true), [...path, key], ctx.t.invisibleInKey(key, path, stripInvisible(key)));
  }
  const allowed = error.keyword === 'enum' ? (params.allowedValues as unknown[]) : error.keyword === 'const' ? [params.allowedValue] : [];
  if (typeof value !== 'string' || !hasInvisible(value) || !allowed.includes(stripInvisible(value))) return undefined;
  return diagnosticAt(ctx.codeOverride ?? 'CR312', ctx.file, range(path, false), [...path], ctx.t.invisibleInValue(path, value, stripInvisible(value)));
}

/**
 * Keys a misspelt key stands for ("taks" for "tasks"), as "<instancePath>|<key>": their "missing" error is the
 * same mistake seen from the other side, so only the misspelling is reported, at its own line.
 */
function keysMisspelt(errors: readonly ErrorObject[]): Set<string> {
  const out = new Set<string>();
  for (const error of errors) {
    if (error.keyword !== 'additionalProperties') continue;
    const allowed = allowedKeys(error);
    const meant = suggest(stripInvisible(String((error.params as Record<string, unknown>).additionalProperty)), allowed);
    if (meant !== undefined) out.add(`${error.instancePath}|${meant}`);
  }
  return out;
}

/** All ajv errors of one document (report, plan or configuration) as diagnostics, without the noise of if/then and repeats. */
export function ajvErrorsToDiagnostics(errors: readonly ErrorObject[] | null | undefined, ctx: ErrorContext): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  const misspelt = keysMisspelt(errors ?? []);
  for (const error of errors ?? []) {
    if (error.keyword === 'required' && misspelt.has(`${error.instancePath}|${String((error.params as Record<string, unknown>).missingProperty)}`)) continue;
    const d = toDiagnostic(error, ctx);
    if (!d) continue;
    // A value left empty is one problem, however many keywords (type, enum…) it fails.
    const key = d.code === 'CR302' && valueAt(ctx.data, d.path) === null ? `empty|${d.path.join('/')}` : `${d.code}|${d.path.join('/')}|${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}
