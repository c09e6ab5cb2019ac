/**
 * The hostile corpus: each case builds its input in a fresh folder (nothing large or binary is checked
 * in) and says what the real binary must do with it: exit code, diagnostic codes, and bounds on time
 * and peak memory. The harness (hostile.test.ts) adds what every case must satisfy: no stack trace,
 * no hang, and no output file (nor temporary file) unless the run succeeded.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, ftruncateSync, mkdirSync, openSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DiagnosticCode } from '../../src/diagnostics/codes.js';
import { MINI_REPORT } from '../validate/support.js';

export const PLAN = 'examples/lang-son-2025/plan.yaml';
export const REPORTS = 'examples/lang-son-2025/reports';

export interface Setup {
  /** Paths (files, folders) given to the command, absolute. */
  inputs: string[];
  /** Replace the default command line entirely (the harness adds nothing). */
  argv?: string[];
}

export interface HostileCase {
  name: string;
  setup(dir: string): Setup;
  /** Expected exit code. */
  code: 0 | 1 | 2;
  /** Codes that must all be reported. */
  codes?: DiagnosticCode[];
  /** No other code than these may be reported (default: codes, when given). */
  onlyCodes?: DiagnosticCode[] | 'any';
  /** Files that must be in the result (by base name); default: every input file checked. */
  files?: number;
  /** Text stderr must show (exit 2 cases). */
  stderr?: RegExp;
  maxMs?: number;
  maxRssMb?: number;
  /** Extra assertions after the run. */
  after?(dir: string, result: { stdout: string; stderr: string }): void;
  /** Skip when the environment cannot build the input (e.g. mkfifo missing). */
  skip?(): string | undefined;
}

const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');
export const VALID = MINI_REPORT;

