/** The report being edited, as plain data: exactly what is saved and what the validator reads. */
export type Path = readonly (string | number)[];
type Container = Record<string | number, unknown>;

function isContainer(value: unknown): value is Container {
  return value !== null && typeof value === 'object';
}

export function getAt(root: unknown, path: Path): unknown {
  let v: unknown = root;
  for (const step of path) {
    if (!isContainer(v)) return undefined;
    v = v[step];
  }
  return v;
}

/** Sets a value, creating the mappings and lists on the way; `undefined` removes the key. */
export function setAt(root: Container, path: Path, value: unknown): void {
  let v: Container = root;
  for (const [i, step] of path.slice(0, -1).entries()) {
    if (!isContainer(v[step])) v[step] = typeof path[i + 1] === 'number' ? [] : {};
    v = v[step] as Container;
  }
  const last = path[path.length - 1]!;
  if (value !== undefined) v[last] = value;
  else if (Array.isArray(v) && typeof last === 'number') v.splice(last, 1);
  else delete v[last];
}

/** Removes an empty list or mapping the form emptied (no activities left, no quantity typed) so it is not saved as `[]` or `{}`. */
export function pruneEmpty(root: Container, path: Path): void {
  const value = getAt(root, path);
  if (isContainer(value) && Object.keys(value).length === 0) setAt(root, path, undefined);
}
