import type { SchemaSet, SchemaShape } from './schema-shape.js';

/** A key of three digits with no value: what `{ copies: 2,000 }` leaves behind (check-source.ts, commaGroups). */
const DIGIT_GROUP_KEY = /^\d{3}$/;

/**
 * Whether checkSource can have nothing to say of this data, judged from the data and the schema alone,
 * for a file the fast reader took (load/fast-yaml.ts: no comment after a value, anchor, alias, backslash,
 * multi-line quote, number spelled other than plainly, nor block text with a comment, bullet or key line).
 * It walks the schema the way checkSource does and answers false wherever checkSource looks at the tree:
 * a mapping where text is wanted (CR213), a number or a boolean where a string is (CR211), a text where a
 * whole number is (CR414–CR418), a digit-group key (CR414). False sends the file to the `yaml` path.
 */
export function sourceTextQuiet(data: unknown, shape: SchemaShape): boolean {
  const quiet = (value: unknown, set: SchemaSet): boolean => {
    const kind = shape.kind(set);
    if (Array.isArray(value)) return value.every((item, i) => quiet(item, shape.child(set, i)));
    if (value !== null && typeof value === 'object') {
      if (kind === 'free-text' || kind === 'listed-text') return false;
      for (const [key, child] of Object.entries(value)) {
        if (child === null && DIGIT_GROUP_KEY.test(key)) return false;
        if (!quiet(child, shape.child(set, key.normalize('NFC')))) return false;
      }
      return true;
    }
    if (typeof value === 'string') return kind !== 'whole-number';
    if (typeof value === 'number' || typeof value === 'boolean') return !shape.wantsString(set);
    return true;
  };
  return quiet(data, shape.root);
}
