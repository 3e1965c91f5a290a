/**
 * A WorkbookHost over grids in memory, for the task pane's tests: sheets in, written sheet models
 * recorded (and readable again as grids, dates as dates), selections, dropdowns and saved choices
 * recorded; failures and a "Hủy" pressed in the middle of a call can be injected.
 */
import { Grid, CellValue, lastCol } from '../../src/core/grid';
import { SheetModel } from '../../src/core/report/sheetModel';
import { Dropdown } from '../../src/core/sample/templateSheets';
import { CellRef, CellWrite } from '../../src/core/fixes/cellEdit';
import { ListedCell } from '../../src/core/fixes/cellSource';
import {
  CancelledError,
  CellsRead,
  CellWriteResult,
  CancelToken,
  HostCapabilities,
  ProgressSink,
  ReadResult,
  SavedChoices,
  SheetInfo,
  WorkbookHost,
  WriteSheetOptions,
  WriteSheetResult,
} from '../../src/hosts/workbookHost';

export type HostMethod =
  | 'listSheets'
  | 'readGrids'
  | 'writeSheet'
  | 'addDropdowns'
  | 'selectCell'
  | 'loadChoices'
  | 'saveChoices'
  | 'readCells'
  | 'readUndoLog'
  | 'writeCells';

interface MemorySheet {
  grid: Grid;
  visible: boolean;
}

function copyGrid(g: Grid): Grid {
  return {
    sheet: g.sheet,
    rows: g.rows.map(function (r) {
      return r.slice();
    }),
    originRow: g.originRow,
    originCol: g.originCol,
    merges: (g.merges || []).map(function (m) {
      return { top: m.top, left: m.left, bottom: m.bottom, right: m.right };
    }),
    dateCells: g.dateCells ? new Set(Array.from(g.dateCells)) : undefined,
  };
}

function isDateFormat(numFmt: string | undefined): boolean {
  return !!numFmt && /[dy]|h+:mm/i.test(numFmt) && !/%/.test(numFmt);
}

export class MemoryHost implements WorkbookHost {
  capabilities: HostCapabilities = { dataValidation: true, namedRanges: true, pageLayout: true };
  date1904 = false;
  /** Sheets in tab order. */
  readonly sheets: MemorySheet[] = [];
  /** Every writeSheet call, in order. */
  readonly writes: { model: SheetModel; opts: WriteSheetOptions; cancelGiven: boolean }[] = [];
  readonly dropdowns: Dropdown[] = [];
  readonly selections: { sheet: string; address: string }[] = [];
  readonly reads: string[][] = [];
  active: string | null = null;
  choices: SavedChoices = {};
  saves = 0;
  /** Cells holding a formula, by sheet: "row:col". */
  formulas: { [sheet: string]: Set<string> } = {};
  /** The undo log's chunks as stored in the workbook. */
  undoLog: string[] = [];
  /** Every writeCells call: the writes and the log stored with them. */
  readonly cellWrites: { writes: CellWrite[]; undoLog: string[] }[] = [];
  /** The log cannot be kept in the file (a read-only workbook). */
  undoLogUnsaved = false;
  /** The next call of this method throws this error (once). */
  failNext: { method: HostMethod; error: Error } | null = null;
  /** Runs inside the next call of this method, before it does its work (e.g. the user presses "Hủy"). */
  during: { method: HostMethod; action: () => void } | null = null;

  constructor(grids?: Grid[]) {
    const list = grids || [];
    for (let i = 0; i < list.length; i++) this.sheets.push({ grid: copyGrid(list[i]), visible: true });
  }

  sheet(name: string): MemorySheet | null {
    for (let i = 0; i < this.sheets.length; i++) if (this.sheets[i].grid.sheet === name) return this.sheets[i];
    return null;
  }

  /** The model last written under this name. */
  written(name: string): SheetModel | null {
    for (let i = this.writes.length - 1; i >= 0; i--) if (this.writes[i].model.name === name) return this.writes[i].model;
    return null;
  }

  /** Type a value into a cell, as the user would. */
  setCell(name: string, row: number, col: number, value: CellValue): void {
    const s = this.sheet(name);
    if (!s) throw new Error('no sheet ' + name);
    const g = s.grid;
    while (g.rows.length < row - g.originRow + 1) g.rows.push([]);
    const r = g.rows[row - g.originRow];
    while (r.length < col - g.originCol + 1) r.push(null);
    r[col - g.originCol] = value;
  }

  private enter(method: HostMethod): void {
    if (this.during && this.during.method === method) {
      const d = this.during;
      this.during = null;
      d.action();
    }
    if (this.failNext && this.failNext.method === method) {
      const f = this.failNext;
      this.failNext = null;
      throw f.error;
    }
  }

  async listSheets(): Promise<SheetInfo[]> {
    this.enter('listSheets');
    return this.sheets.map(function (s) {
      const g = s.grid;
      const cols = g.rows.length ? lastCol(g) - g.originCol + 1 : 0;
      return { name: g.sheet, rowCount: g.rows.length, columnCount: cols, visible: s.visible };
    });
  }

