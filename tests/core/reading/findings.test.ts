/**
 * Findings raised while reading: each on the right sheet, Excel row and column letter with the raw
 * value, and none on clean rows.
 */
import { CellValue, gridOf } from '../../../src/core/grid';
import { readRegisters } from '../../../src/core/registers';
import { Finding } from '../../../src/core/findings';

function where(f: Finding) {
  return [f.code, f.severity, f.sheet, f.row, f.column, f.value];
}

describe('member list findings', () => {
  const decomposed = 'Đỗ Thị Hoà'.normalize('NFD');
  const rows: CellValue[][] = [
    ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Dân tộc', 'Ngày vào Đảng', 'Trình độ chuyên môn', 'Lý luận chính trị', 'Trạng thái'],
    [1, 'Nguyễn Văn An', 'Nam', '12/03/1970', 'Kinh', '03/02/1995', 'Thạc sĩ', 'Cao cấp', 'Đang sinh hoạt'],
    [2, null, 'Nam', '12/03/1971', 'Kinh', '03/02/1996', 'Đại học', 'Trung cấp', 'Đang sinh hoạt'],
    [3, 'Trần Thị Bình', 'Nuw', '05/11/1982', 'Kinh', '19/05/2008', 'Đại học', 'Trung cấp', 'Đang sinh hoạt'],
    [4, 'Lê Văn Cường', 'Nam', '31/02/1980', 'Kinh', '02/09/2005', 'Đại học', null, 'Đang sinh hoạt'],
    [5, 'Phạm Văn Dũng', 'Nam', '01/01/1985', 'Kinh', 'năm ngoái', 'Đại học', 'Sơ cấp', 'Đang sinh hoạt'],
    [6, 'Hoàng Văn Em', 'Nam', '15/06/1968', 'Tày', '07/11/1992', 'Đại học', 'TCCT', 'Đang sinh hoạt'],
    [7, 'Vũ Thị Phương', 'Nữ', '20/08/1985', 'Kinh', '26/03/2010', 'Thạc sỹ', 'Trung cấp', 'Đang sinh hoạt'],
    [8, decomposed, 'Nữ', '14/02/1988', 'Kinh', '01/06/2014', 'Đại học', 'Sơ cấp', 'Đang sinh hoạt'],
    [9, 'Bùi Văn Hải', 'Nam', '02/02/1978', 'Kinh', null, 'Đại học', 'Trung cấp', 'Nghỉ hưu'],
    [10, 'Đặng Quốc Gia', 'Nam', '09/09/1960', 'Kinh', '10/10/1985', 'Cao đẳng', 'Sơ cấp', 'Miễn sinh hoạt'],
  ];
  const res = readRegisters([gridOf('Đảng viên', rows)]);

  test('each finding names its sheet, row, column and raw value', () => {
    expect(res.findings.map(where)).toEqual([
      ['required-value-missing', 'error', 'Đảng viên', 3, 'B', null],
      ['unknown-category', 'error', 'Đảng viên', 4, 'C', 'Nuw'],
      ['impossible-date', 'error', 'Đảng viên', 5, 'D', '31/02/1980'],
      ['invalid-date', 'error', 'Đảng viên', 6, 'F', 'năm ngoái'],
      ['category-variant', 'info', 'Đảng viên', 7, 'H', 'TCCT'],
      ['category-variant', 'info', 'Đảng viên', 8, 'G', 'Thạc sỹ'],
      ['decomposed-text', 'info', 'Đảng viên', 9, 'B', decomposed],
      ['required-value-missing', 'error', 'Đảng viên', 10, 'F', null],
      ['unknown-category', 'error', 'Đảng viên', 10, 'I', 'Nghỉ hưu'],
    ]);
  });

  test('clean rows are silent', () => {
    const rowsWithFindings = res.findings.map((f) => f.row);
    [2, 11].forEach((r) => expect(rowsWithFindings).not.toContain(r));
  });

  test('messages, suggestions and group keys', () => {
    const byRow = (r: number, code: string) => res.findings.filter((f) => f.row === r && f.code === code)[0];
    expect(byRow(3, 'required-value-missing').message).toBe('Thiếu "Họ và tên".');
    expect(byRow(10, 'required-value-missing').message).toBe('Thiếu "Ngày vào Đảng" của Bùi Văn Hải.');
    const nuw = byRow(4, 'unknown-category');
    expect(nuw.suggestion).toBe('Nữ');
    expect(nuw.message).toBe('"Nuw" không phải là giá trị hợp lệ của "Giới tính"; có phải là "Nữ"?');
    const tcct = byRow(7, 'category-variant');
    expect([tcct.suggestion, tcct.groupKey]).toEqual(['Trung cấp', 'category-variant|theory|tcct']);
    const thacSy = byRow(8, 'category-variant');
    expect([thacSy.suggestion, thacSy.groupKey]).toEqual(['Thạc sĩ', 'category-variant|education|thạc sỹ']);
    expect(thacSy.message).toBe('"Thạc sỹ" được hiểu là "Thạc sĩ"; nên ghi thống nhất là "Thạc sĩ".');
    const nfd = byRow(9, 'decomposed-text');
    expect([nfd.suggestion, nfd.groupKey]).toEqual(['Đỗ Thị Hoà', 'decomposed-text|Đỗ Thị Hoà']);
    expect(byRow(5, 'impossible-date').message).toBe('"31/02/1980" ở cột "Ngày sinh" là ngày không có thật.');
  });

  test('the record is still read, text in NFC, with unreadable values left empty', () => {
    const m = res.dataset.members;
    expect(m[7].name).toBe('Đỗ Thị Hoà');
    expect(m[7].name).toBe(m[7].name!.normalize('NFC'));
    expect(m[2].gender).toBeNull();
    expect(m[3].birth).toBeNull();
    expect(m[5].theory).toBe('intermediate');
    expect(m[6].education).toBe('master');
    expect(m[8].status).toBeNull();
    expect(m[3].raw.birth).toBe('31/02/1980');
  });

  test('the same variant on many rows shares one group key', () => {
    const rows2: CellValue[][] = [['Họ và tên', 'Giới tính', 'Ngày sinh', 'Ngày vào Đảng', 'Trình độ chuyên môn']];
    for (let i = 0; i < 5; i++) rows2.push(['Người ' + i, 'Nam', '1970', '1995', i % 2 ? 'Thạc sỹ' : 'thạc sỹ']);
    const r = readRegisters([gridOf('S', rows2)]);
    const keys = r.findings.map((f) => f.groupKey);
    expect(keys).toEqual(new Array(5).fill('category-variant|education|thạc sỹ'));
  });
});

