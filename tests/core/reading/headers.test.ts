/**
 * Header detection: where the header is, which column holds which field.
 */
import { CellValue, gridOf } from '../../../src/core/grid';
import { detectTable, columnLetters, TableLayout } from '../../../src/core/table';
import { MEMBER_SCHEMA } from '../../../src/core/schema/members';
import { MEETING_SCHEMA } from '../../../src/core/schema/meetings';
import { readRegisters } from '../../../src/core/registers';
import { IMPORT_COLUMNS, IMPORT_LOW, IMPORT_MERGES, IMPORT_TOP } from './nationalImportColumns';

/** The base header row with `header` in the field's usual column, or appended when the base lacks it. */
function withHeader(base: CellValue[], baseCol: Record<string, number>, field: string, header: string): { head: CellValue[]; col: number } {
  const head = base.slice();
  if (baseCol[field] !== undefined) {
    head[baseCol[field]] = header;
    return { head: head, col: baseCol[field] };
  }
  head.push(header);
  return { head: head, col: head.length - 1 };
}

function members(rows: CellValue[][], extra?: object): TableLayout {
  const t = detectTable(gridOf('S', rows, extra), MEMBER_SCHEMA);
  if (!t) throw new Error('no table');
  return t;
}

function meetings(rows: CellValue[][]): TableLayout {
  const t = detectTable(gridOf('S', rows), MEETING_SCHEMA);
  if (!t) throw new Error('no table');
  return t;
}

const MEMBER_ROW: CellValue[] = [1, 'Nguyễn Văn An', 'Nam', '12/03/1970', '03/02/1995'];

describe('member headers: every spelling maps to its field', () => {
  // Base columns A..E: STT, name, gender, birth, admitted; a spelling replaces its base column or is added as F.
  const base = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Ngày vào Đảng'];
  const baseCol: Record<string, number> = { name: 1, gender: 2, birth: 3, admitted: 4 };
  const cases: [string, string][] = [
    ['name', 'Họ và tên'],
    ['name', 'Họ tên'],
    ['name', 'Họ và tên khai sinh'],
    ['name', 'Tên đảng viên'],
    ['name', 'HỌ VÀ TÊN'],
    ['gender', 'Giới tính'],
    ['gender', 'Nam/Nữ'],
    ['birth', 'Ngày sinh'],
    ['birth', 'Ngày, tháng, năm sinh'],
    ['birth', 'Năm sinh'],
    ['birth', 'Sinh ngày'],
    ['ethnicity', 'Dân tộc'],
    ['religion', 'Tôn giáo'],
    ['admitted', 'Ngày vào Đảng'],
    ['admitted', 'Ngày kết nạp'],
    ['admitted', 'Ngày vào Đảng (dự bị)'],
    ['official', 'Ngày chính thức'],
    ['official', 'Ngày vào Đảng chính thức'],
    ['official', 'Ngày công nhận chính thức'],
    ['cell', 'Chi bộ'],
    ['cell', 'Tổ chức Đảng đang sinh hoạt'],
    ['cell', 'Sinh hoạt tại chi bộ'],
    ['education', 'Trình độ chuyên môn'],
    ['education', 'Chuyên môn'],
    ['education', 'Trình độ CM'],
    ['education', 'Chuyên môn nghiệp vụ'],
    ['education', 'Học vấn'],
    ['theory', 'Lý luận chính trị'],
    ['theory', 'Trình độ LLCT'],
    ['theory', 'LLCT'],
    ['theory', 'Chính trị'],
    ['position', 'Chức vụ'],
    ['position', 'Chức vụ Đảng'],
    ['position', 'Chức vụ chính quyền'],
    ['cardNumber', 'Số thẻ đảng viên'],
    ['cardNumber', 'Số thẻ Đảng'],
    ['cardNumber', 'Số thẻ'],
    ['status', 'Trạng thái'],
    ['status', 'Trạng thái hoạt động'],
    ['status', 'Tình trạng'],
    ['leftDate', 'Ngày rời'],
    ['leftDate', 'Ngày chuyển đi'],
    ['leftDate', 'Ngày rời khỏi/ Ngày mất/ Ngày miễn sinh hoạt Đảng'],
    ['rating:2020', 'Xếp loại năm 2020'],
    ['rating:2020', 'Xếp loại 2020'],
    ['rating:2020', 'Đánh giá, xếp loại năm 2020'],
  ];
  test.each(cases)('%s <- "%s"', (field, header) => {
    const { head, col } = withHeader(base, baseCol, field, header);
    const t = members([head, MEMBER_ROW]);
    expect(t.valid).toBe(true);
    expect(t.columns[field]).toBe(col + 1);
  });

  test('headers match whatever the case, marks and tone placement ("Uỷ"/"Ủy", decomposed text)', () => {
    const decomposed = 'Họ và tên'.normalize('NFD');
    const t = members([[ 'STT', decomposed, 'GIỚI TÍNH', 'ngay sinh', 'NGÀY VÀO ĐẢNG', 'Lý luận chính trị'.normalize('NFD') ], MEMBER_ROW]);
    expect(columnLetters(t)).toEqual({ name: 'B', gender: 'C', birth: 'D', admitted: 'E', theory: 'F' });
  });

  test('several yearly rating columns, each with its year', () => {
    const t = members([
      ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Ngày vào Đảng', 'Xếp loại năm 2019', 'Xếp loại năm 2020'],
      MEMBER_ROW,
    ]);
    expect(t.columns['rating:2019']).toBe(6);
    expect(t.columns['rating:2020']).toBe(7);
  });

  test('a weak match is not mapped', () => {
    const t = members([
      [
        'STT',
        'Họ và tên',
        'Giới tính',
        'Ngày sinh',
        'Ngày vào Đảng',
        'Nơi sinh hoạt trước khi chuyển về chi bộ hiện nay',
        'Ghi chú (ngày chuyển đi)',
      ],
      MEMBER_ROW,
    ]);
    expect(t.columns.cell).toBeUndefined();
    expect(t.columns.leftDate).toBeUndefined();
  });
});

