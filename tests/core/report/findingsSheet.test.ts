import { makeFinding } from '../../../src/core/findings';
import { buildFindingsSheet, FINDINGS_SHEET_NAME } from '../../../src/core/report/findingsSheet';
import { safeText } from '../../../src/core/report/cellText';
import { SheetModel } from '../../../src/core/report/sheetModel';

function rowValues(model: SheetModel, row: number): unknown[] {
  return model.cells
    .filter((c) => c.row === row)
    .sort((a, b) => a.col - b.col)
    .map((c) => c.value);
}

function rowOf(model: SheetModel, text: string): number {
  const c = model.cells.find((x) => x.value === text);
  if (!c) throw new Error('not found: ' + text);
  return c.row;
}

const findings = [
  makeFinding('invalid-date', { sheet: 'Danh sách', row: 12, column: 'D', value: '31/02/1980' }, { value: '31/02/1980', field: 'Ngày sinh' }),
  makeFinding('month-without-regular-meeting', { sheet: 'Sổ sinh hoạt', row: null, column: null }, { cell: 'Chi bộ Văn phòng', month: '03/2019' }),
  makeFinding(
    'category-variant',
    { sheet: 'Danh sách', row: 5, column: 'J', value: 'Th.S' },
    { value: 'Th.S', suggestion: 'Thạc sĩ' },
    { suggestion: 'Thạc sĩ' },
  ),
  makeFinding('required-value-missing', { sheet: 'Danh sách', row: 3, column: 'B', value: '=1+1' }, { field: 'Họ và tên' }),
];

describe('findings sheet', () => {
  const model = buildFindingsSheet(findings);

  test('title, counts by severity, landscape A4', () => {
    expect(model.name).toBe(FINDINGS_SHEET_NAME);
    expect(model.cells.some((c) => c.value === 'KIỂM TRA DỮ LIỆU')).toBe(true);
    expect(rowValues(model, rowOf(model, 'Lỗi')).slice(0, 2)).toEqual(['Lỗi', 2]);
    expect(rowValues(model, rowOf(model, 'Cảnh báo')).slice(0, 2)).toEqual(['Cảnh báo', 1]);
    expect(rowValues(model, rowOf(model, 'Gợi ý')).slice(0, 2)).toEqual(['Gợi ý', 1]);
    expect(model.print).toMatchObject({ paper: 'A4', orientation: 'landscape' });
  });

  test('one row per finding, errors first, in sheet and row order', () => {
    const header = rowOf(model, 'Mức độ');
    expect(rowValues(model, header)).toEqual(['Mức độ', 'Loại', 'Trang', 'Dòng', 'Cột', 'Giá trị', 'Nội dung', 'Đề xuất', 'Liên kết']);
    expect(rowValues(model, header + 1).slice(0, 6)).toEqual(['Lỗi', 'Thiếu thông tin bắt buộc', 'Danh sách', 3, 'B', ' =1+1']);
    expect(rowValues(model, header + 2).slice(0, 8)).toEqual([
      'Lỗi',
      'Ngày không đọc được',
      'Danh sách',
      12,
      'D',
      '31/02/1980',
      '"31/02/1980" ở cột "Ngày sinh" không phải là ngày (ghi theo dạng ngày/tháng/năm, ví dụ 22/02/2018).',
      null,
    ]);
    expect(rowValues(model, header + 3).slice(0, 2)).toEqual(['Cảnh báo', 'Tháng không sinh hoạt thường kỳ']);
    expect(rowValues(model, header + 4)[7]).toBe('Thạc sĩ');
    expect(model.cells.filter((c) => c.row > header + 4)).toEqual([]);
  });

  test('each finding about a cell links to it, in a form any spreadsheet follows', () => {
    const header = rowOf(model, 'Mức độ');
    const link = model.cells.filter((c) => c.row === header + 2 && c.col === 9)[0];
    expect([link.formula, link.result]).toEqual(['HYPERLINK("#\'Danh sách\'!D12","Đến ô D12")', 'Đến ô D12']);
    // A finding about a whole month of a chi bộ has no cell: no link.
    const month = model.cells.filter((c) => c.row === header + 3 && c.col === 9)[0];
    expect(month.formula).toBeUndefined();
    // Quotes in a sheet name are doubled where each syntax needs it.
    const odd = buildFindingsSheet([
      makeFinding('invalid-date', { sheet: 'Sổ "cũ" của O\'Neil', row: 4, column: 'C', value: 'x' }, { value: 'x', field: 'Ngày sinh' }),
    ]);
    expect(odd.cells.filter((c) => c.col === 9 && c.formula)[0].formula).toBe('HYPERLINK("#\'Sổ ""cũ"" của O\'\'Neil\'!C4","Đến ô C4")');
  });

  test('a report file apart from the registers gets no links (its findings’ cells are in another file)', () => {
    const apart = buildFindingsSheet(findings, { linkToCells: false });
    expect(rowValues(apart, rowOf(apart, 'Mức độ'))).toEqual(['Mức độ', 'Loại', 'Trang', 'Dòng', 'Cột', 'Giá trị', 'Nội dung', 'Đề xuất']);
    expect(apart.cells.filter((c) => c.formula)).toEqual([]);
    expect(apart.columnWidths.length).toBe(8);
  });

  test('no text value starts with = + - @', () => {
    for (const c of model.cells) if (typeof c.value === 'string') expect(c.value).not.toMatch(/^[=+\-@]/);
  });

  test('every finding is counted, the list is capped', () => {
    const many = [];
    for (let i = 0; i < 1500; i++) many.push(findings[1]);
    const capped = buildFindingsSheet(many, { maxRows: 1000 });
    expect(rowValues(capped, rowOf(capped, 'Cảnh báo'))[1]).toBe(1500);
    expect(capped.cells.some((c) => c.value === 'Chỉ liệt kê 1.000 trên tổng số 1.500 vấn đề; hãy sửa các lỗi đầu tiên rồi kiểm tra lại.')).toBe(true);
    const header = rowOf(capped, 'Mức độ');
    expect(Math.max(...capped.cells.map((c) => c.row))).toBe(header + 1000);
  });

  test('a clean dataset says so', () => {
    const clean = buildFindingsSheet([]);
    expect(clean.cells.some((c) => c.value === 'Không phát hiện vấn đề nào trong dữ liệu.')).toBe(true);
  });
});

describe('text values that Excel would read as formulas', () => {
  test('are rewritten so they print the same and stay text', () => {
    expect(safeText('- Thuận lợi')).toBe('\u2010 Thuận lợi');
    expect(safeText('=SUM(A1)')).toBe(' =SUM(A1)');
    expect(safeText('+84 912')).toBe(' +84 912');
    expect(safeText('@chibo')).toBe(' @chibo');
    expect(safeText('Chi bộ - Văn phòng')).toBe('Chi bộ - Văn phòng');
  });
});
