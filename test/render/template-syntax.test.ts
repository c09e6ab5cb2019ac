import { describe, expect, it } from 'vitest';
import { locateSyntaxError } from '../../src/render/template-syntax.js';

describe('locateSyntaxError', () => {
  it('finds nothing in a template whose blocks pair up, with else, comments, triple stashes and escapes', () => {
    const ok = [
      '{{#if a}}x{{else}}y{{/if}}',
      '{{#each xs}}{{#unless @last}}, {{/unless}}{{/each}}',
      '{{!-- {{#if}} in a comment --}}{{! {{/each}} }}',
      '{{{raw}}} \\{{#if literal}}',
      '{{~#with report~}}{{number}}{{~/with~}}',
      '{{^if a}}none{{/if}}',
    ];
    for (const src of ok) expect(locateSyntaxError(src), src).toBeUndefined();
  });

  it('counts columns in UTF-16 units after Vietnamese text, and lines across CRLF', () => {
    expect(locateSyntaxError('Kết quả\r\nĐã làm {{#each x}}')).toEqual({ line: 2, column: 8, problem: { kind: 'unclosed-block', helper: 'each' } });
  });

  it('takes the helper name from a block with arguments and whitespace control', () => {
    expect(locateSyntaxError('{{~# each agencies as |a| }}')).toEqual({ line: 1, column: 1, problem: { kind: 'unclosed-block', helper: 'each' } });
    expect(locateSyntaxError('{{#each a}}{{/ each }}{{/if}}')).toEqual({ line: 1, column: 23, problem: { kind: 'stray-close', helper: 'if' } });
  });
});
