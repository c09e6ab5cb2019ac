import type { CliIo } from '../../src/core/cli-io.js';

export interface FakeIo extends CliIo {
  out(): string;
  err(): string;
}

/** Streams that collect what is written; `tty` makes stderr (and stdout) look like a terminal; `now` fixes the clock. */
export function fakeIo(cwd: string, options: { tty?: boolean; env?: Record<string, string | undefined>; now?: Date } = {}): FakeIo {
  let out = '';
  let err = '';
  return {
    cwd,
    env: options.env ?? {},
    stdout: { write: (s: string) => (out += s), isTTY: options.tty ?? false },
    stderr: { write: (s: string) => (err += s), isTTY: options.tty ?? false },
    now: () => options.now ?? new Date(),
    out: () => out,
    err: () => err,
  };
}

/**
 * Fills an `init` template the way a clerk would: every placeholder replaced, every task answered.
 * Only uncommented lines change; with `activities`, the first task's commented activity example is used too.
 */
export function fillTemplate(text: string, options: { activities?: boolean } = {}): string {
  let filled = text
    .replace(/^number: ""$/m, 'number: 412/BC-TEST')
    .replace(/^date: dd\/mm\/yyyy$/m, 'date: 26/12/2025')
    .replace(/^period: dd\/mm\/yyyy - dd\/mm\/yyyy$/m, 'period: 01/12/2025 - 31/12/2025')
    .replace(/^ {2}name: ""$/m, '  name: Nguyễn Văn An')
    .replace(/^ {2}title: ""$/m, '  title: Phó Giám đốc')
    .replace(/^ {4}status:$/gm, '    status: done')
    .replace(/^ {4}summary: ""$/gm, '    summary: Đã triển khai đầy đủ nội dung nhiệm vụ.');
  if (options.activities) {
    const lines = filled.split('\n');
    const start = lines.findIndex((l) => l === '    # activities:');
    for (let i = start; i < lines.length && lines[i]!.startsWith('    #') && !lines[i]!.startsWith('    # Tình'); i++) {
      lines[i] = lines[i]!.replace(/^ {4}# /, '    ').replace(/ +# .*$/, '');
    }
    const set = (key: string, from: string, to: string): void => {
      filled = filled.replace(new RegExp(`^(\\s+(?:- )?)${key}:${from === '' ? '' : ` ${from}`}$`, 'm'), `$1${key}: ${to}`);
    };
    filled = lines.join('\n');
    set('date', 'dd/mm/yyyy', '05/12/2025');
    set('form', '""', 'conference');
    set('title', '""', 'Hội nghị tuyên truyền');
    set('place', '""', 'Hội trường');
    set('themes', '\\[""\\]', '[2.1.a]');
    set('participants', '', '120');
    set('quantities', '\\{ sessions: \\}', '{ sessions: 1 }');
    set('cost', '', '4500000');
    set('links', '\\[""\\]', '[https://example.gov.vn/tin-bai.html]');
    set('note', '""', 'Phối hợp tổ chức.');
  }
  return filled;
}
