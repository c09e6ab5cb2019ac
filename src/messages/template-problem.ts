/**
 * What is wrong with a report template (CR701), as data: render/ says what and where, the message
 * layer (messages.ts, templateProblem) says it in the user's language.
 */
export type TemplateProblem =
  | { kind: 'folder-missing' }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'too-large'; limit: number }
  /** A block `{{#name}}` (or `{{^name}}`) never closed; reported at its opening. */
  | { kind: 'unclosed-block'; helper: string }
  /** `{{/close}}` where `{{/open}}` was due; reported at the closing tag. */
  | { kind: 'mismatched-close'; open: string; close: string; openLine: number }
  /** `{{/name}}` with no block open. */
  | { kind: 'stray-close'; helper: string }
  /** `{{else}}` outside a block. */
  | { kind: 'stray-else' }
  /** `{{` without its `}}` (or a comment without its end). */
  | { kind: 'unclosed-tag' }
  /** `{{}}` or a tag Handlebars cannot read; `text` is the tag as written. */
  | { kind: 'bad-tag'; text: string }
  /** Any other Handlebars syntax error; `near` is the template text where it stopped. */
  | { kind: 'syntax'; near: string }
  | { kind: 'unknown-helper'; helper: string }
  /** A field the view model does not have (strict mode). */
  | { kind: 'unknown-field'; field: string }
  | { kind: 'partial' }
  | { kind: 'directive-has-mustache' }
  | { kind: 'bad-directive'; text: string }
  | { kind: 'table-needs-name'; text: string }
  | { kind: 'page-orientation'; text: string }
  | { kind: 'unknown-directive'; word: string }
  | { kind: 'page-not-first' }
  | { kind: 'unknown-table'; name: string; tables: readonly string[] }
  | { kind: 'table-headers'; name: string; expected: number; got: number }
  | { kind: 'no-title-line' }
  /** Rendering failed for another reason; `detail` is the engine's own text. */
  | { kind: 'render-failed'; detail: string };
