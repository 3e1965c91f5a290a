/**
 * SheetModel -> exceljs worksheet: values, formulas with their cached results, styles, merges, widths,
 * heights, defined names and print setup. An existing sheet of the same name is replaced in place (same
 * tab position); the text the office typed into its `userText` cells is read first and kept.
 */
import * as ExcelJS from 'exceljs';
import { columnLetter, MergedRange } from '../../core/grid';
import { CellStyle, FontStyle, ModelCell, NamedRange, SheetModel } from '../../core/report/sheetModel';
import { keptText, rowHeightsWithKeptText, userTextSources } from '../../core/report/keptUserText';
import { pageNumberCode } from '../../core/report/pageNumberCode';
import { convertCellValue } from './cellValue';

const HINT_COLOR = '808080';
const MM_PER_INCH = 25.4;

export interface WriteOptions {
  /** Keep the text typed into userText cells of an existing sheet (default true). */
  keepUserText?: boolean;
}

export interface WriteResult {
  worksheet: ExcelJS.Worksheet;
  /** userText cells whose typed text was kept. */
  keptUserText: number;
}

/** "'Báo cáo sơ kết'!$A$1:$C$4" */
export function sheetRangeRef(sheet: string, r: MergedRange): string {
  const a = '$' + columnLetter(r.left) + '$' + r.top;
  const b = '$' + columnLetter(r.right) + '$' + r.bottom;
  return "'" + sheet.replace(/'/g, "''") + "'!" + (a === b ? a : a + ':' + b);
}

/** Parse "'Sheet'!$B$3:$D$5" (or without quotes / dollars) into a sheet and a range. */
export function parseSheetRange(ref: string): { sheet: string; range: MergedRange } | null {
  const bang = ref.lastIndexOf('!');
  if (bang < 0) return null;
  let sheet = ref.slice(0, bang);
  if (sheet.charAt(0) === "'" && sheet.charAt(sheet.length - 1) === "'") sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const m = ref.slice(bang + 1).match(/^\$?([A-Za-z]+)\$?(\d+)(?::\$?([A-Za-z]+)\$?(\d+))?$/);
  if (!m) return null;
  const left = letterNumber(m[1]);
  const top = +m[2];
  const right = m[3] ? letterNumber(m[3]) : left;
  const bottom = m[4] ? +m[4] : top;
  return { sheet: sheet, range: { top: top, left: left, bottom: bottom, right: right } };
}

function letterNumber(letters: string): number {
  let n = 0;
  const up = letters.toUpperCase();
  for (let i = 0; i < up.length; i++) n = n * 26 + (up.charCodeAt(i) - 64);
  return n;
}

function argb(rgb: string): string {
  return 'FF' + rgb.replace(/^#/, '').toUpperCase();
}

function fontOf(base: FontStyle, own?: FontStyle, hint?: boolean): Partial<ExcelJS.Font> {
  const f: FontStyle = Object.assign({}, base, own || {});
  const out: Partial<ExcelJS.Font> = {};
  if (f.name) out.name = f.name;
  if (f.size) out.size = f.size;
  if (f.bold) out.bold = true;
  if (f.italic || hint) out.italic = true;
  if (f.underline) out.underline = true;
  const color = hint ? HINT_COLOR : f.color;
  if (color) out.color = { argb: argb(color) };
  return out;
}

/** Fresh style objects for every cell: exceljs shares style objects by reference otherwise. */
function applyStyle(cell: ExcelJS.Cell, style: CellStyle | undefined, defaultFont: FontStyle, hint: boolean): void {
  const s = style || {};
  cell.font = fontOf(defaultFont, s.font, hint);
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (s.horizontal) alignment.horizontal = s.horizontal;
  if (s.vertical) alignment.vertical = s.vertical;
  if (s.wrap) alignment.wrapText = true;
  if (s.indent) alignment.indent = s.indent;
  if (Object.keys(alignment).length) cell.alignment = alignment;
  if (s.border) {
    const thin: Partial<ExcelJS.Border> = { style: 'thin' };
    const border: Partial<ExcelJS.Borders> = {};
    if (s.border.top) border.top = Object.assign({}, thin);
    if (s.border.bottom) border.bottom = Object.assign({}, thin);
    if (s.border.left) border.left = Object.assign({}, thin);
    if (s.border.right) border.right = Object.assign({}, thin);
    cell.border = border;
  }
  if (s.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
  if (s.numFmt) cell.numFmt = s.numFmt;
}

/** The text in a cell as the user sees it (rich text joined); '' when empty. */
function typedText(ws: ExcelJS.Worksheet, row: number, col: number): string {
  const cell = ws.getCell(row, col);
  const master = cell.isMerged ? cell.master : cell;
  const v = convertCellValue(master.value, false).value;
  if (v === null) return '';
  return typeof v === 'string' ? v : String(v);
}

/** Names (NoiDung_…) of the workbook that point into `sheet`, with their ranges. */
function namesInSheet(wb: ExcelJS.Workbook, sheet: string): Record<string, MergedRange> {
  const out: Record<string, MergedRange> = {};
  const model = wb.definedNames.model;
  for (let i = 0; i < model.length; i++) {
    for (let j = 0; j < model[i].ranges.length; j++) {
      const p = parseSheetRange(model[i].ranges[j]);
      if (p && p.sheet === sheet) out[model[i].name] = p.range;
    }
  }
  return out;
}

/**
 * Drop the workbook names that point into `sheet`, and every name the model is about to define
 * wherever it points (a name left behind by a deleted or renamed sheet would otherwise be defined
 * twice, which Excel refuses).
 */
function removeNames(wb: ExcelJS.Workbook, sheet: string, names: NamedRange[]): void {
  const mine: Record<string, true> = {};
  for (let i = 0; i < names.length; i++) mine[names[i].name.toLowerCase()] = true;
  const model = wb.definedNames.model;
  const kept = model
    .filter(function (dn) {
      return !mine[dn.name.toLowerCase()];
    })
    .map(function (dn) {
      return {
        name: dn.name,
        ranges: dn.ranges.filter(function (r) {
          const p = parseSheetRange(r);
          return !p || p.sheet !== sheet;
        }),
      };
    })
    .filter(function (dn) {
      return dn.ranges.length > 0;
    });
  wb.definedNames.model = kept;
}

/** The page-number header: "&C" centre, then the number in the sheet's font and size. */
export function pageNumberHeader(font: FontStyle): string {
  return '&C' + pageNumberCode(font);
}

/**
 * Read the office's text of every userText cell from the existing sheet: at the place its NoiDung_ name
 * points to in the old sheet when the model names the cell, else at the same address. Text equal to
 * the hint, or to the cell's initial content, is not the office's text.
 */
function readUserText(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, model: SheetModel): { [pos: string]: string } {
  const kept: { [pos: string]: string } = {};
  const sources = userTextSources(model, namesInSheet(wb, ws.name));
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i];
    const text = keptText(s.cell, typedText(ws, s.row, s.col));
    if (text !== null) kept[s.cell.row + ':' + s.cell.col] = text;
  }
  return kept;
}

function cellValueOf(c: ModelCell): ExcelJS.CellValue {
  if (c.formula) {
    const f = c.formula.replace(/^=/, '');
    return c.result === undefined ? { formula: f, date1904: false } : ({ formula: f, result: c.result } as ExcelJS.CellFormulaValue);
  }
  if (c.value === undefined || c.value === null) return null;
  // Strings are written as strings: exceljs never turns a string value into a formula.
  return c.value;
}

/** exceljs orders the tabs by this untyped property. */
interface Ordered {
  orderNo: number;
}

export function writeSheetModel(wb: ExcelJS.Workbook, model: SheetModel, opts?: WriteOptions): WriteResult {
  const keepUserText = !opts || opts.keepUserText !== false;
  const existing = wb.getWorksheet(model.name);
  let kept: { [pos: string]: string } = {};
  let orderNo: number | null = null;
  if (existing) {
    if (keepUserText) kept = readUserText(wb, existing, model);
    orderNo = (existing as unknown as Ordered).orderNo;
    wb.removeWorksheet(existing.id);
  }
  removeNames(wb, model.name, model.names);
  const margins = model.print.margins;
  const ws = wb.addWorksheet(model.name, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: model.print.orientation,
      margins: {
        top: margins.top / MM_PER_INCH,
        bottom: margins.bottom / MM_PER_INCH,
        left: margins.left / MM_PER_INCH,
        right: margins.right / MM_PER_INCH,
        header: margins.header / MM_PER_INCH,
        footer: margins.footer / MM_PER_INCH,
      },
      fitToPage: model.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  if (orderNo !== null) (ws as unknown as Ordered).orderNo = orderNo;
  if (model.print.pageNumbersFromPage2) {
    ws.headerFooter = { differentFirst: true, firstHeader: '', oddHeader: pageNumberHeader(model.defaultFont) };
  }

  for (let i = 0; i < model.columnWidths.length; i++) {
    const column = ws.getColumn(i + 1);
    column.width = model.columnWidths[i];
    column.font = fontOf(model.defaultFont);
  }
  // The model's heights, grown where the office's kept text needs more room than its hint.
  const rowHeights = rowHeightsWithKeptText(model, kept);
  const heights = Object.keys(rowHeights);
  for (let i = 0; i < heights.length; i++) ws.getRow(+heights[i]).height = rowHeights[+heights[i]];

  let keptCount = 0;
  for (let i = 0; i < model.cells.length; i++) {
    const c = model.cells[i];
    const cell = ws.getCell(c.row, c.col);
    let hint = false;
    if (c.role === 'userText') {
      const typed = kept[c.row + ':' + c.col];
      if (typed !== undefined) {
        cell.value = typed;
        keptCount++;
      } else if (c.value !== undefined && c.value !== null && c.value !== '') {
        cell.value = c.value;
      } else if (c.hint) {
        cell.value = c.hint;
        hint = true;
      }
    } else {
      cell.value = cellValueOf(c);
    }
    applyStyle(cell, c.style, model.defaultFont, hint);
  }

  for (let i = 0; i < model.merges.length; i++) {
    const m = model.merges[i];
    if (m.top === m.bottom && m.left === m.right) continue;
    ws.mergeCells(m.top, m.left, m.bottom, m.right);
  }
  for (let i = 0; i < model.names.length; i++) {
    wb.definedNames.add(sheetRangeRef(model.name, model.names[i].range), model.names[i].name);
  }
  const breaks = model.pageBreaksBefore || [];
  for (let i = 0; i < breaks.length; i++) if (breaks[i] > 1) ws.getRow(breaks[i] - 1).addPageBreak();
  return { worksheet: ws, keptUserText: keptCount };
}
