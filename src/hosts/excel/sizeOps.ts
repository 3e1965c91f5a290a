/** Column widths and row heights of a model (ExcelApi 1.2), runs of equal sizes set at once. */
import { columnLetter } from '../../core/grid';
import { columnPixels } from '../../core/report/rowHeight';
import { SheetModel } from '../../core/report/sheetModel';
import { WorksheetLike } from './officeApi';
import { STATEMENT_BYTES, WriteOp } from './writeBatch';

/** Office.js column widths are in points: a width in characters -> pixels (Calibri 11) -> points. */
export function columnPoints(width: number): number {
  return Math.round(columnPixels(width) * 0.75 * 100) / 100;
}

/** Consecutive indexes with the same value: [[first, last, value]]. */
function sameRuns(first: number, last: number, valueAt: (i: number) => number | undefined): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let i = first; i <= last; i++) {
    const v = valueAt(i);
    if (v === undefined) continue;
    const prev = out[out.length - 1];
    if (prev && prev[1] === i - 1 && prev[2] === v) prev[1] = i;
    else out.push([i, i, v]);
  }
  return out;
}

export function sizeOps(sheet: WorksheetLike, model: SheetModel): WriteOp[] {
  const ops: WriteOp[] = [];
  const widths = sameRuns(1, model.columnWidths.length, function (c) {
    return model.columnWidths[c - 1];
  });
  widths.forEach(function (w) {
    ops.push({
      bytes: STATEMENT_BYTES,
      cells: 0,
      queue: function () {
        sheet.getRange(columnLetter(w[0]) + '1:' + columnLetter(w[1]) + '1').format.columnWidth = columnPoints(w[2]);
      },
    });
  });
  const rowsWithHeight = Object.keys(model.rowHeights)
    .map(Number)
    .sort(function (a, b) {
      return a - b;
    });
  const heights = rowsWithHeight.length
    ? sameRuns(rowsWithHeight[0], rowsWithHeight[rowsWithHeight.length - 1], function (r) {
        return model.rowHeights[r];
      })
    : [];
  heights.forEach(function (h) {
    ops.push({
      bytes: STATEMENT_BYTES,
      cells: 0,
      queue: function () {
        sheet.getRange('A' + h[0] + ':A' + h[1]).format.rowHeight = h[2];
      },
    });
  });
  return ops;
}

