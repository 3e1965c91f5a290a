/**
 * Writing a SheetModel with exceljs, checked by reading the saved file back: values, formulas with
 * cached results, styles, merges, sizes, names, print setup; and regenerating a sheet keeps the text
 * the office typed into its own cells.
 */
import * as ExcelJS from 'exceljs';
import { SheetModel } from '../../src/core/report/sheetModel';
import { pageNumberHeader, parseSheetRange, sheetRangeRef, writeSheetModel } from '../../src/hosts/xlsx/writeSheetModel';
import { writeTemplateWorkbook } from '../../src/hosts/xlsx/templateWorkbook';
import { readWorkbookBuffer } from '../../src/hosts/xlsx/readWorkbook';
import { cellAt } from '../../src/core/grid';

const SHEET = 'Báo cáo sơ kết';
const HINT = 'Ghi những thuận lợi của Đảng bộ trong kỳ…';

function model(opts?: { membersRow?: number; total?: number }): SheetModel {
  const row = (opts && opts.membersRow) || 5;
  const total = opts && opts.total !== undefined ? opts.total : 66;
  return {
    name: SHEET,
    columnWidths: [6, 40, 12],
    rowHeights: { 1: 24 },
    cells: [
      { row: 1, col: 1, value: 'BÁO CÁO', style: { font: { size: 16, bold: true }, horizontal: 'center' } },
      { row: 2, col: 1, value: '=không phải công thức' },
      { row: row, col: 2, value: 'Tổng số đảng viên' },
      { row: row, col: 3, value: total, style: { border: { top: true, bottom: true, left: true, right: true }, fill: 'DDEEFF' } },
      { row: row + 1, col: 2, value: 'Nam' },
      { row: row + 1, col: 3, value: 46 },
      {
        row: row + 2,
        col: 3,
        formula: 'IFERROR(C' + (row + 1) + '/C' + row + ',0)',
        result: 46 / total,
        style: { numFmt: '0.0%', font: { italic: true } },
      },
      { row: row + 4, col: 1, role: 'userText', hint: HINT, style: { wrap: true, vertical: 'top' } },
    ],
    merges: [
      { top: 1, left: 1, bottom: 1, right: 3 },
      { top: row + 4, left: 1, bottom: row + 6, right: 3 },
    ],
    names: [{ name: 'NoiDung_ThuanLoi', range: { top: row + 4, left: 1, bottom: row + 6, right: 3 } }],
    print: {
      paper: 'A4',
      orientation: 'portrait',
      margins: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 },
      fitToWidth: true,
      pageNumbersFromPage2: true,
    },
    defaultFont: { name: 'Times New Roman', size: 14 },
  };
}

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buf = (await wb.xlsx.writeBuffer()) as ArrayBuffer;
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buf);
  return back;
}

function nameRange(wb: ExcelJS.Workbook, name: string): string[] {
  return wb.definedNames.getRanges(name).ranges;
}

