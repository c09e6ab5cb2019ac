/**
 * Loading the Handlebars templates of the report: the defaults in templates/, each replaceable by a
 * file of the same name in the user's folder (--template <dir>). Every template is parsed and compiled
 * when loaded, so a mistake is reported with its file and line before anything is written.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { MarkupError, parseDirective, parseMarkup, type Block } from './markup.js';

/** The templates, in the order their output appears in the document. */
export const BODY_TEMPLATES = ['tieu-de', 'mo-dau', 'muc-1-chi-dao', 'muc-2-ket-qua', 'muc-3-danh-gia', 'muc-4-de-xuat'] as const;
/** Appendix templates: each one starts a new page (and section). */
export const APPENDIX_TEMPLATES = ['phu-luc-1-hoat-dong', 'phu-luc-2-chua-bao-cao', 'phu-luc-3-chu-de'] as const;
export const TEMPLATE_NAMES = [...BODY_TEMPLATES, ...APPENDIX_TEMPLATES] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

export const TEMPLATE_EXT = '.hbs';
const MAX_TEMPLATE_BYTES = 1_000_000;

/** A template that cannot be used, with where the problem is. Diagnostic code CR701. */
export class TemplateError extends Error {
  override readonly name = 'TemplateError';
  readonly code = 'CR701';
  constructor(
    /** The template file (or folder) as a path. */
    readonly file: string,
    readonly detail: string,
    /** 1-based line in the template file, when known. */
    readonly line?: number,
    /** 1-based column, when known. */
    readonly column?: number,
  ) {
    super(`${file}${line === undefined ? '' : `:${line}${column === undefined ? '' : `:${column}`}`}: ${detail}`);
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
  throw new Error('Không tìm thấy thư mục templates/ của chương trình / the package templates/ folder is missing');
}

interface HbsError {
  message?: string;
  lineNumber?: number;
  column?: number;
}

function locationOf(e: unknown): { line?: number; column?: number; message: string } {
  const err = (e ?? {}) as HbsError;
  const message = String(err.message ?? e);
  if (typeof err.lineNumber === 'number') {
    return {
      line: err.lineNumber,
      ...(typeof err.column === 'number' ? { column: err.column + 1 } : {}),
      message: message.replace(/ - \d+:\d+$/, ''),
    };
  }
  const m = /Parse error on line (\d+)/.exec(message);
  if (m) return { line: Number(m[1]), message: message.replace(/\n/g, ' ⏎ ') };
  return { message };
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
    throw new TemplateError(
      file,
      `Không dùng partial/decorator trong mẫu / partials and decorators are not supported (${n.type})`,
      start?.line,
      start?.column === undefined ? undefined : start.column + 1,
    );
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
      throw new TemplateError(file, 'Dòng chỉ thị không được chứa {{…}} / a directive line cannot contain {{…}}', i + 1, col);
    }
    let d;
    try {
      d = parseDirective(line);
    } catch (e) {
      if (e instanceof MarkupError) throw new TemplateError(file, e.message, i + 1, col);
      throw e;
    }
    if (d.kind === 'page') {
      if (!appendix || !wasFirst) {
        throw new TemplateError(
          file,
          '@page chỉ đặt ở dòng đầu của mẫu phụ lục / @page belongs on the first line of an appendix template',
          i + 1,
          col,
        );
      }
      return;
    }
    const expected = tables[d.name];
    if (expected === undefined) {
      throw new TemplateError(
        file,
        `Bảng "${d.name}" không có; các bảng: ${Object.keys(tables).join(', ')} / unknown table`,
        i + 1,
        col,
      );
    }
    if (d.headers !== null && d.headers.length !== expected) {
      throw new TemplateError(
        file,
        `Bảng "${d.name}" cần ${expected} tiêu đề cột, có ${d.headers.length} / table "${d.name}" takes ${expected} column headers, got ${d.headers.length}`,
        i + 1,
        col,
      );
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
    const loc = locationOf(e);
    throw new TemplateError(file, loc.message, loc.line, loc.column);
  }
  checkAst(ast, file);
  try {
    // compile() is lazy; precompile() runs the compiler now and surfaces unknown helpers etc.
    env.precompile(ast, COMPILE_OPTIONS);
  } catch (e) {
    const loc = locationOf(e);
    throw new TemplateError(file, loc.message, loc.line, loc.column);
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
        const loc = locationOf(e);
        throw new TemplateError(file, loc.message, loc.line, loc.column);
      }
      try {
        return parseMarkup(out);
      } catch (e) {
        if (e instanceof MarkupError) throw new TemplateError(file, e.message);
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
    throw new TemplateError(file, `Không đọc được mẫu / cannot read the template (${(e as Error).message})`);
  }
  if (size > MAX_TEMPLATE_BYTES) throw new TemplateError(file, 'Mẫu quá lớn / template too large');
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
    if (!isDir) throw new TemplateError(dir, 'Thư mục mẫu không tồn tại / the template folder does not exist');
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
