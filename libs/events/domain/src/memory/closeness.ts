/**
 * Whether a proposed theme or topic is close to one already covered, from the words both reduce to
 * (PostgreSQL's French stems, accents folded, stop words dropped): close when they share at least half of
 * the shorter one's stems. « Accessibilité des services numériques » and « L'accessibilité numérique »
 * share « accessibil » and « numer »: close. One shared word out of four and five is not.
 */
export function isClose(proposed: readonly string[], covered: readonly string[]): boolean {
  const a = new Set(proposed);
  const b = new Set(covered);
  if (a.size === 0 || b.size === 0) return false;
  const shared = [...a].filter((stem) => b.has(stem)).length;
  return shared > 0 && shared * 2 >= Math.min(a.size, b.size);
}
