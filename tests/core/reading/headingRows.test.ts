/**
 * Heading rows inside the data that are not records: month, quarter and year rows in a meeting log,
 * "A. ĐẢNG VIÊN CHÍNH THỨC" / "B. ĐẢNG VIÊN DỰ BỊ" in a member list. Only a heading that names a chi bộ
 * gives the chi bộ of the rows under it.
 */
import { CellValue, gridOf } from '../../../src/core/grid';
import { readRegisters } from '../../../src/core/registers';
import { computeFigures } from '../../../src/core/figures';
import { RULESET_2018 } from '../../../src/core/rulesets';
import { rowHeading } from '../../../src/core/schema/rowHeading';

const MEMBERS_HEAD: CellValue[] = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Ngày vào Đảng'];

function person(n: number, name: string, admitted = '03/02/1995'): CellValue[] {
  return [n, name, 'Nam', '12/03/1970', admitted];
}

/** A member sheet the meeting logs below can refer to, so that no "chi bộ not in the list" arises. */
const MEMBERS = gridOf('DS', [[...MEMBERS_HEAD, 'Chi bộ'], [...person(1, 'Nguyễn Văn An'), 'Chi bộ Văn phòng']]);

describe('month, quarter and year rows in a meeting log', () => {
  test('are not meetings and raise no finding, wherever their text sits', () => {
    const res = readRegisters([
      gridOf('Sổ', [
        ['STT', 'Chi bộ', 'Ngày họp', 'Hình thức', 'Có mặt'],
        ['Năm 2019'],
        [1, 'Văn phòng', '05/12/2019', 'Thường kỳ', 11],
        [null, 'THÁNG 1 NĂM 2020'],
        [2, 'Văn phòng', '05/01/2020', 'Thường kỳ', 12],
        [null, null, 'Tháng 02/2020'],
        [3, 'Văn phòng', '05/02/2020', 'Thường kỳ', 12],
        [null, 'Quý I/2020'],
        [4, 'Văn phòng', '20/03/2020', 'Chuyên đề', 10],
        ['6 tháng đầu năm 2020'],
        [5, 'Văn phòng', '05/04/2020', 'Thường kỳ', 12],
      ]),
      MEMBERS,
    ]);
    expect(res.dataset.meetings.map((m) => [m.src.row, m.cell, m.present])).toEqual([
      [3, 'Văn phòng', 11],
      [5, 'Văn phòng', 12],
      [7, 'Văn phòng', 12],
      [9, 'Văn phòng', 10],
      [11, 'Văn phòng', 12],
    ]);
    expect(res.findings).toEqual([]);
  });

  test('do not change the chi bộ given by the chi bộ rows above them', () => {
    const res = readRegisters([
      gridOf('Sổ', [
        ['Ngày họp', 'Hình thức', 'Có mặt'],
        ['I. Chi bộ Văn phòng'],
        ['Tháng 01/2020'],
        ['05/01/2020', 'Thường kỳ', 12],
        ['Tháng 02/2020'],
        ['05/02/2020', 'Thường kỳ', 12],
        ['II. Chi bộ Kỹ thuật'],
        ['Tháng 01/2020'],
        ['06/01/2020', 'Thường kỳ', 9],
      ]),
      MEMBERS,
    ]);
    expect(res.dataset.meetings.map((m) => [m.src.row, m.cell])).toEqual([
      [4, 'Chi bộ Văn phòng'],
      [6, 'Chi bộ Văn phòng'],
      [9, 'Chi bộ Kỹ thuật'],
    ]);
    expect(res.findings.filter((f) => f.sheet === 'Sổ')).toEqual([]);
  });

  test('in the log of one chi bộ, the chi bộ of the title still applies', () => {
    const res = readRegisters([
      gridOf('Sổ', [
        ['SỔ THEO DÕI SINH HOẠT CHI BỘ VĂN PHÒNG NĂM 2020'],
        [],
        ['Ngày họp', 'Hình thức', 'Có mặt'],
        ['QUÝ I NĂM 2020'],
        ['05/01/2020', 'Thường kỳ', 12],
      ]),
      MEMBERS,
    ]);
    expect(res.dataset.meetings.map((m) => m.cell)).toEqual(['Chi bộ Văn phòng']);
    expect(res.dataset.tables[0].sheetCell).toBe('Chi bộ Văn phòng');
    expect(res.findings).toEqual([]);
  });
});

