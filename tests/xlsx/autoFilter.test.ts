/**
 * The autofilter of a worksheet as the reader gives it to the core: the range a file names ("A3:N195",
 * with or without "$"), or the one a program set as two addresses; nothing for a range it cannot read.
 */
import * as ExcelJS from 'exceljs';
import { worksheetAutoFilter, readWorkbookBuffer } from '../../src/hosts/xlsx/readWorkbook';

function sheetWith(filter: ExcelJS.AutoFilter | undefined): ExcelJS.Worksheet {
  const ws = new ExcelJS.Workbook().addWorksheet('DS');
  if (filter !== undefined) ws.autoFilter = filter;
  return ws;
}

describe('worksheetAutoFilter', () => {
  test('ranges in their written forms', () => {
    expect(worksheetAutoFilter(sheetWith('A3:N195'))).toEqual({ top: 3, left: 1, bottom: 195, right: 14 });
    expect(worksheetAutoFilter(sheetWith('$B$2:$AD$40'))).toEqual({ top: 2, left: 2, bottom: 40, right: 30 });
    expect(worksheetAutoFilter(sheetWith({ from: 'C5', to: { row: 9, column: 2 } }))).toEqual({ top: 5, left: 2, bottom: 9, right: 3 });
  });

  test('no filter, or one it cannot read, gives nothing', () => {
    expect(worksheetAutoFilter(sheetWith(undefined))).toBeNull();
    expect(worksheetAutoFilter(sheetWith('Bảng1'))).toBeNull();
  });

  test('a filter written to a file comes back on the grid', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    ws.addRow(['Họ và tên', 'Giới tính']);
    ws.addRow(['Nguyễn Văn An', 'Nam']);
    ws.autoFilter = 'A1:B2';
    ws.getRow(2).hidden = true;
    const book = await readWorkbookBuffer(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer), 'loc.xlsx');
    expect(book.grids[0].autoFilter).toEqual({ top: 1, left: 1, bottom: 2, right: 2 });
    expect(Array.from(book.grids[0].hiddenRows!)).toEqual([2]);
  });
});
