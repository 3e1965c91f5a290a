/**
 * The workbooks the e2e tests open in the fake Excel, as plain grids (no host API, so the browser bundle
 * and the Node side of a test share them):
 * - "sample": the sample registers (src/core/sample), whose figures are written by hand in sampleExpected.ts.
 * - "journey": the sample with the theory column's lower header typed "LL" (as an office abbreviates
 *   "Lý luận chính trị" under "Trình độ"): the add-in does not know that header, so the theory figures
 *   cannot be computed until the user points "Lý luận chính trị" at column K.
 */
import { Grid } from '../../../src/core/grid';
import { sampleGrids } from '../../../src/core/sample/sampleRegisters';
import { MEMBER_SHEET } from '../../../src/core/sample/templateColumns';

export type WorkbookName = 'sample' | 'journey';

/** Where the journey's unknown header is: Danh sách đảng viên!K6. */
export const JOURNEY_HEADER = { sheet: MEMBER_SHEET, row: 6, column: 'K', text: 'LL', was: 'Lý luận chính trị' };

function cellOf(grid: Grid, row: number, col: number): { rowIndex: number; colIndex: number } {
  return { rowIndex: row - grid.originRow, colIndex: col - grid.originCol };
}

export function workbookGrids(name: WorkbookName): Grid[] {
  const grids = sampleGrids();
  if (name === 'sample') return grids;
  const members = grids.filter(function (g) {
    return g.sheet === JOURNEY_HEADER.sheet;
  })[0];
  const at = cellOf(members, JOURNEY_HEADER.row, JOURNEY_HEADER.column.charCodeAt(0) - 64);
  const row = members.rows[at.rowIndex];
  if (!row || row[at.colIndex] !== JOURNEY_HEADER.was) {
    throw new Error('The sample moved: ' + JOURNEY_HEADER.sheet + '!' + JOURNEY_HEADER.column + JOURNEY_HEADER.row + ' is not "' + JOURNEY_HEADER.was + '".');
  }
  row[at.colIndex] = JOURNEY_HEADER.text;
  return grids;
}
