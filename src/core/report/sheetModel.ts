/**
 * A generated sheet as data: cells, merges, styles, formulas, names and print setup. Built in core,
 * written by either host (exceljs for files, Office.js in Excel). Coordinates are 1-based.
 */
import { MergedRange } from '../grid';

export interface FontStyle {
  name?: string;
  /** Points. */
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** "RRGGBB" */
  color?: string;
}

export interface CellStyle {
  font?: FontStyle;
  horizontal?: 'left' | 'center' | 'right' | 'justify';
  vertical?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  indent?: number;
  /** Thin borders on these sides. */
  border?: { top?: boolean; bottom?: boolean; left?: boolean; right?: boolean };
  /** Fill colour "RRGGBB". */
  fill?: string;
  /**
   * Excel number format in the file's neutral notation ("." decimal mark, shown with the reader's own
   * decimal mark), e.g. "0%", "0.0%".
   */
  numFmt?: string;
}

/**
 * computed: refreshed on every generation; userText: the office's own text, kept on regeneration
 * (its `value` is only the initial content, usually empty with a grey hint).
 */
export type CellRole = 'computed' | 'userText';

export interface ModelCell {
  row: number;
  col: number;
  /** Text written as a value is never interpreted as a formula by the writers. */
  value?: string | number | boolean | null;
  /** A formula without the leading "=", e.g. "IFERROR(B5/B$4,0)". */
  formula?: string;
  /** The value the engine computed for the formula, written as the cached result. */
  result?: number | string;
  style?: CellStyle;
  role?: CellRole;
  /** A grey hint shown when a userText cell is empty (written as the value only when the cell is new). */
  hint?: string;
}

export interface NamedRange {
  /** e.g. "NoiDung_ThuanLoi" */
  name: string;
  range: MergedRange;
}

export interface PrintSetup {
  paper: 'A4';
  orientation: 'portrait' | 'landscape';
  /** Millimetres. */
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  fitToWidth: boolean;
  /** Page numbers centred in the header from page 2 on, in the sheet's default font. */
  pageNumbersFromPage2?: boolean;
}

export interface SheetModel {
  name: string;
  /** Column widths in Excel character units, index 0 = column A. */
  columnWidths: number[];
  /** Row heights in points, by row number; rows not listed keep the default. */
  rowHeights: Record<number, number>;
  cells: ModelCell[];
  merges: MergedRange[];
  names: NamedRange[];
  print: PrintSetup;
  /** Default font of the sheet. */
  defaultFont: FontStyle;
  /**
   * Rows that start a new printed page (a manual page break above each). Optional: a host that cannot
   * set page breaks leaves them out.
   */
  pageBreaksBefore?: number[];
}
