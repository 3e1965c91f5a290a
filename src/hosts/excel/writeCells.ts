/**
 * Fixes and undos written into the open workbook: values only, never a format, and the undo log stored
 * with them. One sync lists the sheets and reads the number formats of the cells to write (a string goes
 * into a Text-formatted cell as typed, elsewhere with a leading apostrophe when Excel would otherwise turn
 * it into a number, a date or a formula); then the log and the values go in one sync, the log first, so
 * no edit reaches the workbook without its undo record (more syncs only when the writes exceed the write
 * budget, the log always in the first). Below ExcelApi 1.2 the log goes to the document settings, set
 * before the values are sent and saved to the file after.
 */
import { CellValue } from '../../core/grid';
import { CellWrite, cellKey } from '../../core/fixes/cellEdit';
import { mustMarkAsText } from '../../core/fixes/textSafety';
import { CellWriteResult } from '../workbookHost';
import { rangeAddress } from './a1';
import { needsQuote } from './cellInput';
import { ExcelEnv } from './excelEnv';
import { ErrorPlace, toHostError } from './hostErrors';
import { jsonSize } from './jsonSize';
import { RangeLike } from './officeApi';
import { findSheet } from './sheetNames';
import { targetRanges, TargetRange } from './targetRanges';
import { hasSettingsLog, queueLogSheet, saveSettings, setSettingsLog } from './undoLogStore';
import { UNDO_LOG_SHEET_NAME } from '../../core/fixes/undoLogFormat';
import { STATEMENT_BYTES, WriteBatch } from './writeBatch';

/** What Range.values is given so that the cell holds exactly `value`. */
export function valueInput(value: CellValue, numberFormat: string): string | number | boolean {
  if (value === null) return '';
  if (typeof value !== 'string') return value;
  if (numberFormat === '@') return value.charAt(0) === "'" ? "'" + value : value;
  return mustMarkAsText(value) || needsQuote(value) ? "'" + value : value;
}

export async function writeCells(env: ExcelEnv, writes: CellWrite[], chunks: string[]): Promise<CellWriteResult> {
  const place: ErrorPlace = { action: 'ghi', sheet: null, range: null };
  const office = env.office;
  try {
    return await env.excel.run(async function (ctx) {
      const sheets = ctx.workbook.worksheets.load('items/name');
      // Number formats of the cells to write (one range per run of rows of a column).
      const ranges: TargetRange[] = targetRanges(writes);
      const formats: RangeLike[] = ranges.map(function (r) {
        return ctx.workbook.worksheets.getItem(r.sheet).getRange(rangeAddress({ top: r.top, left: r.col, bottom: r.bottom, right: r.col })).load('numberFormat');
      });
      await ctx.sync();
      const formatOf: { [key: string]: string } = {};
      for (let i = 0; i < ranges.length; i++) {
        const r = ranges[i];
        for (let k = 0; k <= r.bottom - r.top; k++) formatOf[cellKey(r.sheet, r.top + k, r.col)] = String(formats[i].numberFormat[k][0]);
      }

      const logSheet = findSheet(sheets.items, UNDO_LOG_SHEET_NAME);
      const inSheet = !!logSheet || env.features.v1_2;
      const batch = new WriteBatch(ctx, env.writeBudget, env.yieldToUi, undefined);
      let settingsChanged = false;
      let saved = true;
      if (inSheet) {
        await batch.add({
          bytes: jsonSize(chunks) + 3 * STATEMENT_BYTES,
          cells: chunks.length,
          queue: function () {
            queueLogSheet(ctx, env, logSheet ? logSheet.name : null, chunks);
          },
        });
        // A log an older Excel kept in the settings now lives in the sheet.
        if (office && hasSettingsLog(office)) {
          setSettingsLog(office, []);
          settingsChanged = true;
        }
      } else if (office) {
        setSettingsLog(office, chunks);
        settingsChanged = true;
      } else {
        saved = false;
      }
      for (let i = 0; i < writes.length; i++) {
        const w = writes[i];
        const input = valueInput(w.value, formatOf[cellKey(w.sheet, w.row, w.col)] || 'General');
        await batch.add({
          bytes: jsonSize(input) + STATEMENT_BYTES,
          cells: 1,
          queue: function () {
            ctx.workbook.worksheets.getItem(w.sheet).getRange(rangeAddress({ top: w.row, left: w.col, bottom: w.row, right: w.col })).values = [[input]];
          },
        });
      }
      try {
        await batch.flush();
      } finally {
        // Even after a failure: the log may cover edits that reached the workbook.
        if (settingsChanged && office) saved = (await saveSettings(office)) && saved;
      }
      return { undoLogSaved: saved };
    });
  } catch (e) {
    throw toHostError(e, place);
  }
}
