/** Tests of which language a text is in: the words that give away Vietnamese in English, or English in Vietnamese. */

/** The words of `text` with a Vietnamese letter: đ, or a letter carrying a mark (ă â ê ô ơ ư, tones). */
export function vietnameseLetters(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[đĐ]|[\u0300-\u036f]/.test(w.normalize('NFD')));
}

/** Words an English sentence cannot do without, and no Vietnamese one uses. */
const STOPWORDS = [
  'the', 'is', 'are', 'was', 'be', 'not', 'must', 'should', 'cannot', 'does', 'has', 'have', 'of', 'for', 'with',
  'from', 'and', 'this', 'that', 'its', 'there', 'file', 'files', 'folder', 'missing', 'found', 'error', 'errors',
  'warning', 'warnings', 'invalid', 'unknown', 'expected', 'allowed', 'option', 'wrote', 'written', 'skipped',
  'nothing', 'please', 'did', 'you', 'mean',
];
const PATTERN = new RegExp(`(?<![\\p{L}\\p{N}_./\\\\-])(${STOPWORDS.join('|')})(?![\\p{L}\\p{N}_./\\\\-])`, 'giu');

/** Names that stay as the software spells them: an editor's encoding and menu, Handlebars' helpers. */
const TERMS = ['UTF-8 with BOM', 'Save with Encoding', 'if, unless, each, with, lookup'];

/** The English sentence words in `text` (a word inside a path or a name with dots or dashes does not count). */
export function englishWords(text: string): string[] {
  const own = TERMS.reduce((t, term) => t.split(term).join(' '), text);
  return [...own.matchAll(PATTERN)].map((m) => m[1]!);
}
