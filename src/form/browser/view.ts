import { STATUS_VALUES } from '../../schema/derive-report-schema.js';
import { formatDateVn } from '../../text/dates.js';
import type { Agency } from '../../plan/types.js';
import { pathKey, type FormContext } from './context.js';
import { h, uid } from './dom.js';
import { dateField, integerField, linesField, selectField, textField } from './fields.js';
import { getAt, setAt, type Path } from './report-state.js';

function section(title: string, ...children: (Node | null)[]): HTMLElement {
  const id = uid('s');
  return h('section', { 'aria-labelledby': id }, h('h2', { id }, title), ...children);
}

function removeButton(label: string, onClick: () => void): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'remove' }, label);
  button.addEventListener('click', onClick);
  return button;
}

function addButton(label: string, onClick: () => void): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'add' }, `+ ${label}`);
  button.addEventListener('click', onClick);
  return button;
}

/** A fieldset registered as the anchor of `path`, for diagnostics about the whole item (a missing key, a duplicate). */
function group(ctx: FormContext, path: Path, legend: string, cls: string): HTMLFieldSetElement {
  const box = h('fieldset', { class: cls }, h('legend', {}, legend));
  box.tabIndex = -1;
  ctx.anchors.set(pathKey(path), { field: box, box });
  return box;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function removeItem(ctx: FormContext, listPath: Path, index: number): void {
  setAt(ctx.report, [...listPath, index], undefined);
  const rest = list(getAt(ctx.report, listPath));
  if (rest.length === 0) setAt(ctx.report, listPath, undefined);
  ctx.redraw(rest.length ? [...listPath, Math.min(index, rest.length - 1)] : listPath);
}

/** Theme checkboxes grouped by the plan's phases; the ids are stored in the order they were ticked. */
function themesField(ctx: FormContext, path: Path): HTMLElement {
  const chosen = (): string[] => list(getAt(ctx.report, path)).map(String);
  const summary = h('summary', {}, `${ctx.w.themes}: ${ctx.w.themesChosen(chosen())}`);
  const details = h('details', { class: 'themes' }, summary);
  details.open = ctx.open.has(pathKey(path));
  details.addEventListener('toggle', () => (details.open ? ctx.open.add(pathKey(path)) : ctx.open.delete(pathKey(path))));
  const box = h('fieldset', {}, h('legend', { class: 'sr-only' }, ctx.w.themes));
  for (const phase of ctx.plan.campaign.phases) {
    box.appendChild(h('p', { class: 'phase' }, `${phase.id}. ${phase.title}`));
    for (const theme of phase.themes) {
      const id = uid('t');
      const input = h('input', { type: 'checkbox', id, value: theme.id });
      input.checked = chosen().includes(theme.id);
      input.addEventListener('change', () => {
        const now = chosen().filter((x) => x !== theme.id);
        if (input.checked) now.push(theme.id);
        setAt(ctx.report, path, now.length ? now : undefined);
        summary.textContent = `${ctx.w.themes}: ${ctx.w.themesChosen(now)}`;
        ctx.changed(path);
      });
      box.appendChild(h('div', { class: 'check' }, input, h('label', { for: id }, h('b', {}, theme.id), ` ${theme.text}`)));
    }
  }
  details.appendChild(box);
  ctx.anchors.set(pathKey(path), { field: summary, box: details });
  return h('div', { class: 'field' }, details);
}

/** The quantities the chosen form counts, plus any already typed for another form (so the validator's complaint has a field). */
function quantitiesField(ctx: FormContext, path: Path, formId: unknown): HTMLElement {
  const counted = ctx.plan.activity_forms.find((f) => f.id === formId)?.counts ?? [];
  const typed = Object.keys((getAt(ctx.report, path) as object | undefined) ?? {});
  const ids = [...counted, ...typed.filter((id) => !counted.includes(id))];
  const box = h('div', { class: 'quantities' });
  ctx.anchors.set(pathKey(path), { field: box, box });
  if (ids.length === 0 && formId !== undefined) box.appendChild(h('p', { class: 'hint' }, ctx.w.quantitiesNone));
  for (const id of ids) {
    const q = ctx.plan.quantities.find((x) => x.id === id);
    box.appendChild(integerField(ctx, [...path, id], q ? ctx.w.quantity(q.name, q.unit) : id));
  }
  return box;
}

function activityView(ctx: FormContext, listPath: Path, index: number): HTMLElement {
  const path = [...listPath, index];
  const w = ctx.w;
  const box = group(ctx, path, w.activity(index + 1), 'activity');
  const forms = ctx.plan.activity_forms.map((f) => ({ value: f.id, label: f.name }));
  box.append(
    h(
      'div',
      { class: 'grid' },
      dateField(ctx, [...path, 'date'], w.activityDate, 'either', { hint: w.activityDateHint, required: true }),
      selectField(ctx, [...path, 'form'], w.form, forms, { required: true, redraw: true }),
    ),
    textField(ctx, [...path, 'title'], w.title, { required: true }),
    textField(ctx, [...path, 'place'], w.place),
    themesField(ctx, [...path, 'themes']),
    h(
      'div',
      { class: 'grid' },
      integerField(ctx, [...path, 'participants'], w.participants),
      integerField(ctx, [...path, 'cost'], w.cost, { hint: w.costHint }),
    ),
    quantitiesField(ctx, [...path, 'quantities'], getAt(ctx.report, [...path, 'form'])),
    linesField(ctx, [...path, 'links'], w.links),
    textField(ctx, [...path, 'note'], w.note),
    removeButton(w.removeActivity(index + 1), () => removeItem(ctx, listPath, index)),
  );
  return box;
}

function taskView(ctx: FormContext, taskId: string, text: string): HTMLElement {
  const w = ctx.w;
  const path = ['tasks', taskId];
  const box = group(ctx, path, w.task(taskId), 'task');
  const status = getAt(ctx.report, [...path, 'status']);
  // A reason left empty when the task is no longer "not started" was never meant: drop it rather than flag it.
  if (status !== 'not_started' && getAt(ctx.report, [...path, 'reason']) === '') setAt(ctx.report, [...path, 'reason'], undefined);
  const statuses = STATUS_VALUES.map((s) => ({ value: s, label: w.statuses[s] }));
  box.append(h('p', { class: 'task-text' }, text), selectField(ctx, [...path, 'status'], w.status, statuses, { required: true, redraw: true }));
  if (status === 'not_started' || getAt(ctx.report, [...path, 'reason']) !== undefined) {
    box.appendChild(textField(ctx, [...path, 'reason'], w.reason, { multiline: true, required: status === 'not_started' }));
  }
  box.appendChild(textField(ctx, [...path, 'summary'], w.summary, { multiline: true, required: true }));
  const listPath = [...path, 'activities'];
  const activities = h('div', { class: 'activities' }, h('h3', {}, w.activities));
  ctx.anchors.set(pathKey(listPath), { field: activities, box: activities });
  list(getAt(ctx.report, listPath)).forEach((_, i) => activities.appendChild(activityView(ctx, listPath, i)));
  activities.appendChild(
    addButton(w.addActivity, () => {
      const n = list(getAt(ctx.report, listPath)).length;
      setAt(ctx.report, [...listPath, n], { date: '', form: '', title: '' });
      ctx.redraw([...listPath, n, 'date']);
    }),
  );
  box.appendChild(activities);
  return box;
}

/** Difficulties or proposals: one box per item, added and removed with buttons. */
function itemsView(ctx: FormContext, key: 'difficulties' | 'proposals', title: string): HTMLElement {
  const path = [key];
  const items = list(getAt(ctx.report, path));
  const box = section(title);
  ctx.anchors.set(pathKey(path), { field: box, box });
  items.forEach((_, i) => {
    box.appendChild(textField(ctx, [key, i], ctx.w.item(i + 1), { multiline: true, keepEmpty: true }));
    box.appendChild(removeButton(ctx.w.removeItem(i + 1), () => removeItem(ctx, path, i)));
  });
  box.appendChild(
    addButton(ctx.w.addItem, () => {
      setAt(ctx.report, [key, items.length], '');
      ctx.redraw([key, items.length]);
    }),
  );
  return box;
}

export interface Unit {
  agency: Agency;
  /** The reporting body's own name (an alias's name for a successor). */
  name: string;
  unit?: string;
}

/** The whole form, drawn from the plan and the report being edited. */
export function formView(ctx: FormContext, who: Unit): HTMLElement {
  const w = ctx.w;
  const plan = ctx.plan;
  const facts = h(
    'dl',
    { class: 'facts' },
    h('dt', {}, w.planLabel),
    h('dd', {}, `${plan.document.number} (${formatDateVn(plan.document.date)})`),
    h('dt', {}, w.agencyLabel),
    h('dd', {}, who.name),
    who.unit ? h('dt', {}, w.unitLabel) : null,
    who.unit ? h('dd', {}, who.unit) : null,
  );
  const signer = group(ctx, ['signer'], w.signer, 'signer');
  signer.append(textField(ctx, ['signer', 'name'], w.signerName, { required: true }), textField(ctx, ['signer', 'title'], w.signerTitle, { required: true }));
  const general = section(
    w.general,
    facts,
    h(
      'div',
      { class: 'grid' },
      textField(ctx, ['number'], w.number, { hint: w.numberHint, required: true }),
      dateField(ctx, ['date'], w.date, 'single', { hint: w.dateHint, required: true }),
    ),
    dateField(ctx, ['period'], w.period, 'range', { hint: w.periodHint, required: true }),
    signer,
  );
  const tasks = section(w.tasks, ...who.agency.tasks.map((t) => taskView(ctx, t.id, t.text)));
  ctx.anchors.set(pathKey(['tasks']), { field: tasks, box: tasks });
  return h('div', { class: 'form-body' }, general, tasks, itemsView(ctx, 'difficulties', w.difficulties), itemsView(ctx, 'proposals', w.proposals));
}
