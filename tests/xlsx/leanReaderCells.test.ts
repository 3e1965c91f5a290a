/**
 * The lean reader against exceljs on files exceljs writes with every kind of cell (rich text, formulas
 * and shared formulas, hyperlinks, errors, booleans, dates in both date systems, merges over values,
 * hidden rows with and without values, filters, hidden sheets, inline strings, streamed files with data
 * descriptors), and on the files that are not workbooks.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { readWorkbookBufferLean, readWorkbookLean } from '../../src/hosts/xlsx/leanWorkbookReader';
import { readWorkbookBuffer } from '../../src/hosts/xlsx/readWorkbook';
import { WorkbookError } from '../../src/hosts/xlsx/workbookError';
import { bytesOf, expectSameGrids } from './leanEquivalence';

function everyKind(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Mọi loại ô');
  ws.getCell('A1').value = 'Họ và tên';
  ws.getCell('B1').value = 42;
  ws.getCell('C1').value = true;
  ws.getCell('D1').value = false;
  ws.getCell('E1').value = { richText: [{ text: 'Nguyễn ', font: { bold: true } }, { text: 'Văn An', font: { name: '.VnTime' } }] };
  ws.getCell('F1').value = { richText: [{ text: 'Lê ' }, { text: 'Thị Hoa', font: { name: 'VNI-Times' } }] };
  ws.getCell('F1').font = { name: 'Times New Roman' };
  ws.getCell('G1').value = { formula: 'B1*2', result: 84 } as ExcelJS.CellFormulaValue;
  ws.getCell('H1').value = { formula: 'A1&"x"', result: 'Họ và tênx' } as ExcelJS.CellFormulaValue;
  ws.getCell('I1').value = { formula: 'B1>1', result: true } as ExcelJS.CellFormulaValue;
  ws.getCell('J1').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
  ws.getCell('K1').value = { formula: 'NOW()' } as ExcelJS.CellFormulaValue;
  ws.getCell('L1').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
  ws.getCell('L1').font = { name: 'Arial' };
  ws.getCell('M1').value = '';
  ws.getCell('N1').value = '  có dấu cách  ';
  ws.getCell('O1').value = 'dòng 1\r\ndòng 2\nA & B < C > "D" \'E\'';
  ws.getCell('P1').value = '_x000D_ và tab\t';
  ws.getCell('Q1').value = { text: 'Trang chủ', hyperlink: 'https://example.org' };
  ws.getCell('R1').value = { text: { richText: [{ text: 'liên kết', font: { name: '.VnTime' } }] }, hyperlink: 'https://example.org/r' } as unknown as ExcelJS.CellHyperlinkValue;
  ws.getCell('S1').value = { text: 'nội bộ', hyperlink: '#Khác!A1' };
  ws.getCell('A2').value = new Date(Date.UTC(2018, 1, 22));
  ws.getCell('A2').numFmt = 'dd/mm/yyyy';
  ws.getCell('B2').value = 43153;
  ws.getCell('B2').numFmt = 'd/m/yyyy';
  ws.getCell('C2').value = 14 / 24;
  ws.getCell('C2').numFmt = 'hh:mm';
  ws.getCell('D2').value = 1965;
  ws.getCell('E2').value = { formula: 'A2+1', result: new Date(Date.UTC(2018, 1, 23)) } as ExcelJS.CellFormulaValue;
  ws.getCell('E2').numFmt = 'dd/mm/yyyy';
  ws.getCell('F2').value = 'văn bản trong ô ngày';
  ws.getCell('F2').numFmt = 'dd/mm/yyyy';
  ws.getCell('G2').value = 0.1 + 0.2;
  ws.getCell('G2').numFmt = '0.00%';
  ws.getCell('H2').value = 12;
  ws.getCell('H2').numFmt = '[Red]"năm "0';
  ws.getCell('I2').value = 1e21;
  ws.getCell('J2').value = -0.000123;
  ws.getCell('K2').value = 44000.75;
  ws.getCell('K2').numFmt = 'dd/mm/yyyy hh:mm';
  ws.getCell('L2').value = 3;
  ws.getCell('L2').numFmt = '#,##0 "đồng chí"';
  // Shared formulas: A4 is the master, A5:A7 follow it.
  ws.getCell('A4').value = 1;
  ws.getCell('B4').value = { formula: 'A4*2', result: 2, shareType: 'shared', ref: 'B4:B7' } as unknown as ExcelJS.CellFormulaValue;
  for (let r = 5; r <= 7; r++) {
    ws.getCell('A' + r).value = r - 3;
    ws.getCell('B' + r).value = { sharedFormula: 'B4', result: (r - 3) * 2 } as ExcelJS.CellSharedFormulaValue;
  }
  // Merges over values: the covered cells' values are dropped.
  ws.getCell('A9').value = 'Trình độ';
  ws.getCell('B9').value = 'bị che';
  ws.mergeCells('A9:C9');
  ws.getCell('D9').value = 'Nam';
  ws.mergeCells('D9:D11');
  ws.getCell('D10').value = 'cũng bị che';
  ws.mergeCells('F20:H22');
  // Hidden rows: with values, empty but styled, and beyond the values.
  ws.getCell('A12').value = 'ẩn';
  ws.getRow(12).hidden = true;
  ws.getRow(13).hidden = true;
  ws.getCell('B13').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  ws.getRow(30).hidden = true;
  ws.getCell('C14').value = 'Cỡ chữ';
  ws.getCell('C14').font = { name: '.VnTimeH', size: 14 };
  ws.getCell('A15').border = { top: { style: 'thin' } };
  ws.autoFilter = 'A1:S7';

  const hidden = wb.addWorksheet('Ẩn', { state: 'hidden' });
  hidden.getCell('B2').value = 'trang ẩn';
  const very = wb.addWorksheet('Rất ẩn', { state: 'veryHidden' });
  very.getCell('A1').value = 1;
  wb.addWorksheet('Trống');
  const other = wb.addWorksheet("Tên & 'ký tự' <lạ>");
  other.getCell('Z100').value = 'xa';
  other.autoFilter = { from: { row: 1, column: 1 }, to: { row: 5, column: 3 } };
}

describe('files exceljs writes', () => {
  test('every kind of cell, with shared strings', async () => {
    const wb = new ExcelJS.Workbook();
    everyKind(wb);
    const bytes = await bytesOf(wb);
    await expectSameGrids(bytes);
    // What the lean reader gives, by hand.
    const g = (await readWorkbookLean(bytes, 'x.xlsx')).grids;
    expect(g.map((x) => x.sheet)).toEqual(['Mọi loại ô', 'Ẩn', 'Rất ẩn', 'Trống', "Tên & 'ký tự' <lạ>"]);
    expect(g[0].rows[0]).toEqual(['Họ và tên', 42, true, false, 'Nguyễn Văn An', 'Lê Thị Hoa', 84, 'Họ và tênx', true, '#DIV/0!', null, '#N/A', '',
      '  có dấu cách  ', 'dòng 1\ndòng 2\nA & B < C > "D" \'E\'', '\r và tab\t', 'Trang chủ', 'liên kết', 'nội bộ']);
    expect(g[0].fonts!.get('1:5')).toBe('.VnTime');
    expect(g[0].fonts!.get('1:6')).toBe('Times New Roman');
    expect(g[0].rows[1].slice(0, 5)).toEqual([43153, 43153, 14 / 24, 1965, 43154]);
    expect(['2:1', '2:2', '2:3', '2:4', '2:5'].map((k) => g[0].dateCells!.has(k))).toEqual([true, true, true, false, true]);
    // exceljs writes a value set inside a merge into its master (D10 into D9).
    expect(g[0].rows[8]).toEqual(['Trình độ', null, null, 'cũng bị che']);
    // Row 13 holds only a styled empty cell: exceljs does not list it, hidden or not.
    expect(Array.from(g[0].hiddenRows!).sort((a, b) => a - b)).toEqual([12]);
    expect(g[0].rows.length).toBe(22);
    expect(g[4].autoFilter).toEqual({ top: 1, left: 1, bottom: 5, right: 3 });
  });

  test('every kind of cell, with inline strings', async () => {
    const wb = new ExcelJS.Workbook();
    everyKind(wb);
    const bytes = Buffer.from((await wb.xlsx.writeBuffer({ useSharedStrings: false } as ExcelJS.XlsxWriteOptions)) as ArrayBuffer);
    await expectSameGrids(bytes);
  });

  test('every kind of cell in the 1904 date system', async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    everyKind(wb);
    const bytes = await bytesOf(wb);
    await expectSameGrids(bytes);
    expect((await readWorkbookLean(bytes, 'x.xlsx')).date1904).toBe(true);
  });

  test('a file written by the streaming writer (data descriptors after each part)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'so-ket-lean-'));
    try {
      const file = path.join(dir, 'stream.xlsx');
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
      const ws = wb.addWorksheet('Danh sách');
      ws.mergeCells('D1:E2');
      for (let r = 1; r <= 3000; r++) {
        const row = ws.getRow(r);
        row.getCell(1).value = 'Đảng viên ' + r;
        row.getCell(2).value = new Date(Date.UTC(1960 + (r % 40), r % 12, 1 + (r % 28)));
        row.getCell(2).numFmt = 'dd/mm/yyyy';
        row.getCell(3).value = r % 7 === 0 ? { formula: 'B' + r + '+1', result: 40000 + r } : r * 1.5;
        if (r % 50 === 0) row.hidden = true;
        row.commit();
      }
      ws.commit();
      await wb.commit();
      const bytes = fs.readFileSync(file);
      // The local headers say "sizes in a data descriptor" (general purpose bit 3).
      expect(bytes.readUInt16LE(6) & 8).toBe(8);
      await expectSameGrids(bytes);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('files that are not workbooks get the same Vietnamese error', () => {
  async function codeOf(p: Promise<unknown>): Promise<string> {
    try {
      await p;
    } catch (err) {
      if (err instanceof WorkbookError) return err.code + ': ' + err.message;
      throw err;
    }
    return 'no error';
  }

  const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]);
  const cases: [string, Buffer][] = [
    ['empty', Buffer.alloc(0)],
    ['old .xls', ole],
    ['encrypted', Buffer.concat([ole, Buffer.from('EncryptedPackage', 'utf16le')])],
    ['not a zip', Buffer.from('Họ và tên,Ngày sinh\n', 'utf8')],
    ['a broken zip', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)])],
  ];
  test.each(cases)('%s', async (_what, bytes) => {
    const want = await codeOf(readWorkbookBuffer(bytes, 'So dang vien.xlsx'));
    expect(want).not.toBe('no error');
    expect(await codeOf(readWorkbookBufferLean(bytes, 'So dang vien.xlsx'))).toBe(want);
  });

  test('a zip that is not a workbook', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('readme.txt', 'không phải sổ');
    const bytes = await zip.generateAsync({ type: 'nodebuffer' });
    const want = await codeOf(readWorkbookBuffer(bytes, 'x.xlsx'));
    expect(want).toMatch(/^not-xlsx|^corrupt/);
    expect(await codeOf(readWorkbookBufferLean(bytes, 'x.xlsx'))).toBe(want);
  });
});
