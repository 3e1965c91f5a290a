/**
 * The rows under the header: records, group-title rows, total rows, blank rows and the end of the table.
 */
import { CellValue, gridOf } from '../../../src/core/grid';
import { readRegisters } from '../../../src/core/registers';
import { groupTitle, isTotalLabel } from '../../../src/core/table';
import { fold } from '../../../src/core/text/normalize';

const HEAD = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Ngày vào Đảng'];

function person(n: number, name: string, g = 'Nam'): CellValue[] {
  return [n, name, g, '12/03/1970', '03/02/1995'];
}

function read(rows: CellValue[][], extra?: object) {
  return readRegisters([gridOf('DS', rows, extra)]);
}

describe('group-title rows', () => {
  test('give the chi bộ of the rows under them and are not members', () => {
    const res = read([
      HEAD,
      ['I', 'Chi bộ Văn phòng'],
      person(1, 'Nguyễn Văn An'),
      person(2, 'Lê Văn Bình'),
      ['II. Chi bộ Kỹ thuật'],
      person(3, 'Trần Văn Cường'),
      [null, 'Chi bộ Trung tâm ứng dụng'],
      person(4, 'Phạm Văn Dũng'),
    ]);
    expect(res.dataset.members.map((m) => [m.name, m.cell])).toEqual([
      ['Nguyễn Văn An', 'Chi bộ Văn phòng'],
      ['Lê Văn Bình', 'Chi bộ Văn phòng'],
      ['Trần Văn Cường', 'Chi bộ Kỹ thuật'],
      ['Phạm Văn Dũng', 'Chi bộ Trung tâm ứng dụng'],
    ]);
    expect(res.findings).toEqual([]);
  });

  test('a chi bộ column wins over the group row', () => {
    const res = read([
      [...HEAD, 'Chi bộ'],
      ['I. Văn phòng Sở'],
      [...person(1, 'Nguyễn Văn An'), 'Chi bộ Văn phòng'],
      [...person(2, 'Lê Văn Bình'), null],
    ]);
    expect(res.dataset.members.map((m) => m.cell)).toEqual(['Chi bộ Văn phòng', 'Văn phòng Sở']);
  });

  test('give the chi bộ of meetings in a log without a chi bộ column', () => {
    const res = readRegisters([
      gridOf('Sổ', [
        ['STT', 'Ngày họp', 'Hình thức', 'Có mặt'],
        ['I. Chi bộ Văn phòng'],
        [1, '05/01/2020', 'Thường kỳ', 12],
        ['II. Chi bộ Kỹ thuật'],
        [1, '06/01/2020', 'Thường kỳ', 9],
      ]),
      gridOf('DS', [HEAD, person(1, 'Nguyễn Văn An')]),
    ]);
    expect(res.dataset.meetings.map((m) => [m.src.row, m.cell])).toEqual([
      [3, 'Chi bộ Văn phòng'],
      [5, 'Chi bộ Kỹ thuật'],
    ]);
    expect(res.findings).toEqual([]);
  });

  test('recognises the forms offices write', () => {
    expect(groupTitle(['I. Chi bộ Văn phòng'])).toBe('Chi bộ Văn phòng');
    expect(groupTitle(['I', 'Chi bộ Văn phòng'])).toBe('Chi bộ Văn phòng');
    expect(groupTitle(['Chi bộ Trung tâm ứng dụng (07 đồng chí)'])).toBe('Chi bộ Trung tâm ứng dụng');
    expect(groupTitle(['CB Kỹ thuật'])).toBe('CB Kỹ thuật');
    // A name alone, or a numbered member, is not a group row.
    expect(groupTitle(['Nguyễn Văn An'])).toBeNull();
    expect(groupTitle([5, 'Nguyễn Văn An'])).toBeNull();
    expect(groupTitle(['01', 'Nguyễn Văn An'])).toBeNull();
  });
});

describe('total rows', () => {
  test('"Tổng cộng" and "Cộng" rows are skipped with an info finding on their cell', () => {
    const res = read([HEAD, person(1, 'Nguyễn Văn An'), ['Cộng', null, '01'], person(2, 'Lê Văn Bình'), [null, 'Tổng cộng: 02 đồng chí']]);
    expect(res.dataset.members.map((m) => m.name)).toEqual(['Nguyễn Văn An', 'Lê Văn Bình']);
    expect(res.findings.map((f) => [f.code, f.severity, f.sheet, f.row, f.column])).toEqual([
      ['total-row-in-data', 'info', 'DS', 3, 'A'],
      ['total-row-in-data', 'info', 'DS', 5, 'B'],
    ]);
  });

  test('a total row numbered like a member is still a total row', () => {
    const res = read([HEAD, person(1, 'Nguyễn Văn An'), [2, 'Tổng cộng', null, null, null]]);
    expect(res.dataset.members).toHaveLength(1);
    expect(res.findings.map((f) => [f.code, f.row, f.column, f.value])).toEqual([['total-row-in-data', 3, 'B', 'Tổng cộng']]);
  });

  test('labels', () => {
    ['Tổng cộng', 'Cộng', 'TỔNG CỘNG', 'Tổng số: 66', 'Cộng 20', 'Tổng'].forEach((t) => expect([t, isTotalLabel(fold(t))]).toEqual([t, true]));
    ['Công Văn Thành', 'Tổng Thị Hà'].forEach((t) => expect([t, isTotalLabel(fold(t))]).toEqual([t, false]));
  });
});

