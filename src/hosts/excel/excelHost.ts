/**
 * WorkbookHost over Office.js. The Excel and Office globals are taken by injection (tests pass the
 * fake), else from the page. Capabilities come from isSetSupported once, at creation.
 */
import { CellRef, CellWrite } from '../../core/fixes/cellEdit';
import { SheetModel } from '../../core/report/sheetModel';
import { Dropdown } from '../../core/sample/templateSheets';
import { CancelToken, HostError, ProgressSink, SavedChoices, WorkbookHost, WriteSheetOptions } from '../workbookHost';
import { excelFeatures } from './apiSupport';
import { addDropdowns } from './dropdowns';
import { ExcelEnv } from './excelEnv';
import { listSheets } from './listSheets';
import { ExcelLike, OfficeLike } from './officeApi';
import { READ_BUDGET, ReadBudget } from './readBlocks';
import { readCells } from './readCells';
import { readGrids } from './readGrids';
import { selectCell } from './selectCell';
import { loadChoices, saveChoices } from './settings';
import { readUndoLog } from './undoLogStore';
import { writeCells } from './writeCells';
import { WRITE_BUDGET, WriteBudget } from './writeBatch';
import { writeSheetModel } from './writeModel';
import { yieldToUi } from './yieldToUi';

declare const Excel: ExcelLike | undefined;
declare const Office: OfficeLike | undefined;

export interface ExcelHostDeps {
  excel?: ExcelLike;
  office?: OfficeLike;
  /** The pause between blocks (default: a setTimeout 0 turn of the event loop). */
  yieldToUi?: () => Promise<void>;
  readBudget?: ReadBudget;
  writeBudget?: WriteBudget;
}

export function createExcelHost(deps?: ExcelHostDeps): WorkbookHost {
  const d = deps || {};
  const excel = d.excel || (typeof Excel !== 'undefined' ? Excel : undefined);
  const office = d.office || (typeof Office !== 'undefined' ? Office : undefined);
  if (!excel) throw new HostError('Phần bổ trợ cần chạy trong Excel: không tìm thấy thư viện Office.js.');
  const features = excelFeatures(office || null);
  const env: ExcelEnv = {
    excel: excel,
    office: office || null,
    features: features,
    readBudget: d.readBudget || READ_BUDGET,
    writeBudget: d.writeBudget || WRITE_BUDGET,
    yieldToUi: d.yieldToUi || yieldToUi,
  };
  return {
    capabilities: { dataValidation: features.dataValidation, namedRanges: features.names, pageLayout: features.pageLayout },
    listSheets: function () {
      return listSheets(env);
    },
    readGrids: function (sheets: string[], progress?: ProgressSink, cancel?: CancelToken) {
      return readGrids(env, sheets, progress, cancel);
    },
    writeSheet: function (model: SheetModel, opts?: WriteSheetOptions, progress?: ProgressSink, cancel?: CancelToken) {
      return writeSheetModel(env, model, opts, progress, cancel);
    },
    addDropdowns: function (dropdowns: Dropdown[]) {
      return addDropdowns(env, dropdowns);
    },
    selectCell: function (sheet: string, address: string) {
      return selectCell(env, sheet, address);
    },
    loadChoices: function (): Promise<SavedChoices> {
      return Promise.resolve(loadChoices(env.office));
    },
    saveChoices: function (choices: SavedChoices) {
      return saveChoices(env.office, choices);
    },
    readCells: function (targets: CellRef[], cancel?: CancelToken) {
      return readCells(env, targets, cancel);
    },
    readUndoLog: function () {
      return readUndoLog(env);
    },
    writeCells: function (writes: CellWrite[], undoLog: string[]) {
      return writeCells(env, writes, undoLog);
    },
  };
}
