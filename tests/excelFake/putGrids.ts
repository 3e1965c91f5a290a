/** Grids put into a fake workbook as an office's file would hold them: values, date formats on date cells, merges. */
import { Grid } from '../../src/core/grid';
import { WorkbookState } from './workbookState';

/** The number format a date (or time) cell of a grid gets. */
export function dateFormatOf(v: number): string {
  return v < 1 ? 'hh:mm' : 'dd/mm/yyyy';
}

/** Every non-empty value of a grid with its absolute row and column. */
export function eachGridValue(grid: Grid, fn: (row: number, col: number, v: string | number | boolean) => void): void {
  for (let i = 0; i < grid.rows.length; i++) {
    const row = grid.rows[i];
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      if (v === null || v === undefined) continue;
      fn(grid.originRow + i, grid.originCol + j, v);
    }
  }
}

/** Whether a value of a grid is a date or time its host formats as one. */
export function isDateValue(grid: Grid, row: number, col: number, v: unknown): v is number {
  return typeof v === 'number' && !!grid.dateCells && grid.dateCells.has(row + ':' + col);
}

/** Add each grid as a sheet of the fake workbook, as an office's file would hold it. */
export function putGrids(state: WorkbookState, grids: Grid[]): WorkbookState {
  for (let g = 0; g < grids.length; g++) {
    const grid = grids[g];
    const sheet = state.addSheet(grid.sheet);
    eachGridValue(grid, function (r, c, v) {
      const cell = sheet.ensure(r, c);
      cell.v = v;
      if (isDateValue(grid, r, c, v)) cell.nf = dateFormatOf(v);
    });
    const merges = grid.merges || [];
    for (let i = 0; i < merges.length; i++) sheet.merges.push(Object.assign({}, merges[i]));
  }
  return state;
}
