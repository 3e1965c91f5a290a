/**
 * Which columns may hold dates. Office.js gives dates as serial numbers; only the number format tells
 * 22/02/2018 from 43153. The first block is read with its number formats. Later blocks load number
 * formats only for the columns that may hold dates: those with a date or time format somewhere in the
 * first block, and those the first block says too little about (values in fewer than half of its rows,
 * such as a "Ngày rời" column still mostly empty). A column filled with values none of which is
 * date-formatted (names, counts) is taken to hold no dates further down.
 */
import { isDateFormat } from '../xlsx/dateFormat';

export interface ColumnRun {
  /** 0-based column offsets within the read range, inclusive. */
  from: number;
  to: number;
}

function filled(v: unknown): boolean {
  return v !== '' && v !== null && v !== undefined;
}

/** Columns (0-based) whose number formats later blocks must load, from the first block's values and formats. */
export function dateColumns(values: unknown[][], numberFormat: unknown[][], columns: number): number[] {
  const out: number[] = [];
  const rows = values.length;
  for (let j = 0; j < columns; j++) {
    let count = 0;
    let dated = false;
    for (let i = 0; i < rows; i++) {
      if (values[i] && filled(values[i][j])) count++;
      const f = numberFormat[i] ? numberFormat[i][j] : null;
      if (typeof f === 'string' && isDateFormat(f)) dated = true;
    }
    if (dated || count * 2 < rows) out.push(j);
  }
  return out;
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