describe('meeting log findings', () => {
  const rows: CellValue[][] = [
    ['Chi bộ', 'Ngày sinh hoạt', 'Hình thức', 'Tổng số', 'Có mặt', 'Giờ bắt đầu', 'Giờ kết thúc', 'Có nghị quyết/kết luận'],
    ['Chi bộ Văn phòng', '05/01/2020', 'Thường kỳ', 15, 14, '14:00', '16:00', 'Có'],
    ['Chi bộ Văn phòng', '05/02/2020', 'Thường kỳ', 'mười lăm', 14, '14:00', '16:00', 'Có'],
    ['Chi bộ Văn phòng', '05/03/2020', 'Thường kỳ', 15, null, 'chiều', '16:00', 'Chưa rõ'],
    [null, null, 'Chuyên đề', 15, 13, '8h', '10h30', 'x'],
    ['Chi bộ Kỹ thuật', '06/04/2020', null, 9, '9', 0.375, 0.4583333333, 'Không'],
  ];
  const res = readRegisters([gridOf('Sinh hoạt', rows), gridOf('DS', [['Họ và tên', 'Giới tính', 'Ngày sinh', 'Ngày vào Đảng']])]);

  test('each finding on its cell', () => {
    expect(res.findings.map(where)).toEqual([
      ['invalid-number', 'error', 'Sinh hoạt', 3, 'D', 'mười lăm'],
      ['required-value-missing', 'error', 'Sinh hoạt', 4, 'E', null],
      ['invalid-time', 'error', 'Sinh hoạt', 4, 'F', 'chiều'],
      ['unknown-category', 'error', 'Sinh hoạt', 4, 'H', 'Chưa rõ'],
      ['required-value-missing', 'error', 'Sinh hoạt', 5, 'B', null],
      ['required-value-missing', 'error', 'Sinh hoạt', 5, 'A', null],
    ]);
    expect(res.findings[1].message).toBe('Thiếu "Có mặt" của buổi sinh hoạt ngày 05/03/2020.');
  });

  test('meeting records: counts, times, yes/no, an empty kind read as thường kỳ', () => {
    const m = res.dataset.meetings;
    expect(m).toHaveLength(5);
    expect(m[0]).toMatchObject({
      cell: 'Chi bộ Văn phòng',
      date: { y: 2020, m: 1, d: 5 },
      kind: 'regular',
      total: 15,
      present: 14,
      start: 840,
      end: 960,
      hasResolution: true,
    });
    expect(m[0].src).toEqual({
      sheet: 'Sinh hoạt',
      row: 2,
      columns: { cell: 'A', date: 'B', kind: 'C', total: 'D', present: 'E', start: 'F', end: 'G', hasResolution: 'H' },
    });
    expect(m[3]).toMatchObject({ kind: 'thematic', start: 480, end: 630, hasResolution: true });
    expect(m[4]).toMatchObject({ kind: 'regular', present: 9, start: 540, end: 660, hasResolution: false });
  });
});

