/**
 * The field tables of templates/README.md, generated from the declared contract
 * (src/render/view-model-contract.ts): one table per interface, starting at ViewModel, each field
 * with its type and its one-line comment. The file is parsed, not type-checked: every type there is
 * written out as string, boolean, an interface of the same file, or a list of one of those.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

export const CONTRACT = new URL('../../src/render/view-model-contract.ts', import.meta.url);

interface Field {
  name: string;
  type: string;
  doc: string;
}

function docOf(node: ts.Node): string {
  const tags = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const text = tags.map((d) => ts.getTextOfJSDocComment(d.comment) ?? '').join(' ');
  return text.replace(/\s+/g, ' ').trim();
}

/** The interfaces of the contract, by name, with their fields in declaration order. */
export function contractInterfaces(source = readFileSync(CONTRACT, 'utf8')): Map<string, Field[]> {
  const file = ts.createSourceFile('view-model-contract.ts', source, ts.ScriptTarget.ES2022, true);
  const out = new Map<string, Field[]>();
  for (const statement of file.statements) {
    if (!ts.isInterfaceDeclaration(statement)) continue;
    const fields = statement.members.filter(ts.isPropertySignature).map((m) => ({
      name: m.name.getText(file),
      type: m.type?.getText(file) ?? 'unknown',
      doc: docOf(m),
    }));
    out.set(statement.name.text, fields);
  }
  return out;
}

/** How a type reads in the README. */
function typeText(type: string, known: ReadonlyMap<string, unknown>): string {
  const list = /^(.*)\[\]$/.exec(type);
  if (list) return `danh sách ${typeText(list[1]!, known)}`;
  if (type === 'string') return 'chuỗi';
  if (type === 'boolean') return '`true`/`false`';
  if (known.has(type)) return `[\`${type}\`](#${type.toLowerCase()})`;
  throw new Error(`view-model-contract.ts: the type ${type} is not string, boolean, a list or an interface of the file`);
}

/** The markdown between the view-model markers of templates/README.md. */
export function viewModelMarkdown(interfaces = contractInterfaces()): string {
  // ViewModel first, then each interface in the order the tables above first name it.
  const order: string[] = ['ViewModel'];
  for (let i = 0; i < order.length; i++) {
    for (const f of interfaces.get(order[i]!) ?? []) {
      const name = f.type.replace(/\[\]$/, '');
      if (interfaces.has(name) && !order.includes(name)) order.push(name);
    }
  }
  const unused = [...interfaces.keys()].filter((n) => !order.includes(n));
  if (unused.length > 0) throw new Error(`view-model-contract.ts declares interfaces the view model never reaches: ${unused.join(', ')}`);
  const sections = order.map((name) => {
    const fields = interfaces.get(name)!;
    const missing = fields.filter((f) => f.doc === '').map((f) => f.name);
    if (missing.length > 0) throw new Error(`view-model-contract.ts: ${name} has fields without a comment: ${missing.join(', ')}`);
    const rows = fields.map((f) => `| \`${f.name}\` | ${typeText(f.type, interfaces)} | ${f.doc.replace(/\|/g, '\\|')} |`);
    return [`### \`${name}\``, '', '| trường | kiểu | ý nghĩa |', '|---|---|---|', ...rows].join('\n');
  });
  return sections.join('\n\n');
}

/** The default column headers of each table, for the markers of templates/README.md. */
export function tableHeadersMarkdown(tables: Readonly<Record<string, { headers: readonly string[] }>>): string {
  return Object.entries(tables)
    .map(([name, def]) => `- \`${name}\` (${def.headers.length} cột): ${def.headers.join(' | ')}`)
    .join('\n');
}
