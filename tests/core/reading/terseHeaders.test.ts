/**
 * Small offices keep one short list per chi bộ with abbreviated headers; the chi bộ is named only in the
 * title row. Such a list must read as fully as the standard one.
 */
import { gridOf } from '../../../src/core/grid';
import { readRegisters } from '../../../src/core/registers';

describe('one list per chi bộ with abbreviated headers', () => {
  const grid = gridOf('CB Van phong', [
    ['DANH SÁCH ĐẢNG VIÊN CHI BỘ VĂN PHÒNG'],
    [],
    ['TT', 'Họ tên', 'Nam/Nữ', 'Năm sinh', 'Ngày KN', 'Ngày CT', 'CM', 'LLCT', 'DT', 'TG'],
    [1, 'Nguyễn Văn An', 'Nam', '1970', '03/02/1995', '03/02/1996', 'Thạc sĩ', 'Cao cấp', 'Kinh', 'Không'],
    [2, 'Lê Thị Bình', 'Nữ', '12/05/1980', '19/05/2008', '19/05/2009', 'Đại học', 'Trung cấp', 'Tày', 'Không'],
  ]);
  const read = readRegisters([grid]);

  test('every abbreviated header maps to its field', () => {
    expect(read.dataset.tables[0].columns).toMatchObject({
      name: 'B',
      gender: 'C',
      birth: 'D',
      admitted: 'E',
      official: 'F',
      education: 'G',
      theory: 'H',
      ethnicity: 'I',
      religion: 'J',
    });
  });

  test('the records carry the chi bộ of the title row and the official dates', () => {
    const [an, binh] = read.dataset.members;
    expect(an.cell).toMatch(/V\u0103n ph\u00f2ng/i);
    expect(binh.cell).toBe(an.cell);
    expect(an.official).toEqual({ y: 1996, m: 2, d: 3 });
    expect(an.birth).toEqual({ y: 1970, m: 1, d: 1, yearOnly: true });
    expect(binh.education).toBe('university');
    expect(binh.ethnicity).toBe('Tày');
    expect(read.findings).toEqual([]);
  });
});
