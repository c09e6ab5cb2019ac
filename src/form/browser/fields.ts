import { formatDateVn, parseDateOrRange } from '../../text/dates.js';
import { groupThousands, integerValue } from '../numbers.js';
import { pathKey, type FormContext } from './context.js';
import { h, uid } from './dom.js';
import { getAt, setAt, type Path } from './report-state.js';

export interface FieldOptions {
  hint?: string;
  multiline?: boolean;
  required?: boolean;
  /**
   * Store "" rather than removing the key: a list item keeps its place while it is retyped, and a required field
   * left empty gets the validator's message about its own value rather than one about its parent.
   */
  keepEmpty?: boolean;
}

/** A labelled box holding one control, its hint and (later) its messages; registered as the anchor of `path`. */
function fieldBox(ctx: FormContext, path: Path, label: string, control: HTMLElement, options: FieldOptions, extra: HTMLElement[] = []): HTMLElement {
  const id = control.id || uid('f');
  control.id = id;
  const box = h('div', { class: 'field' }, h('label', { for: id }, label, options.required ? h('span', { class: 'req', 'aria-hidden': 'true' }, ' *') : null));
  const row = h('div', { class: 'control' }, control, ...extra);
  box.appendChild(row);
  if (options.hint) {
    const hint = h('p', { class: 'hint', id: `${id}-hint` }, options.hint);
    control.setAttribute('aria-describedby', hint.id);
    box.appendChild(hint);
  }
  if (options.required) control.setAttribute('aria-required', 'true');
  ctx.anchors.set(pathKey(path), { field: control, box });
  return box;
}

function keeps(options: FieldOptions): boolean {
  return Boolean(options.keepEmpty || options.required);
}

