import { describe, expect, it } from 'vitest';
import {
  FORMATS,
  formatGithub,
  formatJson,
  formatJunit,
  formatResults,
  formatSarif,
  formatText,
  isFormatName,
  type FormatName,
} from '../../src/format/index.js';
import { options, sampleResults, sampleSources } from './fixtures.js';

describe('format index', () => {
  it('lists the five formats, text first', () => {
    expect(FORMATS).toEqual(['text', 'json', 'github', 'junit', 'sarif']);
  });

  it('dispatches each name to its formatter', () => {
    const opts = options({ sources: sampleSources() });
    const expected: Record<FormatName, string> = {
      text: formatText(sampleResults(), opts),
      json: formatJson(sampleResults(), opts),
      github: formatGithub(sampleResults(), opts),
      junit: formatJunit(sampleResults(), opts),
      sarif: formatSarif(sampleResults(), opts),
    };
    for (const name of FORMATS) expect(formatResults(name, sampleResults(), opts)).toBe(expected[name]);
    expect(new Set(Object.values(expected)).size).toBe(5);
  });

  it('rejects unknown names', () => {
    expect(isFormatName('sarif')).toBe(true);
    expect(isFormatName('xml')).toBe(false);
    expect(() => formatResults('xml' as FormatName, [], options())).toThrow(/xml/);
  });

  it('is pure: the same input gives the same output, and every output ends with a newline', () => {
    for (const name of FORMATS) {
      const a = formatResults(name, sampleResults(), options({ sources: sampleSources() }));
      const b = formatResults(name, sampleResults(), options({ sources: sampleSources() }));
      expect(a).toBe(b);
      expect(a.endsWith('\n')).toBe(true);
    }
  });
});
