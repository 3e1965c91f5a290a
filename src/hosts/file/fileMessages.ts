/**
 * The messages between the standalone page and its Web Worker (src/taskpane/fileWorker.ts), which reads the
 * user's .xlsx file and writes the report workbook with exceljs, so that exceljs stays out of the pane's bundle
 * and a big file never freezes the page. One request at a time; the page cancels by terminating the worker.
 *
 * Everything sent is plain data (arrays and objects, no Map or Set), so it crosses postMessage in every
 * browser's structured clone, and the file's bytes are transferred, not copied.
 */
import { CellValue, Grid, MergedRange } from '../../core/grid';
import { SheetModel } from '../../core/report/sheetModel';

/** A Grid as plain data: the sets and maps of date cells, hidden rows and fonts as arrays. */
export interface PlainGrid {
  sheet: string;
  rows: CellValue[][];
  originRow: number;
  originCol: number;
  merges?: MergedRange[];
  dateCells?: string[];
  hiddenRows?: number[];
  autoFilter?: MergedRange;
  fonts?: [string, string][];
}

/** One worksheet of the file: its grid, and whether Excel shows its tab. */
export interface FileSheet {
  grid: PlainGrid;
  visible: boolean;
}

export type WorkerRequest =
  /** Read the file: `name` is the file's name, shown in messages. */
  | { type: 'read'; name: string; bytes: ArrayBuffer }
  /** Write these sheet models, in this order, into a new workbook. */
  | { type: 'report'; sheets: SheetModel[] };

export type WorkerReply =
  /** How far the work went, `done` of `total` (the same unit). */
  | { type: 'progress'; done: number; total: number }
  | { type: 'read'; sheets: FileSheet[]; date1904: boolean }
  | { type: 'report'; bytes: ArrayBuffer }
  /** The work failed: `message` is for the user, in Vietnamese, naming the file. */
  | { type: 'error'; message: string };

export function toPlainGrid(g: Grid): PlainGrid {
  const p: PlainGrid = { sheet: g.sheet, rows: g.rows, originRow: g.originRow, originCol: g.originCol };
  if (g.merges) p.merges = g.merges;
  if (g.dateCells) {
    const dates: string[] = (p.dateCells = []);
    g.dateCells.forEach(function (k) {
      dates.push(k);
    });
  }
  if (g.hiddenRows) {
    const hidden: number[] = (p.hiddenRows = []);
    g.hiddenRows.forEach(function (r) {
      hidden.push(r);
    });
  }
  if (g.autoFilter) p.autoFilter = g.autoFilter;
  if (g.fonts) {
    const fonts: [string, string][] = (p.fonts = []);
    g.fonts.forEach(function (font, key) {
      fonts.push([key, font]);
    });
  }
  return p;
}

export function fromPlainGrid(p: PlainGrid): Grid {
  const g: Grid = { sheet: p.sheet, rows: p.rows, originRow: p.originRow, originCol: p.originCol };
  if (p.merges) g.merges = p.merges;
  // Sets and maps filled one by one: the Internet Explorer 11 constructors ignore an initial list.
  if (p.dateCells) {
    const dates = new Set<string>();
    for (let i = 0; i < p.dateCells.length; i++) dates.add(p.dateCells[i]);
    g.dateCells = dates;
  }
  if (p.hiddenRows) {
    const hidden = new Set<number>();
    for (let i = 0; i < p.hiddenRows.length; i++) hidden.add(p.hiddenRows[i]);
    g.hiddenRows = hidden;
  }
  if (p.autoFilter) g.autoFilter = p.autoFilter;
  if (p.fonts) {
    const fonts = new Map<string, string>();
    for (let i = 0; i < p.fonts.length; i++) fonts.set(p.fonts[i][0], p.fonts[i][1]);
    g.fonts = fonts;
  }
  return g;
}
