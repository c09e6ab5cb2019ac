import { Document, isMap, isScalar, isSeq, Scalar, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';

/** The keys of a report in the order `init` writes them; keys the form does not know keep their place after these. */
const ORDER: Record<string, readonly string[]> = {
  report: ['plan', 'agency', 'unit', 'number', 'date', 'period', 'signer', 'tasks', 'difficulties', 'proposals'],
  signer: ['name', 'title'],
  task: ['status', 'reason', 'summary', 'activities'],
  activity: ['date', 'form', 'title', 'place', 'themes', 'participants', 'quantities', 'links', 'cost', 'note'],
};

/** Texts long enough to wrap are written as folded blocks (">-"), as the example reports are. */
const FOLDED = new Set(['summary', 'reason', 'difficulties', 'proposals', 'note']);
const LINE_WIDTH = 100;

type Kind = keyof typeof ORDER;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A copy with the known keys first, in order; any other value is kept as it is. */
function ordered(value: unknown, kind: Kind): unknown {
  if (!isRecord(value)) return value;
  const keys = [...ORDER[kind]!.filter((k) => k in value), ...Object.keys(value).filter((k) => !ORDER[kind]!.includes(k))];
  return Object.fromEntries(keys.map((k) => [k, childOf(kind, k, value[k])]));
}

function childOf(kind: Kind, key: string, value: unknown): unknown {
  if (kind === 'report' && key === 'signer') return ordered(value, 'signer');
  if (kind === 'report' && key === 'tasks' && isRecord(value)) return Object.fromEntries(Object.entries(value).map(([id, task]) => [id, ordered(task, 'task')]));
  if (kind === 'task' && key === 'activities' && Array.isArray(value)) return value.map((a) => ordered(a, 'activity'));
  return value;
}

function fold(node: unknown): void {
  if (isScalar(node) && typeof node.value === 'string' && [...node.value].length > LINE_WIDTH - 20) node.type = Scalar.BLOCK_FOLDED;
  if (isSeq(node)) for (const item of node.items) fold(item);
}

/** Only scalars without line breaks go on one line: yaml writes a multi-line text inside brackets ambiguously. */
function oneLine(node: YAMLMap | YAMLSeq): boolean {
  const scalars = isMap(node) ? (node.items as Pair[]).flatMap((p) => [p.key, p.value]) : node.items;
  return scalars.every((s) => isScalar(s) && !(typeof s.value === 'string' && /[\n\r]/.test(s.value)));
}

/** Short lists of ids and counts on one line (`themes: [2.1.a, 2.1.b]`, `quantities: { sessions: 1 }`); long texts folded. */
function style(node: unknown): void {
  if (isSeq(node)) for (const item of node.items) style(item);
  if (!isMap(node)) return;
  for (const pair of node.items as Pair<Node, Node>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if ((key === 'themes' || key === 'quantities') && (isSeq(pair.value) || isMap(pair.value)) && oneLine(pair.value)) pair.value.flow = true;
    else if (FOLDED.has(key)) fold(pair.value);
    else style(pair.value);
  }
}

/** A blank line before `tasks`, each task after the first, and the lists after them, as `init` lays them out. */
function space(root: unknown): void {
  if (!isMap(root)) return;
  for (const pair of root.items as Pair<Node, Node>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!['tasks', 'difficulties', 'proposals'].includes(key) || !isScalar(pair.key)) continue;
    pair.key.spaceBefore = true;
    if (key === 'tasks' && isMap(pair.value)) {
      for (const [i, task] of (pair.value.items as Pair<Node, Node>[]).entries()) if (i > 0 && isScalar(task.key)) task.key.spaceBefore = true;
    }
  }
}

/**
 * A report as YAML, laid out as `init` lays it out: the `$schema` modeline first, then the keys in the report's
 * order. Pure, so the form in the browser and the tests write the same bytes; any value round-trips unchanged.
 */
export function reportToYaml(report: Record<string, unknown>, modeline: string): string {
  // A value met twice is written twice, never as an anchor and alias (which validate refuses past a few).
  const doc = new Document(ordered(report, 'report'), { aliasDuplicateObjects: false });
  style(doc.contents);
  space(doc.contents);
  return `${modeline}\n${doc.toString({ lineWidth: LINE_WIDTH, minContentWidth: 40, flowCollectionPadding: false })}`;
}
