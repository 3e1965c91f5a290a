/** A model's values as one 2-D array per row block, each block under half the write budget. */
import { rangeAddress } from './a1';
import { WrittenValue } from './cellInput';
import { jsonSize } from './jsonSize';
import { PlannedCell } from './modelCells';
import { WorksheetLike } from './officeApi';
import { STATEMENT_BYTES, WriteBudget, WriteOp } from './writeBatch';

export function valueOps(sheet: WorksheetLike, budget: WriteBudget, area: { height: number; width: number }, cells: { [pos: string]: PlannedCell }): WriteOp[] {
  const ops: WriteOp[] = [];
  const limitBytes = budget.bytes / 2;
  const limitCells = budget.cells / 2;
  let rows: WrittenValue[][] = [];
  let top = 1;
  let bytes = 0;
  let formulas = false;
  const flush = function (): void {
    if (!rows.length) return;
    const block = rows;
    const useFormulas = formulas;
    const range = { top: top, left: 1, bottom: top + block.length - 1, right: area.width };
    ops.push({
      bytes: bytes + STATEMENT_BYTES,
      cells: block.length * area.width,
      queue: function () {
        const target = sheet.getRange(rangeAddress(range));
        if (useFormulas) target.formulas = block;
        else target.values = block;
      },
    });
    top += block.length;
    rows = [];
    bytes = 0;
    formulas = false;
  };
  for (let r = 1; r <= area.height; r++) {
    const row: WrittenValue[] = [];
    for (let c = 1; c <= area.width; c++) {
      const p = cells[r + ':' + c];
      row.push(p ? p.input : '');
      if (p && p.formula) formulas = true;
    }
    const size = jsonSize(row) + 1;
    if (rows.length && (bytes + size > limitBytes || (rows.length + 1) * area.width > limitCells)) flush();
    rows.push(row);
    bytes += size;
  }
  flush();
  return ops;
}

