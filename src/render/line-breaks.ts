/**
 * Line breaking as a person sets an official text: a document symbol never splits ("400/KH-BCĐNQ-" /
 * "CQTT"), "số" stays with its number, a date range stays on one line, and a centred title is broken
 * into lines of even length instead of leaving its last word alone.
 */
import { textWidthTwips, type FontStyle } from './text-width.js';

export const NBSP = '\u00a0';
/** Written as Word's own non-breaking hyphen (w:noBreakHyphen) by the run builder. */
export const NB_HYPHEN = '\u2011';

const LETTER_OR_DIGIT = String.raw`[\p{L}\p{N}&.]`;
/** "400/KH-BCĐNQ-CQTT", "1672/NQ-UBTVQH15" (state documents) and "44-CT/TW" (Party documents). */
const SYMBOL = new RegExp(
  String.raw`(?<![\p{L}\p{N}])\p{N}+(?:\/${LETTER_OR_DIGIT}+(?:-${LETTER_OR_DIGIT}+)+|-\p{Lu}${LETTER_OR_DIGIT}*\/${LETTER_OR_DIGIT}+(?:-${LETTER_OR_DIGIT}+)*)`,
  'gu',
);
const DATE = String.raw`\d{1,2}\/\d{1,2}(?:\/\d{4})?`;
/** "10/12/1948 – 10/12/2025", "15/11 - 14/12/2025": both dates and the dash on one line. */
const DATE_RANGE = new RegExp(String.raw`(${DATE}) ([–-]) (?=${DATE})`, 'gu');
/** "số 400/…", "Số: 15/…": the word stays with the number. */
const NUMBER_WORD = /(?<![\p{L}])([Ss]ố:?) (?=\p{N})/gu;

/** Join what must not be split with no-break spaces and non-breaking hyphens. */
export function keepTogether(text: string): string {
  // A symbol and a date range hold a "/", "số" its "ố": most text has neither, and the patterns cost more than the search.
  const joined = text.includes('/') ? text.replace(SYMBOL, (s) => s.replace(/-/g, NB_HYPHEN)).replace(DATE_RANGE, `$1${NBSP}$2${NBSP}`) : text;
  return joined.includes('ố') ? joined.replace(NUMBER_WORD, `$1${NBSP}`) : joined;
}

/** The visible text: non-breaking hyphens back to "-" and no-break spaces to spaces (for measuring and tests). */
export function plainText(text: string): string {
  return text.replace(/\u2011/g, '-').replace(/\u00a0/g, ' ');
}

/** How much of the available width a balanced line may use: the widths are those of the base letters. */
const SAFETY = 0.96;

/**
 * Break `text` into the fewest lines that fit `width` twips, then even them out: the longest line is as
 * short as it can be, so no line holds a lone word. Breaks only at ordinary spaces.
 */
export function balanceLines(text: string, width: number, sizePt: number, style: FontStyle = {}): string[] {
  const words = text.split(' ').filter((w) => w !== '');
  if (words.length <= 1) return words.length === 0 ? [''] : [text.trim()];
  const measure = (from: number, to: number): number => textWidthTwips(plainText(words.slice(from, to).join(' ')), sizePt, style);
  const room = width * SAFETY;
  if (measure(0, words.length) <= room) return [words.join(' ')];
  const n = words.length;
  // best[i][k]: the smallest possible longest line for words[i..] set in k lines.
  const memo = new Map<string, { worst: number; next: number }>();
  const solve = (i: number, k: number): { worst: number; next: number } => {
    const key = `${i}:${k}`;
    const hit = memo.get(key);
    if (hit) return hit;
    let result = { worst: Infinity, next: n };
    if (k === 1) {
      result = { worst: measure(i, n), next: n };
    } else {
      for (let j = i + 1; j <= n - k + 1; j++) {
        const w = measure(i, j);
        if (w > room) break;
        const rest = solve(j, k - 1);
        const worst = Math.max(w, rest.worst);
        if (worst < result.worst) result = { worst, next: j };
      }
    }
    memo.set(key, result);
    return result;
  };
  for (let lines = 2; lines <= n; lines++) {
    const best = solve(0, lines);
    if (best.worst <= room) {
      const out: string[] = [];
      let i = 0;
      for (let k = lines; k >= 1; k--) {
        const next = k === 1 ? n : solve(i, k).next;
        out.push(words.slice(i, next).join(' '));
        i = next;
      }
      return out;
    }
  }
  // A single word wider than the line: let the layout wrap it.
  return [words.join(' ')];
}
