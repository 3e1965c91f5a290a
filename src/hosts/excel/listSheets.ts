/**
 * The workbook's sheets as the pane lists them: name, visibility and the size of the used range (0 x 0
 * for an empty sheet, which Excel reports as A1), without the add-in's undo log sheet. Two syncs: the
 * names, then every used range.
 */
import { SheetInfo } from '../workbookHost';
import { ExcelEnv } from './excelEnv';
import { ErrorPlace, toHostError } from './hostErrors';
import { isUndoLogSheet } from './undoLogStore';

export async function listSheets(env: ExcelEnv): Promise<SheetInfo[]> {
  const place: ErrorPlace = { action: 'đọc', sheet: null, range: null };
  try {
    return await env.excel.run(async function (ctx) {
      const all = ctx.workbook.worksheets.load('items/name,visibility');
      await ctx.sync();
      // The add-in's own undo log is no sheet of the user's.
      const sheets = {
        items: all.items.filter(function (s) {
          return !isUndoLogSheet(s.name);
        }),
      };
      const used = sheets.items.map(function (s) {
        const range = (env.features.v1_2 ? s.getUsedRange(true) : s.getUsedRange()).load('rowCount,columnCount');
        return { range: range, corner: range.getCell(0, 0).load('values') };
      });
      await ctx.sync();
      return sheets.items.map(function (s, i) {
        const u = used[i];
        const empty = u.range.rowCount === 1 && u.range.columnCount === 1 && u.corner.values[0][0] === '';
        return {
          name: s.name,
          rowCount: empty ? 0 : u.range.rowCount,
          columnCount: empty ? 0 : u.range.columnCount,
          visible: s.visibility === 'Visible',
        };
      });
    });
  } catch (e) {
    throw toHostError(e, place);
  }
}
