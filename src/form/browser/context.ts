import type { Plan } from '../../plan/types.js';
import type { FormWords } from '../words.js';
import type { Path } from './report-state.js';

/** Where a diagnostic at a path is shown: the field to mark and focus, the box its message goes in. */
export interface Anchor {
  field: HTMLElement;
  box: HTMLElement;
}

/** What every part of the form reads and reports to. */
export interface FormContext {
  plan: Plan;
  w: FormWords;
  report: Record<string, unknown>;
  anchors: Map<string, Anchor>;
  /** Theme lists the clerk has opened, kept open across re-renders. */
  open: Set<string>;
  /** A value changed: validate again. */
  changed(path: Path): void;
  /** The shape changed (a row added or removed, another form chosen): draw the form again, then focus `path`. */
  redraw(focus?: Path): void;
}

export function pathKey(path: Path): string {
  return JSON.stringify(path);
}
