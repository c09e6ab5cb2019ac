/**
 * Every message in one language: the end-to-end tables (validate, status, init, form, config, doubt) run again with --lang vi
 * and --lang en. What the inputs themselves say (plan and report text, file names, argv values) is removed
 * first; what is left is the tool's own words, which must have no Vietnamese letter under en and no
 * English sentence word under vi. Help is checked too: the main help and every command's. Stdout is left out when it
 * is not messages: a machine format (json, sarif, junit, github: its keys are the format's) or a document.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
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
import { englishWords, vietnameseLetters } from '../messages/language-check.js';

const statusDir = statusProject();
const scratch = mkdtempSync(join(tmpdir(), 'cr-languages-'));
const doubt = doubtTable(scratch);
const CONFIG = configTable(scratch);
afterAll(() => {
  rmSync(statusDir, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

interface Row {
  table: string;
  name: string;
  argv: string[];
  env?: Record<string, string>;
  cwd: string;
}

const TABLES: Row[] = [
  ...VALIDATE.map((c) => ({ table: 'validate', name: c.name, argv: c.argv, env: c.env, cwd: ROOT })),
  ...STATUS.map((c) => ({ table: 'status', name: c.name, argv: c.argv, env: c.env, cwd: statusDir })),
  ...INIT.map((c) => ({ table: 'init', name: c.name, argv: c.argv, cwd: scratch })),
  ...FORM.map((c) => ({ table: 'form', name: c.name, argv: c.argv, cwd: scratch })),
  ...CONFIG.map((c) => ({ table: 'config', name: c.name, argv: c.argv, cwd: c.cwd })),
  ...doubt.CASES.map((c, i) => ({ table: 'doubt', name: c.name, argv: c.argv(join(scratch, `doubt-${i}.docx`)), cwd: ROOT })),
];

const COMMANDS = ['new', 'validate', 'build', 'schema', 'init', 'status', 'form'];
/** The main help, a run without a command (help on stderr), and each command's help. */
const HELP: Row[] = [[], ['--help'], ...COMMANDS.map((c) => [c, '--help'])].map((argv) => ({ table: 'help', name: argv.join(' ') || '(no command)', argv, cwd: ROOT }));
const ROWS = [...TABLES, ...HELP];

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

/**
 * The strings a run may quote from its inputs: argv values, the files they name (and the files in the folders
 * they name), each file's path as the tool shows it, every scalar and key of those files, and each source line
 * (a code frame quotes lines, and a file that is not valid YAML still has its text quoted).
 */
function inputStrings(row: Row): string[] {
  const found = new Set<string>(row.argv);
  const candidates = row.argv.flatMap((a) => yamlFilesUnder(resolve(row.cwd, a.replace(/\*.*$/, ''))));
  for (const file of [...candidates, ...['plan.yaml', 'compile-report.config.yaml'].map((f) => join(row.cwd, f)).filter(existsSync)]) {
    found.add(relative(row.cwd, file));
    found.add(basename(file));
    const text = readFileSync(file, 'utf8');
    for (const line of text.split('\n')) found.add(line.trim());
    for (const doc of parseAllDocuments(text, { uniqueKeys: false })) if (!('empty' in doc)) scalarsOf(doc.contents, found);
  }

  return [...found].filter((s) => s.trim().length > 0).sort((a, b) => b.length - a.length);
}

/** What the tool said in its own words: the run's output less everything quoted from the inputs. */
function ownWords(run: CliRun, inputs: readonly string[], stdoutIsNotMessages: boolean): string {
  // A code frame ("  31 | title: …", then the carets) quotes the file line, invisible characters shown by code point.
  let text = `${stdoutIsNotMessages ? '' : run.stdout}\n${run.stderr}`.normalize('NFC').replace(/^ *\d* \|.*$/gm, '');
  // Help's example lines are commands to type: they quote the example plan's names (so-y-te, "Xã Lộc Bình").
  text = text.replace(/^ {2}\$ .*$/gm, '');
  for (const s of inputs) text = text.split(s.normalize('NFC')).join(' ');
  // Names of the tool, its commands and options are words of no language.
  return text.replace(/compile-report(\.config\.ya?ml)?|--?[a-z][a-z-]*/g, ' ');
}

const MACHINE = /(--format|-f)\s*(json|sarif|junit|github)/;
/** init without --out (or with --out -) prints the report template itself: a document for the units, Vietnamese by design. */
const DOCUMENT_ON_STDOUT = (argv: readonly string[]): boolean => {
  const out = argv.findIndex((a) => a === '--out' || a === '-o');
  return argv[0] === 'init' && (out < 0 || argv[out + 1] === '-');
};

describe('every message in the run language', () => {
  it('has rows from each table', () => {
    expect(new Set(ROWS.map((r) => r.table))).toEqual(new Set(['validate', 'status', 'init', 'form', 'config', 'doubt', 'help']));
  });

  it.each(ROWS.map((r) => [`${r.table}: ${r.name}`, r] as const))('%s', async (_name, row) => {
    const inputs = inputStrings(row);
    const machine = MACHINE.test(row.argv.join(' ')) || (row.env?.GITHUB_ACTIONS === 'true' && !row.argv.includes('--format')) || DOCUMENT_ON_STDOUT(row.argv);
    const en = await runInProcess(withLang(row.argv, 'en'), { cwd: row.cwd, env: row.env });
    expect(vietnameseLetters(ownWords(en, inputs, machine)), `${en.stdout}\n${en.stderr}`).toEqual([]);
    const vi = await runInProcess(withLang(row.argv, 'vi'), { cwd: row.cwd, env: row.env });
    expect(englishWords(ownWords(vi, inputs, machine)), `${vi.stdout}\n${vi.stderr}`).toEqual([]);
  });
});
