/**
 * The WorkbookHost of the standalone page: a workbook file read in the browser (by the file worker) before
 * the pane starts. Reads come from those grids; the file itself is never written. The report is not written
 * into it either: `saveReport` has the worker build a new workbook from the report's sheet models (the same
 * xlsx writer as `so-ket bao-cao`) and hands it to the browser as a download. No fixes (the hosts' optional
 * cell writes are left out), no dropdowns, no cell to select; choices live for the page's lifetime only.
 */
import { Grid } from '../../core/grid';
import { SheetModel } from '../../core/report/sheetModel';
import { Dropdown } from '../../core/sample/templateSheets';
import {
  CancelledError,
  CancelToken,
  HostCapabilities,
  HostError,
  ProgressSink,
  ReadResult,
  SavedChoices,
  SavedReport,
  SheetInfo,
  WorkbookHost,
  WriteSheetResult,
} from '../workbookHost';
import { FileSheet, fromPlainGrid } from './fileMessages';
import { reportFileName } from './reportFileName';

export interface OpenedFile {
  /** The file's name as the user chose it. */
  name: string;
  sheets: FileSheet[];
  date1904: boolean;
}

/** Builds the report workbook's bytes from its sheet models (the file worker). */
export type ReportWriter = (sheets: SheetModel[], progress?: ProgressSink) => Promise<ArrayBuffer>;

/** Gives the bytes to the user as a file download. */
export type FileSaver = (bytes: ArrayBuffer, fileName: string) => void;

export const FILE_NOT_WRITTEN_MESSAGE = 'Trang này chỉ đọc tệp của bạn, không ghi gì vào tệp.';

/** How often a pending report checks "Hủy". */
const CANCEL_POLL_MS = 100;

export class FileHost implements WorkbookHost {
  readonly capabilities: HostCapabilities = { dataValidation: false, namedRanges: false, pageLayout: false };
  private readonly grids: { [sheet: string]: Grid } = {};
  private choices: SavedChoices = {};
  readonly fileName: string;

  constructor(
    readonly file: OpenedFile,
    private readonly writeReport: ReportWriter,
    private readonly save: FileSaver,
    /** Stops the report being built (the worker is terminated). */
    private readonly stopReport: () => void,
  ) {
    this.fileName = file.name;
  }

  listSheets(): Promise<SheetInfo[]> {
    return Promise.resolve(
      this.file.sheets.map(function (s): SheetInfo {
        let columns = 0;
        for (let i = 0; i < s.grid.rows.length; i++) columns = Math.max(columns, s.grid.rows[i].length);
        const rows = columns ? s.grid.rows.length : 0;
        return { name: s.grid.sheet, rowCount: rows, columnCount: rows ? columns : 0, visible: s.visible };
      }),
    );
  }

  readGrids(sheets: string[], progress?: ProgressSink, cancel?: CancelToken): Promise<ReadResult> {
    const out: Grid[] = [];
    for (let i = 0; i < sheets.length; i++) {
      if (cancel && cancel.cancelled) return Promise.reject(new CancelledError());
      const g = this.grid(sheets[i]);
      if (g) out.push(g);
      if (progress) progress(i + 1, sheets.length);
    }
    return Promise.resolve({ grids: out, date1904: this.file.date1904 });
  }

  writeSheet(): Promise<WriteSheetResult> {
    return Promise.reject(new HostError(FILE_NOT_WRITTEN_MESSAGE));
  }

  addDropdowns(_dropdowns: Dropdown[]): Promise<number> {
    return Promise.resolve(0);
  }

  /** There is no cell to go to: the file is not open in a spreadsheet program. */
  selectCell(): Promise<void> {
    return Promise.resolve();
  }

  loadChoices(): Promise<SavedChoices> {
    return Promise.resolve(this.choices);
  }

  saveChoices(choices: SavedChoices): Promise<void> {
    this.choices = choices;
    return Promise.resolve();
  }

  saveReport(sheets: SheetModel[], progress?: ProgressSink, cancel?: CancelToken): Promise<SavedReport> {
    if (cancel && cancel.cancelled) return Promise.reject(new CancelledError());
    const self = this;
    const fileName = reportFileName(this.file.name);
    let timer: ReturnType<typeof setInterval> | null = null;
    if (cancel) {
      timer = setInterval(function () {
        if (cancel.cancelled) self.stopReport();
      }, CANCEL_POLL_MS);
    }
    const stopTimer = function (): void {
      if (timer !== null) clearInterval(timer);
      timer = null;
    };
    return this.writeReport(sheets, progress).then(
      function (bytes) {
        stopTimer();
        if (cancel && cancel.cancelled) throw new CancelledError();
        self.save(bytes, fileName);
        return { fileName: fileName };
      },
      function (err) {
        stopTimer();
        throw err;
      },
    );
  }

  private grid(name: string): Grid | null {
    if (this.grids[name]) return this.grids[name];
    for (let i = 0; i < this.file.sheets.length; i++) {
      if (this.file.sheets[i].grid.sheet === name) return (this.grids[name] = fromPlainGrid(this.file.sheets[i].grid));
    }
    return null;
  }
}
