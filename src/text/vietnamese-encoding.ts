/** Latin-1 letters that Vietnamese really uses; any other Latin-1 character inside a word is a sign of legacy text. */
const VIETNAMESE_LATIN1 = new Set('àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ');
/** Symbols that may stand at a word's edge in normal text («quoted», 25°, ©). */
const EDGE_SYMBOLS = new Set('«»°±·©®§¶¬');
/** VNI writes a mark as a second Latin-1 letter after the vowel ("Tieáng", "cuûa", "ñöôïc", "Sôû"). */
const VNI_SIGNS = /[aeiouyôöâê][ùøûõï]|[aeo][âêáàåãä]|ñ/gi;
/** TCVN3 puts accented lower-case letters on upper-case and symbol code points ("TiÕng", "Gi¸m", "hßa"). */
const TCVN3_SIGNS = /[a-z][À-ÞĐ]|[\u00a1-\u00bf\u00df]/g;
/** Degrees, squares and micro after a number or in a unit are ordinary text, not legacy letters. */
const UNITS = /\d\s*°\s*[CF]?|\b[kcdm]?m[²³]|\d[²³]|µ[gmlsV]/g;

export type LegacyEncoding = 'TCVN3' | 'VNI';

export interface LegacyFinding {
  encoding: LegacyEncoding;
  /** The first suspect word, as it stands in the text. */
  sample: string;
}

function isSuspect(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 0xa1 && c <= 0xff && c !== 0xd7 && c !== 0xf7 && !VIETNAMESE_LATIN1.has(ch);
}

function suspectWord(word: string): boolean {
  if (!/[A-Za-z]/.test(word)) return false;
  // Letters Vietnamese does use, in places it never puts them: "TiÕng" (mid-word capital), "Phoù" (a mark after a vowel).
  if (/[a-z][À-Þ]/.test(word) || /[aeiouy][ùøûõï]/i.test(word)) return true;
  const chars = [...word];
  return chars.some((ch, i) => {
    if (ch === '\u00ad') return true; // TCVN3's "ư" is the invisible soft hyphen.
    if (!isSuspect(ch)) return false;
    const atEdge = i === 0 || i === chars.length - 1;
    return !(atEdge && EDGE_SYMBOLS.has(ch));
  });
}

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;

/** Every sign suspectWord looks for, in one pattern: ordinary Vietnamese text fails it at once. */
const ANY_SIGN = new RegExp(
  `[${[...Array(0xff - 0xa1 + 1).keys()]
    .map((i) => String.fromCharCode(0xa1 + i))
    .filter((ch) => isSuspect(ch))
    .join('')
    .replace(/[\]\\^-]/g, '\\$&')}\u00ad]|[a-z][À-Þ]|[aeiouyAEIOUY][ùøûõïÙØÛÕÏ]`,
);

/**
 * Whether a text may hold anything the encoding checks look for (a control character, a legacy sign, a
 * combining mark): one character-class test, false for nearly every string, in place of three.
 */
export function mayHaveEncodingProblem(text: string): boolean {
  return ENCODING_SIGNS.test(text);
}

/** Finds Vietnamese typed in TCVN3 (ABC) or VNI fonts and pasted as Latin-1 look-alikes. */
export function detectLegacyEncoding(text: string): LegacyFinding | undefined {
  if (!ANY_SIGN.test(text)) return undefined;
  const cleaned = text.replace(UNITS, ' ');
  const sample = cleaned.split(/[\s,.;:!?()"'“”]+/).find((word) => word && suspectWord(word));
  if (!sample) return undefined;
  // Decided over the whole text: each encoding leaves marks the other never makes.
  const encoding = count(cleaned, VNI_SIGNS) > count(cleaned, TCVN3_SIGNS) ? 'VNI' : 'TCVN3';
  return { encoding, sample };
}

/** Combining marks left after NFC mean the text was typed decomposed (or holds marks on nothing). */
export function isDecomposed(text: string): boolean {
  return /[\u0300-\u036f]/.test(text) && text.normalize('NFC') !== text;
}

/** XML 1.0 forbids these; Word refuses a document that contains them. */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** What firstControlCharacter, detectLegacyEncoding and isDecomposed look for first, in one pattern. */
const ENCODING_SIGNS = new RegExp(`${CONTROL_CHARACTERS.source}|${ANY_SIGN.source}|[\\u0300-\\u036f]`);

export function firstControlCharacter(text: string): string | undefined {
  const m = CONTROL_CHARACTERS.exec(text);
  return m ? `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : undefined;
}

/** NFC for every string and key of parsed data, so that enum checks and output see one form. */
export function normalizeDeep<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((v) => normalizeDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const key = k.normalize('NFC');
      // An own "__proto__" key must stay data: plain assignment would set the prototype instead.
      if (key === '__proto__') Object.defineProperty(out, key, { value: normalizeDeep(v), enumerable: true, writable: true, configurable: true });
      else out[key] = normalizeDeep(v);
    }
    return out as T;
  }
  return value;
}

export type StringVisitor = (text: string, isKey: boolean, path: () => (string | number)[]) => void;

/**
 * Calls `visit` for every string in parsed data, keys included, in document order. The path is built
 * only when asked for (a diagnostic is rare; a walk over every string of every file is not).
 */
export function forEachString(value: unknown, visit: StringVisitor): void {
  const stack: (string | number)[] = [];
  const path = (): (string | number)[] => [...stack];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      visit(v, false, path);
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        stack.push(i);
        walk(v[i]);
        stack.pop();
      }
    } else if (v !== null && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        stack.push(k);
        visit(k, true, path);
        walk(child);
        stack.pop();
      }
    }
  };
  walk(value);
}
