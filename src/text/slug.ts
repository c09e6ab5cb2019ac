import { foldForCompare } from './suggest.js';

/** A file or package name from Vietnamese text: "Xã Lộc Bình" → "xa-loc-binh"; '' when nothing is left. */
export function slugify(text: string): string {
  return foldForCompare(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}