describe('where the header is', () => {
  test('title rows and blank rows above the header', () => {
    const t = members([
      ['ĐẢNG BỘ SỞ KHOA HỌC VÀ CÔNG NGHỆ', null, null, null, 'ĐẢNG CỘNG SẢN VIỆT NAM'],
      ['DANH SÁCH ĐẢNG VIÊN'],
      ['(Tính đến ngày 31/12/2020)'],
      [],
      ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Ngày vào Đảng'],
      MEMBER_ROW,
    ]);
    expect(t.headerRows).toEqual([5]);
    expect(t.firstDataRow).toBe(6);
  });

  test('a sheet whose used range starts below and right of A1', () => {
    const g = gridOf('S', [['Họ và tên', 'Giới tính', 'Ngày sinh', 'Ngày vào Đảng'], ['Lê Văn Bình', 'Nam', '1970', '1995']], {
      originRow: 4,
      originCol: 3,
    });
    const t = detectTable(g, MEMBER_SCHEMA)!;
    expect(t.headerRows).toEqual([4]);
    expect(columnLetters(t)).toEqual({ name: 'C', gender: 'D', birth: 'E', admitted: 'F' });
  });

  test('a row of column numbers "1 2 3" under the header is skipped', () => {
    const t = members([['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Ngày vào Đảng'], [1, 2, 3, 4, 5], MEMBER_ROW]);
    expect(t.columnNumberRow).toBe(2);
    expect(t.firstDataRow).toBe(3);
  });

  test('a row "(1) (2) (3)" under the header is skipped', () => {
    const t = members([['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Ngày vào Đảng'], ['(1)', '(2)', '(3)', '(4)', '(5)'], MEMBER_ROW]);
    expect(t.columnNumberRow).toBe(2);
    expect(t.firstDataRow).toBe(3);
  });

  test('a first data row is not mistaken for a row of column numbers', () => {
    const t = members([['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Ngày vào Đảng'], MEMBER_ROW]);
    expect(t.columnNumberRow).toBeNull();
    expect(t.firstDataRow).toBe(2);
  });
});

