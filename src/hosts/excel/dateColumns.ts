/**
 * Which columns may hold dates. Office.js gives dates as serial numbers; only the number format tells
 * 22/02/2018 from 43153. The first block is read with its number formats; a column whose cells show a
 * date or time format there is a date column, and later blocks load number formats for those columns
 * only. A column with no date format in the first block is taken to hold no date cells.
 */
import { isDateFormat } from '../xlsx/dateFormat';

export interface ColumnRun {
  /** 0-based column offsets within the read range, inclusive. */
  from: number;
  to: number;
}

export function dateColumns(numberFormat: unknown[][]): number[] {
  const out: number[] = [];
  const seen: { [col: number]: true } = {};
  for (let i = 0; i < numberFormat.length; i++) {
    const row = numberFormat[i] || [];
    for (let j = 0; j < row.length; j++) {
      if (seen[j]) continue;
      const f = row[j];
      if (typeof f === 'string' && isDateFormat(f)) seen[j] = true;
    }
  }
  for (const k in seen) if (Object.prototype.hasOwnProperty.call(seen, k)) out.push(+k);
  return out.sort(function (a, b) {
    return a - b;
  });
}

/** [2, 3, 4, 9] -> [{2..4}, {9..9}] */
export function columnRuns(cols: number[]): ColumnRun[] {
  const out: ColumnRun[] = [];
  for (let i = 0; i < cols.length; i++) {
    const last = out[out.length - 1];
    if (last && cols[i] === last.to + 1) last.to = cols[i];
    else out.push({ from: cols[i], to: cols[i] });
  }
  return out;
}
