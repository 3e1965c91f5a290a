/**
 * Fixes in a workbook opened with exceljs: the current state of the cells a fix touches (value, formula,
 * date format, merged range, font), and writing new values into them. Only the values change: the
 * cell's style (font, number format, borders, fill, alignment) is left as it is. A rich-text cell keeps
 * its font when all its runs share one; one whose runs are formatted differently is not written (the
 * fix would have to choose a format for the new text).
 */
import * as ExcelJS from 'exceljs';
import { CellValue } from '../../core/grid';
import { CellWrite } from '../../core/fixes/cellEdit';
import { CellSource, CurrentCell } from '../../core/fixes/cellSource';
import { convertCellValue } from './cellValue';
import { isDateFormat } from './dateFormat';
import { textCellFont } from './readWorkbook';

type RichText = { richText: ExcelJS.RichText[] };
type Hyperlink = { text?: string; hyperlink: string; tooltip?: string };

function richTextOf(v: unknown): RichText | null {
  return v && typeof v === 'object' && Array.isArray((v as RichText).richText) ? (v as RichText) : null;
}

function hyperlinkOf(v: unknown): Hyperlink | null {
  return v && typeof v === 'object' && typeof (v as Hyperlink).hyperlink === 'string' ? (v as Hyperlink) : null;
}

/** The runs of a rich-text value all look the same. */
function uniformRuns(rt: RichText): boolean {
  const first = JSON.stringify(rt.richText.length ? rt.richText[0].font || {} : {});
  for (let i = 1; i < rt.richText.length; i++) if (JSON.stringify(rt.richText[i].font || {}) !== first) return false;
  return true;
}

function worksheetNamed(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | null {
  for (let i = 0; i < wb.worksheets.length; i++) if (wb.worksheets[i].name === name) return wb.worksheets[i];
  return null;
}

export function workbookCellSource(wb: ExcelJS.Workbook, date1904: boolean): CellSource {
  return {
    cell: function (sheet: string, row: number, col: number): CurrentCell | null {
      const ws = worksheetNamed(wb, sheet);
      if (!ws) return null;
      const cell = ws.findCell(row, col);
      if (!cell) return { value: null };
      if (cell.type === ExcelJS.ValueType.Merge) return { value: null, master: { row: Number(cell.master.row), col: Number(cell.master.col) } };
      const conv = convertCellValue(cell.value, date1904);
      const out: CurrentCell = {
        value: conv.value,
        formula: cell.type === ExcelJS.ValueType.Formula,
        // The format, whatever the value: a date typed as text in a date cell is fixed as a date.
        dateFormatted: conv.isDate || isDateFormat(cell.numFmt),
      };
      const rt = richTextOf(cell.value);
      if (rt && !uniformRuns(rt)) out.refuse = 'ô có chữ nhiều định dạng khác nhau; hãy sửa tay trong Excel để giữ định dạng.';
      return out;
    },
  };
}

/** The font name a text cell shows, as the reader reports it (the cell's own, else its first rich-text run's). */
export function cellFontName(wb: ExcelJS.Workbook, sheet: string, row: number, col: number): string | null {
  const ws = worksheetNamed(wb, sheet);
  const cell = ws && ws.findCell(row, col);
  return cell ? textCellFont(cell) : null;
}

function newCellValue(old: unknown, value: CellValue): ExcelJS.CellValue {
  if (typeof value === 'string') {
    const rt = richTextOf(old);
    if (rt) {
      const run: ExcelJS.RichText = { text: value };
      if (rt.richText.length && rt.richText[0].font) run.font = rt.richText[0].font;
      return { richText: [run] };
    }
    const link = hyperlinkOf(old);
    if (link) {
      const out: Hyperlink = { text: value, hyperlink: link.hyperlink };
      if (link.tooltip !== undefined) out.tooltip = link.tooltip;
      return out as ExcelJS.CellHyperlinkValue;
    }
  }
  return value;
}

/**
 * Write the values (null empties the cell). Writes to a sheet the workbook does not have are an error:
 * the plan was made against this workbook.
 */
export function writeCellValues(wb: ExcelJS.Workbook, writes: CellWrite[]): void {
  for (let i = 0; i < writes.length; i++) {
    const w = writes[i];
    const ws = worksheetNamed(wb, w.sheet);
    if (!ws) throw new Error('no sheet "' + w.sheet + '"');
    const cell = ws.getCell(w.row, w.col);
    cell.value = newCellValue(cell.value, w.value);
  }
}
