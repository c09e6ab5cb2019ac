/**
 * The type of a document named by its symbol, with the abbreviation table of Nghị định 30/2020
 * (Phụ lục III) and the Party's own (Hướng dẫn 36-HD/VPTW): "705/KH-BCĐNQ" is a Kế hoạch,
 * "44-CT/TW" a Chỉ thị. A plan may name the type itself; the symbol is read only when it does not.
 */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  NQ: 'Nghị quyết',
  QĐ: 'Quyết định',
  CT: 'Chỉ thị',
  QC: 'Quy chế',
  QyĐ: 'Quy định',
  QYĐ: 'Quy định',
  TC: 'Thông cáo',
  TB: 'Thông báo',
  HD: 'Hướng dẫn',
  CTr: 'Chương trình',
  KH: 'Kế hoạch',
  PA: 'Phương án',
  ĐA: 'Đề án',
  DA: 'Dự án',
  BC: 'Báo cáo',
  BB: 'Biên bản',
  TTr: 'Tờ trình',
  HĐ: 'Hợp đồng',
  CĐ: 'Công điện',
  BGN: 'Bản ghi nhớ',
  BTT: 'Bản thỏa thuận',
  GUQ: 'Giấy ủy quyền',
  GM: 'Giấy mời',
  GGT: 'Giấy giới thiệu',
  KL: 'Kết luận',
  TT: 'Thông tư',
  TTLT: 'Thông tư liên tịch',
  NĐ: 'Nghị định',
  CV: 'Công văn',
};

/** Party documents (number-TYPE/ISSUER) use TT for Thông tri, not Thông tư. */
const PARTY: Readonly<Record<string, string>> = { TT: 'Thông tri' };

/** The type abbreviation of a symbol: "705/KH-BCĐNQ" → KH; "44-CT/TW" → CT (a Party document). */
function abbreviation(number: string): { abbr: string; party: boolean } | undefined {
  const s = number.normalize('NFC').replace(/\s+/g, '');
  const state = /^[^/]*\/([^-/]+)-/.exec(s) ?? /^[^/]*\/([^-/]+)$/.exec(s);
  if (state?.[1] !== undefined && /^\p{N}/u.test(s) && !/^\p{N}+-/u.test(s)) return { abbr: state[1], party: false };
  const party = /^\p{N}+-([^/-]+)\//u.exec(s);
  if (party?.[1] !== undefined) return { abbr: party[1], party: true };
  return undefined;
}

/** "Kế hoạch" for "705/KH-BCĐNQ", "Chỉ thị" for "44-CT/TW"; undefined when the symbol names no known type. */
export function documentTypeOfNumber(number: string): string | undefined {
  const a = abbreviation(number);
  if (a === undefined) return undefined;
  if (a.party && PARTY[a.abbr] !== undefined) return PARTY[a.abbr];
  return ABBREVIATIONS[a.abbr] ?? ABBREVIATIONS[a.abbr.toUpperCase()];
}
