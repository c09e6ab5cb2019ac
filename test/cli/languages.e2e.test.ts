/**
 * Every message in one language: the end-to-end tables of every command (new, validate, build with --pdf and
 * --rollup, schema, init, status, form, the configuration) and the help run again with --lang vi and --lang en.
 * What the inputs themselves say (plan and report text, file names, argv values) is removed first; what is left
 * is the tool's own words, which must have no Vietnamese letter under en and no English sentence word under vi.
 * Stdout is left out when it is not messages: a machine format (json, sarif, junit, github: its keys are the
 * format's) or a document.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { isMap, isScalar, isSeq, parseAllDocuments, type Node } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runInProcess, type CliRun } from './run-cli.js';
import { CASES as VALIDATE } from './cases/validate.js';
import { CASES as STATUS, statusProject } from './cases/status.js';
import { CASES as INIT } from './cases/init.js';
import { CASES as FORM } from './cases/form.js';
import { doubtTable } from './cases/doubt.js';
import { configTable } from './cases/config.js';
import { buildTable } from './cases/build.js';
import { buildPdfTable } from './cases/build-pdf.js';
import { newTable } from './cases/new.js';
import { signalTable } from './cases/signal.js';
import { numberSpellingsTable } from './cases/number-spellings.js';
import { schemaTable } from './cases/schema.js';
import { invalidExamplesTable } from './cases/invalid-examples.js';
import { rollupTable } from '../rollup/cases.js';
import { anyPlanTable } from '../any-plan/cases.js';
import { errorLanguageTable } from './cases/error-language.js';
import type { CliCase } from './cases/cli-case.js';
import { englishWords, vietnameseLetters } from '../messages/language-check.js';

const statusDir = statusProject();
const scratch = mkdtempSync(join(tmpdir(), 'cr-languages-'));
afterAll(() => {
  rmSync(statusDir, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

const COMMANDS = ['new', 'validate', 'build', 'schema', 'init', 'status', 'form'];
/** The main help, a run without a command (help on stderr, exit 2), and each command's help. */
const HELP: CliCase[] = [
  { name: '(no command)', argv: [], code: 2 },
  ...[['--help'], ...COMMANDS.map((c) => [c, '--help'])].map((argv): CliCase => ({ name: argv.join(' '), argv, code: 0 })),
];

/**
 * Each table as made in a folder of its own: the rows of a table run in order (later rows may work on what earlier
 * ones wrote), so each language gets its own copy of the table, made in its own folder.
 */
const TABLES: Record<string, (dir: string) => CliCase[]> = {
  validate: () => VALIDATE,
  status: () => STATUS.map((c) => ({ ...c, cwd: statusDir })),
  init: (dir) => INIT.map((c) => ({ ...c, cwd: dir })),
  form: (dir) => FORM.map((c) => ({ ...c, cwd: dir })),
  config: (dir) => configTable(dir),
  doubt: (dir) => doubtTable(dir).CASES.map((c, i) => ({ ...c, argv: c.argv(join(dir, `doubt-${i}.docx`)) })),
  build: (dir) => buildTable(dir),
  'build --pdf': (dir) => buildPdfTable(dir),
  'build --rollup': (dir) => rollupTable(dir),
  new: (dir) => newTable(dir),
  schema: (dir) => schemaTable(dir),
  signal: (dir) => signalTable(dir),
  'number spellings': (dir) => numberSpellingsTable(dir),
  'invalid examples': (dir) => invalidExamplesTable(dir),
  'any plan': (dir) => anyPlanTable(dir),
  help: () => HELP,
  'errors of the call': (dir) => errorLanguageTable(dir),
};

interface Row {
  table: string;
  en: CliCase;
  vi: CliCase;
}

function rowsOf(lang: 'en' | 'vi'): [string, CliCase][] {
  return Object.entries(TABLES).flatMap(([table, make]) => {
    const dir = join(scratch, lang, table);
    mkdirSync(dir, { recursive: true });
    return make(dir).map((c): [string, CliCase] => [table, c]);
  });
}
const EN = rowsOf('en');
const VI = rowsOf('vi');

/** Every row, help included (the main help, a run without a command, each command's help). */
const ROWS: Row[] = EN.map(([table, en], i) => ({ table, en, vi: VI[i]![1] }));

/** The argv with --lang set to `lang`, whatever it said before. */
function withLang(argv: readonly string[], lang: 'vi' | 'en'): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang') i++;
    else if (!argv[i]!.startsWith('--lang=')) out.push(argv[i]!);
  }
  return [...out, '--lang', lang];
}

function yamlFilesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return /\.(ya?ml|json)$/i.test(path) ? [path] : [];
  return readdirSync(path).flatMap((name) => yamlFilesUnder(join(path, name)));
}

function scalarsOf(node: unknown, into: Set<string>): void {
  if (isScalar(node)) {
    if (node.value !== null && node.value !== undefined) into.add(String(node.value));
    if (typeof node.source === 'string') into.add(node.source);
  } else if (isMap(node)) {
    for (const pair of node.items) {
      scalarsOf(pair.key, into);
      scalarsOf(pair.value, into);
    }
  } else if (isSeq(node)) for (const item of node.items) scalarsOf(item as Node, into);
}

