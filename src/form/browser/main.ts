/**
 * The report form in the browser. Every check is the validator's own code (bundled, not rewritten): the report is
 * written as the YAML that will be saved, and that text goes through `validateReportBytes` as `validate` would read it.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { messagesFor } from '../../messages/diagnostics.js';
import { decodeSource } from '../../load/decode-source.js';
import { parseYaml } from '../../load/parse-yaml.js';
import { indexPlan, reportingBodyName } from '../../plan/lookup.js';
import { formatDateVn } from '../../text/dates.js';
import { compilePlan, type CompiledPlan } from '../../validate/compile.js';
import { validateReportBytes } from '../../validate/validate-report.js';
import { reportToYaml } from '../report-yaml.js';
import { SETUP_ID, type FormSetup } from '../setup.js';
import { formWords } from '../words.js';
import { pathKey, type Anchor, type FormContext } from './context.js';
import { h, uid } from './dom.js';
import { pruneEmpty, type Path } from './report-state.js';
import { formView, type Unit } from './view.js';

const setup = JSON.parse(document.getElementById(SETUP_ID)!.textContent!) as FormSetup;
const w = formWords(setup.lang);
const t = messagesFor(setup.lang);
/** Compiled on the first check, after the form is on screen: ajv's compile is most of the page's start-up work. */
let compiled: CompiledPlan | undefined;
const agency = setup.plan.agencies.find((a) => a.id === setup.agencyId || a.aliases?.some((x) => x.id === setup.agencyId))!;
const who: Unit = { agency, name: agency.aliases?.find((a) => a.id === setup.agencyId)?.name ?? agency.name, unit: setup.unit };
const whoName = setup.unit ?? who.name;

/** A blank report: every required value present but empty, so each message points at its own field. */
function blankReport(): Record<string, unknown> {
  return {
    plan: setup.plan.document.number,
    agency: setup.agencyId,
    ...(setup.unit === undefined ? {} : { unit: setup.unit }),
    number: '',
    date: '',
    period: '',
    signer: { name: '', title: '' },
    tasks: Object.fromEntries(agency.tasks.map((task) => [task.id, { status: '', summary: '' }])),
  };
}

let modeline = setup.modeline;
let fileName = setup.fileName;
let diagnostics: Diagnostic[] = [];
/** Messages are shown beside the fields the clerk has touched; all of them once a save is tried or a file opened. */
let showAll = false;
const touched = new Set<string>();

const ctx: FormContext = {
  plan: setup.plan,
  w,
  report: blankReport(),
  anchors: new Map<string, Anchor>(),
  open: new Set<string>(),
  changed,
  redraw,
};

// ── the page ────────────────────────────────────────────────────────────────────────────────────────────────────
const fileInput = h('input', { type: 'file', id: 'open-file', accept: '.yaml,.yml,text/yaml,application/yaml', class: 'sr-only', tabindex: '-1' });
const openButton = h('button', { type: 'button' }, w.open);
const saveButton = h('button', { type: 'button', class: 'primary' }, w.save);
const draftButton = h('button', { type: 'button' }, w.saveDraft);
const printButton = h('button', { type: 'button' }, w.print);
const statusLine = h('p', { id: 'form-status', role: 'status', 'aria-live': 'polite' });
const notice = h('p', { id: 'form-notice', role: 'alert' });
const problemList = h('ul', { id: 'problems', class: 'problems' });
const summaryBox = h('div', { class: 'summary', tabindex: '-1' }, statusLine, notice, problemList);
const body = h('main', { id: 'form' });
document.body.append(
  h(
    'header',
    {},
    h('h1', {}, w.heading),
    h('p', { class: 'intro' }, w.intro(setup.plan.document.number, formatDateVn(setup.plan.document.date), setup.plan.issuer.name)),
    h('p', { class: 'who' }, whoName),
  ),
  h('div', { class: 'toolbar', role: 'toolbar', 'aria-label': w.heading }, saveButton, draftButton, openButton, printButton, fileInput),
  h('p', { class: 'hint no-print' }, `${w.dropHint} ${w.keysHint}`),
  summaryBox,
  body,
);

// ── checking ────────────────────────────────────────────────────────────────────────────────────────────────────
function yamlText(): string {
  return reportToYaml(ctx.report, modeline);
}

function nearestAnchor(path: readonly (string | number)[]): { key: string; anchor: Anchor } | undefined {
  for (let n = path.length; n >= 0; n--) {
    const key = pathKey(path.slice(0, n));
    const anchor = ctx.anchors.get(key);
    if (anchor) return { key, anchor };
  }
  return undefined;
}

function clearMarks(): void {
  for (const el of document.querySelectorAll('.msg')) el.remove();
  for (const el of document.querySelectorAll('[aria-invalid]')) {
    el.removeAttribute('aria-invalid');
    const own = (el as HTMLElement).dataset.describedby;
    if (own) el.setAttribute('aria-describedby', own);
    else el.removeAttribute('aria-describedby');
  }
}

