/**
 * What the task pane needs from the workbook it runs in, whatever that workbook is: Excel through
 * Office.js (`hosts/excel`), or a file read in the browser (the standalone page). The pane's controller
 * talks only to this; the hosts translate and never decide (a check, a count or a layout lives in core).
 */
import { CellValue, Grid } from '../core/grid';
import { CellRef, CellWrite } from '../core/fixes/cellEdit';
import { ListedCell } from '../core/fixes/cellSource';
import { SheetModel } from '../core/report/sheetModel';
import { Dropdown } from '../core/sample/templateSheets';

/** A sheet as the pane lists it before anything is read. */
export interface SheetInfo {
  name: string;
  /** Rows and columns of the used range (0 for an empty sheet). */
  rowCount: number;
  columnCount: number;
  visible: boolean;
}

/** Long work reports how far it got; `done` and `total` are in the same unit (rows, cells or steps). */
export type ProgressSink = (done: number, total: number) => void;

/** Set by the pane's "Hủy" button; hosts check it between blocks and stop with `CancelledError`. */
export interface CancelToken {
  readonly cancelled: boolean;
}

export class CancelledError extends Error {
  constructor() {
    super('Đã hủy.');
    this.name = 'CancelledError';
    // ES5 target: keep instanceof working for subclasses of Error.
    Object.setPrototypeOf(this, CancelledError.prototype);
  }
}

/** A failure the user can act on, already worded in Vietnamese (sheet, row, column where it applies). */
export class HostError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HostError';
    Object.setPrototypeOf(this, HostError.prototype);
  }
}

export interface ReadResult {
  grids: Grid[];
  /** The workbook counts dates from 1904 (Mac workbooks). */
  date1904: boolean;
}

export interface WriteSheetOptions {
  /** Make the written sheet the active one when done. */
  activate?: boolean;
}

export interface WriteSheetResult {
  /** True when the sheet existed and was refreshed, false when it was added. */
  refreshed: boolean;
  /** How many cells of the office's own text (NoiDung_ names) were kept. */
  keptUserText: number;
}

/** A report workbook handed to the user as a new file (the standalone page). */
export interface SavedReport {
  /** The file's name as the browser saves it ("bao-cao-so-ket-so-dang-vien.xlsx"). */
  fileName: string;
}

/** Choices the user made in the pane, saved in the workbook and reused when it is opened again. */
export interface SavedChoices {
  [key: string]: unknown;
}

/** Features beyond ExcelApi 1.1 that the host has (checked once with isSetSupported). */
export interface HostCapabilities {
  /** Dropdown lists on cells (ExcelApi 1.8). */
  dataValidation: boolean;
  /** Workbook names can be added (ExcelApi 1.4). */
  namedRanges: boolean;
  /** Page layout: paper, margins, orientation, headers (ExcelApi 1.9). */
  pageLayout: boolean;
}

/** The cells a fix or an undo is about, as the workbook holds them just before writing. */
export interface CellsRead {
  /** Every sheet the workbook has now (a target on a sheet not listed is on a sheet that is gone). */
  sheets: string[];
  /** The target cells on those sheets: value as a grid gives it, formula, date format. */
  cells: ListedCell[];
}

/** What writing fixes or an undo did besides the values. */
export interface CellWriteResult {
  /**
   * False when the undo log could be kept for this session but not stored in the file (Office settings
   * whose saveAsync failed): after the workbook is closed, the batch can no longer be undone.
   */
  undoLogSaved: boolean;
}

export interface WorkbookHost {
  readonly capabilities: HostCapabilities;
  /** The name of the file the workbook was read from, for hosts over a file (the standalone page). */
  readonly fileName?: string;
  listSheets(): Promise<SheetInfo[]>;
  /** Reads the named sheets' used ranges as grids (values, merges, which cells hold dates). */
  readGrids(sheets: string[], progress?: ProgressSink, cancel?: CancelToken): Promise<ReadResult>;
  /** Adds the sheet, or refreshes it keeping the office's own text; never touches other sheets. */
  writeSheet(model: SheetModel, opts?: WriteSheetOptions, progress?: ProgressSink, cancel?: CancelToken): Promise<WriteSheetResult>;
  /** Adds dropdown lists where the host supports them; returns how many were added. */
  addDropdowns(dropdowns: Dropdown[]): Promise<number>;
  /** Activates the sheet and selects the cell, e.g. "C12". */
  selectCell(sheet: string, address: string): Promise<void>;
  loadChoices(): Promise<SavedChoices>;
  /**
   * Hosts whose workbook is a file read in the browser (the standalone page) never write into it: the report's
   * sheets, in this order (the summary, then the findings, as `so-ket bao-cao` writes them), become a new
   * workbook that the user downloads. Excel leaves this out: the pane writes the sheets into the workbook.
   */
  saveReport?(sheets: SheetModel[], progress?: ProgressSink, cancel?: CancelToken): Promise<SavedReport>;
  saveChoices(choices: SavedChoices): Promise<void>;

  // Fixes and their undo (hosts without them offer no "Sửa" and no "Hoàn tác").

  /** The current state of the target cells (values, formulas, number formats); no sheet is written. */
  readCells?(targets: CellRef[], cancel?: CancelToken): Promise<CellsRead>;
  /** The undo log as stored in the workbook, chunk by chunk (core undoLogFormat); [] when there is none. */
  readUndoLog?(): Promise<CellValue[]>;
  /**
   * Write the values (never formats; null empties the cell) and store the undo log's chunks together,
   * the log first, so that no edit is ever in the workbook without its undo record. An empty `undoLog`
   * removes the stored log (and the sheet that held it). Not cancellable.
   */
  writeCells?(writes: CellWrite[], undoLog: string[]): Promise<CellWriteResult>;
}
