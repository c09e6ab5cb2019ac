import { win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaRefFrom } from '../../src/app/init.js';
import { resolveSchemaRef } from '../../src/validate/schema-line.js';

/** What can be checked of Windows here: its path rules (path.win32), not its file system. */
describe('the $schema line of a report written on Windows', () => {
  it.each([
    ['C:\\Bao cao\\reports', 'C:\\Bao cao\\report.schema.json', '../report.schema.json'],
    ['C:\\Bao cao', 'C:\\Bao cao\\report.schema.json', './report.schema.json'],
    ['C:\\Users\\van thu\\bao-cao\\reports', 'C:\\Users\\van thu\\AppData\\Roaming\\npm\\node_modules\\compile-report\\schemas\\report.schema.json', '../../AppData/Roaming/npm/node_modules/compile-report/schemas/report.schema.json'],
    ['c:\\bao-cao\\reports', 'C:\\BAO-CAO\\Report.Schema.json', '../Report.Schema.json'],
    ['D:\\bao-cao\\reports', 'C:\\Program Files\\compile-report\\schemas\\report.schema.json', 'file:///C:/Program%20Files/compile-report/schemas/report.schema.json'],
  ])('from %s to %s: %s (forward slashes, never a backslash)', (from, target, ref) => {
    const written = schemaRefFrom(from, target, win32);
    expect(written).toBe(ref);
    expect(written).not.toContain('\\');
  });

  it('a file URL with a drive letter is read back as a file, not fetched', () => {
    expect(resolveSchemaRef('file:///C:/Program%20Files/compile-report/schemas/report.schema.json', '/x/r.yaml').kind).toBe('file');
  });
});
