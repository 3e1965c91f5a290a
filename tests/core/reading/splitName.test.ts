/**
 * The name split over two columns ("Họ và đệm" | "Tên"), under a merged "Họ và tên" or side by side:
 * each member's name is the two parts joined, and findings about the name point at the first column.
 */
import { CellValue, MergedRange, gridOf } from '../../../src/core/grid';
import { readRegisters } from '../../../src/core/registers';
import { analyze } from '../../../src/core/analyze';

function read(rows: CellValue[][], merges?: MergedRange[]) {
  return readRegisters([gridOf('DS', rows, merges ? { merges: merges } : undefined)]);
}

const PEOPLE: CellValue[][] = [
  [1, 'Nguyễn Văn', 'An', 'Nam', '12/03/1970', '03/02/1995'],
  [2, 'Trần  Thị ', ' Bình', 'Nữ', '05/11/1982', '19/05/2008'],
  [3, 'Lê Hoàng', 'Cường', 'Nam', '30/04/1975', '02/09/2000'],
];

describe('"Họ và tên" merged over two columns', () => {
  const top: CellValue[] = ['STT', 'Họ và tên', null, 'Giới tính', 'Ngày sinh', 'Ngày vào Đảng'];
  const merges: MergedRange[] = [
    { top: 3, left: 1, bottom: 4, right: 1 },
    { top: 3, left: 2, bottom: 3, right: 3 },
    { top: 3, left: 4, bottom: 4, right: 4 },
    { top: 3, left: 5, bottom: 4, right: 5 },
    { top: 3, left: 6, bottom: 4, right: 6 },
  ];
  const lowers = ['Họ (và tên đệm)', 'Họ và tên đệm', 'Họ đệm', 'Họ và chữ đệm'];

  test.each(lowers)('"Họ và tên" over "%s" | "Tên": the name is the two parts joined', (lower) => {
    const rows: CellValue[][] = [
      ['DANH SÁCH ĐẢNG VIÊN'],
      [],
      top,
      [null, lower, 'Tên', null, null, null],
      ...PEOPLE,
    ];
    const res = read(rows, merges);
    expect(res.findings).toEqual([]);
    expect(res.dataset.members.map((m) => m.name)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Hoàng Cường']);
    expect(res.dataset.tables[0]).toMatchObject({
      headerRows: [3, 4],
      firstDataRow: 5,
      columns: { nameSurname: 'B', nameGiven: 'C', gender: 'D', birth: 'E', admitted: 'F' },
    });
    // The records themselves: gender and dates are read from the columns right of the name.
    expect(res.dataset.members[1]).toMatchObject({ gender: 'female', birth: { y: 1982, m: 11, d: 5 }, src: { row: 6 } });
  });

  test('without merge information (values only, as some hosts give them)', () => {
    const res = read([top, [null, 'Họ đệm', 'Tên', null, null, null], ...PEOPLE]);
    expect(res.dataset.members.map((m) => m.name)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Hoàng Cường']);
    expect(res.dataset.tables[0].headerRows).toEqual([1, 2]);
  });
});

describe('"Họ và đệm" | "Tên" side by side in a flat header', () => {
  const head: CellValue[] = ['STT', 'Họ và đệm', 'Tên', 'Giới tính', 'Ngày sinh', 'Ngày vào Đảng'];

  test('the name is the two parts joined', () => {
    const res = read([head, ...PEOPLE]);
    expect(res.findings).toEqual([]);
    expect(res.dataset.members.map((m) => m.name)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Hoàng Cường']);
  });

  test('a finding about the name points at the first of the two columns', () => {
    const res = read([head, PEOPLE[0], [2, null, null, 'Nữ', '05/11/1982', '19/05/2008']]);
    expect(res.dataset.members[1].name).toBeNull();
    expect(res.findings.map((f) => [f.code, f.row, f.column])).toEqual([['required-value-missing', 3, 'B']]);
    expect(res.dataset.members[0].src.columns.name).toBe('B');
  });

  test('two rows of the same person (folded name and birth date) are reported at the first name column', () => {
    // An and a second row "Nguyễn Văn" | "An" with the same birth date: one duplicate-person finding.
    const a = analyze([gridOf('DS', [head, PEOPLE[0], [2, 'NGUYỄN VĂN', 'AN', 'Nam', '12/03/1970', '03/02/1995']])], {
      from: { y: 2020, m: 1, d: 1 },
      to: { y: 2020, m: 12, d: 31 },
      today: { y: 2021, m: 1, d: 15 },
    });
    const dup = a.findings.filter((f) => f.code === 'duplicate-person');
    expect(dup.map((f) => [f.row, f.column])).toEqual([[3, 'B']]);
  });

  test('a list with a full-name column and a "Tên" column for sorting reads the full name', () => {
    const res = read([
      ['STT', 'Họ và tên', 'Tên', 'Giới tính', 'Ngày sinh', 'Ngày vào Đảng'],
      [1, 'Nguyễn Văn An', 'An', 'Nam', '12/03/1970', '03/02/1995'],
    ]);
    expect(res.dataset.members[0].name).toBe('Nguyễn Văn An');
    expect(res.dataset.tables[0].columns.name).toBe('B');
  });
});