describe('two-row headers', () => {
  const top = ['STT', 'Họ và tên', 'Ngày, tháng, năm sinh', null, 'Ngày vào Đảng', 'Trình độ', null, 'Chi bộ'];
  const low = [null, null, 'Nam', 'Nữ', null, 'Chuyên môn', 'Lý luận chính trị', null];
  const data = [1, 'Trần Thị Bình', null, '05/11/1982', '19/05/2008', 'Đại học', 'Trung cấp', 'Văn phòng'];

  test('without merge information, an empty top cell continues the group label on its left', () => {
    const t = members([top, low, data]);
    expect(t.headerRows).toEqual([1, 2]);
    expect(columnLetters(t)).toEqual({
      name: 'B',
      birthMale: 'C',
      birthFemale: 'D',
      admitted: 'E',
      education: 'F',
      theory: 'G',
      cell: 'H',
    });
    expect(t.headerText.theory).toBe('Trình độ / Lý luận chính trị');
    expect(t.firstDataRow).toBe(3);
  });

  test('with merge information', () => {
    const merges = [
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 1, left: 2, bottom: 2, right: 2 },
      { top: 1, left: 3, bottom: 1, right: 4 },
      { top: 1, left: 5, bottom: 2, right: 5 },
      { top: 1, left: 6, bottom: 1, right: 7 },
      { top: 1, left: 8, bottom: 2, right: 8 },
    ];
    const t = members([top, low, data], { merges: merges });
    expect(t.headerRows).toEqual([1, 2]);
    expect(t.columns.birthFemale).toBe(4);
    expect(t.columns.theory).toBe(7);
  });

  test('"Giới tính" over "Nam | Nữ" x-mark columns', () => {
    const t = members([
      ['STT', 'Họ và tên', 'Giới tính', null, 'Ngày sinh', 'Ngày vào Đảng'],
      [null, null, 'Nam', 'Nữ', null, null],
      [1, 'Trần Thị Bình', null, 'x', '05/11/1982', '19/05/2008'],
    ]);
    expect(columnLetters(t)).toEqual({ name: 'B', genderMale: 'C', genderFemale: 'D', birth: 'E', admitted: 'F' });
  });

  test('meeting log: "Vắng" over "Có lý do | Không lý do", "Thời gian" over "Bắt đầu | Kết thúc"', () => {
    const t = meetings([
      ['Chi bộ', 'Ngày sinh hoạt', 'Có mặt', 'Vắng', null, 'Thời gian', null],
      [null, null, null, 'Có lý do', 'Không lý do', 'Bắt đầu', 'Kết thúc'],
      ['Văn phòng', '05/01/2020', 12, 1, 0, '14:00', '16:00'],
    ]);
    expect(t.headerRows).toEqual([1, 2]);
    expect(columnLetters(t)).toEqual({
      cell: 'A',
      date: 'B',
      present: 'C',
      absentExcused: 'D',
      absentUnexcused: 'E',
      start: 'F',
      end: 'G',
    });
  });
});

