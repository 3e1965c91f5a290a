/**
 * The same registers in both hosts: grids put into the fake Excel workbook (values, date formats on
 * date cells, merges) and written to an .xlsx buffer with exceljs for the CLI's path.
 */
import * as ExcelJS from 'exceljs';
import { Analysis, analyze } from '../../src/core/analyze';
import { SimpleDate } from '../../src/core/dates';
import { Grid } from '../../src/core/grid';
import { readWorkbookBuffer } from '../../src/hosts/xlsx/readWorkbook';
import { dateFormatOf, eachGridValue, isDateValue, putGrids } from '../excelFake/putGrids';

/** A fixed "today" so that both paths judge dates alike. */
export const TODAY: SimpleDate = { y: 2025, m: 3, d: 15 };

export { putGrids };

/** The grids as an .xlsx file's bytes (exceljs), date cells with a date format. */
export async function gridsToXlsx(grids: Grid[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (let g = 0; g < grids.length; g++) {
    const grid = grids[g];
    const ws = wb.addWorksheet(grid.sheet);
    eachGridValue(grid, function (r, c, v) {
      const cell = ws.getCell(r, c);
      cell.value = v;
      if (isDateValue(grid, r, c, v)) cell.numFmt = dateFormatOf(v);
    });
    const merges = grid.merges || [];
    for (let i = 0; i < merges.length; i++) ws.mergeCells(merges[i].top, merges[i].left, merges[i].bottom, merges[i].right);
  }
  const data = await wb.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

/** The CLI's path: the file read back with the xlsx host, then the engine. */
export async function analyzeThroughXlsx(grids: Grid[]): Promise<Analysis> {
  const read = await readWorkbookBuffer(await gridsToXlsx(grids), 'sổ.xlsx');
  return analyze(read.grids, { date1904: read.date1904, today: TODAY });
}

/** What a user would notice of an analysis: every finding and every figure. */
export function outcome(a: Analysis): { findings: unknown[]; figures: Record<string, number> } {
  return { findings: JSON.parse(JSON.stringify(a.findings)), figures: a.figures };
}
