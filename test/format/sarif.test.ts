import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { CODES } from '../../src/diagnostics/codes.js';
import type { FileResult } from '../../src/diagnostics/diagnostic.js';
import { fileUri, formatSarif } from '../../src/format/sarif.js';
import { diag, FILE_A, MSG_CONTROL, MSG_FORMAT, options, sampleResults, SORTED_CODES_A } from './fixtures.js';

// The OASIS SARIF 2.1.0 schema (draft-07), as published in oasis-tcs/sarif-spec
// (Documents/CommitteeSpecifications/2.1.0/sarif-schema-2.1.0.json).
const schema = JSON.parse(
  readFileSync(new URL('./fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

function validator(): ValidateFunction {
  const ajv = new Ajv({ allErrors: true });
  // ajv-formats is CommonJS: under NodeNext the default import is module.exports, whose .default is the plugin.
  ajvFormats.default(ajv);
  return ajv.compile(schema);
}
const validate = validator();

function expectValid(text: string): SarifLog {
  const log = JSON.parse(text) as SarifLog;
  const ok = validate(log);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
  return log;
}

interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; index: number }; region: Region } }[];
}
interface Rule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
  defaultConfiguration: { level: string };
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri?: string; rules: Rule[] } };
    language: string;
    columnKind: string;
    artifacts: { location: { uri: string } }[];
    results: SarifResult[];
  }[];
}

const ENCODED_A = 'reports/S%E1%BB%9F%20T%C6%B0%20ph%C3%A1p.yaml';

