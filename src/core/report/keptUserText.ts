/**
 * The office's own text in a generated sheet being refreshed (userText cells, named NoiDung_…), for both
 * hosts: where to read it (where the cell's name now points in the existing sheet, as the office may
 * have inserted rows; else the model's position, e.g. without workbook names below ExcelApi 1.4), what
 * counts as the office's text (not the hint, not the cell's untouched initial content), and how tall
 * its rows must grow to show it.
 */
import { MergedRange } from '../grid';
import { ModelCell, SheetModel } from './sheetModel';
import { userTextRowHeights } from './userTextHeight';

export interface UserTextSource {
  cell: ModelCell;
  /** Where to read it in the existing sheet (1-based). */
  row: number;
  col: number;
}

export function userTextSources(model: SheetModel, oldNames: { [name: string]: MergedRange } | null): UserTextSource[] {
  const nameAt: { [pos: string]: string } = {};
  for (let i = 0; i < model.names.length; i++) nameAt[model.names[i].range.top + ':' + model.names[i].range.left] = model.names[i].name;
  const out: UserTextSource[] = [];
  for (let i = 0; i < model.cells.length; i++) {
    const c = model.cells[i];
    if (c.role !== 'userText') continue;
    let row = c.row;
    let col = c.col;
    const name = nameAt[c.row + ':' + c.col];
    if (name && oldNames && oldNames[name]) {
      row = oldNames[name].top;
      col = oldNames[name].left;
    }
    out.push({ cell: c, row: row, col: col });
  }
  return out;
}

/** A cell's value as text: '' when empty. */
export function typedText(v: unknown): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'string' ? v : String(v);
}

/** The text to keep for a userText cell, or null when the cell holds nothing of the office's. */
export function keptText(cell: ModelCell, value: unknown): string | null {
  const text = typedText(value);
  if (text.trim() === '') return null;
  if (cell.hint && text.trim() === cell.hint.trim()) return null;
  // The cell's initial content (e.g. the usual recipients) left as it was is refreshed like the rest.
  if (typeof cell.value === 'string' && text === cell.value) return null;
  return text;
}

/** The model's row heights, grown where kept text needs more room than the hint it was sized for. */
export function rowHeightsWithKeptText(model: SheetModel, kept: { [pos: string]: string }): Record<number, number> {
  const out: Record<number, number> = {};
  Object.keys(model.rowHeights).forEach(function (r) {
    out[+r] = model.rowHeights[+r];
  });
  for (let i = 0; i < model.cells.length; i++) {
    const c = model.cells[i];
    const text = c.role === 'userText' ? kept[c.row + ':' + c.col] : undefined;
    if (text === undefined) continue;
    const grow = userTextRowHeights(model, c, text);
    Object.keys(grow).forEach(function (r) {
      out[+r] = grow[+r];
    });
  }
  return out;
}
