/**
 * A correction saved in the workbook can outlive the sheet it was made for: columns or rows deleted
 * since. What no longer fits the sheet is left out (found by the property tests: findings pointed at
 * column "" or past the sheet's last column), and merges beside the table are not "in the data".
 */
import { CellValue, gridOf } from '../../../src/core/grid';
import { readRegisters } from '../../../src/core/registers';

const TODAY = { y: 2026, m: 11, d: 27 };
const ROWS: CellValue[][] = [
  ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Ngày vào Đảng'],
  [1, 'Nguyễn Văn An', 'Nam', '12/03/1970', '03/02/1995'],
  [2, 'Trần Thị Bình', 'Nữ', '01/02/1980', '19/05/2008'],
];

function read(override: { headerRows?: number[]; columns?: Record<string, string> }, merges?: { top: number; left: number; bottom: number; right: number }[]) {
  return readRegisters([gridOf('DS', ROWS, { merges: merges || [] })], {
    today: TODAY,
    overrides: [{ sheet: 'DS', kind: 'members', headerRows: override.headerRows, columns: override.columns }],
  });
}

describe('a stale correction', () => {
  test('a column letter past the sheet, or no letter at all, is left out: the detected column stays', () => {
    for (const letter of ['Z', '', '1']) {
      const r = read({ columns: { name: letter } });
      expect(r.dataset.tables[0].columns.name).toBe('B');
      expect(r.dataset.members.map((m) => m.name)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
      expect(r.findings).toEqual([]);
    }
  });

  test('a column inside the sheet is still taken as the user chose it', () => {
    const r = read({ columns: { ethnicity: 'A' } });
    expect(r.dataset.tables[0].columns).toMatchObject({ name: 'B', ethnicity: 'A' });
  });

  test('header rows past the last row are left out and the header is detected', () => {
    const r = read({ headerRows: [40, 41] });
    expect(r.dataset.tables[0].headerRows).toEqual([1]);
    expect(r.dataset.members.length).toBe(2);
  });
});

describe('merged cells beside the table', () => {
  test('a merge right of the last column is not in the data; one over a data cell is', () => {
    const r = read({}, [
      { top: 2, left: 7, bottom: 3, right: 9 },
      { top: 2, left: 3, bottom: 2, right: 4 },
    ]);
    const merged = r.findings.filter((f) => f.code === 'merged-cells-in-data');
    expect(merged.map((f) => [f.row, f.column])).toEqual([[2, 'C']]);
  });
});