/** Each file's lines and scalars, by its text: most rows read the same plan and reports, in both languages. */
const quotable = new Map<string, string[]>();
function quotableIn(text: string): string[] {
  let strings = quotable.get(text);
  if (!strings) {
    const found = new Set<string>(text.split('\n').map((line) => line.trim()));
    for (const doc of parseAllDocuments(text, { uniqueKeys: false })) if (!('empty' in doc)) scalarsOf(doc.contents, found);
    strings = [...found];
    quotable.set(text, strings);
  }
  return strings;
}

interface Inputs {
  /** Every string a run may quote whole, longest first. */
  strings: string[];
  /** The text of each input file, of which a message may quote a part (what YAML cut off at a " #"). */
  texts: string[];
}

/**
 * The strings a run may quote from its inputs: argv values, the files they name (and the files in the folders
 * they name), each file's path as the tool shows it, every scalar and key of those files, and each source line
 * (a code frame quotes lines, and a file that is not valid YAML still has its text quoted); and what the row says
 * the run quotes from elsewhere (another program's output).
 */
function inputsOf(c: CliCase): Inputs {
  const cwd = c.cwd ?? ROOT;
  const found = new Set<string>([...c.argv, ...(c.quotes ?? [])]);
  const texts: string[] = [];
  const candidates = c.argv.flatMap((a) => yamlFilesUnder(resolve(cwd, a.replace(/\*.*$/, ''))));
  for (const file of [...candidates, ...['plan.yaml', 'compile-report.config.yaml'].map((f) => join(cwd, f)).filter(existsSync)]) {
    found.add(relative(cwd, file));
    found.add(basename(file));
    const text = readFileSync(file, 'utf8');
    texts.push(text.normalize('NFC'));
    for (const s of quotableIn(text)) found.add(s);
  }
  // A number or a sign is a word of no language: taken out, it would only cut names apart ("UTF-8 with BOM").
  return { strings: [...found].filter((s) => /\p{L}/u.test(s)).sort((a, b) => b.length - a.length), texts };
}

/**
 * The line less each part of a value in quotes as the files have it (what YAML kept or cut off, a snippet that holds
 * quotes of its own): from each opening quote, the longest quoted stretch that a file holds word for word.
 */
function withoutQuotedInput(line: string, texts: readonly string[]): string {
  const quotes = [...line.matchAll(/"/g)].map((m) => m.index);
  let out = '';
  let from = 0;
  for (let i = 0; i < quotes.length; i++) {
    if (quotes[i]! < from) continue;
    const close = quotes.findLastIndex((end, j) => j > i && texts.some((t) => t.includes(line.slice(quotes[i]! + 1, end))));
    if (close < 0) continue;
    out += `${line.slice(from, quotes[i])} `;
    from = quotes[close]! + 1;
    i = close;
  }
  return out + line.slice(from);
}

/** What the tool said in its own words: the run's output less everything quoted from the inputs. */
function ownWords(run: CliRun, inputs: Inputs, stdoutIsNotMessages: boolean): string {
  // A code frame ("  31 | title: …", then the carets) quotes the file line, invisible characters shown by code point.
  let text = `${stdoutIsNotMessages ? '' : run.stdout}\n${run.stderr}`.normalize('NFC').replace(/^ *\d* \|.*$/gm, '');
  // Help's example lines are commands to type: they quote the example plan's names (so-y-te, "Xã Lộc Bình").
  text = text.replace(/^ {2}\$ .*$/gm, '');
  text = text.split('\n').map((line) => withoutQuotedInput(line, inputs.texts)).join('\n');
  for (const s of inputs.strings) text = text.split(s.normalize('NFC')).join(' ');
  // Names of the tool, its commands and options are words of no language.
  return text.replace(/compile-report(\.config\.ya?ml)?|--?[a-z][a-z-]*/g, ' ');
}

const MACHINE = /(--format|-f)\s*(json|sarif|junit|github)/;
/**
 * A document on stdout, not messages: init's report template (Vietnamese by design, for the units; it opens with
 * its $schema line) and schema's JSON Schema.
 */
const DOCUMENT_ON_STDOUT = (c: CliCase, stdout: string): boolean => stdout.startsWith('# yaml-language-server:') || (c.argv[0] === 'schema' && stdout.startsWith('{'));

describe('every message in the run language', () => {
  it('has rows from each table', () => {
    expect(new Set(ROWS.map((r) => r.table))).toEqual(new Set(Object.keys(TABLES)));
  });

  it.each(ROWS.map((r) => [`${r.table}: ${r.en.name}`, r] as const))('%s', async (_name, row) => {
    for (const lang of ['en', 'vi'] as const) {
      const c = row[lang];
      c.before?.();
      const run = await runInProcess(withLang(c.argv, lang), { cwd: c.cwd ?? ROOT, env: c.env, now: c.now });
      const machine = MACHINE.test(c.argv.join(' ')) || (c.env?.GITHUB_ACTIONS === 'true' && !c.argv.includes('--format')) || DOCUMENT_ON_STDOUT(c, run.stdout);
      const said = ownWords(run, inputsOf(c), machine);
      if (lang === 'en') expect(vietnameseLetters(said), `${run.stdout}\n${run.stderr}`).toEqual([]);
      else expect(englishWords(said), `${run.stdout}\n${run.stderr}`).toEqual([]);
    }
  });
});
