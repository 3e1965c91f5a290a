/**
 * The same 20 members written in three layouts offices use must read into the same records.
 */
import { CellValue, Grid, gridOf } from '../../../src/core/grid';
import { toSerial } from '../../../src/core/dates';
import { readRegisters } from '../../../src/core/registers';
import { cellKey } from '../../../src/core/cells';
import { Member } from '../../../src/core/records';
import { computeFigures } from '../../../src/core/figures';
import { RULESET_2018 } from '../../../src/core/rulesets';

type Ymd = [number, number, number]; // day, month, year

interface Person {
  name: string;
  male: boolean;
  birth: Ymd;
  admitted: Ymd;
  official: Ymd | null;
  cell: string;
  education: string;
  theory: string;
  status: string;
}

const VP = 'Chi bộ Văn phòng';
const KT = 'Chi bộ Kỹ thuật';
const TT = 'Chi bộ Trung tâm ứng dụng';

// Grouped by chi bộ so that layout (c) can give the chi bộ by group-title rows.
const PEOPLE: Person[] = [
  { name: 'Nguyễn Văn An', male: true, birth: [12, 3, 1970], admitted: [3, 2, 1995], official: [3, 2, 1996], cell: VP, education: 'Thạc sĩ', theory: 'Cao cấp', status: 'Đang sinh hoạt' },
  { name: 'Trần Thị Bình', male: false, birth: [5, 11, 1982], admitted: [19, 5, 2008], official: [19, 5, 2009], cell: VP, education: 'Đại học', theory: 'Trung cấp', status: 'Đang sinh hoạt' },
  { name: 'Lê Hoàng Cường', male: true, birth: [30, 4, 1975], admitted: [2, 9, 2000], official: [2, 9, 2001], cell: VP, education: 'Tiến sĩ', theory: 'Cao cấp', status: 'Đang sinh hoạt' },
  { name: 'Phạm Thị Dung', male: false, birth: [1, 1, 1990], admitted: [22, 12, 2019], official: null, cell: VP, education: 'Đại học', theory: '', status: 'Dự bị' },
  { name: 'Hoàng Văn Em', male: true, birth: [15, 6, 1968], admitted: [7, 11, 1992], official: [7, 11, 1993], cell: VP, education: 'Đại học', theory: 'Cử nhân', status: 'Đang sinh hoạt' },
  { name: 'Vũ Thị Phương', male: false, birth: [20, 8, 1985], admitted: [26, 3, 2010], official: [26, 3, 2011], cell: VP, education: 'Thạc sĩ', theory: 'Trung cấp', status: 'Đang sinh hoạt' },
  { name: 'Đặng Quốc Gia', male: true, birth: [9, 9, 1960], admitted: [10, 10, 1985], official: [10, 10, 1986], cell: VP, education: 'Cao đẳng', theory: 'Sơ cấp', status: 'Miễn sinh hoạt' },
  { name: 'Bùi Văn Hải', male: true, birth: [2, 2, 1978], admitted: [3, 2, 2005], official: [3, 2, 2006], cell: KT, education: 'Đại học', theory: 'Trung cấp', status: 'Đang sinh hoạt' },
  { name: 'Đỗ Thị Hoa', male: false, birth: [14, 2, 1988], admitted: [1, 6, 2014], official: [1, 6, 2015], cell: KT, education: 'Đại học', theory: 'Sơ cấp', status: 'Đang sinh hoạt' },
  { name: 'Hồ Minh Khang', male: true, birth: [25, 12, 1980], admitted: [19, 8, 2007], official: [19, 8, 2008], cell: KT, education: 'Thạc sĩ', theory: 'Cao cấp', status: 'Đang sinh hoạt' },
  { name: 'Ngô Thị Lan', male: false, birth: [8, 3, 1992], admitted: [30, 4, 2018], official: [30, 4, 2019], cell: KT, education: 'Đại học', theory: '', status: 'Đang sinh hoạt' },
  { name: 'Dương Văn Long', male: true, birth: [17, 7, 1972], admitted: [1, 5, 1998], official: [1, 5, 1999], cell: KT, education: 'Trung cấp', theory: 'Trung cấp', status: 'Chuyển đi' },
  { name: 'Lý Thị Mai', male: false, birth: [3, 10, 1987], admitted: [6, 1, 2012], official: [6, 1, 2013], cell: KT, education: 'Thạc sĩ', theory: 'Trung cấp', status: 'Đang sinh hoạt' },
  { name: 'Trịnh Văn Nam', male: true, birth: [11, 11, 1965], admitted: [3, 2, 1990], official: [3, 2, 1991], cell: TT, education: 'Đại học', theory: 'Cao cấp', status: 'Từ trần' },
  { name: 'Mai Thị Oanh', male: false, birth: [21, 1, 1979], admitted: [8, 3, 2004], official: [8, 3, 2005], cell: TT, education: 'Đại học', theory: 'Cao cấp', status: 'Đang sinh hoạt' },
  { name: 'Đinh Công Phú', male: true, birth: [29, 2, 1984], admitted: [15, 9, 2009], official: [15, 9, 2010], cell: TT, education: 'Tiến sĩ', theory: 'Trung cấp', status: 'Đang sinh hoạt' },
  { name: 'Cao Thị Quỳnh', male: false, birth: [13, 5, 1991], admitted: [2, 9, 2020], official: null, cell: TT, education: 'Đại học', theory: 'Sơ cấp', status: 'Dự bị' },
  { name: 'Tạ Văn Sơn', male: true, birth: [4, 4, 1976], admitted: [19, 5, 2002], official: [19, 5, 2003], cell: TT, education: 'Thạc sĩ', theory: 'Cao cấp', status: 'Đang sinh hoạt' },
  { name: 'Lương Thị Thủy', male: false, birth: [16, 6, 1983], admitted: [20, 11, 2011], official: [20, 11, 2012], cell: TT, education: 'Cao đẳng', theory: 'Chưa qua đào tạo', status: 'Đang sinh hoạt' },
  { name: 'Kiều Văn Uy', male: true, birth: [31, 12, 1969], admitted: [3, 2, 1994], official: [3, 2, 1995], cell: TT, education: 'Đại học', theory: 'Cao cấp', status: 'Xóa tên' },
];

