/**
 * A register sheet (sample or template) as a SheetModel, so that either host can write it: the grid's
 * values with the look of a real office list (bold centred titles and headers, thin borders, dates as
 * dd/mm/yyyy and times as hh:mm).
 */
import { Grid, isDateCell } from '../grid';
import { CellStyle, ModelCell, SheetModel } from '../report/sheetModel';
import { RegisterLayout } from './registerLayout';

export const DATE_FORMAT = 'dd/mm/yyyy';
export const TIME_FORMAT = 'hh:mm';
const FONT = 'Times New Roman';

function contains(list: number[], n: number): boolean {
  return list.indexOf(n) >= 0;
}

/**
 * Extra empty, formatted data rows (for a template to fill in): date and time columns get their number
 * format so that typed dates are stored as dates.
 */
export interface BlankRows {
  count: number;
}

export function registerSheetModel(grid: Grid, layout: RegisterLayout, blank?: BlankRows): SheetModel {
  const cells: ModelCell[] = [];
  const width = layout.columns.length;
  const unitSheet = layout.headerRows.length === 0;
  for (let i = 0; i < grid.rows.length; i++) {
    const row = grid.originRow + i;
    const values = grid.rows[i];
    const isTitle = contains(layout.titleRows, row);
    const isHeader = contains(layout.headerRows, row) || row === layout.numberRow;
    const isData = row >= layout.firstDataRow;
    for (let j = 0; j < width; j++) {
      const col = grid.originCol + j;
      const v = j < values.length ? values[j] : null;
      const style: CellStyle = {};
      if (isTitle) {
        if (v === null) continue;
        style.font = { bold: true, size: row === 1 || unitSheet ? 13 : 12 };
        style.horizontal = 'center';
        style.vertical = 'middle';
      } else if (isHeader) {
        style.font = row === layout.numberRow ? { italic: true, size: 10 } : { bold: true, size: 11 };
        style.horizontal = 'center';
        style.vertical = 'middle';
        style.wrap = true;
        style.border = { top: true, bottom: true, left: true, right: true };
        if (row !== layout.numberRow) style.fill = 'E7EEF7';
      } else if (isData) {
        const format = unitSheet ? (isDateCell(grid, row, col) ? 'date' : 'text') : layout.columns[j].format;
        style.border = unitSheet ? undefined : { top: true, bottom: true, left: true, right: true };
        style.vertical = 'middle';
        if (unitSheet && j === 0) style.font = { bold: true };
        if (isDateCell(grid, row, col) && typeof v === 'number') {
          style.numFmt = v < 1 ? TIME_FORMAT : DATE_FORMAT;
          style.horizontal = 'center';
        } else if (format === 'number' || format === 'date' || format === 'time') {
          style.horizontal = 'center';
        }
        if (unitSheet) {
          style.horizontal = 'left';
          style.wrap = true;
        }
      } else if (v === null) {
        continue;
      }
      if (!style.border) delete style.border;
      cells.push({ row: row, col: col, value: v, style: style, role: 'computed' });
    }
  }
  if (blank && !unitSheet) {
    const first = layout.firstDataRow + Math.max(0, grid.originRow + grid.rows.length - layout.firstDataRow);
    for (let r = first; r < first + blank.count; r++) {
      for (let j = 0; j < width; j++) {
        const format = layout.columns[j].format;
        if (format !== 'date' && format !== 'time') continue;
        cells.push({ row: r, col: j + 1, value: null, style: { numFmt: format === 'date' ? DATE_FORMAT : TIME_FORMAT, horizontal: 'center' } });
      }
    }
  }
  const rowHeights: Record<number, number> = {};
  for (let k = 0; k < layout.headerRows.length; k++) rowHeights[layout.headerRows[k]] = 30;
  return {
    name: grid.sheet,
    columnWidths: layout.columns.map(function (c) {
      return c.width;
    }),
    rowHeights: rowHeights,
    cells: cells,
    merges: (grid.merges || []).slice(),
    names: [],
    print: {
      paper: 'A4',
      orientation: unitSheet ? 'portrait' : 'landscape',
      margins: { top: 15, bottom: 15, left: 15, right: 10, header: 8, footer: 8 },
      fitToWidth: true,
    },
    defaultFont: { name: FONT, size: 12 },
  };
}
