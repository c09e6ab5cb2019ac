import { Document } from 'yaml';
import type { Report } from '../plan/report-types.js';

/** The roll-up report as YAML: keys in the order people write them, a comment saying where it came from. Deterministic. */
export function rollupYaml(report: Report, header: readonly string[]): string {
  const doc = new Document(report);
  doc.commentBefore = header.join('\n');
  return doc.toString({ lineWidth: 100, minContentWidth: 40 });
}
