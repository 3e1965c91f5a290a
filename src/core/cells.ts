/**
 * Chi bộ names: one chi bộ is often spelled several ways ("Chi bộ Văn phòng", "chi bộ văn phòng",
 * "CB Văn Phòng"). The key folds case and marks and drops the "chi bộ" prefix.
 */
import { cleanText, fold } from './text/normalize';
import { BoundedMemo } from './text/boundedMemo';

export function cellKey(name: string): string {
  // A log repeats each chi bộ's name on every meeting row: each spelling is folded once.
  const known = KEYS.get(name);
  if (known !== undefined) return known;
  const key = fold(name)
    .replace(/^(chi bo|cb)\s+/, '')
    .replace(/^so\s+/, '')
    .trim();
  KEYS.set(name, key);
  return key;
}

const KEYS = new BoundedMemo<string>(100000);

/** The display form of a chi bộ name: "Văn phòng" -> "Chi bộ Văn phòng". */
export function cellDisplayName(name: string): string {
  const t = cleanText(name);
  if (/^(chi b\u1ed9|chi bo|cb)\s+/i.test(t)) return 'Chi b\u1ed9 ' + t.replace(/^(chi b\u1ed9|chi bo|cb)\s+/i, '');
  return 'Chi b\u1ed9 ' + t;
}

/**
 * Group names by key; the canonical spelling of each group is the most frequent one
 * (ties: the first seen).
 */
export function groupCellNames(names: string[]): { key: string; canonical: string; variants: { name: string; count: number }[] }[] {
  const byKey: Record<string, { name: string; count: number }[]> = {};
  const order: string[] = [];
  for (let i = 0; i < names.length; i++) {
    const n = cleanText(names[i]);
    if (!n) continue;
    const k = cellKey(n);
    if (!byKey[k]) {
      byKey[k] = [];
      order.push(k);
    }
    const list = byKey[k];
    let found = false;
    for (let j = 0; j < list.length; j++)
      if (list[j].name === n) {
        list[j].count++;
        found = true;
        break;
      }
    if (!found) list.push({ name: n, count: 1 });
  }
  return order.map(function (k) {
    const variants = byKey[k];
    let best = variants[0];
    for (let j = 1; j < variants.length; j++) if (variants[j].count > best.count) best = variants[j];
    return { key: k, canonical: best.name, variants: variants };
  });
}