describe('where the table ends', () => {
  test('one blank row inside the data is skipped; two blank rows end the table', () => {
    const res = read([HEAD, person(1, 'Nguyễn Văn An'), [], person(2, 'Lê Văn Bình'), [], [], person(3, 'Danh sách khác')]);
    expect(res.dataset.members.map((m) => m.name)).toEqual(['Nguyễn Văn An', 'Lê Văn Bình']);
    expect(res.dataset.tables[0].lastDataRow).toBe(4);
  });

  test('a signature or notes block ends the table', () => {
    const blocks: CellValue[][] = [
      [null, 'Người lập biểu'],
      [null, null, null, 'T/M ĐẢNG ỦY'],
      ['Ghi chú: danh sách gồm cả đảng viên dự bị'],
      [null, null, 'Vĩnh Yên, ngày 31 tháng 12 năm 2020'],
    ];
    blocks.forEach(function (b) {
      const res = read([HEAD, person(1, 'Nguyễn Văn An'), b, person(2, 'Nguyễn Văn Ký')]);
      expect(res.dataset.members.map((m) => m.name)).toEqual(['Nguyễn Văn An']);
      expect(res.findings).toEqual([]);
    });
  });

  test('pre-numbered empty rows are not members', () => {
    const res = read([HEAD, person(1, 'Nguyễn Văn An'), [2], [3], [4]]);
    expect(res.dataset.members).toHaveLength(1);
    expect(res.findings).toEqual([]);
  });
});

describe('gender from the layout', () => {
  test('the Nam | Nữ column a birth date sits in gives the gender', () => {
    const res = read([
      ['STT', 'Họ và tên', 'Năm sinh', null, 'Ngày vào Đảng'],
      [null, null, 'Nam', 'Nữ', null],
      [1, 'Nguyễn Văn An', '12/03/1970', null, '03/02/1995'],
      [2, 'Trần Thị Bình', null, 1982, '19/05/2008'],
    ]);
    const [an, binh] = res.dataset.members;
    expect([an.gender, an.birth, an.src.columns.birth, an.src.columns.gender]).toEqual(['male', { y: 1970, m: 3, d: 12 }, 'C', 'C']);
    expect([binh.gender, binh.birth, binh.src.columns.birth]).toEqual(['female', { y: 1982, m: 1, d: 1, yearOnly: true }, 'D']);
    expect(res.findings).toEqual([]);
  });

  test('x-marks in Nam | Nữ columns', () => {
    const res = read([
      ['Họ và tên', 'Nam', 'Nữ', 'Ngày sinh', 'Ngày vào Đảng'],
      ['Nguyễn Văn An', 'x', null, '1970', '1995'],
      ['Trần Thị Bình', null, 'X', '1982', '2008'],
      ['Lê Văn Cường', null, null, '1975', '2000'],
    ]);
    expect(res.dataset.members.map((m) => m.gender)).toEqual(['male', 'female', null]);
    expect(res.findings.map((f) => [f.code, f.row, f.column])).toEqual([['required-value-missing', 4, 'B']]);
  });
});

describe('merged cells in the data', () => {
  test('a chi bộ merged down over its rows applies to each row, with a warning', () => {
    const res = read(
      [
        [...HEAD, 'Chi bộ'],
        [...person(1, 'Nguyễn Văn An'), 'Chi bộ Văn phòng'],
        [...person(2, 'Lê Văn Bình'), null],
        [...person(3, 'Trần Văn Cường'), 'Chi bộ Kỹ thuật'],
      ],
      { merges: [{ top: 2, left: 6, bottom: 3, right: 6 }] },
    );
    expect(res.dataset.members.map((m) => m.cell)).toEqual(['Chi bộ Văn phòng', 'Chi bộ Văn phòng', 'Chi bộ Kỹ thuật']);
    expect(res.findings.map((f) => [f.code, f.severity, f.row, f.column, f.message])).toEqual([
      ['merged-cells-in-data', 'warning', 2, 'F', 'Vùng F2:F3 là ô gộp nằm trong phần dữ liệu; chỉ ô đầu tiên có giá trị.'],
    ]);
  });

  test('a group-title row merged across the table is not reported', () => {
    const res = read([HEAD, ['I. Chi bộ Văn phòng'], person(1, 'Nguyễn Văn An')], { merges: [{ top: 2, left: 1, bottom: 2, right: 5 }] });
    expect(res.findings).toEqual([]);
    expect(res.dataset.members[0].cell).toBe('Chi bộ Văn phòng');
  });
});
