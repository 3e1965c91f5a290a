/**
 * Where the undo log lives in a workbook open in Excel. From ExcelApi 1.2: a very hidden sheet
 * "SoKet_HoanTac", one chunk per cell of column A (the user cannot see or unhide it; it is saved with the
 * workbook and deleted when the log becomes empty). Below 1.2, where a sheet cannot be very hidden: the
 * document settings (saved in the file by saveAsync). A sheet made by a newer Excel is kept using even
 * on an older one; a log in the settings is moved to the sheet once the sheet can be made.
 */
import { CellValue } from '../../core/grid';
import { UNDO_LOG_SHEET_NAME } from '../../core/fixes/undoLogFormat';
import { ExcelEnv } from './excelEnv';
import { ErrorPlace, toHostError } from './hostErrors';
import { OfficeLike, RangeLike, RequestContextLike } from './officeApi';
import { findSheet } from './sheetNames';

/** The settings key of the log below ExcelApi 1.2 (an array of chunks). */
export const UNDO_LOG_SETTING = 'soKetHoanTac';

export function isUndoLogSheet(name: string): boolean {
  return name.toLowerCase() === UNDO_LOG_SHEET_NAME.toLowerCase();
}

/** The chunks kept in the settings; [] when there are none. */
export function settingsChunks(office: OfficeLike | null): CellValue[] {
  if (!office) return [];
  let raw: unknown;
  try {
    raw = office.context.document.settings.get(UNDO_LOG_SETTING);
  } catch (e) {
    return [];
  }
  if (typeof raw === 'string') return [raw];
  if (!Array.isArray(raw)) return [];
  return raw.map(function (c) {
    return typeof c === 'string' ? c : null;
  });
}

export function hasSettingsLog(office: OfficeLike | null): boolean {
  return settingsChunks(office).length > 0;
}

/** Column A of the log sheet's used range, from row 1 (a log that does not start at A1 reads as damaged). */
function columnA(used: RangeLike): CellValue[] {
  if (used.columnIndex !== 0) return [];
  const out: CellValue[] = [];
  for (let i = 0; i < used.rowIndex; i++) out.push(null);
  for (let i = 0; i < used.values.length; i++) {
    const v = used.values[i][0];
    out.push(typeof v === 'string' && v !== '' ? v : null);
  }
  return out;
}

export async function readUndoLog(env: ExcelEnv): Promise<CellValue[]> {
  const place: ErrorPlace = { action: 'đọc', sheet: null, range: null };
  try {
    return await env.excel.run(async function (ctx) {
      const sheets = ctx.workbook.worksheets.load('items/name');
      await ctx.sync();
      const sheet = findSheet(sheets.items, UNDO_LOG_SHEET_NAME);
      if (!sheet) return settingsChunks(env.office);
      place.sheet = sheet.name;
      const used = ctx.workbook.worksheets.getItem(sheet.name).getUsedRange().load('values,rowIndex,columnIndex');
      await ctx.sync();
      return columnA(used);
    });
  } catch (e) {
    throw toHostError(e, place);
  }
}

/**
 * Queue the log's new chunks into the sheet (made very hidden when it is new); no chunk at all deletes
 * the sheet (made hidden first: Excel does not delete a very hidden sheet), or below ExcelApi 1.2, where
 * visibility cannot be changed, empties it.
 */
export function queueLogSheet(ctx: RequestContextLike, env: ExcelEnv, existing: string | null, chunks: string[]): void {
  const sheets = ctx.workbook.worksheets;
  if (!chunks.length) {
    if (existing === null) return;
    const old = sheets.getItem(existing);
    if (env.features.v1_2) {
      old.visibility = 'Hidden';
      old.delete();
    } else {
      old.getRange('A:A').clear('Contents');
    }
    return;
  }
  let sheet;
  if (existing === null) {
    sheet = sheets.add(UNDO_LOG_SHEET_NAME);
    sheet.visibility = 'VeryHidden';
  } else {
    sheet = sheets.getItem(existing);
    sheet.getRange('A:A').clear('Contents');
  }
  sheet.getRange(chunks.length === 1 ? 'A1' : 'A1:A' + chunks.length).values = chunks.map(function (c) {
    return [c];
  });
}

/** The log into the settings, in memory (saveSettings stores it in the file); no chunk removes it. */
export function setSettingsLog(office: OfficeLike, chunks: string[]): void {
  const settings = office.context.document.settings;
  if (chunks.length) settings.set(UNDO_LOG_SETTING, chunks);
  else settings.remove(UNDO_LOG_SETTING);
}

/** settings.saveAsync as a promise: whether the settings reached the file. */
export function saveSettings(office: OfficeLike): Promise<boolean> {
  const failed = office.AsyncResultStatus ? office.AsyncResultStatus.Failed : 'failed';
  return new Promise<boolean>(function (resolve) {
    try {
      office.context.document.settings.saveAsync(function (result) {
        resolve(!(result && (result.status === failed || result.status === 'failed')));
      });
    } catch (e) {
      resolve(false);
    }
  });
}