function label(d: Diagnostic): string {
  return `${d.severity === 'error' ? w.error : w.warning} ${d.code}: ${d.message}`;
}

/** Puts each diagnostic beside its field, marks the field, and lists them all above the form. */
function show(): void {
  clearMarks();
  problemList.replaceChildren();
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  statusLine.textContent = diagnostics.length === 0 ? w.valid : w.problems(errors, diagnostics.length - errors);
  statusLine.className = errors ? 'bad' : diagnostics.length ? 'warn' : 'good';
  document.body.dataset.errors = String(errors);
  document.body.dataset.warnings = String(diagnostics.length - errors);
  for (const d of diagnostics) {
    const found = nearestAnchor(d.path);
    if (!showAll && !(found && touched.has(found.key))) continue;
    const id = uid('m');
    const msg = h('p', { class: `msg ${d.severity}`, id }, label(d));
    const field = found?.anchor.field;
    if (found && found.key !== '[]' && field) {
      found.anchor.box.appendChild(msg);
      if (field.dataset.describedby === undefined) field.dataset.describedby = field.getAttribute('aria-describedby') ?? '';
      field.setAttribute('aria-describedby', `${field.getAttribute('aria-describedby') ?? ''} ${id}`.trim());
      if (d.severity === 'error') field.setAttribute('aria-invalid', 'true');
    }
    const go = h('button', { type: 'button', class: 'link' }, label(d));
    go.addEventListener('click', () => (field && found!.key !== '[]' ? field.focus() : summaryBox.focus()));
    problemList.appendChild(h('li', { class: d.severity }, go));
  }
}

function check(): void {
  compiled ??= compilePlan(setup.plan);
  diagnostics = validateReportBytes(new TextEncoder().encode(yamlText()), fileName, compiled, t).diagnostics;
  show();
}

let pending: ReturnType<typeof setTimeout> | undefined;
function changed(path: Path): void {
  const found = nearestAnchor(path);
  if (found) touched.add(found.key);
  // An emptied count list is not saved as "{}".
  if (path[path.length - 2] === 'quantities') pruneEmpty(ctx.report, path.slice(0, -1));
  notice.textContent = '';
  clearTimeout(pending);
  pending = setTimeout(check, 120);
}

function draw(focus?: Path): void {
  ctx.anchors.clear();
  body.replaceChildren(formView(ctx, who));
  if (focus) {
    touched.add(pathKey(focus));
    nearestAnchor(focus)?.anchor.field.focus();
  }
}

function redraw(focus?: Path): void {
  draw(focus);
  check();
}

// ── saving and opening ──────────────────────────────────────────────────────────────────────────────────────────
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/yaml;charset=utf-8' }));
  const a = h('a', { href: url, download: name });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function save(draft: boolean): void {
  clearTimeout(pending);
  check();
  showAll = true;
  show();
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  if (errors > 0 && !draft) {
    notice.textContent = w.refused(errors);
    summaryBox.focus();
    return;
  }
  download(fileName, yamlText());
  notice.textContent = errors > 0 ? w.draftSaved(fileName) : w.saved(fileName);
}

async function open(file: File): Promise<void> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const decoded = decodeSource(bytes, file.name, t);
  const parsed = decoded.text === undefined ? undefined : parseYaml(decoded.text, file.name, t);
  const data = parsed?.data as Record<string, unknown> | undefined;
  if (!data) {
    notice.textContent = `${w.openFailed(file.name)} ${[...decoded.diagnostics, ...(parsed?.diagnostics ?? [])].map(label).join(' ')}`;
    return;
  }
  if (data.agency !== setup.agencyId || data.unit !== setup.unit) {
    const found = data.unit ?? (data.agency === undefined ? '?' : reportingBodyName(indexPlan(setup.plan), String(data.agency)));
    notice.textContent = w.wrongUnit(file.name, String(found), whoName);
    return;
  }
  const first = decoded.text!.split(/\r?\n/, 1)[0]!;
  modeline = first.startsWith('# yaml-language-server:') ? first : setup.modeline;
  fileName = file.name;
  ctx.report = data;
  touched.clear();
  showAll = true;
  redraw();
  notice.textContent = w.opened(file.name);
}

saveButton.addEventListener('click', () => save(false));
draftButton.addEventListener('click', () => save(true));
printButton.addEventListener('click', () => window.print());
openButton.addEventListener('click', () => fileInput.click());
fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file) void open(file);
  fileInput.value = '';
});
document.addEventListener('dragover', (e) => {
  e.preventDefault();
  document.body.classList.add('dropping');
});
document.addEventListener('dragleave', () => document.body.classList.remove('dropping'));
document.addEventListener('drop', (e) => {
  e.preventDefault();
  document.body.classList.remove('dropping');
  const file = e.dataTransfer?.files[0];
  if (file) void open(file);
});
document.addEventListener('keydown', (e) => {
  if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
    e.preventDefault();
    save(false);
  }
});

// The form first, the checks once it has been painted.
draw();
requestAnimationFrame(() =>
  setTimeout(() => {
    check();
    document.body.dataset.ready = 'true';
  }),
);
