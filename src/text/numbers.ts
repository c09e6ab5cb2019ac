/** A whole number grouped by thousands as the message language writes it: 9.285 in Vietnamese, 9,285 in English. */
export function formatCount(n: number, lang: 'vi' | 'en'): string {
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.trunc(Math.abs(n)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'vi' ? '.' : ',');
}