describe('writing a sheet model', () => {
  test('values, formulas with cached results, styles, merges and sizes survive a save', async () => {
    const wb = new ExcelJS.Workbook();
    writeSheetModel(wb, model());
    const back = await roundTrip(wb);
    const ws = back.getWorksheet(SHEET)!;
    expect(ws.getCell('A1').value).toBe('BÁO CÁO');
    expect(ws.getCell('A1').font).toMatchObject({ name: 'Times New Roman', size: 16, bold: true });
    expect(ws.getCell('A1').alignment).toMatchObject({ horizontal: 'center' });
    expect(ws.getCell('A2').value).toBe('=không phải công thức');
    expect(ws.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('C5').value).toBe(66);
    expect(ws.getCell('C5').border.left).toMatchObject({ style: 'thin' });
    expect(ws.getCell('C5').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEEFF' } });
    expect(ws.getCell('C7').value).toMatchObject({ formula: 'IFERROR(C6/C5,0)', result: 46 / 66 });
    expect(ws.getCell('C7').numFmt).toBe('0.0%');
    expect(ws.getCell('C7').font).toMatchObject({ name: 'Times New Roman', size: 14, italic: true });
    expect(ws.getCell('B5').font).toMatchObject({ name: 'Times New Roman', size: 14 });
    expect(ws.getCell('B1').isMerged).toBe(true);
    expect(ws.getCell('C11').master.address).toBe('A9');
    expect(ws.getColumn(2).width).toBe(40);
    expect(ws.getRow(1).height).toBe(24);
  });

  test('A4 page setup with margins in inches, fit to one page wide, page numbers from page 2', async () => {
    const wb = new ExcelJS.Workbook();
    writeSheetModel(wb, model());
    const ws = (await roundTrip(wb)).getWorksheet(SHEET)!;
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe('portrait');
    expect(ws.pageSetup.fitToPage).toBe(true);
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.pageSetup.fitToHeight).toBe(0);
    expect(ws.pageSetup.margins!.left).toBeCloseTo(30 / 25.4, 6);
    expect(ws.pageSetup.margins!.top).toBeCloseTo(20 / 25.4, 6);
    expect(ws.headerFooter.differentFirst).toBe(true);
    expect(ws.headerFooter.oddHeader).toBe('&C&"Times New Roman,Regular"&14&P');
    expect(ws.headerFooter.firstHeader || '').not.toContain('&P');
  });

  test('a page break above each row the model starts a page with', () => {
    const wb = new ExcelJS.Workbook();
    const m = model();
    m.pageBreaksBefore = [9];
    const ws = writeSheetModel(wb, m).worksheet;
    // Excel's row break n falls below row n.
    expect((ws.model as ExcelJS.WorksheetModel).rowBreaks.map((b) => b.id)).toEqual([8]);
    expect(pageNumberHeader({ name: 'Times New Roman', size: 13 })).toBe('&C&"Times New Roman,Regular"&13&P');
    expect(pageNumberHeader({})).toBe('&C&P');
  });

  test('the kept text grows its row; an untouched initial text is refreshed, not kept', async () => {
    const m = model();
    m.cells.push({ row: 20, col: 1, role: 'userText', value: 'Nơi nhận mặc định', style: { wrap: true } });
    m.names.push({ name: 'NoiDung_NoiNhan', range: { top: 20, left: 1, bottom: 20, right: 1 } });
    const wb = new ExcelJS.Workbook();
    writeSheetModel(wb, m);
    const first = await roundTrip(wb);
    const long = new Array(30).fill('Được sự quan tâm của cấp ủy cấp trên.').join(' ');
    first.getWorksheet(SHEET)!.getCell('A9').value = long;
    const again = writeSheetModel(first, m);
    expect(again.keptUserText).toBe(1);
    const ws = (await roundTrip(first)).getWorksheet(SHEET)!;
    expect(ws.getCell('A9').value).toBe(long);
    expect(ws.getCell('A20').value).toBe('Nơi nhận mặc định');
    // About 1.100 characters over A:C (47 + 285 + 89 = 421 px) in 14 pt: some 16 lines, far more than 3 rows.
    const total = [9, 10, 11].reduce((s, r) => s + (ws.getRow(r).height || 15), 0);
    expect(total).toBeGreaterThan(200);
  });

  test('a name left behind by a deleted or renamed sheet is replaced, not defined twice', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Cũ');
    wb.definedNames.add("'Cũ'!$A$1", 'NoiDung_ThuanLoi');
    writeSheetModel(wb, model());
    const back = await roundTrip(wb);
    expect(back.definedNames.model.filter((n) => n.name === 'NoiDung_ThuanLoi')).toEqual([
      { name: 'NoiDung_ThuanLoi', ranges: ["'Báo cáo sơ kết'!$A$9:$C$11"] },
    ]);
  });

  test('named ranges point at the sheet; a new user-text cell shows its hint in grey italic', async () => {
    const wb = new ExcelJS.Workbook();
    writeSheetModel(wb, model());
    const back = await roundTrip(wb);
    expect(nameRange(back, 'NoiDung_ThuanLoi')).toEqual(["'Báo cáo sơ kết'!$A$9:$C$11"]);
    const cell = back.getWorksheet(SHEET)!.getCell('A9');
    expect(cell.value).toBe(HINT);
    expect(cell.font).toMatchObject({ italic: true, color: { argb: 'FF808080' } });
  });

  test('regenerating keeps the typed text and tab position, refreshes the figures, leaves other sheets alone', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Ghi chú').getCell('A1').value = 'sổ riêng của văn phòng';
    writeSheetModel(wb, model());
    wb.addWorksheet('Sau');
    const first = await roundTrip(wb);
    first.getWorksheet(SHEET)!.getCell('A9').value = 'Được sự quan tâm của cấp ủy cấp trên.';
    const second = await roundTrip(first);
    // The layout moved down two rows and the total changed.
    const result = writeSheetModel(second, model({ membersRow: 7, total: 70 }));
    expect(result.keptUserText).toBe(1);
    const back = await roundTrip(second);
    const ws = back.getWorksheet(SHEET)!;
    expect(ws.getCell('A11').value).toBe('Được sự quan tâm của cấp ủy cấp trên.');
    expect(ws.getCell('A11').font.italic).not.toBe(true);
    expect(ws.getCell('C7').value).toBe(70);
    expect(nameRange(back, 'NoiDung_ThuanLoi')).toEqual(["'Báo cáo sơ kết'!$A$11:$C$13"]);
    expect(back.worksheets.map((w) => w.name)).toEqual(['Ghi chú', SHEET, 'Sau']);
    expect(back.getWorksheet('Ghi chú')!.getCell('A1').value).toBe('sổ riêng của văn phòng');
  });

  test('an untouched hint is not taken for the office\'s text', async () => {
    const wb = new ExcelJS.Workbook();
    writeSheetModel(wb, model());
    const again = await roundTrip(wb);
    expect(writeSheetModel(again, model()).keptUserText).toBe(0);
    const cell = (await roundTrip(again)).getWorksheet(SHEET)!.getCell('A9');
    expect(cell.value).toBe(HINT);
    expect(cell.font.italic).toBe(true);
  });

  test('sheet references quote names and parse back', () => {
    const ref = sheetRangeRef("Kiểm tra 'dữ liệu'", { top: 2, left: 1, bottom: 4, right: 28 });
    expect(ref).toBe("'Kiểm tra ''dữ liệu'''!$A$2:$AB$4");
    expect(parseSheetRange(ref)).toEqual({ sheet: "Kiểm tra 'dữ liệu'", range: { top: 2, left: 1, bottom: 4, right: 28 } });
    expect(parseSheetRange('Sheet1!B3')).toEqual({ sheet: 'Sheet1', range: { top: 3, left: 2, bottom: 3, right: 2 } });
  });
});

