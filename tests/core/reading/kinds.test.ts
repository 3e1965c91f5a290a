/**
 * What each sheet of a workbook is, decided by content; unit info; one chi bộ per sheet; user overrides.
 */
import { CellValue, Grid, gridOf } from '../../../src/core/grid';
import { readRegisters, detectSheetKind } from '../../../src/core/registers';
import { cellNameFromTitle } from '../../../src/core/schema/cellTitle';

function memberSheet(name: string, title: string | null, people: string[]): Grid {
  const rows: CellValue[][] = [];
  if (title) rows.push([title], []);
  rows.push(['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Ngày vào Đảng']);
  people.forEach((p, i) => rows.push([i + 1, p, 'Nam', '1970', '1995']));
  return gridOf(name, rows);
}

const UNIT = gridOf('Thông tin', [
  ['THÔNG TIN ĐƠN VỊ'],
  ['Tên đảng bộ', null, 'Đảng bộ Sở Khoa học và Công nghệ'],
  ['Cấp ủy cấp trên', 'Đảng ủy Khối các cơ quan tỉnh'],
  ['Nhiệm kỳ:', '2020-2025'],
  ['Số ủy viên BCH', '05'],
  ['Số ủy viên UBKT: 03'],
  ['Tổng số CB-CC-VC-NLĐ', 93],
  ['Kỳ báo cáo từ ngày', '22/02/2018'],
  ['Kỳ báo cáo đến ngày', 44196],
  ['Số, ký hiệu', '15-BC/ĐU'],
  ['Người ký', 'Nguyễn Văn An'],
  ['Địa danh', 'Vĩnh Phúc'],
], { dateCells: new Set(['9:2']) });

const MEETINGS = gridOf('Sổ sinh hoạt', [
  ['SỔ THEO DÕI SINH HOẠT CHI BỘ VĂN PHÒNG NĂM 2020'],
  [],
  ['STT', 'Ngày họp', 'Hình thức', 'Tổng số', 'Có mặt', 'Vắng có lý do', 'Vắng không lý do'],
  [1, '05/01/2020', 'Thường kỳ', 15, 14, 1, 0],
  [2, '05/02/2020', 'Thường kỳ', 15, 15, 0, 0],
]);

// A previously generated report and findings sheet must be left alone.
const REPORT = gridOf('Báo cáo sơ kết', [
  ['ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH', null, null, 'ĐẢNG CỘNG SẢN VIỆT NAM'],
  ['ĐẢNG BỘ SỞ KHOA HỌC VÀ CÔNG NGHỆ'],
  ['BÁO CÁO'],
  ['Đảng bộ có 66 đảng viên, đạt tỷ lệ 71% so với tổng số 93 công chức, viên chức, người lao động.'],
  ['Chi bộ', 'Số đảng viên', 'Tỷ lệ'],
  ['Chi bộ Văn phòng', 20, 0.3],
  ['Năm', 'Số đảng viên kết nạp'],
  [2018, 2],
  ['T/M ĐẢNG ỦY'],
]);
const CHECKS = gridOf('Kiểm tra dữ liệu', [
  ['Mức độ', 'Mã', 'Trang', 'Dòng', 'Cột', 'Giá trị', 'Nội dung', 'Đề xuất'],
  ['Lỗi', 'invalid-date', 'DS', 5, 'D', '31/02/1980', '"31/02/1980" ở cột "Ngày sinh" là ngày không có thật.', null],
]);

