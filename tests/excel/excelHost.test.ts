/** The rest of WorkbookHost over Office.js: sheet list, cell selection, saved choices, dropdowns, formats. */
import { gridOf } from '../../src/core/grid';
import { SheetModel } from '../../src/core/report/sheetModel';
import { sampleGrids } from '../../src/core/sample/sampleRegisters';
import { templateWorkbook } from '../../src/core/sample/templateSheets';
import { createExcelHost } from '../../src/hosts/excel/excelHost';
import { SETTINGS_KEY } from '../../src/hosts/excel/settings';
import { HostError } from '../../src/hosts/workbookHost';
import { hostOnFake } from './hostFixtures';

describe('sheets', () => {
  test('are listed with the size of their used range, an empty sheet as 0 x 0, a hidden one as not visible', async () => {
    const { fake, host } = hostOnFake([gridOf('Danh sách', [['Họ và tên', 'Ngày sinh'], ['An', 30000], ['Bình', 31000]])], '1.17');
    fake.state.addSheet('Trống');
    fake.state.addSheet('Ẩn').visibility = 'Hidden';
    fake.state.sheetByName('Ẩn')!.ensure(4, 3).v = 'x';
    expect(await host.listSheets()).toEqual([
      { name: 'Danh sách', rowCount: 3, columnCount: 2, visible: true },
      { name: 'Trống', rowCount: 0, columnCount: 0, visible: true },
      { name: 'Ẩn', rowCount: 1, columnCount: 1, visible: false },
    ]);
    expect(fake.stats.syncs).toBe(2);
  });

  test('a cell is shown by activating its sheet and selecting it', async () => {
    const { fake, host } = hostOnFake(sampleGrids(), '1.1');
    await host.selectCell('Sổ sinh hoạt chi bộ', 'D17');
    expect(fake.state.sheetById(fake.state.activeSheetId!)!.name).toBe('Sổ sinh hoạt chi bộ');
    expect(fake.state.selection!.rect).toEqual({ top: 17, left: 4, bottom: 17, right: 4 });
    await expect(host.selectCell('Sổ cũ', 'A1')).rejects.toThrow('Không tìm thấy trang tính "Sổ cũ"');
    await expect(host.selectCell('Sổ sinh hoạt chi bộ', 'ô 5')).rejects.toThrow('Địa chỉ ô "ô 5" không hợp lệ.');
  });
});

describe('saved choices', () => {
  test('are kept in the document settings under one key and saved into the file', async () => {
    const { fake, host } = hostOnFake([], '1.1');
    expect(await host.loadChoices()).toEqual({});
    const choices = { memberSheet: 'Danh sách đảng viên', headerRows: [5, 6], columns: { C: 'gender' } };
    await host.saveChoices(choices);
    expect(Object.keys(fake.state.savedSettings)).toEqual([SETTINGS_KEY]);
    expect(await host.loadChoices()).toEqual(choices);
  });

  test('a failed save is a Vietnamese HostError; an unreadable setting reads as no choices', async () => {
    const { fake, host } = hostOnFake([], '1.1');
    fake.state.failNextSettingsSave = true;
    const err = await host.saveChoices({ a: 1 }).catch((e) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err.message).toMatch(/^Không lưu được các lựa chọn vào sổ Excel/);
    fake.state.settings[SETTINGS_KEY] = '{không phải JSON';
    expect(await host.loadChoices()).toEqual({});
  });
});

describe('dropdowns', () => {
  test('become list validations from ExcelApi 1.8, strict ones refusing other values', async () => {
    const t = templateWorkbook(2024);
    const { fake, host } = hostOnFake([], '1.8');
    for (const s of t.sheets) fake.state.addSheet(s.name);
    expect(host.capabilities.dataValidation).toBe(true);
    const added = await host.addDropdowns(t.dropdowns);
    expect(added).toBe(t.dropdowns.length);
    const d = t.dropdowns[0];
    const v = fake.state.sheetByName(d.sheet)!.validations[0];
    expect(v.rule).toEqual({ list: { inCellDropDown: true, source: d.values.join(',') } });
    expect(v.errorAlert).toMatchObject({ showAlert: true, style: d.strict ? 'Stop' : 'Warning', title: 'Giá trị không có trong danh sách' });
    // Adding them again replaces them.
    await host.addDropdowns(t.dropdowns);
    expect(fake.state.sheetByName(d.sheet)!.validations.length).toBe(t.dropdowns.filter((x) => x.sheet === d.sheet).length);
  });

  test('a list Excel cannot hold inline (over 255 characters, or an item with a comma) is left out', async () => {
    const { fake, host } = hostOnFake([gridOf('A', [['x']])], '1.17');
    const long = [];
    for (let i = 0; i < 40; i++) long.push('Chi bộ số ' + i);
    const n = await host.addDropdowns([
      { sheet: 'A', range: 'B2:B10', values: long, strict: true },
      { sheet: 'A', range: 'C2:C10', values: ['Có, đủ', 'Không'], strict: false },
      { sheet: 'A', range: 'D2:D10', values: ['Có', 'Không'], strict: false },
    ]);
    expect(n).toBe(1);
    expect(fake.state.sheetByName('A')!.validations.map((v) => v.rect.left)).toEqual([4]);
  });
});

describe('formats', () => {
  test('a table of 1,000 rows styled alike costs a handful of statements, not one per cell', async () => {
    const cells = [];
    for (let r = 1; r <= 1000; r++) {
      for (let c = 1; c <= 8; c++) {
        cells.push({ row: r, col: c, value: 'ô ' + r + ':' + c, style: { font: { bold: r === 1 }, horizontal: 'center' as const, border: { top: true, bottom: true, left: true, right: true } } });
      }
    }
    const model: SheetModel = {
      name: 'Bảng',
      columnWidths: [10, 10, 10, 10, 20, 20, 20, 20],
      rowHeights: { 1: 30 },
      cells: cells,
      merges: [],
      names: [],
      print: { paper: 'A4', orientation: 'landscape', margins: { top: 10, bottom: 10, left: 10, right: 10, header: 5, footer: 5 }, fitToWidth: true },
      defaultFont: { name: 'Times New Roman', size: 12 },
    };
    const { fake, host } = hostOnFake([], '1.17');
    await host.writeSheet(model);
    const statements = fake.stats.records.reduce((n, r) => n + r.operations, 0);
    expect(statements).toBeLessThan(40);
    const sheet = fake.state.sheetByName('Bảng')!;
    expect(sheet.cell(1, 1)!.fmt).toMatchObject({ bold: true, horizontalAlignment: 'Center', fontName: 'Times New Roman', top: { style: 'Continuous' } });
    expect(sheet.cell(1000, 8)!.fmt).toMatchObject({ bold: false, bottom: { style: 'Continuous' }, right: { style: 'Continuous' } });
    expect(sheet.cell(500, 4)!.fmt).toMatchObject({ top: { style: 'Continuous' }, left: { style: 'Continuous' } });
  });
});

test('outside Excel the host says so in Vietnamese', () => {
  expect(() => createExcelHost()).toThrow(new HostError('Phần bổ trợ cần chạy trong Excel: không tìm thấy thư viện Office.js.'));
});
