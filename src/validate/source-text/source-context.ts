import type { Document, LineCounter } from 'yaml';
import type { Messages } from '../../messages/diagnostics.js';
import type { SchemaShape } from './schema-shape.js';

/** What every source-text check reads: the file's text, its YAML tree with positions, and the schema's shape. */
export interface SourceContext {
  file: string;
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  shape: SchemaShape;
  t: Messages;
}