describe('formatSarif', () => {
  const text = formatSarif(sampleResults(), options({ toolVersion: '2.0.1' }));
  const log = JSON.parse(text) as SarifLog;
  const run = log.runs[0]!;

  it('validates against the SARIF 2.1.0 schema', () => {
    expectValid(text);
  });

  it('the schema really is checked: a broken log is rejected', () => {
    const broken = JSON.parse(text) as SarifLog;
    broken.runs[0]!.results[0]!.level = 'fatal';
    expect(validate(broken)).toBe(false);
    const badRegion = JSON.parse(text) as SarifLog;
    badRegion.runs[0]!.results[0]!.locations[0]!.physicalLocation.region.startLine = 0;
    expect(validate(badRegion)).toBe(false);
    const badUri = JSON.parse(text) as SarifLog;
    badUri.runs[0]!.artifacts[0]!.location.uri = 'reports/Sở Tư pháp.yaml';
    expect(validate(badUri)).toBe(false);
  });

  it('is SARIF 2.1.0 with one run, 2-space indented, ending with a newline', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(text).toBe(JSON.stringify(log, null, 2) + '\n');
  });

  it('describes the tool and every rule in code order', () => {
    const driver = run.tool.driver;
    expect(driver.name).toBe('compile-report');
    expect(driver.version).toBe('2.0.1');
    expect('informationUri' in driver).toBe(false);
    const ids = Object.keys(CODES).sort();
    expect(driver.rules.map((r) => r.id)).toEqual(ids);
    const cr301 = driver.rules.find((r) => r.id === 'CR301')!;
    expect(cr301).toEqual({
      id: 'CR301',
      name: 'unknown-key',
      shortDescription: { text: CODES.CR301.title.vi },
      fullDescription: { text: CODES.CR301.help.vi },
      help: { text: CODES.CR301.help.vi },
      defaultConfiguration: { level: 'error' },
    });
    expect(driver.rules.find((r) => r.id === 'CR405')!.defaultConfiguration.level).toBe('warning');
  });

  it('writes one result per diagnostic, sorted, with rule index, level and message', () => {
    expect(run.results.map((r) => r.ruleId)).toEqual([...SORTED_CODES_A, 'CR407', 'CR408']);
    for (const r of run.results) {
      expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
    }
    expect(run.results.map((r) => r.level)).toEqual([
      'error', 'error', 'error', 'error', 'error', 'warning', 'warning', 'warning',
    ]);
    expect(run.results[2]!.message.text).toBe(MSG_FORMAT);
    expect(run.results[3]!.message.text).toBe(MSG_CONTROL);
  });

  it('locates results with a percent-encoded relative URI and a region', () => {
    const loc = run.results[0]!.locations[0]!.physicalLocation;
    expect(loc.artifactLocation).toEqual({ uri: ENCODED_A, index: 0 });
    expect(loc.region).toEqual({ startLine: 4, startColumn: 3, endLine: 12, endColumn: 27 });
    expect(run.results[6]!.locations[0]!.physicalLocation.artifactLocation).toEqual({
      uri: 'reports/ubnd-x%C3%A3.yaml',
      index: 1,
    });
    expect(decodeURIComponent(ENCODED_A)).toBe(FILE_A);
  });

  it('lists every file as an artifact, clean ones too, and says how columns are counted', () => {
    expect(run.artifacts.map((a) => a.location.uri)).toEqual([ENCODED_A, 'reports/ubnd-x%C3%A3.yaml', 'reports/clean.yaml']);
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.language).toBe('vi');
  });

  it('uses English titles and help with lang en', () => {
    const en = expectValid(formatSarif(sampleResults(), options({ lang: 'en' })));
    const rule = en.runs[0]!.tool.driver.rules.find((r) => r.id === 'CR305')!;
    expect(rule.shortDescription.text).toBe('Wrong format');
    expect(rule.help.text).toBe(CODES.CR305.help.en);
    expect(en.runs[0]!.language).toBe('en');
  });

  it('is valid for no files at all', () => {
    const empty = expectValid(formatSarif([], options()));
    expect(empty.runs[0]!.results).toEqual([]);
    expect(empty.runs[0]!.artifacts).toEqual([]);
  });

  it('keeps odd positions and paths valid', () => {
    const files = ['C:\\Users\\Ngọc\\báo cáo.yaml', '/srv/data/a b.yaml', 'x:y#z?.yaml', '\\\\server\\share\\r.yaml', 'bad\uD800.yaml'];
    const results: FileResult[] = files.map((file) => ({
      file,
      diagnostics: [diag(file, 'CR101', 'error', [0, 0, 0, 0], 'unreadable')],
    }));
    const odd = expectValid(formatSarif(results, options()));
    expect(odd.runs[0]!.results[0]!.locations[0]!.physicalLocation.region).toEqual({
      startLine: 1,
      startColumn: 1,
      endLine: 1,
      endColumn: 1,
    });
  });

  it('never lets a region end before it starts', () => {
    const results: FileResult[] = [
      { file: 'a.yaml', diagnostics: [diag('a.yaml', 'CR301', 'error', [5, 8, 3, 2], 'backwards')] },
    ];
    const region = expectValid(formatSarif(results, options())).runs[0]!.results[0]!.locations[0]!.physicalLocation.region;
    expect(region).toEqual({ startLine: 5, startColumn: 8, endLine: 5, endColumn: 8 });
  });
});

describe('fileUri', () => {
  it('keeps relative paths relative, with forward slashes and percent-encoding', () => {
    expect(fileUri('reports/a.yaml')).toBe('reports/a.yaml');
    expect(fileUri('reports\\sub dir\\a.yaml')).toBe('reports/sub%20dir/a.yaml');
    expect(fileUri('./a%b.yaml')).toBe('./a%25b.yaml');
    expect(fileUri('x:y#z?.yaml')).toBe('x%3Ay%23z%3F.yaml');
    expect(fileUri(FILE_A)).toBe(ENCODED_A);
  });

  it('turns absolute paths into file URIs', () => {
    expect(fileUri('/srv/a b.yaml')).toBe('file:///srv/a%20b.yaml');
    expect(fileUri('C:\\Users\\báo.yaml')).toBe('file:///C:/Users/b%C3%A1o.yaml');
    expect(fileUri('\\\\server\\share\\r.yaml')).toBe('file://server/share/r.yaml');
  });

  it('does not throw on lone surrogates', () => {
    expect(fileUri('bad\uD800.yaml')).toBe('bad%EF%BF%BD.yaml');
  });
});