describe('structure findings', () => {
  test('a required column missing, once per sheet', () => {
    const res = readRegisters([
      gridOf('DS', [
        ['Họ và tên', 'Giới tính', 'Ngày sinh', 'Chi bộ'],
        ['Nguyễn Văn An', 'Nam', '1970', 'Văn phòng'],
        ['Lê Văn Bình', 'Nam', '1971', 'Văn phòng'],
      ]),
    ]);
    expect(res.findings.map((f) => [f.code, f.sheet, f.row, f.column, f.message])).toEqual([
      ['required-column-missing', 'DS', null, null, 'Trang "DS" không có cột "Ngày vào Đảng".'],
    ]);
  });

  test('two columns that could be the same field', () => {
    const res = readRegisters([
      gridOf('DS', [
        ['Họ và tên', 'Giới tính', 'Ngày sinh', 'Ngày vào Đảng', 'Chức vụ', 'Chức vụ'],
        ['Nguyễn Văn An', 'Nam', '1970', '1995', 'Bí thư', 'Giám đốc'],
      ]),
    ]);
    expect(res.findings.map((f) => [f.code, f.severity, f.row, f.column, f.message])).toEqual([
      ['column-ambiguous', 'warning', 1, 'E', 'Trang "DS" có nhiều cột có thể là "Chức vụ" (E, F); đã dùng cột E.'],
    ]);
    expect(res.dataset.members[0].position).toBe('Bí thư');
  });

  test('no member list at all: one workbook-level finding', () => {
    const res = readRegisters([gridOf('Sinh hoạt', [['Chi bộ', 'Ngày họp', 'Có mặt'], ['Văn phòng', '05/01/2020', 12]])]);
    expect(res.findings.map((f) => [f.code, f.severity, f.sheet, f.row, f.column])).toEqual([['sheet-kind-not-found', 'error', null, null, null]]);
    expect(res.dataset.meetings).toHaveLength(1);
  });

  test('a meeting log with no chi bộ anywhere', () => {
    const res = readRegisters([
      gridOf('Sổ', [['Ngày họp', 'Hình thức', 'Có mặt'], ['05/01/2020', 'Thường kỳ', 12]]),
      gridOf('DS', [['Họ và tên', 'Giới tính', 'Ngày sinh', 'Ngày vào Đảng']]),
    ]);
    expect(res.findings.map((f) => [f.code, f.sheet, f.message])).toEqual([['required-column-missing', 'Sổ', 'Trang "Sổ" không có cột "Chi bộ".']]);
  });
});
