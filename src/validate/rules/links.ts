import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { activitiesOf, report, type Rule } from './rule.js';

/** A full http(s) address with a dotted host name; anything else cannot be opened by the reader. */
export function isWellFormedLink(value: string): boolean {
  if (/\s/.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (url.protocol === 'https:' || url.protocol === 'http:') && /^[^.]+(\.[^.]+)+$/.test(url.hostname);
}

export const linksRule: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  for (const { path, activity } of activitiesOf(ctx.report)) {
    for (const [i, link] of (activity.links ?? []).entries()) {
      if (!isWellFormedLink(link)) out.push(report(ctx, 'CR410', [...path, 'links', i], ctx.t.malformedLink(link)));
    }
  }
  return out;
};
