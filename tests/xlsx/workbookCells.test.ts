/**
 * Cells of an exceljs workbook as fixes see them and write them: formulas, date formats and merged
 * ranges are reported; a new value keeps the cell's style, a rich-text cell's font and a link.
 */
import * as ExcelJS from 'exceljs';
import { workbookCellSource, writeCellValues } from '../../src/hosts/xlsx/workbookCells';
import { loadWorkbook } from '../../src/hosts/xlsx/readWorkbook';

async function reopened(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return loadWorkbook(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer), 'x.xlsx');
}

async function sheet(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('S');
  ws.getCell('A1').value = { richText: [{ text: 'Th\u00b9c s\u00fc', font: { name: '.VnTime', size: 13 } }] };
  ws.getCell('A2').value = { richText: [{ text: 'Th\u00b9c ', font: { name: '.VnTime', bold: true } }, { text: 's\u00fc', font: { name: '.VnTime' } }] };
  ws.getCell('A3').value = { text: 'CB Văn phòng', hyperlink: '#S!A1' };
  ws.getCell('B1').value = '05/03/75';
  ws.getCell('B1').numFmt = 'dd/mm/yyyy';
  ws.getCell('B1').font = { name: 'Times New Roman', italic: true };
  ws.getCell('B2').value = { formula: 'A1', result: 'x' };
  ws.getCell('C1').value = 'Chi bộ';
  ws.mergeCells('C1:C3');
  return reopened(wb);
}

test('what a fix needs to know of each cell', async () => {
  const wb = await sheet();
  const src = workbookCellSource(wb, false);
  expect(src.cell('S', 1, 1)).toEqual({ value: 'Th\u00b9c s\u00fc', formula: false, dateFormatted: false });
  expect(src.cell('S', 2, 1)!.refuse).toBe('ô có chữ nhiều định dạng khác nhau; hãy sửa tay trong Excel để giữ định dạng.');
  expect(src.cell('S', 1, 2)).toEqual({ value: '05/03/75', formula: false, dateFormatted: true });
  expect(src.cell('S', 2, 2)!.formula).toBe(true);
  expect(src.cell('S', 3, 3)).toEqual({ value: null, master: { row: 1, col: 3 } });
  expect(src.cell('S', 9, 9)).toEqual({ value: null });
  expect(src.cell('Không có', 1, 1)).toBeNull();
});

test('written values keep the style, the rich-text font and the link', async () => {
  const wb = await sheet();
  writeCellValues(wb, [
    { sheet: 'S', row: 1, col: 1, value: 'Thạc sĩ' },
    { sheet: 'S', row: 3, col: 1, value: 'Chi bộ Văn phòng' },
    { sheet: 'S', row: 1, col: 2, value: 27458 },
  ]);
  const ws = (await reopened(wb)).getWorksheet('S')!;
  expect(ws.getCell('A1').value).toEqual({ richText: [{ text: 'Thạc sĩ', font: { name: '.VnTime', size: 13 } }] });
  expect(ws.getCell('A3').value).toEqual({ text: 'Chi bộ Văn phòng', hyperlink: '#S!A1' });
  expect(ws.getCell('B1').value).toEqual(new Date(Date.UTC(1975, 2, 5)));
  expect([ws.getCell('B1').numFmt, ws.getCell('B1').font]).toEqual(['dd/mm/yyyy', { name: 'Times New Roman', italic: true }]);
  expect(() => writeCellValues(wb, [{ sheet: 'Khác', row: 1, col: 1, value: 'x' }])).toThrow();
});
