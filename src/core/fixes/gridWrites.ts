/**
 * Writes applied to plain grids, without touching the originals: the rows written to are copied, every
 * other field (merges, date cells, fonts) is shared. The task pane can re-check after a fix without
 * reading the workbook again; tests apply and undo fixes in memory.
 */
import { CellValue, Grid } from '../grid';
import { CellWrite } from './cellEdit';

function copyGrid(grid: Grid, rows: CellValue[][]): Grid {
  // No Object.assign in IE11.
  const out = {} as Grid;
  const from = grid as unknown as { [key: string]: unknown };
  const to = out as unknown as { [key: string]: unknown };
  for (const key in from) if (Object.prototype.hasOwnProperty.call(from, key)) to[key] = from[key];
  out.rows = rows;
  return out;
}

/** The grids with the writes applied; writes to sheets not among the grids are ignored. */
export function applyWritesToGrids(grids: Grid[], writes: CellWrite[]): Grid[] {
  const bySheet: { [sheet: string]: CellWrite[] } = {};
  for (let i = 0; i < writes.length; i++) (bySheet['=' + writes[i].sheet] = bySheet['=' + writes[i].sheet] || []).push(writes[i]);
  return grids.map(function (g) {
    const list = bySheet['=' + g.sheet];
    if (!list) return g;
    const rows = g.rows.slice();
    const copied: { [i: number]: true } = {};
    for (let k = 0; k < list.length; k++) {
      const w = list[k];
      const i = w.row - g.originRow;
      const j = w.col - g.originCol;
      if (i < 0 || j < 0) continue;
      while (rows.length <= i) rows.push([]);
      if (!copied[i]) {
        rows[i] = rows[i] ? rows[i].slice() : [];
        copied[i] = true;
      }
      while (rows[i].length < j) rows[i].push(null);
      rows[i][j] = w.value;
    }
    return copyGrid(g, rows);
  });
}
