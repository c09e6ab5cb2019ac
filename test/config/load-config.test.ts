import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_SCHEMA } from '../../src/config/config-schema.js';
import { loadConfigFile } from '../../src/config/load-config.js';
import { vi as viMessages } from '../../src/messages/diagnostics.js';
import { ROOT } from '../cli/run-cli.js';

describe('the checked-in schemas/config.schema.json', () => {
  it('is exactly CONFIG_SCHEMA (regenerate it from src/config/config-schema.ts)', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'schemas/config.schema.json'), 'utf8'))).toEqual(CONFIG_SCHEMA);
  });

  it('accepts the example configuration', async () => {
    const file = join(ROOT, 'examples/lang-son-2025/compile-report.config.yaml');
    const loaded = await loadConfigFile(file, 'compile-report.config.yaml', viMessages);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.values).toEqual({ plan: 'plan.yaml', reports: ['reports'], out: 'bao-cao.docx', number: '15/BC-BCĐNQ-CQTT', lang: 'vi' });
  });
});
