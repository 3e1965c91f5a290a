/**
 * The current state of the cells a fix or an undo touches, as the host reads it just before writing:
 * fixes are planned against what the workbook holds now, not against what was read when it was checked.
 */
import { CellValue, Grid, cellAt, isDateCell } from '../grid';
import { CellRef, cellKey } from './cellEdit';

export interface CurrentCell {
  /** The value as a grid gives it: dates as serials of the workbook's date system, empty as null. */
  value: CellValue;
  /** The cell holds a formula: never fixed. */
  formula?: boolean;
  /** The cell's number format is a date or time. */
  dateFormatted?: boolean;
  /** For a cell inside a merged range other than its top-left one: the top-left cell, which holds the value. */
  master?: { row: number; col: number };
  /** A reason, already in Vietnamese, why this host cannot write the cell (e.g. mixed rich-text fonts). */
  refuse?: string;
}

export interface CellSource {
  /** The cell now; null when the workbook has no sheet of that name any more. */
  cell(sheet: string, row: number, col: number): CurrentCell | null;
}

/** Cells read from plain grids (the task pane's last read, or a test's). `formulaCells` keys are "row:col". */
export function gridCellSource(grids: Grid[], formulaCells?: { [sheet: string]: ReadonlySet<string> }): CellSource {
  const bySheet: { [sheet: string]: Grid } = {};
  for (let i = 0; i < grids.length; i++) bySheet['=' + grids[i].sheet] = grids[i];
  return {
    cell: function (sheet: string, row: number, col: number): CurrentCell | null {
      const g = bySheet['=' + sheet];
      if (!g) return null;
      const merges = g.merges || [];
      for (let i = 0; i < merges.length; i++) {
        const m = merges[i];
        if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left)) {
          return { value: null, master: { row: m.top, col: m.left } };
        }
      }
      const formulas = formulaCells && formulaCells[sheet];
      return {
        value: cellAt(g, row, col),
        formula: !!(formulas && formulas.has(row + ':' + col)),
        dateFormatted: isDateCell(g, row, col),
      };
    },
  };
}

export interface ListedCell extends CurrentCell {
  sheet: string;
  row: number;
  col: number;
}

/**
 * Cells a host read one by one (e.g. the Excel host loading values, formulas and number formats of just
 * the target cells). `sheets` names every sheet the workbook has; a cell not listed on one of them is empty.
 */
export function cellSourceOf(cells: ListedCell[], sheets: string[]): CellSource {
  const byKey: { [key: string]: ListedCell } = {};
  for (let i = 0; i < cells.length; i++) byKey[cellKey(cells[i].sheet, cells[i].row, cells[i].col)] = cells[i];
  const known: { [sheet: string]: true } = {};
  for (let i = 0; i < sheets.length; i++) known['=' + sheets[i]] = true;
  return {
    cell: function (sheet: string, row: number, col: number): CurrentCell | null {
      if (!known['=' + sheet]) return null;
      const c = byKey[cellKey(sheet, row, col)];
      return c ? c : { value: null };
    },
  };
}

/**
 * A source that also knows the merged ranges of the grids read last: a cell covered by a merge (not its
 * top-left one) points at the top-left cell, which holds the value, as `gridCellSource` does. For hosts
 * whose cell reads do not say which cells are merged.
 */
export function withMergedRanges(source: CellSource, grids: Grid[]): CellSource {
  const bySheet: { [sheet: string]: Grid } = {};
  for (let i = 0; i < grids.length; i++) bySheet['=' + grids[i].sheet] = grids[i];
  return {
    cell: function (sheet: string, row: number, col: number): CurrentCell | null {
      const g = bySheet['=' + sheet];
      const merges = (g && g.merges) || [];
      for (let i = 0; i < merges.length; i++) {
        const m = merges[i];
        if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left)) {
          return source.cell(sheet, row, col) === null ? null : { value: null, master: { row: m.top, col: m.left } };
        }
      }
      return source.cell(sheet, row, col);
    },
  };
}

/** The target cells plus the top-left cell of every merged range a target lies in, so the value that range holds is read too. */
export function withMergeMasters(targets: CellRef[], grids: Grid[]): CellRef[] {
  const bySheet: { [sheet: string]: Grid } = {};
  for (let i = 0; i < grids.length; i++) bySheet['=' + grids[i].sheet] = grids[i];
  const seen: { [key: string]: true } = {};
  const out: CellRef[] = [];
  const add = function (r: CellRef): void {
    const k = cellKey(r.sheet, r.row, r.col);
    if (seen[k]) return;
    seen[k] = true;
    out.push(r);
  };
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i];
    add(t);
    const g = bySheet['=' + t.sheet];
    const merges = (g && g.merges) || [];
    for (let j = 0; j < merges.length; j++) {
      const m = merges[j];
      if (t.row >= m.top && t.row <= m.bottom && t.col >= m.left && t.col <= m.right) add({ sheet: t.sheet, row: m.top, col: m.left });
    }
  }
  return out;
}
