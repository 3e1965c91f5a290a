/**
 * The chi bộ names of one register, grouped once: every key (cellKey) with its spellings and canonical
 * (most frequent) spelling, and a memoised key for each row. Rules share it rather than fold each row again.
 */
import { groupCellNames } from '../cells';
import { cellKeyCache, CellKeyCache } from './cellKeyCache';

export interface CellNameGroup {
  key: string;
  canonical: string;
  variants: { name: string; count: number }[];
}

export interface RegisterCells {
  groups: CellNameGroup[];
  /** key -> canonical spelling */
  spelling: Map<string, string>;
  names: CellKeyCache;
}

export function registerCells(rows: { cell: string | null }[]): RegisterCells {
  const list: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    const c = rows[i].cell;
    if (c) list.push(c);
  }
  const groups = groupCellNames(list);
  const spelling = new Map<string, string>();
  for (let g = 0; g < groups.length; g++) spelling.set(groups[g].key, groups[g].canonical);
  return { groups: groups, spelling: spelling, names: cellKeyCache() };
}
