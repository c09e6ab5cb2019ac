import { foldForCompare } from './suggest.js';

/**
 * Characters a clerk cannot see: zero-width space, joiners, word joiner, BOM, soft hyphen, Mongolian vowel
 * separator. Two titles that differ only by them are the same title.
 */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/g;
/** No-break and other fixed-width spaces read as an ordinary space. */
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/** Text as a reader sees it: invisible characters dropped, every run of spaces one space, marks and case folded. */
export function visibleKey(text: string): string {
  return foldForCompare(text.replace(INVISIBLE, '').replace(ODD_SPACES, ' ')).replace(/\s+/g, ' ');
}

/**
 * When two activities of one report are the same activity: same dates, form and (visible) title, and the same
 * unit that carried it out when the report names one (a roll-up carries several units' activities).
 */
export function activityKey(dates: string, form: string, title: string, by?: string): string {
  return `${dates}|${form}|${visibleKey(title)}${by === undefined ? '' : `|${visibleKey(by)}`}`;
}
