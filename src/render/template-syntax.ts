/**
 * Handlebars' parser reports a block left open at the end of the file, in its grammar's words
 * ("Expecting 'OPEN_ENDBLOCK', got 'EOF'"). This scan of a template's mustache tags finds where the
 * mistake is: the opening of the block never closed, the closing tag that does not match, a stray
 * {{else}} or {{/…}}, a {{ without its }}. It runs only once Handlebars has refused the template.
 */
import type { TemplateProblem } from '../messages/template-problem.js';

export interface LocatedProblem {
  problem: TemplateProblem;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units, at the tag's `{{`. */
  column: number;
}

interface OpenBlock {
  helper: string;
  line: number;
  column: number;
}

/** 1-based line and column of an offset. */
function positionIn(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** The first block-structure mistake in a template, or undefined when its tags pair up. */
export function locateSyntaxError(source: string): LocatedProblem | undefined {
  const stack: OpenBlock[] = [];
  const at = (offset: number, problem: TemplateProblem): LocatedProblem => ({ problem, ...positionIn(source, offset) });
  let from = 0;
  for (;;) {
    const open = source.indexOf('{{', from);
    if (open === -1) break;
    // "\{{" is literal text in Handlebars.
    if (source[open - 1] === '\\' && source[open - 2] !== '\\') {
      from = open + 2;
      continue;
    }
    const commentEnd = source.startsWith('{{!--', open) ? '--}}' : source.startsWith('{{!', open) ? '}}' : undefined;
    if (commentEnd !== undefined) {
      const end = source.indexOf(commentEnd, open + 3);
      if (end === -1) return at(open, { kind: 'unclosed-tag' });
      from = end + commentEnd.length;
      continue;
    }
    const close = source.indexOf('}}', open + 2);
    const nextOpen = source.indexOf('{{', open + 2);
    if (close === -1 || (nextOpen !== -1 && nextOpen < close)) return at(open, { kind: 'unclosed-tag' });
    let end = close + 2;
    let inner = source.slice(open + 2, close);
    if (inner.startsWith('{')) {
      inner = inner.slice(1);
      if (source[end] === '}') end += 1;
    }
    inner = inner.replace(/^~|~$/g, '').trim();
    const { line, column } = positionIn(source, open);
    const word = (s: string): string => /^[^\s}~()]*/.exec(s.trim())?.[0] ?? '';
    if (inner === '') return at(open, { kind: 'bad-tag', text: source.slice(open, end) });
    if (inner === 'else' || inner.startsWith('else ') || inner === '^') {
      if (stack.length === 0) return at(open, { kind: 'stray-else' });
    } else if (inner.startsWith('#') || inner.startsWith('^')) {
      const helper = word(inner.slice(1).replace(/^[>*]/, ''));
      if (helper === '') return at(open, { kind: 'bad-tag', text: source.slice(open, end) });
      stack.push({ helper, line, column });
    } else if (inner.startsWith('/')) {
      const helper = word(inner.slice(1));
      const top = stack.pop();
      if (top === undefined) return at(open, { kind: 'stray-close', helper });
      if (top.helper !== helper) return at(open, { kind: 'mismatched-close', open: top.helper, close: helper, openLine: top.line });
    }
    from = end;
  }
  const unclosed = stack[stack.length - 1];
  return unclosed && { problem: { kind: 'unclosed-block', helper: unclosed.helper }, line: unclosed.line, column: unclosed.column };
}
