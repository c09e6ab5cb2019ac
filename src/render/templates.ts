/**
 * Loading the Handlebars templates of the report: the defaults in templates/, each replaceable by a
 * file of the same name in the user's folder (--template <dir>). Every template is parsed and compiled
 * when loaded, so a mistake is reported with its file and line before anything is written.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { KeyedError } from '../core/errors.js';
import type { TemplateProblem } from '../messages/template-problem.js';
import { MarkupError, parseDirective, parseMarkup, type Block } from './markup.js';
import { locateSyntaxError } from './template-syntax.js';

/** The templates, in the order their output appears in the document. */
export const BODY_TEMPLATES = ['tieu-de', 'mo-dau', 'muc-1-chi-dao', 'muc-2-ket-qua', 'muc-3-danh-gia', 'muc-4-de-xuat'] as const;
/** Appendix templates: each one starts a new page (and section). */
export const APPENDIX_TEMPLATES = ['phu-luc-1-hoat-dong', 'phu-luc-2-chua-bao-cao', 'phu-luc-3-chu-de'] as const;
export const TEMPLATE_NAMES = [...BODY_TEMPLATES, ...APPENDIX_TEMPLATES] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

export const TEMPLATE_EXT = '.hbs';
const MAX_TEMPLATE_BYTES = 1_000_000;

/** A template that cannot be used, with where the problem is. Diagnostic code CR701; the message layer words `problem`. */
export class TemplateError extends KeyedError<'errors.templateFailed'> {
  override readonly name = 'TemplateError';
  readonly code = 'CR701';
  constructor(
    /** The template file (or folder) as a path. */
    readonly file: string,
    readonly problem: TemplateProblem,
    /** 1-based line in the template file, when known. */
    readonly line?: number,
    /** 1-based column, when known. */
    readonly column?: number,
  ) {
    super('errors.templateFailed', file, problem, line, column);
  }
}

/** Table names a template may place with `@table`, and how many fixed column headers each takes. */
export type TableHeaderSpec = Readonly<Record<string, number>>;

export interface LoadedTemplate {
  name: TemplateName;
  /** Path of the file used. */
  file: string;
  /** True when the file came from the user's folder. */
  custom: boolean;
  /** Render with a view model and parse the output into blocks. Throws TemplateError. */
  render(view: object): Block[];
}

export interface TemplateSet {
  dir: string | undefined;
  templates: Record<TemplateName, LoadedTemplate>;
  /** *.hbs files in the user's folder that are not template names (probably misspelt). */
  unknownFiles: string[];
}

/** Helpers the templates may use: the built-in block helpers and lookup; nothing else (no log). */
const COMPILE_OPTIONS: CompileOptions = {
  strict: true,
  knownHelpersOnly: true,
  noEscape: true,
  knownHelpers: { log: false, helperMissing: false, blockHelperMissing: false },
};

type CompileOptions = Parameters<typeof Handlebars.compile>[1] & object;

let cachedDefaultDir: string | undefined;

/** The package's own templates/ folder, found by walking up from this module (works from src/ and dist/). */
export function defaultTemplateDir(): string {
  if (cachedDefaultDir !== undefined) return cachedDefaultDir;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'templates');
    if (existsSync(join(candidate, `mo-dau${TEMPLATE_EXT}`))) {
      cachedDefaultDir = candidate;
      return candidate;
    }
    dir = dirname(dir);
  }
  throw new Error('the package has no templates/ folder (a broken install)');
}

interface HbsError {
  message?: string;
  lineNumber?: number;
  column?: number;
}

/** Handlebars' own position of an error (its column is 0-based), and its message without the position. */
function hbsPosition(e: unknown): { line?: number; column?: number; message: string } {
  const err = (e ?? {}) as HbsError;
  const message = String(err.message ?? e).replace(/ - \d+:\d+$/, '');
  if (typeof err.lineNumber !== 'number') return { message };
  return { line: err.lineNumber, ...(typeof err.column === 'number' ? { column: err.column + 1 } : {}), message };
}

/** A template Handlebars could not parse: where the block structure breaks, else where Handlebars stopped. */
function syntaxError(file: string, source: string, e: unknown): TemplateError {
  const located = locateSyntaxError(source);
  if (located) return new TemplateError(file, located.problem, located.line, located.column);
  const { message, line, column } = hbsPosition(e);
  const at = line ?? Number(/^(?:Parse|Lexical) error on line (\d+)/.exec(message)?.[1] ?? NaN);
  if (!Number.isInteger(at)) return new TemplateError(file, { kind: 'syntax', near: '' });
  // The line as written: Handlebars' own excerpt runs lines together.
  const text = (source.split(/\r\n|\r|\n/)[at - 1] ?? '').trim();
  return new TemplateError(file, { kind: 'syntax', near: text.length > 60 ? `${text.slice(0, 59)}…` : text }, at, column);
}

/** The path expression at a 1-based line and 0-based column of the source ("report.numbr"). */
function expressionAt(source: string, line: number, column0: number): string | undefined {
  const text = source.split(/\r\n|\r|\n/)[line - 1]?.slice(column0);
  return text === undefined ? undefined : /^[\w.@/-]+/.exec(text)?.[0];
}

/** An error from compiling or running a parsed template, as a TemplateError at its place. */
function engineError(file: string, source: string, e: unknown): TemplateError {
  const err = (e ?? {}) as HbsError;
  const { message, line, column } = hbsPosition(e);
  const helper = /unknown helper (\S+)/.exec(message)?.[1];
  if (helper !== undefined) return new TemplateError(file, { kind: 'unknown-helper', helper }, line, column);
  const field = /^"(.+)" not defined in /.exec(message)?.[1];
  if (field !== undefined) {
    const path = line !== undefined && typeof err.column === 'number' ? expressionAt(source, line, err.column) : undefined;
    return new TemplateError(file, { kind: 'unknown-field', field: path ?? field }, line, column);
  }
  return new TemplateError(file, { kind: 'render-failed', detail: message.replace(/\n/g, ' ') }, line, column);
}

