/** The sheets of the workbook by name; a sheet the user asked for that is not there becomes a HostError naming it. */
import { HostError } from '../workbookHost';
import { sheetMissingMessage } from './hostErrors';
import { ExcelLike, WorksheetLike } from './officeApi';

/** The item whose name matches, as Excel matches sheet names (case-insensitive). */
export function findSheet(items: WorksheetLike[], name: string): WorksheetLike | null {
  const lower = name.toLowerCase();
  for (let i = 0; i < items.length; i++) if (items[i].name.toLowerCase() === lower) return items[i];
  return null;
}

/** After an ItemNotFound: which of `wanted` is missing, as a HostError; null when all are there. */
export async function missingSheetError(excel: ExcelLike, wanted: string[]): Promise<HostError | null> {
  try {
    return await excel.run(async function (ctx) {
      const sheets = ctx.workbook.worksheets.load('items/name');
      await ctx.sync();
      for (let i = 0; i < wanted.length; i++) if (!findSheet(sheets.items, wanted[i])) return new HostError(sheetMissingMessage(wanted[i]));
      return null;
    });
  } catch (e) {
    return null;
  }
}
