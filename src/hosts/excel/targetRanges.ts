/**
 * Scattered target cells (the cells a fix or an undo touches) as few ranges as possible: per sheet and
 * column, runs of rows where the gap between two targets is small, so one range reads many targets at
 * the price of a few cells in between. The ranges are then packed into blocks that each fit in one
 * context.sync() under the read budget.
 */
import { CellRef } from '../../core/fixes/cellEdit';
import { ReadBudget } from './readBlocks';

/** Rows read between two targets of a column rather than starting a new range. */
export const MAX_GAP_ROWS = 20;

/** A run of rows of one column of one sheet (1-based, inclusive). */
export interface TargetRange {
  sheet: string;
  col: number;
  top: number;
  bottom: number;
}

export function targetRanges(targets: CellRef[]): TargetRange[] {
  const bySheetCol: { [key: string]: { sheet: string; col: number; rows: number[] } } = {};
  const order: string[] = [];
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i];
    const key = t.sheet + '\u0000' + t.col;
    let entry = bySheetCol[key];
    if (!entry) {
      entry = bySheetCol[key] = { sheet: t.sheet, col: t.col, rows: [] };
      order.push(key);
    }
    entry.rows.push(t.row);
  }
  const out: TargetRange[] = [];
  for (let k = 0; k < order.length; k++) {
    const e = bySheetCol[order[k]];
    const rows = e.rows.slice().sort(function (a, b) {
      return a - b;
    });
    let top = rows[0];
    let bottom = rows[0];
    for (let i = 1; i < rows.length; i++) {
      if (rows[i] - bottom > MAX_GAP_ROWS) {
        out.push({ sheet: e.sheet, col: e.col, top: top, bottom: bottom });
        top = rows[i];
      }
      bottom = rows[i];
    }
    out.push({ sheet: e.sheet, col: e.col, top: top, bottom: bottom });
  }
  return out;
}

/**
 * The ranges in blocks of at most `budget.cells` cells and about `budget.bytes` bytes, a cell counted at
 * `budget.firstCellBytes` (values, formulas and number format together). A range larger than a block is
 * cut into pieces.
 */
export function rangeBlocks(ranges: TargetRange[], budget: ReadBudget): TargetRange[][] {
  const perCell = Math.max(1, budget.firstCellBytes);
  const maxCells = Math.max(1, Math.min(budget.cells, Math.floor(budget.bytes / perCell)));
  const blocks: TargetRange[][] = [];
  let block: TargetRange[] = [];
  let cells = 0;
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i];
    let top = r.top;
    while (top <= r.bottom) {
      if (cells >= maxCells) {
        blocks.push(block);
        block = [];
        cells = 0;
      }
      const rows = Math.min(r.bottom - top + 1, maxCells - cells);
      block.push({ sheet: r.sheet, col: r.col, top: top, bottom: top + rows - 1 });
      cells += rows;
      top += rows;
    }
  }
  if (block.length) blocks.push(block);
  return blocks;
}