  async readGrids(names: string[], progress?: ProgressSink, cancel?: CancelToken): Promise<ReadResult> {
    this.enter('readGrids');
    this.reads.push(names.slice());
    const grids: Grid[] = [];
    for (let i = 0; i < names.length; i++) {
      if (cancel && cancel.cancelled) throw new CancelledError();
      const s = this.sheet(names[i]);
      if (s) grids.push(copyGrid(s.grid));
      if (progress) progress(i + 1, names.length);
    }
    if (cancel && cancel.cancelled) throw new CancelledError();
    return { grids: grids, date1904: this.date1904 };
  }

  async writeSheet(model: SheetModel, opts?: WriteSheetOptions, progress?: ProgressSink, cancel?: CancelToken): Promise<WriteSheetResult> {
    this.enter('writeSheet');
    this.writes.push({ model: model, opts: opts || {}, cancelGiven: !!cancel });
    const old = this.sheet(model.name);
    let rowCount = 0;
    let colCount = 0;
    for (let i = 0; i < model.cells.length; i++) {
      rowCount = Math.max(rowCount, model.cells[i].row);
      colCount = Math.max(colCount, model.cells[i].col);
    }
    const rows: CellValue[][] = [];
    for (let r = 0; r < rowCount; r++) {
      const row: CellValue[] = [];
      for (let c = 0; c < colCount; c++) row.push(null);
      rows.push(row);
    }
    const dates = new Set<string>();
    let kept = 0;
    for (let i = 0; i < model.cells.length; i++) {
      const c = model.cells[i];
      let v: CellValue = c.value === undefined ? null : c.value;
      if (c.formula) v = c.result === undefined ? null : c.result;
      if (c.role === 'userText') {
        const before = old ? cellOf(old.grid, c.row, c.col) : null;
        const typed = typeof before === 'string' ? before.trim() : '';
        // Neither the hint nor the cell's initial content (the usual recipients) is the office's own text.
        const initial = typeof c.value === 'string' ? c.value.trim() : '';
        if (typed && typed !== (c.hint || '').trim() && typed !== initial) {
          v = before;
          kept++;
        } else if (v === null && c.hint) v = c.hint;
      }
      rows[c.row - 1][c.col - 1] = v;
      if (typeof v === 'number' && c.style && isDateFormat(c.style.numFmt)) dates.add(c.row + ':' + c.col);
    }
    const grid: Grid = { sheet: model.name, rows: rows, originRow: 1, originCol: 1, merges: model.merges.slice(), dateCells: dates };
    if (old) old.grid = grid;
    else this.sheets.push({ grid: grid, visible: true });
    if (progress) progress(1, 1);
    if (opts && opts.activate) this.active = model.name;
    return { refreshed: !!old, keptUserText: kept };
  }

  async addDropdowns(dropdowns: Dropdown[]): Promise<number> {
    this.enter('addDropdowns');
    if (!this.capabilities.dataValidation) return 0;
    for (let i = 0; i < dropdowns.length; i++) this.dropdowns.push(dropdowns[i]);
    return dropdowns.length;
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    this.enter('selectCell');
    this.selections.push({ sheet: sheet, address: address });
    this.active = sheet;
  }

  async loadChoices(): Promise<SavedChoices> {
    this.enter('loadChoices');
    return JSON.parse(JSON.stringify(this.choices));
  }

  async saveChoices(choices: SavedChoices): Promise<void> {
    this.enter('saveChoices');
    this.choices = JSON.parse(JSON.stringify(choices));
    this.saves++;
  }

  async readCells(targets: CellRef[], cancel?: CancelToken): Promise<CellsRead> {
    this.enter('readCells');
    if (cancel && cancel.cancelled) throw new CancelledError();
    const cells: ListedCell[] = [];
    for (let i = 0; i < targets.length; i++) {
      const t = targets[i];
      const s = this.sheet(t.sheet);
      if (!s) continue;
      const f = this.formulas[t.sheet];
      cells.push({
        sheet: t.sheet,
        row: t.row,
        col: t.col,
        value: cellOf(s.grid, t.row, t.col),
        formula: !!f && f.has(t.row + ':' + t.col),
        dateFormatted: !!s.grid.dateCells && s.grid.dateCells.has(t.row + ':' + t.col),
      });
    }
    return { sheets: this.sheets.map((s) => s.grid.sheet), cells: cells };
  }

  async readUndoLog(): Promise<CellValue[]> {
    this.enter('readUndoLog');
    return this.undoLog.slice();
  }

  async writeCells(writes: CellWrite[], undoLog: string[]): Promise<CellWriteResult> {
    this.enter('writeCells');
    this.cellWrites.push({ writes: writes.slice(), undoLog: undoLog.slice() });
    this.undoLog = undoLog.slice();
    for (let i = 0; i < writes.length; i++) this.setCell(writes[i].sheet, writes[i].row, writes[i].col, writes[i].value);
    return { undoLogSaved: !this.undoLogUnsaved };
  }
}

function cellOf(g: Grid, row: number, col: number): CellValue {
  const r = g.rows[row - g.originRow];
  if (!r) return null;
  const v = r[col - g.originCol];
  return v === undefined ? null : v;
}