const MALE = ['Nam', 'Nữ'];

function dmy(d: Ymd): string {
  return (d[0] < 10 ? '0' : '') + d[0] + '/' + (d[1] < 10 ? '0' : '') + d[1] + '/' + d[2];
}
function dotted(d: Ymd): string {
  return d[0] + '.' + d[1] + '.' + d[2];
}
function serial(d: Ymd): number {
  return toSerial({ y: d[2], m: d[1], d: d[0] });
}

/** (a) a flat header in row 1; dates as Excel serials formatted as dates. */
function layoutA(): Grid {
  const rows: CellValue[][] = [
    ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Chi bộ', 'Ngày vào Đảng', 'Ngày chính thức', 'Trình độ chuyên môn', 'Lý luận chính trị', 'Trạng thái'],
  ];
  const dateCells = new Set<string>();
  PEOPLE.forEach(function (p, i) {
    const r = i + 2;
    rows.push([
      i + 1,
      p.name,
      p.male ? MALE[0] : MALE[1],
      serial(p.birth),
      p.cell,
      serial(p.admitted),
      p.official ? serial(p.official) : null,
      p.education,
      p.theory || null,
      p.status,
    ]);
    [4, 6, 7].forEach(function (c) {
      dateCells.add(r + ':' + c);
    });
  });
  return gridOf('Danh sách', rows, { dateCells: dateCells });
}

/**
 * (b) three title rows, a two-row merged header with "Ngày, tháng, năm sinh" over "Nam | Nữ" and
 * "Trình độ" over "Chuyên môn | Lý luận chính trị", a "(1) (2) (3)" row; dates typed as text.
 */