describe('kinds of member as group rows in a member list', () => {
  test('"A. ĐẢNG VIÊN CHÍNH THỨC" / "B. ĐẢNG VIÊN DỰ BỊ" are not chi bộ: the chi bộ rows above them apply', () => {
    const res = readRegisters([
      gridOf('DS', [
        MEMBERS_HEAD,
        ['I. Văn phòng Sở'],
        ['A. ĐẢNG VIÊN CHÍNH THỨC'],
        person(1, 'Nguyễn Văn An'),
        person(2, 'Lê Văn Bình'),
        ['B', 'ĐẢNG VIÊN DỰ BỊ'],
        person(3, 'Trần Văn Cường', '02/09/2020'),
        ['II', 'Chi bộ Kỹ thuật'],
        [null, 'Đảng viên chính thức'],
        person(4, 'Phạm Văn Dũng'),
      ]),
    ]);
    expect(res.dataset.members.map((m) => [m.name, m.cell])).toEqual([
      ['Nguyễn Văn An', 'Văn phòng Sở'],
      ['Lê Văn Bình', 'Văn phòng Sở'],
      ['Trần Văn Cường', 'Văn phòng Sở'],
      ['Phạm Văn Dũng', 'Chi bộ Kỹ thuật'],
    ]);
    expect(res.findings).toEqual([]);
  });

  test('in the list of one chi bộ, the sections leave every member in that chi bộ: one chi bộ is counted', () => {
    const res = readRegisters([
      gridOf('DS', [
        ['DANH SÁCH ĐẢNG VIÊN CHI BỘ VĂN PHÒNG'],
        [],
        MEMBERS_HEAD,
        ['A. ĐẢNG VIÊN CHÍNH THỨC'],
        person(1, 'Nguyễn Văn An'),
        person(2, 'Lê Văn Bình'),
        ['B. ĐẢNG VIÊN DỰ BỊ'],
        person(3, 'Trần Văn Cường', '02/09/2020'),
      ]),
    ]);
    expect(res.dataset.members.map((m) => m.cell)).toEqual(['Chi bộ Văn phòng', 'Chi bộ Văn phòng', 'Chi bộ Văn phòng']);
    expect(res.findings).toEqual([]);
    const ctx = { period: { from: { y: 2020, m: 1, d: 1 }, to: { y: 2020, m: 12, d: 31 } }, today: { y: 2021, m: 1, d: 15 }, ruleset: RULESET_2018 };
    const f = computeFigures(res.dataset, ctx).figures;
    expect(f['cells.total']).toBe(1);
    expect(f['members.total']).toBe(3);
  });
});

describe('what a heading row is', () => {
  const cases: [CellValue[], object | null][] = [
    [['I. Chi bộ Văn phòng'], { kind: 'cell', name: 'Chi bộ Văn phòng' }],
    [['II', 'CHI BỘ KỸ THUẬT'], { kind: 'cell', name: 'CHI BỘ KỸ THUẬT' }],
    [['III. Văn phòng Sở'], { kind: 'cell', name: 'Văn phòng Sở' }],
    [['1. Đảng viên Chi bộ Văn phòng'], { kind: 'cell', name: 'Chi bộ Văn phòng' }],
    [['A. ĐẢNG VIÊN CHÍNH THỨC'], { kind: 'section', label: 'ĐẢNG VIÊN CHÍNH THỨC' }],
    [['B', 'Đảng viên dự bị'], { kind: 'section', label: 'Đảng viên dự bị' }],
    [['Đảng viên dự bị'], { kind: 'section', label: 'Đảng viên dự bị' }],
    [['A. Khối cơ quan'], { kind: 'section', label: 'Khối cơ quan' }],
    [['I. Đảng bộ bộ phận Sản xuất'], { kind: 'section', label: 'Đảng bộ bộ phận Sản xuất' }],
    [['II. Đảng viên miễn sinh hoạt'], { kind: 'section', label: 'Đảng viên miễn sinh hoạt' }],
    [['Tháng 01/2020'], { kind: 'section', label: 'Tháng 01/2020' }],
    [['THÁNG 12 NĂM 2019'], { kind: 'section', label: 'THÁNG 12 NĂM 2019' }],
    [['Quý IV/2020'], { kind: 'section', label: 'Quý IV/2020' }],
    [['Năm 2019'], { kind: 'section', label: 'Năm 2019' }],
    // Names of people and numbered names are records, not headings.
    [['Nguyễn Văn An'], null],
    [['Đặng Viên'], null],
    [['Đặng Uy'], null],
    [['Tô Đăng Khoa'], null],
    [['01', 'Nguyễn Văn An'], null],
    [[5, 'Nguyễn Văn An'], null],
    [['1. Nguyễn Văn An'], null],
  ];
  test.each(cases)('%j', (values, expected) => {
    expect(rowHeading(values)).toEqual(expected);
  });
});