interface AstNode {
  type?: string;
  loc?: { start?: { line?: number; column?: number } };
  [key: string]: unknown;
}

/** Reject partials and decorators: a template is self-contained. */
function checkAst(node: unknown, file: string): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) checkAst(n, file);
    return;
  }
  const n = node as AstNode;
  if (
    n.type === 'PartialStatement' ||
    n.type === 'PartialBlockStatement' ||
    n.type === 'Decorator' ||
    n.type === 'DecoratorBlock'
  ) {
    const start = n.loc?.start;
    throw new TemplateError(file, { kind: 'partial' }, start?.line, start?.column === undefined ? undefined : start.column + 1);
  }
  for (const [key, value] of Object.entries(n)) {
    if (key !== 'loc' && typeof value === 'object') checkAst(value, file);
  }
}

/** Check the literal `@` lines of a template source. */
function checkDirectives(source: string, file: string, tables: TableHeaderSpec, appendix: boolean): void {
  const lines = source.split(/\r\n|\r|\n/);
  let firstContent = true;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    const isComment = /^\{\{!/.test(line);
    if (line === '' || isComment) return;
    const wasFirst = firstContent;
    firstContent = false;
    if (!line.startsWith('@')) return;
    const col = raw.indexOf('@') + 1;
    if (line.includes('{{')) {
      throw new TemplateError(file, { kind: 'directive-has-mustache' }, i + 1, col);
    }
    let d;
    try {
      d = parseDirective(line);
    } catch (e) {
      if (e instanceof MarkupError) throw new TemplateError(file, e.problem, i + 1, col);
      throw e;
    }
    if (d.kind === 'page') {
      if (!appendix || !wasFirst) {
        throw new TemplateError(file, { kind: 'page-not-first' }, i + 1, col);
      }
      return;
    }
    const expected = tables[d.name];
    if (expected === undefined) {
      throw new TemplateError(file, { kind: 'unknown-table', name: d.name, tables: Object.keys(tables) }, i + 1, col);
    }
    if (d.headers !== null && d.headers.length !== expected) {
      throw new TemplateError(file, { kind: 'table-headers', name: d.name, expected, got: d.headers.length }, i + 1, col);
    }
  });
}

/** Compile one template source. Throws TemplateError with file and line. */
export function compileTemplate(
  env: typeof Handlebars,
  name: TemplateName,
  file: string,
  source: string,
  tables: TableHeaderSpec,
  custom = false,
): LoadedTemplate {
  let ast: hbs.AST.Program;
  try {
    ast = env.parse(source);
  } catch (e) {
    throw syntaxError(file, source, e);
  }
  checkAst(ast, file);
  try {
    // compile() is lazy; precompile() runs the compiler now and surfaces unknown helpers etc.
    env.precompile(ast, COMPILE_OPTIONS);
  } catch (e) {
    throw engineError(file, source, e);
  }
  checkDirectives(source, file, tables, (APPENDIX_TEMPLATES as readonly string[]).includes(name));
  const fn = env.compile(ast, COMPILE_OPTIONS);
  return {
    name,
    file,
    custom,
    render(view: object): Block[] {
      let out: string;
      try {
        out = fn(view);
      } catch (e) {
        throw engineError(file, source, e);
      }
      try {
        return parseMarkup(out);
      } catch (e) {
        if (e instanceof MarkupError) throw new TemplateError(file, e.problem);
        throw e;
      }
    },
  };
}

function readTemplate(file: string): string {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (e) {
    throw new TemplateError(file, { kind: 'unreadable', reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
  }
  if (size > MAX_TEMPLATE_BYTES) throw new TemplateError(file, { kind: 'too-large', limit: MAX_TEMPLATE_BYTES });
  const text = readFileSync(file, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A fresh, isolated Handlebars environment (no helpers or partials leak between uses). */
export function createEnvironment(): typeof Handlebars {
  const env = Handlebars.create();
  env.unregisterHelper('log');
  return env;
}

/**
 * Load every template: from `dir` when it has the file, otherwise the package default.
 * `tables` says which `@table` names exist and how many column headers each takes.
 */
export function loadTemplates(dir: string | undefined, tables: TableHeaderSpec): TemplateSet {
  const env = createEnvironment();
  const defaults = defaultTemplateDir();
  let userFiles: string[] = [];
  if (dir !== undefined) {
    const abs = resolve(dir);
    let isDir = false;
    try {
      isDir = statSync(abs).isDirectory();
    } catch {
      isDir = false;
    }
    if (!isDir) throw new TemplateError(dir, { kind: 'folder-missing' });
    userFiles = readdirSync(abs).filter((f) => f.endsWith(TEMPLATE_EXT));
  }
  const templates = {} as Record<TemplateName, LoadedTemplate>;
  for (const name of TEMPLATE_NAMES) {
    const fileName = `${name}${TEMPLATE_EXT}`;
    const custom = dir !== undefined && userFiles.includes(fileName);
    const file = custom ? join(dir as string, fileName) : join(defaults, fileName);
    templates[name] = compileTemplate(env, name, file, readTemplate(file), tables, custom);
  }
  const known = new Set(TEMPLATE_NAMES.map((n) => `${n}${TEMPLATE_EXT}`));
  return { dir, templates, unknownFiles: userFiles.filter((f) => !known.has(f)).sort() };
}