function file(dir: string, name: string, data: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

/** MINI_REPORT with one exact replacement (throws when the anchor is missing, so a stale case fails loudly). */
function edit(from: string, to: string, text = VALID): string {
  if (!text.includes(from)) throw new Error(`anchor not found: ${from}`);
  return text.replace(from, to);
}

function billionLaughs(): string {
  const lines = ['lol0: &lol0 "lol"'];
  for (let i = 1; i <= 9; i++) lines.push(`lol${i}: &lol${i} [${Array.from({ length: 10 }, () => `*lol${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

const hasMkfifo = (): string | undefined => (spawnSync('mkfifo', ['--version']).status === 0 ? undefined : 'mkfifo not available');

function mkfifo(path: string): void {
  const r = spawnSync('mkfifo', [path]);
  if (r.status !== 0) throw new Error(`mkfifo failed: ${r.stderr}`);
}

export const CASES: HostileCase[] = [
  // --- aliases and merge keys --------------------------------------------------------------
  {
    name: 'billion laughs (9 levels of 10 aliases)',
    setup: (d) => ({ inputs: [file(d, 'lol.yaml', billionLaughs())] }),
    code: 1,
    codes: ['CR204'],
    maxMs: 10_000,
    maxRssMb: 300,
  },
  {
    name: 'billion laughs hidden in a valid report field',
    setup: (d) => ({ inputs: [file(d, 'lol-in-report.yaml', `${billionLaughs().replace(/^lol/gm, 'x-lol')}${VALID}`)] }),
    code: 1,
    onlyCodes: 'any',
    codes: ['CR204'],
    maxMs: 10_000,
    maxRssMb: 300,
  },
  {
    name: 'merge key << is a plain key in YAML 1.2: an unknown key, nothing merged',
    setup: (d) => ({ inputs: [file(d, 'merge.yaml', `${VALID}extra: &b { plan: other }\n<<: *b\n`)] }),
    code: 1,
    codes: ['CR301'],
  },
  {
    name: 'merge keys over an alias bomb',
    setup: (d) => ({ inputs: [file(d, 'merge-bomb.yaml', `${billionLaughs()}<<: [*lol9, *lol9, *lol9]\n`)] }),
    code: 1,
    codes: ['CR204'],
    maxMs: 10_000,
    maxRssMb: 300,
  },
  // --- nesting ------------------------------------------------------------------------------
  {
    name: 'deep nesting: 100 000 flow sequences',
    setup: (d) => ({ inputs: [file(d, 'deep-seq.yaml', `plan: ${'['.repeat(100_000)}\n`)] }),
    code: 1,
    codes: ['CR207'],
    maxMs: 15_000,
    maxRssMb: 400,
  },
  {
    name: 'deep nesting: 100 000 flow mappings',
    setup: (d) => ({ inputs: [file(d, 'deep-map.yaml', `plan: ${'{a: '.repeat(100_000)}\n`)] }),
    code: 1,
    codes: ['CR207'],
    maxMs: 15_000,
    maxRssMb: 400,
  },
  {
    name: 'deep nesting: 2 000 indented block mappings',
    setup: (d) => ({ inputs: [file(d, 'deep-block.yaml', `plan:\n${Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i + 1)}a:`).join('\n')}\n`)] }),
    code: 1,
    codes: ['CR207'],
    maxMs: 15_000,
    maxRssMb: 400,
  },
  // --- size -----------------------------------------------------------------------------------
  {
    name: '50 MB file: CR102 from its size alone, never read',
    setup: (d) => {
      // Sparse: 50 MB long, no disk used; reading it would still cost 50 MB of memory and time.
      const path = join(d, 'huge.yaml');
      const fd = openSync(path, 'w');
      ftruncateSync(fd, 50 * 1024 * 1024);
      closeSync(fd);
      return { inputs: [path] };
    },
    code: 1,
    codes: ['CR102'],
    maxMs: 5_000,
    // The same as a one-file run (~80 MB here); reading the file would add 50 MB at least.
    maxRssMb: 140,
  },
  {
    name: 'one byte over the 5 MiB limit',
    setup: (d) => ({ inputs: [file(d, 'limit.yaml', Buffer.alloc(5 * 1024 * 1024 + 1, 0x20))] }),
    code: 1,
    codes: ['CR102'],
  },
  {
    name: 'a 4 MB single-line title: refused by its length, in bounded time',
    setup: (d) => ({ inputs: [file(d, 'long-line.yaml', edit('title: Hội nghị phổ biến Công ước Chống tra tấn', `title: ${'Hội nghị '.repeat(400_000)}`))] }),
    code: 1,
    codes: ['CR306'],
    maxMs: 20_000,
    maxRssMb: 500,
  },
  {
    name: '2 000 activities with an unknown key each: every diagnostic, bounded',
    setup: (d) => {
      const activity = (i: number): string => `      - { date: 05/12/2025, form: conference, title: "Hoạt động ${i}", colour: red }`;
      // 1 990 + the report's own 2: under the schema's cap of 2 000 activities per task.
      const text = edit('    activities:\n', `    activities:\n${Array.from({ length: 1990 }, (_, i) => activity(i)).join('\n')}\n`);
      return { inputs: [file(d, 'many-errors.yaml', text)] };
    },
    code: 1,
    codes: ['CR301'],
    maxMs: 20_000,
    maxRssMb: 500,
    after: (_d, r) => {
      const json = JSON.parse(r.stdout) as { diagnostics: { code: string }[] };
      if (json.diagnostics.filter((x) => x.code === 'CR301').length !== 1990) throw new Error('expected 1990 CR301');
    },
  },
  // --- bytes and encodings --------------------------------------------------------------------
  {
    name: 'random binary bytes with NULs',
    setup: (d) => ({ inputs: [file(d, 'binary.yaml', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24)))] }),
    code: 1,
    codes: ['CR107'],
  },
  {
    name: 'a PNG named .yaml',
    setup: (d) => ({ inputs: [file(d, 'image.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]))] }),
    code: 1,
    codes: ['CR107'],
  },
  {
    name: 'a DOCX (zip) named .yaml',
    setup: (d) => ({ inputs: [file(d, 'word.yaml', Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]))] }),
    code: 1,
    codes: ['CR107'],
  },
  {
    name: 'UTF-16 LE with BOM',
    setup: (d) => ({ inputs: [file(d, 'u16le-bom.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VALID, 'utf16le')]))] }),
    code: 1,
    codes: ['CR104'],
  },
  {
    name: 'UTF-16 BE with BOM',
    setup: (d) => ({ inputs: [file(d, 'u16be-bom.yaml', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(VALID, 'utf16le').swap16()]))] }),
    code: 1,
    codes: ['CR104'],
  },
  {
    name: 'UTF-16 LE without BOM',
    setup: (d) => ({ inputs: [file(d, 'u16le.yaml', Buffer.from(VALID, 'utf16le'))] }),
    code: 1,
    codes: ['CR104'],
  },
  {
    name: 'UTF-16 BE without BOM',
    setup: (d) => ({ inputs: [file(d, 'u16be.yaml', Buffer.from(VALID, 'utf16le').swap16())] }),
    code: 1,
    codes: ['CR104'],
  },
  {
    name: 'UTF-8 with BOM: a warning, still valid',
    setup: (d) => ({ inputs: [file(d, 'bom.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(VALID)]))] }),
    code: 0,
    codes: ['CR105'],
  },
  {
    name: 'not UTF-8 (Windows-1258 bytes)',
    setup: (d) => ({ inputs: [file(d, 'cp1258.yaml', Buffer.concat([utf8(VALID.slice(0, 40)), Buffer.from([0xd0, 0xe3, 0x20, 0xf4]), utf8('\n')]))] }),
    code: 1,
    codes: ['CR103'],
  },
  {
    name: 'CRLF line endings: valid',
    setup: (d) => ({ inputs: [file(d, 'crlf.yaml', VALID.replace(/\n/g, '\r\n'))] }),
    code: 0,
    onlyCodes: [],
  },
  {
    name: 'CRLF and tabs inside values: valid',
    setup: (d) => ({ inputs: [file(d, 'crlf-tabs.yaml', edit('Cuộc thi trực tuyến', 'Cuộc thi\ttrực tuyến').replace(/\n/g, '\r\n'))] }),
    code: 0,
    onlyCodes: [],
  },
  {
    name: 'a tab as indentation',
    setup: (d) => ({ inputs: [file(d, 'tab-indent.yaml', edit('signer:\n  name', 'signer:\n\tname'))] }),
    code: 1,
    codes: ['CR201'],
    onlyCodes: 'any',
  },
  {
    name: 'empty file and whitespace-only file',
    setup: (d) => ({ inputs: [file(d, 'empty.yaml', ''), file(d, 'blank.yaml', ' \r\n\t\n')] }),
    code: 1,
    codes: ['CR106'],
  },
  {
    name: 'two YAML documents in one file',
    setup: (d) => ({ inputs: [file(d, 'two-docs.yaml', `${VALID}---\n${VALID}`)] }),
    code: 1,
    codes: ['CR203'],
  },
  // --- Vietnamese text --------------------------------------------------------------------------
  {
    name: 'NFD (decomposed) Vietnamese: one warning, normalised',
    setup: (d) => ({ inputs: [file(d, 'nfd.yaml', VALID.normalize('NFD'))] }),
    code: 0,
    codes: ['CR408'],
  },
  {
    name: 'TCVN3 (ABC) text pasted as Latin-1',
    setup: (d) => ({ inputs: [file(d, 'tcvn3.yaml', edit('title: Hội nghị phổ biến', 'title: Héi nghÞ phæ biÕn'))] }),
    code: 1,
    codes: ['CR409'],
  },
  {
    name: 'VNI text pasted as Latin-1',
    setup: (d) => ({ inputs: [file(d, 'vni.yaml', edit('title: Hội nghị phổ biến', 'title: Hoäi nghò phoå bieán'))] }),
    code: 1,
    codes: ['CR409'],
  },
  {
    // Two files for the same unit: the second is also a duplicate (CR501).
    name: 'XML control characters (escaped U+0001, raw U+000B)',
    setup: (d) => ({
      inputs: [
        file(d, 'ctl-escaped.yaml', edit('title: Hội nghị phổ biến Công ước Chống tra tấn', 'title: "Hội nghị\\x01 phổ biến Công ước Chống tra tấn"')),
        file(d, 'ctl-raw.yaml', edit('title: Hội nghị phổ biến', 'title: Hội nghị\u000b phổ biến')),
      ],
    }),
    code: 1,
    codes: ['CR411'],
    onlyCodes: ['CR411', 'CR501'],
  },
  // --- keys and tags that reach for the runtime ---------------------------------------------------
  {
    name: '__proto__ keys: unknown keys, nothing polluted',
    setup: (d) => ({ inputs: [file(d, 'proto.yaml', `${VALID}__proto__:\n  polluted: yes\n`), file(d, 'proto-flow.yaml', edit('signer:\n', 'signer:\n  __proto__: { isAdmin: true }\n'))] }),
    code: 1,
    codes: ['CR301'],
  },
  {
    name: 'a collection as a key (block and flow): unknown keys, no Node warning',
    setup: (d) => ({ inputs: [file(d, 'seq-key.yaml', `${VALID}? [a, b]\n: 1\n`), file(d, 'map-key.yaml', `${VALID}{ x: 1 }: 2\n`)] }),
    code: 1,
    codes: ['CR301'],
  },
  {
    name: 'constructor and prototype keys',
    setup: (d) => ({ inputs: [file(d, 'ctor.yaml', `${VALID}constructor:\n  prototype:\n    polluted: yes\n`)] }),
    code: 1,
    codes: ['CR301'],
  },
  {
    name: '!!js/function: refused, never executed',
    setup: (d) => ({
      inputs: [file(d, 'js-function.yaml', edit('number: 472/BC-STP', `number: !!js/function "function () { require('fs').writeFileSync('${join(d, 'PWNED')}', 'x') }"`))],
    }),
    code: 1,
    codes: ['CR205'],
    after: (d) => {
      if (existsSync(join(d, 'PWNED'))) throw new Error('the tag was executed');
    },
  },
  {
    name: '!!js/regexp and !!js/undefined',
    setup: (d) => ({ inputs: [file(d, 'js-regexp.yaml', edit('number: 472/BC-STP', 'number: !!js/regexp /(a+)+$/').replace('title: Phó Giám đốc', 'title: !!js/undefined ~'))] }),
    code: 1,
    codes: ['CR205'],
  },
  {
    name: '!!python/object/apply',
    setup: (d) => ({ inputs: [file(d, 'python.yaml', edit('number: 472/BC-STP', 'number: !!python/object/apply:os.system ["touch /tmp/pwned-python"]'))] }),
    code: 1,
    codes: ['CR205'],
  },
  // --- numbers and dates ----------------------------------------------------------------------
  {
    name: 'a huge number 1e400 (Infinity)',
    setup: (d) => ({ inputs: [file(d, 'inf.yaml', edit('participants: 150', 'participants: 1e400'))] }),
    code: 1,
    codes: ['CR416'],
  },
  {
    name: '2**64 as a count',
    setup: (d) => ({ inputs: [file(d, 'u64.yaml', edit('participants: 150', 'participants: 18446744073709551616'))] }),
    code: 1,
    codes: ['CR306'],
  },
  {
    name: 'negative numbers',
    setup: (d) => ({ inputs: [file(d, 'negative.yaml', edit('participants: 150', 'participants: -150').replace('entries: 3250', 'entries: -1'))] }),
    code: 1,
    codes: ['CR306'],
  },
  {
    name: 'a date that does not exist: 31/02/2025',
    setup: (d) => ({ inputs: [file(d, 'feb31.yaml', edit('date: 24/12/2025', 'date: 31/02/2025'))] }),
    code: 1,
    codes: ['CR401'],
  },
  // --- the file system ----------------------------------------------------------------------------
  {
    name: 'a directory symlink loop: each file once, no hang',
    setup: (d) => {
      const root = join(d, 'loop');
      mkdirSync(join(root, 'sub'), { recursive: true });
      writeFileSync(join(root, 'sub', 'a.yaml'), VALID);
      symlinkSync(root, join(root, 'sub', 'back'));
      symlinkSync('.', join(root, 'self'));
      return { inputs: [root] };
    },
    code: 0,
    files: 1,
    onlyCodes: [],
    maxMs: 10_000,
  },
  {
    name: 'a FIFO named x.yaml given by name: CR101, the process does not block on open()',
    skip: hasMkfifo,
    setup: (d) => {
      mkfifo(join(d, 'x.yaml'));
      return { inputs: [join(d, 'x.yaml')] };
    },
    code: 1,
    codes: ['CR101'],
    maxMs: 10_000,
  },
  {
    name: 'a FIFO inside a folder is not a report file: skipped',
    skip: hasMkfifo,
    setup: (d) => {
      const root = join(d, 'with-fifo');
      mkdirSync(root);
      mkfifo(join(root, 'pipe.yaml'));
      writeFileSync(join(root, 'ok.yaml'), VALID);
      return { inputs: [root] };
    },
    code: 0,
    files: 1,
    onlyCodes: [],
    maxMs: 10_000,
  },
  {
    name: 'a folder named x.yaml holding nothing: no report files (exit 2)',
    setup: (d) => {
      mkdirSync(join(d, 'x.yaml'));
      return { inputs: [join(d, 'x.yaml')] };
    },
    code: 2,
    stderr: /x\.yaml/,
  },
  {
    name: 'a dangling symlink given by name: not found (exit 2)',
    setup: (d) => {
      symlinkSync(join(d, 'nowhere.yaml'), join(d, 'dangling.yaml'));
      return { inputs: [join(d, 'dangling.yaml')] };
    },
    code: 2,
    stderr: /dangling\.yaml/,
  },
  {
    name: 'a dangling symlink inside a folder: skipped silently',
    setup: (d) => {
      const root = join(d, 'with-dangling');
      mkdirSync(root);
      symlinkSync(join(d, 'nowhere.yaml'), join(root, 'dangling.yaml'));
      writeFileSync(join(root, 'ok.yaml'), VALID);
      return { inputs: [root] };
    },
    code: 0,
    files: 1,
    onlyCodes: [],
  },
  {
    name: 'an empty folder: exit 2 with a message',
    setup: (d) => {
      mkdirSync(join(d, 'empty'));
      return { inputs: [join(d, 'empty')] };
    },
    code: 2,
    stderr: /empty/,
  },
  {
    name: '--output equal to an input: refused, the input untouched',
    setup: (d) => {
      const input = file(d, 'input.yaml', VALID);
      return { inputs: [input], argv: ['validate', '--plan', PLAN, input, '--format', 'json', '--output', input] };
    },
    code: 2,
    stderr: /input\.yaml/,
    after: (d) => {
      if (readFileSync(join(d, 'input.yaml'), 'utf8') !== VALID) throw new Error('the input was changed');
    },
  },
  {
    name: '--output whose parent is a regular file (unwritable even as root)',
    setup: (d) => {
      const input = file(d, 'in.yaml', VALID);
      const blocker = file(d, 'blocker', 'a file, not a folder');
      return { inputs: [input], argv: ['validate', '--plan', PLAN, input, '--output', join(blocker, 'result.txt')] };
    },
    code: 2,
    stderr: /blocker/,
  },
  {
    name: '--output into /proc (a read-only file system, even as root)',
    skip: () => (process.platform === 'linux' ? undefined : 'Linux only'),
    setup: (d) => {
      const input = file(d, 'in.yaml', VALID);
      return { inputs: [input], argv: ['validate', '--plan', PLAN, input, '--output', '/proc/compile-report-result.txt'] };
    },
    code: 2,
    stderr: /proc/,
  },
];

/** Templates that reach for prototypes through --template <dir> (build). */
export const TEMPLATE_ATTACKS: { name: string; template: string; code: 0 | 2 }[] = [
  { name: '{{constructor.constructor}}', template: '{{constructor.constructor}}', code: 2 },
  { name: '{{constructor.constructor "return process"}}', template: '{{constructor.constructor "return process.exit(7)"}}', code: 2 },
  { name: '{{__proto__}}', template: 'ZQ{{__proto__}}QZ', code: 0 },
  { name: '{{lookup this "constructor"}}', template: 'ZQ{{lookup this "constructor"}}QZ', code: 0 },
  { name: '{{#with (lookup this "constructor")}}{{name}}{{/with}}', template: 'ZQ{{#with (lookup this "constructor")}}{{name}}{{/with}}QZ', code: 0 },
  { name: '{{lookup (lookup this "__proto__") "constructor"}}', template: 'ZQ{{lookup (lookup this "__proto__") "constructor"}}QZ', code: 0 },
];
