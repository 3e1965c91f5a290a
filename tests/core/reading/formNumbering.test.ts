/**
 * Member lists laid out like printed forms: a row of Excel-style column labels under the header
 * ("A", "B", "1", "2", ...), header labels broken over lines ("Ngày vào\nĐảng") or carrying notes in
 * parentheses ("Ngày sinh (dd/mm/yyyy)", "Giới tính (Nam/Nữ)", "Số thẻ đảng viên (12 số)").
 */
import { CellValue, gridOf } from '../../../src/core/grid';
import { readRegisters } from '../../../src/core/registers';

const HEAD: CellValue[] = [
  'STT',
  'Họ và\ntên',
  'Giới tính (Nam/Nữ)',
  'Ngày sinh (dd/mm/yyyy)',
  'Ngày vào\nĐảng',
  'Ngày chính thức\n(dd/mm/yyyy)',
  'Số thẻ đảng viên (12 số)',
];
const DATA: CellValue[][] = [
  [1, 'Nguyễn Văn An', 'Nam', '12/03/1970', '03/02/1995', '03/02/1996', '012345678901'],
  [2, 'Trần Thị Bình', 'Nữ', '05/11/1982', '19/05/2008', '19/05/2009', '012345678902'],
];

describe('a row of Excel-style column labels under the header', () => {
  test.each([
    ['A B 1 2 ...', ['A', 'B', '1', '2', '3', '4', '5']],
    ['(A) (B) (1) (2) ...', ['(A)', '(B)', '(1)', '(2)', '(3)', '(4)', '(5)']],
    ['A B then numbers', ['A', 'B', 1, 2, 3, 4, 5]],
  ])('%s is skipped, not read as a member', (_label, numbering) => {
    const res = readRegisters([gridOf('DS', [HEAD, numbering as CellValue[], ...DATA])]);
    expect(res.findings).toEqual([]);
    expect(res.dataset.members.map((m) => [m.src.row, m.name])).toEqual([
      [3, 'Nguyễn Văn An'],
      [4, 'Trần Thị Bình'],
    ]);
    expect(res.dataset.tables[0].firstDataRow).toBe(3);
  });
});

describe('header labels with line breaks and notes in parentheses', () => {
  test('map to their fields, and the values are read', () => {
    const res = readRegisters([gridOf('DS', [HEAD, ...DATA])]);
    expect(res.findings).toEqual([]);
    expect(res.dataset.tables[0].columns).toEqual({
      name: 'B',
      gender: 'C',
      birth: 'D',
      admitted: 'E',
      official: 'F',
      cardNumber: 'G',
    });
    expect(res.dataset.members[1]).toMatchObject({
      name: 'Trần Thị Bình',
      gender: 'female',
      birth: { y: 1982, m: 11, d: 5 },
      admitted: { y: 2008, m: 5, d: 19 },
      official: { y: 2009, m: 5, d: 19 },
      cardNumber: '012345678902',
    });
  });
});