function layoutB(): Grid {
  const rows: CellValue[][] = [
    ['ĐẢNG BỘ SỞ KHOA HỌC VÀ CÔNG NGHỆ', null, null, null, null, null, null, null, null, null, null],
    ['DANH SÁCH ĐẢNG VIÊN', null, null, null, null, null, null, null, null, null, null],
    ['(Tính đến ngày 31/12/2020)', null, null, null, null, null, null, null, null, null, null],
    ['STT', 'Họ và tên', 'Ngày, tháng, năm sinh', null, 'Chi bộ', 'Ngày vào Đảng', 'Ngày chính thức', 'Trình độ', null, 'Trạng thái'],
    [null, null, 'Nam', 'Nữ', null, null, null, 'Chuyên môn', 'Lý luận chính trị', null],
    ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)'],
  ];
  PEOPLE.forEach(function (p, i) {
    rows.push([
      i < 9 ? '0' + (i + 1) : String(i + 1),
      p.name,
      p.male ? dmy(p.birth) : null,
      p.male ? null : dmy(p.birth),
      p.cell,
      dmy(p.admitted),
      p.official ? dmy(p.official) : null,
      p.education,
      p.theory || null,
      p.status,
    ]);
  });
  const merges = [
    { top: 1, left: 1, bottom: 1, right: 10 },
    { top: 2, left: 1, bottom: 2, right: 10 },
    { top: 3, left: 1, bottom: 3, right: 10 },
    { top: 4, left: 1, bottom: 5, right: 1 },
    { top: 4, left: 2, bottom: 5, right: 2 },
    { top: 4, left: 3, bottom: 4, right: 4 },
    { top: 4, left: 5, bottom: 5, right: 5 },
    { top: 4, left: 6, bottom: 5, right: 6 },
    { top: 4, left: 7, bottom: 5, right: 7 },
    { top: 4, left: 8, bottom: 4, right: 9 },
    { top: 4, left: 10, bottom: 5, right: 10 },
  ];
  return gridOf('DSĐV', rows, { merges: merges });
}

/** (c) the chi bộ given by group-title rows instead of a column, and a "Tổng cộng" row at the end. */
function layoutC(): Grid {
  const rows: CellValue[][] = [
    ['DANH SÁCH ĐẢNG VIÊN ĐẢNG BỘ SỞ KHOA HỌC VÀ CÔNG NGHỆ'],
    [],
    ['STT', 'Họ tên', 'Nam/Nữ', 'Sinh ngày', 'Ngày kết nạp', 'Ngày công nhận chính thức', 'Chuyên môn', 'LLCT', 'Tình trạng'],
  ];
  let current = '';
  let n = 0;
  const roman = ['I', 'II', 'III'];
  let g = 0;
  PEOPLE.forEach(function (p) {
    if (p.cell !== current) {
      current = p.cell;
      // Two spellings of a group row: the numeral in its own cell, or "II. Chi bộ ..." in one cell.
      if (g % 2 === 0) rows.push([roman[g], p.cell]);
      else rows.push([roman[g] + '. ' + p.cell]);
      g++;
    }
    n++;
    rows.push([
      n,
      p.name,
      p.male ? 'Nam' : 'Nữ',
      dotted(p.birth),
      dotted(p.admitted),
      p.official ? dotted(p.official) : null,
      p.education,
      p.theory || null,
      p.status,
    ]);
  });
  rows.push(['Tổng cộng', null, '20 đồng chí']);
  return gridOf('Đảng viên', rows);
}

function project(m: Member) {
  return {
    name: m.name,
    gender: m.gender,
    birth: m.birth,
    admitted: m.admitted,
    official: m.official,
    cell: m.cell === null ? null : cellKey(m.cell),
    education: m.education,
    theory: m.theory,
    status: m.status,
    statedProbationary: !!m.statedProbationary,
  };
}

