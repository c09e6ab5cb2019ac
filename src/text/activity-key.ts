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

/** What activityKey reads of an activity: its dates (as compared: ISO from/to when they parse), form, title and unit. */
export interface KeyedActivity {
  dates: string;
  form: string;
  title: string;
  by?: string;
}

/**
 * The activities of one report seen so far, told apart by activityKey. Folding a title costs more than
 * everything else about an activity, so titles are folded only when an earlier activity has the same
 * dates and form (most never do). Dates and form are ids and dates of a valid report, with no `|` in them.
 */
export class ActivityKeys<T> {
  private readonly groups = new Map<string, { item: T; key?: string }[]>();

  constructor(private readonly fields: (item: T) => KeyedActivity) {}

  /** The first earlier item that is the same activity as `item`, if any; `item` is remembered either way. */
  firstSame(item: T): T | undefined {
    const f = this.fields(item);
    const groupKey = `${f.dates}|${f.form}`;
    const group = this.groups.get(groupKey);
    const entry: { item: T; key?: string } = { item };
    if (!group) {
      this.groups.set(groupKey, [entry]);
      return undefined;
    }
    const keyOf = (e: { item: T; key?: string }): string => {
      const g = e === entry ? f : this.fields(e.item);
      return (e.key ??= activityKey(g.dates, g.form, g.title, g.by));
    };
    const first = group.find((earlier) => keyOf(earlier) === keyOf(entry));
    group.push(entry);
    return first?.item;
  }
}
