/**
 * Characters that print as nothing or as an ordinary space (pasted from Word, PDFs and web pages): in an id or
 * a name they make two equal-looking values differ, so messages show them by code point.
 */
const INVISIBLE = /[\u00a0\u00ad\u034f\u061c\u115f\u1160\u180e\u2007\u200b-\u200f\u202a-\u202f\u205f-\u2064\u2066-\u2069\u3164\ufeff]/g;

/** The code point as it is written in Unicode charts: U+200B. */
export function codePointName(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** "so-y-te\u200b" → "so-y-te⟨U+200B⟩". */
export function showInvisible(s: string): string {
  return s.replace(INVISIBLE, (ch) => `⟨${codePointName(ch)}⟩`);
}

export function hasInvisible(s: string): boolean {
  return s.search(INVISIBLE) !== -1;
}

export function stripInvisible(s: string): string {
  return s.replace(INVISIBLE, '');
}

/** The distinct invisible characters of a text by code point: "U+200B, U+00A0". */
export function invisibleNames(s: string): string {
  return [...new Set(s.match(INVISIBLE) ?? [])].map(codePointName).join(', ');
}