describe('meeting headers: every spelling maps to its field', () => {
  const base = ['Chi bộ', 'Ngày sinh hoạt', 'Có mặt'];
  const baseCol: Record<string, number> = { cell: 0, date: 1, present: 2 };
  const cases: [string, string][] = [
    ['cell', 'Chi bộ'],
    ['date', 'Ngày sinh hoạt'],
    ['date', 'Ngày họp'],
    ['date', 'Thời gian'],
    ['date', 'Ngày'],
    ['kind', 'Hình thức'],
    ['kind', 'Loại sinh hoạt'],
    ['kind', 'Nội dung sinh hoạt (thường kỳ/chuyên đề)'],
    ['total', 'Tổng số đảng viên'],
    ['total', 'Tổng số'],
    ['total', 'Tổng số ĐV'],
    ['exempt', 'Miễn sinh hoạt'],
    ['exempt', 'Miễn SH'],
    ['present', 'Có mặt'],
    ['present', 'Số có mặt'],
    ['present', 'Dự họp'],
    ['absentExcused', 'Vắng có lý do'],
    ['absentUnexcused', 'Vắng không lý do'],
    ['start', 'Giờ bắt đầu'],
    ['start', 'Bắt đầu'],
    ['end', 'Giờ kết thúc'],
    ['end', 'Kết thúc'],
    ['hasResolution', 'Có nghị quyết/kết luận'],
    ['hasResolution', 'Nghị quyết'],
    ['hasResolution', 'Kết luận'],
    ['superiorAttended', 'Cấp ủy cấp trên dự'],
    ['superiorAttended', 'Cấp trên dự'],
    ['superiorAttended', 'Cấp uỷ cấp trên dự'],
    ['topic', 'Chủ đề'],
    ['topic', 'Nội dung chính'],
    ['topic', 'Nội dung'],
  ];
  test.each(cases)('%s <- "%s"', (field, header) => {
    const { head, col } = withHeader(base, baseCol, field, header);
    const t = meetings([head, ['Văn phòng', '05/01/2020', 12, 'x']]);
    expect(t.valid).toBe(true);
    expect(t.columns[field]).toBe(col + 1);
  });

  test('"Cấp ủy cấp trên dự họp" is not the present count, "Nội dung sinh hoạt (thường kỳ/chuyên đề)" is not the topic', () => {
    const t = meetings([
      ['Chi bộ', 'Ngày họp', 'Số có mặt', 'Cấp ủy cấp trên dự họp', 'Nội dung sinh hoạt (thường kỳ/chuyên đề)', 'Nội dung chính'],
      ['Văn phòng', '05/01/2020', 12, 'x', 'Thường kỳ', 'Học tập nghị quyết'],
    ]);
    expect(columnLetters(t)).toEqual({ cell: 'A', date: 'B', present: 'C', superiorAttended: 'D', kind: 'E', topic: 'F' });
  });
});

describe('the 2025 national import file ("File nhập liệu", 33 columns, two-row header)', () => {
  const top = IMPORT_TOP;
  const low = IMPORT_LOW;
  const merges = IMPORT_MERGES;
  const data: CellValue[] = [
    '1', '1001', 'Nguyễn Văn An', null, 'Nam', '12/03/1970', 'Kinh', 'Không', '026070001234', '012345678901', 'Đảng ủy Khối',
    '02/09/2025', '30.000010', 'Chi bộ Văn phòng', 'Việt Nam', 'Phú Thọ', 'Xã Tam Dương', 'Thôn 1', 'Việt Nam', 'Phú Thọ',
    'Xã Tam Dương', 'Thôn 1', 'Việt Nam', 'Phú Thọ', 'Phường Vĩnh Phúc', 'Số 2', '03/02/1995', '03/02/1996', null,
    'Đang sinh hoạt Đảng', null, '0912345678', null,
  ];
  const expected = IMPORT_COLUMNS;

  test('has 33 columns', () => {
    expect(top).toHaveLength(33);
    expect(data).toHaveLength(33);
  });

  test('each field maps to its column (with merge information)', () => {
    const t = members([top, low, data], { merges: merges });
    expect(t.headerRows).toEqual([1, 2]);
    expect(t.firstDataRow).toBe(3);
    expect(columnLetters(t)).toEqual(expected);
  });

  test('each field maps to its column (values only, as some hosts give them)', () => {
    const t = members([top, low, data]);
    expect(t.headerRows).toEqual([1, 2]);
    expect(columnLetters(t)).toEqual(expected);
  });

  test('reads the row as it is: card number as text with its leading zero, the old number ignored', () => {
    const res = readRegisters([gridOf('File nhập liệu', [top, low, data], { merges: merges })]);
    expect(res.findings).toEqual([]);
    const m = res.dataset.members[0];
    expect(m.src.row).toBe(3);
    expect(m.name).toBe('Nguyễn Văn An');
    expect(m.gender).toBe('male');
    expect(m.birth).toEqual({ y: 1970, m: 3, d: 12 });
    expect(m.cardNumber).toBe('012345678901');
    expect(m.cell).toBe('Chi bộ Văn phòng');
    expect(m.admitted).toEqual({ y: 1995, m: 2, d: 3 });
    expect(m.official).toEqual({ y: 1996, m: 2, d: 3 });
    expect(m.status).toBe('active');
    expect(m.religion).toBe('Không');
  });
});