function shown(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Keeps a textarea as tall as its text, so nothing is hidden on screen or on paper. */
function autoGrow(area: HTMLTextAreaElement): void {
  const grow = (): void => {
    area.style.height = 'auto';
    area.style.height = `${area.scrollHeight + 2}px`;
  };
  area.addEventListener('input', grow);
  requestAnimationFrame(grow);
}

/** A text value; emptied, the key is removed (the validator then says what is missing). */
export function textField(ctx: FormContext, path: Path, label: string, options: FieldOptions = {}): HTMLElement {
  const control = options.multiline ? h('textarea', { rows: '3' }) : h('input', { type: 'text' });
  control.value = shown(getAt(ctx.report, path));
  control.addEventListener('input', () => {
    setAt(ctx.report, path, control.value === '' && !keeps(options) ? undefined : control.value);
    ctx.changed(path);
  });
  if (control instanceof HTMLTextAreaElement) autoGrow(control);
  return fieldBox(ctx, path, label, control, options);
}

/** A list of texts, one per line (links). */
export function linesField(ctx: FormContext, path: Path, label: string, options: FieldOptions = {}): HTMLElement {
  const control = h('textarea', { rows: '2', spellcheck: 'false' });
  const value = getAt(ctx.report, path);
  control.value = Array.isArray(value) ? value.map(shown).join('\n') : shown(value);
  control.addEventListener('input', () => {
    const lines = control.value.split('\n').filter((l) => l.trim() !== '');
    setAt(ctx.report, path, lines.length ? lines : undefined);
    ctx.changed(path);
  });
  autoGrow(control);
  return fieldBox(ctx, path, label, control, options);
}

/** A whole number shown with thousands separators as it is typed, stored as an integer. */
export function integerField(ctx: FormContext, path: Path, label: string, options: FieldOptions = {}): HTMLElement {
  const control = h('input', { type: 'text', inputmode: 'numeric', autocomplete: 'off', class: 'number' });
  const value = getAt(ctx.report, path);
  control.value = typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? groupThousands(String(value)) : shown(value);
  control.addEventListener('input', () => {
    const raw = control.value;
    if (/^-?[\d.\s]*$/.test(raw)) {
      // Regroup the digits and put the caret back after the same number of digits.
      const caret = control.selectionStart ?? raw.length;
      const digitsBefore = raw.slice(0, caret).replace(/\D/g, '').length;
      const sign = raw.trimStart().startsWith('-') ? '-' : '';
      const formatted = sign + groupThousands(raw.replace(/\D/g, ''));
      if (formatted !== raw) {
        control.value = formatted;
        let pos = sign.length;
        for (let seen = 0; pos < formatted.length && seen < digitsBefore; pos++) if (/\d/.test(formatted[pos]!)) seen++;
        control.setSelectionRange(pos, pos);
      }
    }
    setAt(ctx.report, path, integerValue(control.value));
    ctx.changed(path);
  });
  return fieldBox(ctx, path, label, control, options);
}

/** Between the two dates of a range; a "-" needs a space before it, since yyyy-mm-dd has its own. */
const RANGE_SEPARATOR = /\s+-(?:\s+|$)|\s*[–—]\s*|\s+đến(?:\s+|$)/;

/** A date (or a range) typed as dd/mm/yyyy, with calendars that write into it; the text is what is saved. */
export function dateField(ctx: FormContext, path: Path, label: string, range: 'single' | 'range' | 'either', options: FieldOptions = {}): HTMLElement {
  const control = h('input', { type: 'text', autocomplete: 'off', class: range === 'single' ? 'date' : 'date-range', placeholder: range === 'single' ? 'dd/mm/yyyy' : 'dd/mm/yyyy - dd/mm/yyyy' });
  control.value = shown(getAt(ctx.report, path));
  // The calendars are for the mouse: each holds three tab stops (day, month, year), and the keyboard types the date.
  const from = h('input', { type: 'date', class: 'calendar', tabindex: '-1', 'aria-label': `${ctx.w.calendarFrom}: ${label}` });
  const to = range === 'single' ? undefined : h('input', { type: 'date', class: 'calendar', tabindex: '-1', 'aria-label': `${ctx.w.calendarTo}: ${label}` });
  const syncCalendars = (): void => {
    const parsed = parseDateOrRange(control.value);
    from.value = parsed.ok ? parsed.from.iso : '';
    if (to) to.value = parsed.ok && RANGE_SEPARATOR.test(control.value.trim()) ? parsed.to.iso : '';
  };
  const store = (): void => {
    setAt(ctx.report, path, control.value === '' && !keeps(options) ? undefined : control.value);
    ctx.changed(path);
  };
  const pick = (which: 'from' | 'to', iso: string): void => {
    if (!iso) return;
    const text = control.value.trim();
    const separator = RANGE_SEPARATOR.exec(text);
    const start = separator ? text.slice(0, separator.index) : text;
    const end = separator ? text.slice(separator.index + separator[0].length) : '';
    const picked = formatDateVn(iso);
    if (which === 'from') control.value = separator || range === 'range' ? `${picked} - ${end}`.trimEnd() : picked;
    else control.value = `${start || picked} - ${picked}`;
    store();
    control.focus();
  };
  control.addEventListener('input', () => {
    syncCalendars();
    store();
  });
  from.addEventListener('change', () => pick('from', from.value));
  to?.addEventListener('change', () => pick('to', to.value));
  syncCalendars();
  return fieldBox(ctx, path, label, control, options, to ? [from, to] : [from]);
}

export interface Choice {
  value: string;
  label: string;
}

/** A pick from the plan's list: its text shown, its id stored; a value not in the list stays visible so it can be corrected. */
export function selectField(ctx: FormContext, path: Path, label: string, choices: readonly Choice[], options: FieldOptions & { redraw?: boolean } = {}): HTMLElement {
  const control = h('select', {}, h('option', { value: '' }, ctx.w.choose));
  const current = getAt(ctx.report, path);
  const all = current !== undefined && !choices.some((c) => c.value === current) ? [...choices, { value: shown(current), label: shown(current) }] : choices;
  for (const c of all) control.appendChild(h('option', { value: c.value }, c.label));
  control.value = shown(current);
  control.addEventListener('change', () => {
    setAt(ctx.report, path, control.value === '' && !keeps(options) ? undefined : control.value);
    if (options.redraw) ctx.redraw(path);
    else ctx.changed(path);
  });
  return fieldBox(ctx, path, label, control, options);
}
