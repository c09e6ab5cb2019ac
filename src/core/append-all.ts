/**
 * `target.push(...items)` passes every item as an argument, and V8 throws "Maximum call stack size
 * exceeded" past ~100 000 of them: a 30 000-report build has more body paragraphs than that.
 */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
