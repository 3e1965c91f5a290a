/**
 * Workbook file -> grids, with exceljs, for the command line. The conversion of a worksheet into a Grid is
 * worksheetGrid.ts and the recognition of what the bytes are is workbookBytes.ts (both shared with the
 * standalone page, which reads files in the browser). Files that are not .xlsx workbooks are recognised
 * before exceljs sees them and reported with a Vietnamese one-liner.
 */
import * as fs from 'fs';
import * as ExcelJS from 'exceljs';
import { loadWorkbookBytes } from './workbookBytes';
import { fsErrorCode, WorkbookError } from './workbookError';
import { workbookToGrids, WorkbookGrids } from './worksheetGrid';

export { textCellFont, workbookToGrids, worksheetAutoFilter, worksheetMerges, worksheetToGrid } from './worksheetGrid';
export type { WorkbookGrids } from './worksheetGrid';

/** Read a file's bytes; a missing file, a folder or no permission become a WorkbookError. */
export async function readFileBytes(path: string, name?: string): Promise<Buffer> {
  try {
    return await fs.promises.readFile(path);
  } catch (err) {
    throw new WorkbookError(fsErrorCode(err), name || path, true);
  }
}

/** Load .xlsx bytes into an exceljs workbook. `name` is the file name shown in messages. */
export function loadWorkbook(buf: Buffer, name: string): Promise<ExcelJS.Workbook> {
  return loadWorkbookBytes(buf, name);
}

export async function openWorkbookFile(path: string, name?: string): Promise<ExcelJS.Workbook> {
  const buf = await readFileBytes(path, name);
  return loadWorkbook(buf, name || path);
}

/** Read a workbook's bytes into grids. */
export async function readWorkbookBuffer(buf: Buffer, name: string): Promise<WorkbookGrids> {
  return workbookToGrids(await loadWorkbook(buf, name));
}

/** Read a workbook file into grids. Throws WorkbookError with a Vietnamese message naming the file. */
export async function readWorkbookFile(path: string, name?: string): Promise<WorkbookGrids> {
  return readWorkbookBuffer(await readFileBytes(path, name), name || path);
}