describe('a workbook of several sheets', () => {
  const res = readRegisters([
    REPORT,
    UNIT,
    memberSheet('Chi bộ Văn phòng', null, ['Nguyễn Văn An', 'Lê Văn Bình']),
    memberSheet('Sheet2', 'DANH SÁCH ĐẢNG VIÊN CHI BỘ KỸ THUẬT', ['Trần Văn Cường']),
    MEETINGS,
    CHECKS,
  ]);

  test('each sheet is recognised by content; the report and findings sheets are ignored', () => {
    expect(res.dataset.tables.map((t) => [t.sheet, t.kind])).toEqual([
      ['Thông tin', 'unit'],
      ['Chi bộ Văn phòng', 'members'],
      ['Sheet2', 'members'],
      ['Sổ sinh hoạt', 'meetings'],
    ]);
    expect(res.findings).toEqual([]);
  });

  test('one chi bộ per sheet: from a title row, else from the sheet name', () => {
    expect(res.dataset.members.map((m) => [m.name, m.cell])).toEqual([
      ['Nguyễn Văn An', 'Chi bộ Văn phòng'],
      ['Lê Văn Bình', 'Chi bộ Văn phòng'],
      ['Trần Văn Cường', 'Chi bộ Kỹ thuật'],
    ]);
    expect(res.dataset.tables[2].sheetCell).toBe('Chi bộ Kỹ thuật');
    expect(res.dataset.meetings.map((m) => m.cell)).toEqual(['Chi bộ Văn phòng', 'Chi bộ Văn phòng']);
  });

  test('unit info: the value in the next cell or after a colon; numbers as text and dates', () => {
    const u = res.dataset.unit;
    expect(u).toMatchObject({
      partyName: 'Đảng bộ Sở Khoa học và Công nghệ',
      parentName: 'Đảng ủy Khối các cơ quan tỉnh',
      term: '2020-2025',
      executiveCount: 5,
      inspectionCount: 3,
      staffTotal: 93,
      periodFrom: { y: 2018, m: 2, d: 22 },
      periodTo: { y: 2020, m: 12, d: 31 },
      documentNumber: '15-BC/ĐU',
      signer: 'Nguyễn Văn An',
      place: 'Vĩnh Phúc',
      documentTitle: null,
    });
    expect(u.src.partyName).toEqual({ sheet: 'Thông tin', row: 2, column: 'C' });
    expect(u.src.inspectionCount).toEqual({ sheet: 'Thông tin', row: 6, column: 'A' });
  });

  test('sheet kind scores', () => {
    expect(detectSheetKind(REPORT)).toBeNull();
    expect(detectSheetKind(CHECKS)).toBeNull();
    expect(detectSheetKind(MEETINGS)!.kind).toBe('meetings');
  });
});

describe('chi bộ names in titles', () => {
  test('forms of title and sheet name', () => {
    expect(cellNameFromTitle('SỔ THEO DÕI SINH HOẠT CHI BỘ VĂN PHÒNG NĂM 2020')).toBe('Chi bộ Văn phòng');
    expect(cellNameFromTitle('Danh sách đảng viên Chi bộ Trung tâm ứng dụng (tính đến 31/12/2020)')).toBe('Chi bộ Trung tâm ứng dụng');
    expect(cellNameFromTitle('CB Kỹ thuật', true)).toBe('Chi bộ Kỹ thuật');
    expect(cellNameFromTitle('DANH SÁCH ĐẢNG VIÊN')).toBeNull();
    expect(cellNameFromTitle('CÁC CHI BỘ TRỰC THUỘC')).toBeNull();
    expect(cellNameFromTitle('SỔ THEO DÕI SINH HOẠT CHI BỘ')).toBeNull();
  });
});

describe('the user corrects the detection', () => {
  const odd = gridOf('Nhập', [
    ['Tên', 'Phái', 'Sinh', 'Vào Đảng', 'Đơn vị'],
    ['Nguyễn Văn An', 'Nam', '12/03/1970', '03/02/1995', 'Văn phòng'],
  ]);

  test('without a correction the sheet is not found', () => {
    const res = readRegisters([odd]);
    expect(res.dataset.members).toHaveLength(0);
    expect(res.findings.map((f) => f.code)).toEqual(['sheet-kind-not-found']);
  });

  test('kind, header rows and columns forced by the user', () => {
    const res = readRegisters([odd], {
      overrides: [
        { sheet: 'Nhập', kind: 'members', headerRows: [1], columns: { name: 'A', gender: 'B', birth: 'C', admitted: 'D', cell: 'E' } },
      ],
    });
    expect(res.findings).toEqual([]);
    expect(res.dataset.members[0]).toMatchObject({
      name: 'Nguyễn Văn An',
      gender: 'male',
      birth: { y: 1970, m: 3, d: 12 },
      admitted: { y: 1995, m: 2, d: 3 },
      cell: 'Văn phòng',
    });
    expect(res.dataset.tables[0]).toMatchObject({ headerRows: [1], firstDataRow: 2, columns: { name: 'A', cell: 'E' } });
  });

  test('a sheet the user marks "ignore" is not read', () => {
    const res = readRegisters([memberSheet('DS', null, ['Nguyễn Văn An']), MEETINGS], {
      overrides: [{ sheet: 'Sổ sinh hoạt', kind: 'ignore' }],
    });
    expect(res.dataset.meetings).toHaveLength(0);
    expect(res.dataset.tables.map((t) => t.sheet)).toEqual(['DS']);
  });

  test('dates in a 1904 workbook', () => {
    const g = gridOf('DS', [
      ['Họ và tên', 'Giới tính', 'Ngày sinh', 'Ngày vào Đảng'],
      ['Nguyễn Văn An', 'Nam', 1, 2],
    ], { dateCells: new Set(['2:3', '2:4']) });
    const res = readRegisters([g], { date1904: true });
    expect(res.dataset.members[0].birth).toEqual({ y: 1904, m: 1, d: 2 });
    expect(res.dataset.members[0].admitted).toEqual({ y: 1904, m: 1, d: 3 });
  });
});