describe('the empty template (so-ket mau)', () => {
  test('three standard sheets with their headers, readable by the reader', async () => {
    const buf = Buffer.from((await writeTemplateWorkbook(2024).xlsx.writeBuffer()) as ArrayBuffer);
    const { grids } = await readWorkbookBuffer(buf, 'mau.xlsx');
    expect(grids.map((g) => g.sheet)).toEqual(['Thông tin đơn vị', 'Danh sách đảng viên', 'Sổ sinh hoạt chi bộ']);
    const unit = grids[0];
    expect(cellAt(unit, 3, 1)).toBe('Tên đảng bộ');
    expect(cellAt(unit, 10, 1)).toBe('Kỳ báo cáo từ ngày');
    const members = grids[1];
    expect([cellAt(members, 5, 2), cellAt(members, 5, 10), cellAt(members, 6, 10), cellAt(members, 6, 11)]).toEqual([
      'Họ và tên',
      'Trình độ',
      'Chuyên môn',
      'Lý luận chính trị',
    ]);
    expect(cellAt(members, 5, 16)).toBe('Xếp loại năm 2024');
    expect(cellAt(grids[2], 3, 3)).toBe('Ngày sinh hoạt');
  });

  test('dropdown lists over the first 1000 data rows; date columns formatted as dates', async () => {
    const back = await roundTrip(writeTemplateWorkbook(2024));
    const members = back.getWorksheet('Danh sách đảng viên')!;
    expect(members.getCell('C8').dataValidation).toMatchObject({ type: 'list', formulae: ['"Nam,Nữ"'] });
    expect(members.getCell('C1007').dataValidation).toMatchObject({ type: 'list' });
    expect(members.getCell('C1008').dataValidation).toBeFalsy();
    expect(String(members.getCell('K8').dataValidation.formulae[0])).toContain('Cao cấp');
    expect(String(members.getCell('J8').dataValidation.formulae[0])).toContain('Thạc sĩ');
    expect(String(members.getCell('N8').dataValidation.formulae[0])).toContain('Miễn sinh hoạt');
    expect(members.getCell('D8').numFmt).toBe('dd/mm/yyyy');
    const meetings = back.getWorksheet('Sổ sinh hoạt chi bộ')!;
    expect(String(meetings.getCell('D4').dataValidation.formulae[0])).toContain('Chuyên đề');
    expect(meetings.getCell('L4').dataValidation).toMatchObject({ formulae: ['"Có,Không"'] });
    expect(meetings.getCell('J4').numFmt).toBe('hh:mm');
  });
});
