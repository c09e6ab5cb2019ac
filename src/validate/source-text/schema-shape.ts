import type { JsonSchema } from '../../schema/derive-report-schema.js';

/** What the schema wants at a position, as far as the value's source text matters. */
export type ValueKind = 'whole-number' | 'free-text' | 'listed-text' | 'other';

/** The subschemas that apply at one position of a report (all branches of every `allOf`). */
export type SchemaSet = readonly JsonSchema[];

const EMPTY: SchemaSet = [];
const ITEM = Symbol('item');

const isSchema = (value: unknown): value is JsonSchema => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Walks a derived report schema alongside a YAML tree, so that which fields are numbers or text is
 * read from the schema (hence from the plan), never listed in code. Every `then` of an `allOf` counts:
 * a task of any agency is a task report, so the shape does not depend on which agency the file names.
 */
export class SchemaShape {
  readonly root: SchemaSet;
  private readonly childCache = new Map<SchemaSet, Map<string | typeof ITEM, SchemaSet>>();
  private readonly kindCache = new Map<SchemaSet, ValueKind>();

  constructor(private readonly schema: JsonSchema) {
    this.root = this.expand(schema);
  }

  /** The schemas of a mapping's value under `key`, or of a sequence's items (`key` a number). */
  child(set: SchemaSet, key: string | number): SchemaSet {
    if (set.length === 0) return EMPTY;
    const slot = typeof key === 'number' ? ITEM : key;
    let children = this.childCache.get(set);
    const cached = children?.get(slot);
    if (cached) return cached;
    const found: JsonSchema[] = [];
    for (const s of set) {
      const next = slot === ITEM ? s.items : ((s.properties as Record<string, unknown> | undefined)?.[slot as string] ?? s.additionalProperties);
      if (isSchema(next)) for (const e of this.expand(next)) if (!found.includes(e)) found.push(e);
    }
    // Unknown keys (any text at all in a hostile file) are not remembered: the cache stays as small as the schema.
    if (found.length === 0) return EMPTY;
    if (!children) this.childCache.set(set, (children = new Map()));
    children.set(slot, found);
    return found;
  }

  /** Whether a mapping at this position declares `key` itself (not through additionalProperties). */
  declares(set: SchemaSet, key: string): boolean {
    return set.some((s) => isSchema(s.properties) && Object.hasOwn(s.properties, key));
  }

  /** Whether a sequence at this position holds mappings that declare `key`. */
  itemsDeclare(set: SchemaSet, key: string): boolean {
    return this.declares(this.child(set, 0), key);
  }

  kind(set: SchemaSet): ValueKind {
    let kind = this.kindCache.get(set);
    if (kind === undefined) {
      kind = kindOf(set);
      this.kindCache.set(set, kind);
    }
    return kind;
  }

  /** Whether a plain `type: string` applies here (so a number or a boolean in the source is misread text). */
  wantsString(set: SchemaSet): boolean {
    return set.some((s) => s.type === 'string');
  }

  /** The schema itself and everything it brings in: its `$ref`, each `allOf` member and each `then`. */
  private expand(schema: JsonSchema, into: JsonSchema[] = []): JsonSchema[] {
    const ref = schema.$ref;
    if (typeof ref === 'string' && ref.startsWith('#/$defs/')) {
      const target = (this.schema.$defs as Record<string, unknown> | undefined)?.[ref.slice('#/$defs/'.length)];
      if (isSchema(target)) this.expand(target, into);
    }
    if (!into.includes(schema)) into.push(schema);
    for (const member of Array.isArray(schema.allOf) ? schema.allOf : []) {
      if (!isSchema(member)) continue;
      this.expand(member, into);
      if (isSchema(member.then)) this.expand(member.then, into);
    }
    if (isSchema(schema.then)) this.expand(schema.then, into);
    return into;
  }
}

function kindOf(set: SchemaSet): ValueKind {
  if (set.some((s) => s.type === 'integer')) return 'whole-number';
  const strings = set.some((s) => s.type === 'string' || Array.isArray(s.enum) || 'const' in s);
  if (!strings) return 'other';
  const listed = set.some((s) => Array.isArray(s.enum) || 'const' in s || typeof s.pattern === 'string' || typeof s.format === 'string');
  return listed ? 'listed-text' : 'free-text';
}
