/**
 * An exceljs worksheet -> Grid, for the command line (Node) and the standalone page (exceljs in a Web Worker):
 * no file system, no Node Buffer. Each worksheet becomes a Grid anchored at A1: values as plain values (dates as
 * serials of the workbook's date system), date-formatted cells, merged ranges (only the top-left cell of a merge
 * keeps the value), hidden rows, the autofilter range, and the font names of text cells (the core tells legacy
 * .VnTime / VNI-Times text by them).
 */
import * as ExcelJS from 'exceljs';
import { CellValue, Grid, MergedRange } from '../../core/grid';
import { autoFilterRange, AutoFilterSpec } from './autoFilterRange';
import { convertCellValue } from './cellValue';
import { isDateFormat } from './dateFormat';

export interface WorkbookGrids {
  grids: Grid[];
  date1904: boolean;
}

interface RangeLike {
  model?: { top: number; left: number; bottom: number; right: number };
}

/** The merged ranges of a worksheet (exceljs keeps them in `_merges`, keyed by the master cell). */
export function worksheetMerges(ws: ExcelJS.Worksheet): MergedRange[] {
  const raw = (ws as unknown as { _merges?: Record<string, RangeLike> })._merges || {};
  const out: MergedRange[] = [];
  const keys = Object.keys(raw);
  for (let i = 0; i < keys.length; i++) {
    const m = raw[keys[i]] && raw[keys[i]].model;
    if (m) out.push({ top: m.top, left: m.left, bottom: m.bottom, right: m.right });
  }
  return out.sort(function (a, b) {
    return a.top - b.top || a.left - b.left;
  });
}

/** The font of a text cell: the cell's own, else the first rich-text run that names one. */
export function textCellFont(cell: ExcelJS.Cell): string | null {
  const own = cell.font && cell.font.name;
  if (own) return own;
  const v = cell.value as { richText?: { font?: { name?: string } }[] } | null;
  if (v && typeof v === 'object' && Array.isArray(v.richText)) {
    for (let i = 0; i < v.richText.length; i++) {
      const f = v.richText[i].font;
      if (f && f.name) return f.name;
    }
  }
  return null;
}

/** The range of a worksheet's autofilter (null without a filter or for a range it cannot read). */
export function worksheetAutoFilter(ws: ExcelJS.Worksheet): MergedRange | null {
  return autoFilterRange(ws.autoFilter as AutoFilterSpec | null | undefined);
}

export function worksheetToGrid(ws: ExcelJS.Worksheet, date1904: boolean): Grid {
  const rows: CellValue[][] = [];
  const dateCells = new Set<string>();
  const hiddenRows = new Set<number>();
  const fonts = new Map<string, string>();
  ws.eachRow({ includeEmpty: false }, function (row, rowNumber) {
    if (row.hidden) hiddenRows.add(rowNumber);
    const out: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, function (cell, colNumber) {
      // A non-master cell of a merge: exceljs would echo the master's value.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const conv = convertCellValue(cell.value, date1904);
      if (conv.value === null) return;
      while (out.length < colNumber - 1) out.push(null);
      out[colNumber - 1] = conv.value;
      if (conv.isDate || (typeof conv.value === 'number' && isDateFormat(cell.numFmt))) dateCells.add(rowNumber + ':' + colNumber);
      if (typeof conv.value === 'string') {
        const font = textCellFont(cell);
        if (font) fonts.set(rowNumber + ':' + colNumber, font);
      }
    });
    rows[rowNumber - 1] = out;
  });
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  const grid: Grid = {
    sheet: ws.name,
    rows: rows,
    originRow: 1,
    originCol: 1,
    merges: worksheetMerges(ws),
    dateCells: dateCells,
    hiddenRows: hiddenRows,
    fonts: fonts,
  };
  const filter = worksheetAutoFilter(ws);
  if (filter) grid.autoFilter = filter;
  return grid;
}

export function workbookToGrids(wb: ExcelJS.Workbook): WorkbookGrids {
  const date1904 = !!(wb.properties && wb.properties.date1904);
  return {
    grids: wb.worksheets.map(function (ws) {
      return worksheetToGrid(ws, date1904);
    }),
    date1904: date1904,
  };
}
