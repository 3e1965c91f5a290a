/**
 * Several registers on one sheet, read from plain grids: one under the other (each table ends where the
 * next one's title rows begin), side by side (split by an empty column), unit info above a list; and
 * what must not be split: one table with an empty spacer column, or notes beside a table.
 */
import { CellValue, gridOf } from '../../../src/core/grid';
import { readRegisters } from '../../../src/core/registers';
import { sheetRegions } from '../../../src/core/sheetTables';

const TODAY = { y: 2026, m: 11, d: 27 };
const HEADER: CellValue[] = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Ngày vào Đảng'];
const LOG_HEADER: CellValue[] = ['Ngày sinh hoạt', 'Hình thức', 'Tổng số', 'Có mặt', 'Vắng có lý do'];

function member(n: number, name: string, gender: string): CellValue[] {
  return [n, name, gender, '0' + n + '/03/1975', '0' + n + '/02/2005'];
}

describe('tables one under the other', () => {
  const rows: CellValue[][] = [
    ['DANH SÁCH ĐẢNG VIÊN CHI BỘ VĂN PHÒNG'],
    HEADER,
    member(1, 'Nguyễn Văn An', 'Nam'),
    member(2, 'Trần Thị Bình', 'Nữ'),
    [],
    ['DANH SÁCH ĐẢNG VIÊN CHI BỘ KỸ THUẬT'],
    HEADER,
    member(1, 'Lê Văn Cường', 'Nam'),
    // A heading at the end of the sheet names no one: it is not part of the table.
    ['II. Chi bộ Tài vụ'],
  ];
  const read = readRegisters([gridOf('Danh sách', rows)], { today: TODAY });

  test('each table is read from its own header, with the chi bộ of its own title row', () => {
    expect(read.dataset.tables.map((t) => [t.headerRows, t.firstDataRow, t.lastDataRow, t.sheetCell])).toEqual([
      [[2], 3, 4, 'Chi bộ Văn phòng'],
      [[7], 8, 8, 'Chi bộ Kỹ thuật'],
    ]);
    expect(read.dataset.members.map((m) => [m.name, m.cell])).toEqual([
      ['Nguyễn Văn An', 'Chi bộ Văn phòng'],
      ['Trần Thị Bình', 'Chi bộ Văn phòng'],
      ['Lê Văn Cường', 'Chi bộ Kỹ thuật'],
    ]);
    expect(read.findings).toEqual([]);
  });

  test('a second header straight under the rows (no blank or title row) starts a new table, not a record', () => {
    const tight = readRegisters([gridOf('Danh sách', [HEADER, member(1, 'Nguyễn Văn An', 'Nam'), LOG_HEADER, ['05/01/2020', 'Thường kỳ', 10, 9, 1]])], {
      today: TODAY,
    });
    expect(tight.dataset.tables.map((t) => [t.kind, t.headerRows[0], t.lastDataRow])).toEqual([
      ['members', 1, 2],
      ['meetings', 3, 4],
    ]);
    expect(tight.dataset.members.map((m) => m.name)).toEqual(['Nguyễn Văn An']);
    expect(tight.dataset.meetings.map((g) => g.present)).toEqual([9]);
  });
});

describe('tables side by side', () => {
  test('an empty column between a member list and a meeting log splits them', () => {
    const rows: CellValue[][] = [
      HEADER.concat([null], LOG_HEADER, ['Chi bộ']),
      member(1, 'Nguyễn Văn An', 'Nam').concat([null, '05/01/2020', 'Thường kỳ', 2, 2, 0, 'Chi bộ Văn phòng']),
      member(2, 'Trần Thị Bình', 'Nữ').concat([null, '06/02/2020', 'Chuyên đề', 2, 1, 1, 'Chi bộ Văn phòng']),
    ];
    const read = readRegisters([gridOf('Sổ', rows)], { today: TODAY });
    expect(read.dataset.tables.map((t) => [t.kind, t.columns.name || t.columns.date])).toEqual([
      ['members', 'B'],
      ['meetings', 'G'],
    ]);
    expect(read.dataset.meetings.map((g) => [g.kind, g.present, g.cell])).toEqual([
      ['regular', 2, 'Chi bộ Văn phòng'],
      ['thematic', 1, 'Chi bộ Văn phòng'],
    ]);
  });

  test('an empty spacer column inside one table, or notes beside it, split nothing', () => {
    const rows: CellValue[][] = [
      ['Họ và tên', 'Giới tính', null, 'Ngày sinh', 'Ngày vào Đảng', 'Chuyên môn', null, null],
      ['Nguyễn Văn An', 'Nam', null, '12/03/1970', '03/02/1995', 'Đại học', null, 'Ghi chú: chuyển đến năm 2019'],
      ['Trần Thị Bình', 'Nữ', null, '01/02/1980', '19/05/2008', 'Thạc sĩ'],
    ];
    const regions = sheetRegions(gridOf('DS', rows));
    expect(regions.length).toBe(1);
    const read = readRegisters([gridOf('DS', rows)], { today: TODAY });
    expect(read.dataset.tables[0].columns).toMatchObject({ name: 'A', gender: 'B', birth: 'D', admitted: 'E', education: 'F' });
    expect(read.dataset.members.map((m) => m.education)).toEqual(['university', 'master']);
  });
});

describe('unit info on the sheet of a member list', () => {
  test('key–value rows above the header are read as unit info, and the list under them as members', () => {
    const rows: CellValue[][] = [
      ['Tên đảng bộ', 'Đảng bộ Sở Khoa học và Công nghệ'],
      ['Tổng số CB-CC-VC-NLĐ', '93'],
      ['Kỳ báo cáo từ ngày', '01/01/2018'],
      ['Kỳ báo cáo đến ngày', '31/12/2020'],
      [],
      HEADER,
      member(1, 'Nguyễn Văn An', 'Nam'),
    ];
    const read = readRegisters([gridOf('Sổ', rows)], { today: TODAY });
    expect(read.dataset.tables.map((t) => t.kind)).toEqual(['unit', 'members']);
    expect([read.dataset.unit.staffTotal, read.dataset.unit.periodTo]).toEqual([93, { y: 2020, m: 12, d: 31 }]);
    expect(read.dataset.members.length).toBe(1);
  });
});
