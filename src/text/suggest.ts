/** Folds case and Vietnamese marks so that "Phuong Tam thanh" finds "Phường Tam Thanh". */
export function foldForCompare(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .trim();
}

/** Optimal string alignment distance (Levenshtein with transpositions). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[rows - 1]![cols - 1]!;
}

/** Words of a name folded for comparison, dots and commas as separators: "P.Tam Thanh" → p, tam, thanh. */
function words(s: string): string[] {
  return foldForCompare(s).split(/[\s.,]+/).filter(Boolean);
}

/** "UBND xã Lộc Bình", "Ủy ban nhân dân phường …": the council named instead of the commune or ward itself. */
const COUNCIL = [['ubnd'], ['uy', 'ban', 'nhan', 'dan']];

/**
 * The one candidate that an abbreviation names: its leading word or two given by their initials ("P. Tam Thanh"
 * for "Phường Tam Thanh", "TT Na Sầm" for "Thị trấn Na Sầm"), left out ("Lộc Bình"), or written out after "UBND"; undefined when none
 * or several fit. Works on any plan's names, whatever words they start with.
 */
export function expandAbbreviation(input: string, candidates: readonly string[]): string | undefined {
  let given = words(input);
  for (const council of COUNCIL) if (council.every((w, i) => given[i] === w)) given = given.slice(council.length);
  if (given.length < 2) return undefined;
  const [head, ...rest] = given;
  // The name after a kind of one or two words, the kind written out, by its initials, or left out.
  const named = (c: string[], name: string[], lead: string[]): boolean => lead.length >= 1 && lead.length <= 2 && c.slice(lead.length).join(' ') === name.join(' ');
  const fits = candidates.filter((candidate) => {
    const c = words(candidate);
    const lead = c.slice(0, c.length - rest.length);
    const abbreviated = named(c, rest, lead) && (head === lead.join(' ') || head === lead.map((w) => w[0]).join(''));
    return abbreviated || named(c, given, c.slice(0, c.length - given.length));
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/** The closest candidate when it is close enough to be a likely typo or a usual abbreviation, else undefined. */
export function suggest(input: string, candidates: readonly string[]): string | undefined {
  const folded = foldForCompare(input).slice(0, 200);
  if (!folded) return undefined;
  const expanded = expandAbbreviation(input.slice(0, 200), candidates);
  if (expanded) return expanded;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const c = foldForCompare(candidate);
    if (c === folded) return candidate;
    const distance = editDistance(folded, c);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const tolerance = Math.max(2, Math.floor(folded.length / 3));
  return bestDistance <= tolerance ? best : undefined;
}
