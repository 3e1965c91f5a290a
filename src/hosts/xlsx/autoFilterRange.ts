/**
 * The range of a worksheet's autofilter from what exceljs holds for it: the "A3:N195" of the file, or
 * what a program set, a string or a pair of addresses. Null for a range it cannot read. Shared by the
 * exceljs reader and the lean reader (which has the file's string).
 */
import { MergedRange, columnNumber } from '../../core/grid';

export type AutoFilterSpec = string | { from: string | { row: number; column: number }; to: string | { row: number; column: number } };

export function autoFilterRange(f: AutoFilterSpec | null | undefined): MergedRange | null {
  if (!f) return null;
  const address = function (a: string | { row: number; column: number }): { row: number; col: number } | null {
    if (typeof a !== 'string') return a && a.row > 0 && a.column > 0 ? { row: a.row, col: a.column } : null;
    const m = a.replace(/\$/g, '').match(/^([A-Za-z]{1,3})(\d+)$/);
    return m ? { row: +m[2], col: columnNumber(m[1]) } : null;
  };
  let from: { row: number; col: number } | null;
  let to: { row: number; col: number } | null;
  if (typeof f === 'string') {
    const parts = f.split(':');
    from = address(parts[0]);
    to = address(parts.length > 1 ? parts[1] : parts[0]);
  } else {
    from = address(f.from);
    to = address(f.to);
  }
  if (!from || !to) return null;
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  };
}
