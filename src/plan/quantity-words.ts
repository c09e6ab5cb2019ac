/** Whether a quantity's name already says its unit ("Lượt xem" / "lượt"), so the unit need not follow it. */
export function nameSaysUnit(name: string, unit: string): boolean {
  const n = name.toLocaleLowerCase('vi');
  const u = unit.toLocaleLowerCase('vi');
  return n === u || n.startsWith(`${u} `);
}
