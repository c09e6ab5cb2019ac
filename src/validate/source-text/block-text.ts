import { Scalar } from 'yaml';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { diagnosticAt } from '../../diagnostics/create.js';
import { rangeFromOffsets } from '../../load/parse-yaml.js';
import type { SourceContext } from './source-context.js';
import { swallowedKey, type Frame } from './swallowed-key.js';

const COMMENT_LINE = /^#(?:[ \t#]|$)/;
/** A list marker at the start of a line: "- ", "+ ", "• ", "1. ", "a) ". */
const BULLET = /^(?:[-+*•–—]|\d{1,2}[.)]|[a-zđ][.)])[ \t]/u;
/**
 * A list starts after a line that ends a sentence or introduces it ("Kết quả:"), or after another item;
 * a line wrapped inside "kinh tế - xã hội" also starts with "- ", but after a word.
 */
const ENDS_CLAUSE = /[:;.!?]$/;

/**
 * Text written after `>-`, `>` or `|` is taken whole, whatever it looks like: a key typed at the text's
 * column becomes words of the text (an auto-indenting editor does this), a `#` line is printed, and
 * under `>` bullet lines are joined into one paragraph. Each is said at its line.
 */
export function blockTextDiagnostics(node: Scalar, path: (string | number)[], frames: readonly Frame[], ctx: SourceContext): Diagnostic[] {
  const { text, lineCounter, t, file } = ctx;
  const [start, end] = node.range!;
  const headerEnd = text.indexOf('\n', start);
  if (headerEnd === -1 || headerEnd >= end) return [];
  const header = text.slice(start, headerEnd).replace(/\s+#.*$/, '').trim();
  const blockLine = lineCounter.linePos(start).line;
  const out: Diagnostic[] = [];
  const at = (from: number, to: number) => rangeFromOffsets(lineCounter, from, to);
  let base = -1;
  let previousAtBase = false;
  let previousBullet = false;
  let previous = '';
  let bulletSaid = false;
  for (let pos = headerEnd + 1; pos < end; ) {
    const lineEnd = Math.min(end, text.indexOf('\n', pos) === -1 ? text.length : text.indexOf('\n', pos));
    const line = text.slice(pos, lineEnd);
    const content = line.trimStart();
    const indent = line.length - content.length;
    if (content !== '') {
      if (base === -1) base = indent;
      const key = swallowedKey(line, frames, ctx.shape);
      if (key) {
        // Everything after the first swallowed key is the swallowed structure: one diagnostic, at its cause.
        const message = t.keyInsideBlockText(key.written, path, blockLine, key.indent, key.alignLine);
        out.push(diagnosticAt('CR216', file, at(pos + key.at, pos + key.at + key.written.length), [...path], message));
        break;
      }
      if (COMMENT_LINE.test(content)) {
        out.push(diagnosticAt('CR217', file, at(pos + indent, lineEnd), [...path], t.commentInsideBlockText(content.trimEnd(), path)));
      } else if (node.type === Scalar.BLOCK_FOLDED && !bulletSaid && indent === base && previousAtBase && BULLET.test(content) && (previousBullet || ENDS_CLAUSE.test(previous))) {
        bulletSaid = true;
        out.push(diagnosticAt('CR218', file, at(pos + indent, lineEnd), [...path], t.bulletsFolded(content.trimEnd(), path, header)));
      }
    }
    previousAtBase = content !== '' && indent === base;
    previousBullet = BULLET.test(content);
    previous = content.trimEnd();
    pos = lineEnd + 1;
  }
  return out;
}
