/**
 * What each cell of a sheet model becomes in Excel: the value to write (the office's kept text in its
 * userText cells, the grey hint where it typed nothing, formulas with their "=") and how it looks; and
 * the area the model covers.
 */
import { MergedRange } from '../../core/grid';
import { ModelCell, SheetModel } from '../../core/report/sheetModel';
import { cellInput, formulaInput, WrittenValue } from './cellInput';
import { CellLook, lookOf } from './formatRanges';

/** The model's area: every row and column a cell, merge, name or width reaches. */
export function modelArea(model: SheetModel): { height: number; width: number } {
  let height = 0;
  let width = model.columnWidths.length;
  const reach = function (r: MergedRange): void {
    if (r.bottom > height) height = r.bottom;
    if (r.right > width) width = r.right;
  };
  for (let i = 0; i < model.cells.length; i++) reach({ top: model.cells[i].row, left: model.cells[i].col, bottom: model.cells[i].row, right: model.cells[i].col });
  for (let i = 0; i < model.merges.length; i++) reach(model.merges[i]);
  for (let i = 0; i < model.names.length; i++) reach(model.names[i].range);
  return { height: height, width: width };
}

export interface PlannedCell {
  input: WrittenValue;
  formula: boolean;
  look: CellLook;
}

/** What each model cell becomes: the value to write (the office's text kept) and how it looks. */
export function planCells(model: SheetModel, kept: { [pos: string]: string }): { cells: { [pos: string]: PlannedCell }; keptCount: number } {
  const cells: { [pos: string]: PlannedCell } = {};
  let keptCount = 0;
  for (let i = 0; i < model.cells.length; i++) {
    const c: ModelCell = model.cells[i];
    const pos = c.row + ':' + c.col;
    let input: WrittenValue = '';
    let formula = false;
    let hint = false;
    if (c.role === 'userText') {
      const typed = kept[pos];
      if (typed !== undefined) {
        input = cellInput(typed);
        keptCount++;
      } else if (c.value !== undefined && c.value !== null && c.value !== '') {
        input = cellInput(c.value);
      } else if (c.hint) {
        input = cellInput(c.hint);
        hint = true;
      }
    } else if (c.formula) {
      input = formulaInput(c.formula);
      formula = true;
    } else {
      input = cellInput(c.value);
    }
    cells[pos] = { input: input, formula: formula, look: lookOf(c.style, model.defaultFont, hint) };
  }
  return { cells: cells, keptCount: keptCount };
}

