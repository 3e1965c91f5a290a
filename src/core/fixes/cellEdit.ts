/**
 * A change to one cell, as a fix makes it and as the undo log keeps it, and the plain writes a host
 * performs. Rows and columns are absolute and 1-based, as Excel numbers them.
 */
import { CellValue, columnLetter } from '../grid';
import { FindingCode } from '../findings';

export interface CellEdit {
  sheet: string;
  row: number;
  col: number;
  /** The value the cell held, with its type: a number stays a number, an empty cell is null. */
  before: CellValue;
  /** The value written. */
  after: CellValue;
  findingCode: FindingCode;
  /** The group the fix belongs to (the finding's group key, or one made for a single finding). */
  groupKey: string;
}

/** What a host writes into one cell. A null value empties the cell. */
export interface CellWrite {
  sheet: string;
  row: number;
  col: number;
  value: CellValue;
}

export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

/** A key for maps of cells. */
export function cellKey(sheet: string, row: number, col: number): string {
  return sheet + '\u0000' + row + ':' + col;
}

/** "H12" */
export function cellAddress(row: number, col: number): string {
  return columnLetter(col) + row;
}

/** How a message names a cell: ô H12 (trang "Danh sách đảng viên"). */
export function cellPlace(sheet: string, row: number, col: number): string {
  return 'ô ' + cellAddress(row, col) + ' (trang "' + sheet + '")';
}

function isEmpty(v: CellValue | undefined): boolean {
  return v === null || v === undefined || v === '';
}

/**
 * Whether a cell still holds a value. Hosts differ only in how they give an empty cell (null from a grid,
 * "" from Office.js); otherwise the type must match: the number 1985 is not the text "1985".
 */
export function sameCellValue(a: CellValue | undefined, b: CellValue | undefined): boolean {
  if (isEmpty(a) || isEmpty(b)) return isEmpty(a) && isEmpty(b);
  return a === b;
}

/** The distinct cells of a list of edits, in the order they first appear. */
export function editedCells(edits: CellEdit[]): CellRef[] {
  const seen: { [key: string]: true } = {};
  const out: CellRef[] = [];
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i];
    const k = cellKey(e.sheet, e.row, e.col);
    if (seen[k]) continue;
    seen[k] = true;
    out.push({ sheet: e.sheet, row: e.row, col: e.col });
  }
  return out;
}

/**
 * The writes that apply a list of edits: one per cell, its last `after` (edits on one cell are chained,
 * each starting from the previous one's `after`).
 */
export function applyWrites(edits: CellEdit[]): CellWrite[] {
  const last: { [key: string]: CellValue } = {};
  for (let i = 0; i < edits.length; i++) last[cellKey(edits[i].sheet, edits[i].row, edits[i].col)] = edits[i].after;
  const cells = editedCells(edits);
  return cells.map(function (c) {
    return { sheet: c.sheet, row: c.row, col: c.col, value: last[cellKey(c.sheet, c.row, c.col)] };
  });
}

/** The writes that undo a list of edits: one per cell, its first `before`, last cell first. */
export function restoreWrites(edits: CellEdit[]): CellWrite[] {
  const first: { [key: string]: CellValue } = {};
  for (let i = edits.length - 1; i >= 0; i--) first[cellKey(edits[i].sheet, edits[i].row, edits[i].col)] = edits[i].before;
  const cells = editedCells(edits).reverse();
  return cells.map(function (c) {
    return { sheet: c.sheet, row: c.row, col: c.col, value: first[cellKey(c.sheet, c.row, c.col)] };
  });
}
