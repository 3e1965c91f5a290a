/**
 * Reading .xlsx files into grids with exceljs: every kind of cell value, dates in both date systems,
 * merges, hidden rows, and files that are not workbooks (each a Vietnamese one-liner naming the file).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { cellAt, isDateCell } from '../../src/core/grid';
import { fromSerial } from '../../src/core/dates';
import { sampleGrids } from '../../src/core/sample/sampleRegisters';
import { readWorkbookBuffer, readWorkbookFile } from '../../src/hosts/xlsx/readWorkbook';
import { WorkbookError } from '../../src/hosts/xlsx/workbookError';
import { isDateFormat } from '../../src/hosts/xlsx/dateFormat';
import { sampleWorkbook } from '../../scripts/makeSample';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'so-ket-read-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function bufferOf(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function readError(p: Promise<unknown>): Promise<WorkbookError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof WorkbookError) return err;
    throw err;
  }
  throw new Error('expected a WorkbookError');
}

describe('cell values', () => {
  test('numbers, text, booleans, rich text, formulas, hyperlinks and errors become plain values', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách');
    ws.getCell('A1').value = 'Họ và tên';
    ws.getCell('B1').value = 42;
    ws.getCell('C1').value = true;
    ws.getCell('D1').value = { richText: [{ text: 'Nguyễn ', font: { bold: true } }, { text: 'Văn An' }] };
    ws.getCell('E1').value = { formula: 'B1*2', result: 84 } as ExcelJS.CellFormulaValue;
    ws.getCell('F1').value = { text: 'Trang chủ', hyperlink: 'https://example.org' };
    ws.getCell('G1').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    ws.getCell('H1').value = '=SUM(A1)';
    ws.getCell('A3').value = 'dòng 3';
    const { grids } = await readWorkbookBuffer(await bufferOf(wb), 'x.xlsx');
    const g = grids[0];
    expect(g.sheet).toBe('Danh sách');
    expect(g.rows[0]).toEqual(['Họ và tên', 42, true, 'Nguyễn Văn An', 84, 'Trang chủ', '#N/A', '=SUM(A1)']);
    expect(g.rows[1]).toEqual([]);
    expect(cellAt(g, 3, 1)).toBe('dòng 3');
  });

  test('a date cell becomes the Excel serial of the same calendar day, marked as a date cell', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = new Date(Date.UTC(2018, 1, 22));
    ws.getCell('A1').numFmt = 'dd/mm/yyyy';
    ws.getCell('B1').value = 43153; // 22/02/2018 typed as a number, formatted as a date
    ws.getCell('B1').numFmt = 'd/m/yyyy';
    ws.getCell('C1').value = 14 / 24; // 14:00
    ws.getCell('C1').numFmt = 'hh:mm';
    ws.getCell('D1').value = 1965; // a year alone, general format
    const { grids, date1904 } = await readWorkbookBuffer(await bufferOf(wb), 'x.xlsx');
    const g = grids[0];
    expect(date1904).toBe(false);
    expect(cellAt(g, 1, 1)).toBe(43153);
    expect(fromSerial(cellAt(g, 1, 1) as number)).toEqual({ y: 2018, m: 2, d: 22 });
    expect(cellAt(g, 1, 2)).toBe(43153);
    expect(cellAt(g, 1, 3)).toBeCloseTo(14 / 24, 9);
    expect(cellAt(g, 1, 4)).toBe(1965);
    expect([1, 2, 3, 4].map((c) => isDateCell(g, 1, c))).toEqual([true, true, true, false]);
  });

  test('in a workbook using the 1904 date system the serial is that system\'s', async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = new Date(Date.UTC(2020, 11, 31));
    ws.getCell('A1').numFmt = 'dd/mm/yyyy';
    const { grids, date1904 } = await readWorkbookBuffer(await bufferOf(wb), 'x.xlsx');
    expect(date1904).toBe(true);
    const serial = cellAt(grids[0], 1, 1) as number;
    expect(serial).toBe(44196 - 1462);
    expect(fromSerial(serial, true)).toEqual({ y: 2020, m: 12, d: 31 });
  });

  test('merged ranges are listed and only their top-left cell holds the value; hidden rows are reported', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = 'Trình độ';
    ws.mergeCells('A1:B1');
    ws.getCell('C1').value = 'Họ và tên';
    ws.mergeCells('C1:C2');
    ws.getCell('A2').value = 'Chuyên môn';
    ws.getCell('B2').value = 'Lý luận chính trị';
    ws.getCell('A3').value = 'x';
    ws.getRow(3).hidden = true;
    const { grids } = await readWorkbookBuffer(await bufferOf(wb), 'x.xlsx');
    const g = grids[0];
    expect(g.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 2 },
      { top: 1, left: 3, bottom: 2, right: 3 },
    ]);
    expect(cellAt(g, 1, 2)).toBeNull();
    expect(cellAt(g, 2, 3)).toBeNull();
    expect(cellAt(g, 1, 3)).toBe('Họ và tên');
    expect(Array.from(g.hiddenRows || [])).toEqual([3]);
  });

  test('every sheet of the sample workbook reads back as the grids it was written from', async () => {
    const { grids } = await readWorkbookBuffer(await bufferOf(sampleWorkbook()), 'mau.xlsx');
    const expected = sampleGrids();
    expect(grids.map((g) => g.sheet)).toEqual(expected.map((g) => g.sheet));
    for (let i = 0; i < expected.length; i++) {
      const e = expected[i];
      const g = grids[i];
      for (let r = 0; r < e.rows.length; r++) {
        for (let c = 0; c < e.rows[r].length; c++) {
          const want = e.rows[r][c];
          const got = cellAt(g, r + 1, c + 1);
          if (typeof want === 'number' && !Number.isInteger(want)) expect(got).toBeCloseTo(want, 9);
          else expect(got).toEqual(want);
        }
      }
      expect(Array.from(g.dateCells || []).sort()).toEqual(Array.from(e.dateCells || []).sort());
      expect(g.merges).toEqual(
        (e.merges || []).slice().sort((a, b) => a.top - b.top || a.left - b.left),
      );
    }
  });
});

describe('files that cannot be read', () => {
  test('a missing file', async () => {
    const err = await readError(readWorkbookFile(path.join(dir, 'khong-co.xlsx'), 'khong-co.xlsx'));
    expect(err.code).toBe('not-found');
    expect(err.message).toBe('Không mở được tệp "khong-co.xlsx": không tìm thấy tệp.');
  });

  test('a text file renamed .xlsx', async () => {
    const p = path.join(dir, 'ghi-chu.xlsx');
    fs.writeFileSync(p, 'Họ và tên;Ngày sinh\n');
    const err = await readError(readWorkbookFile(p, 'ghi-chu.xlsx'));
    expect(err.message).toBe('Không mở được tệp "ghi-chu.xlsx": tệp không phải là sổ Excel (.xlsx).');
  });

  test('an old .xls workbook and a password-protected one (both OLE compound files)', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const xls = await readError(readWorkbookBuffer(Buffer.concat([ole, Buffer.from('Workbook', 'utf16le')]), 'cu.xls'));
    expect(xls.code).toBe('old-xls');
    expect(xls.message).toMatch(/^Không mở được tệp "cu\.xls": tệp là sổ Excel cũ \(\.xls\)/);
    const enc = await readError(readWorkbookBuffer(Buffer.concat([ole, Buffer.from('EncryptedPackage', 'utf16le')]), 'mat.xlsx'));
    expect(enc.code).toBe('encrypted');
    expect(enc.message).toMatch(/mật khẩu/);
  });

  test('an empty file, a damaged zip, a folder', async () => {
    expect((await readError(readWorkbookBuffer(Buffer.alloc(0), 'rong.xlsx'))).code).toBe('empty');
    const damaged = await readError(readWorkbookBuffer(Buffer.from('PK\u0003\u0004 not really a zip'), 'hong.xlsx'));
    expect(damaged.code).toBe('corrupt');
    const folder = await readError(readWorkbookFile(dir, 'thu-muc'));
    expect(folder.code).toBe('is-directory');
  });

  test('every message is one line and names the file', async () => {
    const err = await readError(readWorkbookFile(path.join(dir, 'a b.xlsx'), 'a b.xlsx'));
    expect(err.message).toContain('"a b.xlsx"');
    expect(err.message).not.toMatch(/\n/);
  });
});

describe('date formats', () => {
  test.each([
    ['dd/mm/yyyy', true],
    ['d-mmm-yy', true],
    ['hh:mm', true],
    ['[h]:mm:ss', true],
    ['[$-42A]dd/mm/yyyy', true],
    ['General', false],
    ['0.0%', false],
    ['#,##0', false],
    ['@', false],
    ['"Ngày "0', false],
    ['[Red]0.00', false],
  ])('%s is a date format: %s', (fmt, expected) => {
    expect(isDateFormat(fmt)).toBe(expected);
  });
});
