import type { Lang } from '../messages/lang.js';
import { STATUS, type StatusMessages } from '../messages/status.js';
import { formatDateVn } from '../text/dates.js';
import { painter, printable, width, type Paint, type Painter } from '../text/terminal.js';
import type { StatusModel, TaskRow, UnitState, UnitStatus } from './model.js';

export interface TableOptions {
  lang: Lang;
  /** ANSI colours (only when writing to a terminal). */
  color: boolean;
}


function pad(s: string, n: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, n - width(s)));
  return right ? fill + s : s + fill;
}

interface GroupCount {
  name: string;
  reported: number;
  expected: number;
}

/** Each group assignment's members reported / expected, in plan order: a plan may have several groups. */
function groupCounts(m: StatusModel): GroupCount[] {
  const groups = new Map<string, GroupCount>();
  for (const u of m.units) {
    if (u.unit === undefined) continue;
    const g = groups.get(u.agencyId) ?? { name: u.agencyName, reported: 0, expected: 0 };
    g.expected += 1;
    if (u.reported) g.reported += 1;
    groups.set(u.agencyId, g);
  }
  return [...groups.values()];
}

/** A row of one text after the first cell, not counted in the column widths (a group's heading). */
interface SpanRow {
  span: [string, string];
}
type Row = string[] | SpanRow;

/** Lays rows out in aligned columns; `paint` colours a cell after its width is counted. */
function table(rows: readonly Row[], options: { right?: number[]; paint?: (row: number, col: number, cell: string) => string }): string[] {
  const cells = rows.filter((r): r is string[] => Array.isArray(r));
  const cols = Math.max(...cells.map((r) => r.length));
  const widths = Array.from({ length: cols }, (_, c) => Math.max(...cells.map((r) => width(r[c] ?? ''))));
  const paint = options.paint ?? ((_r: number, _c: number, cell: string): string => cell);
  return rows.map((r, ri) => {
    if (!Array.isArray(r)) {
      const [first, rest] = r.span;
      return `${paint(ri, 0, pad(first, widths[0]!, options.right?.includes(0)))}  ${paint(ri, 1, rest)}`.trimEnd();
    }
    return r
      .map((cell, c) => {
        const last = c === r.length - 1;
        const text = last && !options.right?.includes(c) ? cell : pad(cell, widths[c]!, options.right?.includes(c));
        return paint(ri, c, text);
      })
      .join('  ')
      .trimEnd();
  });
}

function stateColor(state: UnitState, p: Painter): Paint {
  return { on_time: p.green, late: p.yellow, invalid: p.red, missing: p.dim, overdue: p.red }[state];
}

function unitRows(m: StatusModel, w: StatusMessages): { rows: Row[]; states: (UnitState | undefined)[] } {
  const rows: Row[] = [w.unitHead.slice()];
  const states: (UnitState | undefined)[] = [undefined];
  let lastAgency = '';
  for (const u of m.units) {
    if (u.unit !== undefined && u.agencyId !== lastAgency) {
      const members = m.units.filter((x) => x.agencyId === u.agencyId);
      rows.push({ span: [String(u.agencyNumber), printable(w.groupLine(u.agencyName, members.filter((x) => x.reported).length, members.length))] });
      states.push(undefined);
    }
    lastAgency = u.agencyId;
    rows.push(unitRow(u, w));
    states.push(u.state);
  }
  return { rows, states };
}

function unitRow(u: UnitStatus, w: StatusMessages): string[] {
  const number = u.unit === undefined ? String(u.agencyNumber) : '';
  // A successor body that reported under an alias shows under its own name (the plan's old name is in the task table).
  const name = u.unit !== undefined ? `  ${u.name}` : u.name;
  const file = u.file ?? (u.invalidFiles.length ? u.invalidFiles.join(', ') : '');
  return [number, printable(name), w.state[u.state], u.date ? formatDateVn(u.date) : '', printable(file)];
}

function taskRows(tasks: readonly TaskRow[], w: StatusMessages): string[][] {
  const rows: string[][] = [w.taskHead.slice()];
  for (const t of tasks) {
    const c = t.counts;
    rows.push([t.taskId, printable(t.agencyName), String(c.done), String(c.in_progress), String(c.not_started), String(c.not_reported)]);
  }
  return rows;
}

/** The status as aligned tables for a terminal; pure, ends with a newline. */
export function formatStatusTable(m: StatusModel, options: TableOptions): string {
  const w = STATUS[options.lang];
  const p = painter(options.color);
  const out: string[] = [];
  out.push(p.bold(`${w.title} ${printable(m.plan.number)}`));
  out.push(`${w.deadline}: ${formatDateVn(m.deadline)} · ${w.asOf} ${formatDateVn(m.asOf)} (${m.pastDeadline ? p.red(w.past) : w.notPast})`);
  out.push('');

  const { rows, states } = unitRows(m, w);
  out.push(
    ...table(rows, {
      right: [0],
      paint: (r, c, cell) => {
        if (r === 0) return p.bold(cell);
        const state = states[r];
        if (state === undefined) return c === 1 ? p.bold(cell) : cell;
        return c === 2 ? stateColor(state, p)(cell) : cell;
      },
    }),
  );
  out.push('');

  out.push(
    ...table(taskRows(m.tasks, w), {
      right: [2, 3, 4, 5],
      paint: (r, c, cell) => {
        if (r === 0) return p.bold(cell);
        if (cell.trim() === '0') return p.dim(cell);
        return c === 2 ? p.green(cell) : c === 5 ? p.yellow(cell) : cell;
      },
    }),
  );

  if (m.invalid.length > 0) {
    out.push('', p.red(w.invalidHead));
    for (const f of m.invalid) {
      const where = f.first ? `${printable(f.file)}:${f.first.line}:${f.first.column}` : printable(f.file);
      const who = f.unit ?? f.agencyId;
      const first = f.first ? ` ${f.first.code}: ${printable(f.first.message.split('\n')[0]!)}` : '';
      out.push(`  ${where} — ${w.invalidLine(f.errors)}${who ? ` (${printable(who)})` : ''}${first}`);
    }
  }
  out.push('', p.bold(w.summary(m.counts, m.pastDeadline, groupCounts(m))));
  return `${out.join('\n')}\n`;
}