describe('the same members in three layouts', () => {
  const a = readRegisters([layoutA()]);
  const b = readRegisters([layoutB()]);
  const c = readRegisters([layoutC()]);

  test('each layout yields the 20 members', () => {
    expect(a.dataset.members).toHaveLength(20);
    expect(b.dataset.members).toHaveLength(20);
    expect(c.dataset.members).toHaveLength(20);
  });

  test('the three layouts give identical member records', () => {
    const pa = a.dataset.members.map(project);
    expect(b.dataset.members.map(project)).toEqual(pa);
    expect(c.dataset.members.map(project)).toEqual(pa);
  });

  test('the records hold the values of the list, worked out by hand', () => {
    const first = a.dataset.members[0];
    expect(project(first)).toEqual({
      name: 'Nguyễn Văn An',
      gender: 'male',
      birth: { y: 1970, m: 3, d: 12 },
      admitted: { y: 1995, m: 2, d: 3 },
      official: { y: 1996, m: 2, d: 3 },
      cell: 'van phong',
      education: 'master',
      theory: 'advanced',
      status: 'active',
      statedProbationary: false,
    });
    const dung = a.dataset.members[3];
    expect(dung.gender).toBe('female');
    expect(dung.theory).toBeNull();
    expect(dung.status).toBe('active');
    expect(dung.statedProbationary).toBe(true);
    const phu = a.dataset.members[15];
    expect(phu.birth).toEqual({ y: 1984, m: 2, d: 29 });
    const counts: Record<string, number> = {};
    a.dataset.members.forEach(function (m) {
      const k = String(m.gender);
      counts[k] = (counts[k] || 0) + 1;
    });
    expect(counts).toEqual({ male: 11, female: 9 });
  });

  test('rows keep their Excel row numbers', () => {
    expect(a.dataset.members[0].src.row).toBe(2);
    expect(b.dataset.members[0].src.row).toBe(7);
    // (c): title, blank, header, group row I, then the first member on row 5.
    expect(c.dataset.members[0].src.row).toBe(5);
    expect(c.dataset.members[7].src.row).toBe(13); // after the second group row on row 12
  });

  test('clean layouts raise no findings except the total row of (c)', () => {
    expect(a.findings).toEqual([]);
    expect(b.findings).toEqual([]);
    expect(c.findings.map((f) => [f.code, f.row, f.column])).toEqual([['total-row-in-data', 27, 'A']]);
  });

  test('the detected tables describe header rows and data range', () => {
    expect(b.dataset.tables[0]).toMatchObject({
      sheet: 'DSĐV',
      kind: 'members',
      headerRows: [4, 5],
      firstDataRow: 7,
      lastDataRow: 26,
      columns: { name: 'B', birthMale: 'C', birthFemale: 'D', cell: 'E', education: 'H', theory: 'I', status: 'J' },
    });
    expect(b.dataset.tables[0].score).toBeGreaterThan(0.8);
    expect(c.dataset.tables[0]).toMatchObject({ headerRows: [3], firstDataRow: 4, lastDataRow: 27 });
    expect(c.dataset.tables[0].columns.cell).toBeUndefined();
  });

  test('the three layouts give identical figures, as counted by hand', () => {
    const ctx = { period: { from: { y: 2020, m: 1, d: 1 }, to: { y: 2020, m: 12, d: 31 } }, today: { y: 2026, m: 11, d: 27 }, ruleset: RULESET_2018 };
    const fa = computeFigures(a.dataset, ctx).figures;
    expect(computeFigures(b.dataset, ctx).figures).toEqual(fa);
    expect(computeFigures(c.dataset, ctx).figures).toEqual(fa);
    // 20 listed; Long (chuyển đi), Nam (từ trần) and Uy (xóa tên) are gone: 17, of whom 8 men and 9 women.
    expect(fa['members.total']).toBe(17);
    expect(fa['members.male']).toBe(8);
    expect(fa['members.female']).toBe(9);
    // Cao cấp: An, Cường, Khang, Oanh, Sơn; cử nhân: Em.
    expect(fa['theory.advanced']).toBe(6);
    // Tiến sĩ: Cường, Phú; thạc sĩ: An, Phương, Khang, Mai, Sơn.
    expect(fa['education.masterOrAbove']).toBe(7);
    expect(fa['cells.total']).toBe(3);
    // Admitted in 2020: Quỳnh (02/09/2020) only; she and Dung (22/12/2019) are still probationary.
    expect(fa['admissions.total']).toBe(1);
    expect(fa['members.probationary']).toBe(2);
  });
});
