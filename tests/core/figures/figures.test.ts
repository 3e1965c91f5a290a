import { cellBreakdown, computeFigures, FIGURE_DEFS, figureLabel } from '../../../src/core/figures';
import { Meeting } from '../../../src/core/records';
import { context, d, dataset, meeting, member, table, unit, year } from './builders';

const VP = 'Chi bộ Văn phòng';
const TT = 'Chi bộ Trung tâm';

/** 2018–2020, checked on 15/03/2021. */
const ctx = context(d(1, 1, 2018), d(31, 12, 2020), d(15, 3, 2021));

function members() {
  return [
    // 1: official, master, cao cấp; 50 on 31/12/2020
    member({ name: 'An', gender: 'male', birth: d(10, 5, 1970), ethnicity: 'Kinh', religion: 'Không', admitted: d(1, 1, 2000), official: d(1, 1, 2001), cell: VP, education: 'master', theory: 'advanced' }),
    // 2: Tày, Phật giáo; 35 on her birthday 31/12/2020
    member({ name: 'Bình', gender: 'female', birth: d(31, 12, 1985), ethnicity: 'Tày', religion: 'Phật giáo', admitted: d(3, 3, 2010), official: d(3, 3, 2011), cell: VP, education: 'university', theory: 'intermediate' }),
    // 3: year-only birth 1990 -> 30; admitted in 2019; cử nhân counts with cao cấp; another spelling of VP
    member({ name: 'Cường', gender: 'male', birth: year(1990), ethnicity: 'kinh', admitted: d(15, 6, 2019), official: d(15, 6, 2020), cell: 'chi bộ văn phòng', education: 'university', theory: 'bachelor' }),
    // 4: admitted on the period's last day: active, probationary, admitted in 2020; 25; ethnicity unknown; theory empty
    member({ name: 'Dung', gender: 'female', birth: d(1, 2, 1995), religion: 'Không', admitted: d(31, 12, 2020), cell: TT, education: 'intermediate' }),
    // 5: miễn sinh hoạt: still a member; 60; Công giáo; tiến sĩ
    member({ name: 'Em', gender: 'male', birth: d(1, 1, 1960), ethnicity: 'Kinh', religion: 'Công giáo', admitted: d(1, 1, 1985), official: d(1, 1, 1986), status: 'exempt', cell: TT, education: 'doctorate', theory: 'advanced' }),
    // 6: transferred away in the period: not counted, but admitted here in 2018
    member({ name: 'Phương', gender: 'female', birth: d(1, 1, 1990), admitted: d(5, 5, 2018), official: d(5, 5, 2019), status: 'transferred', leftDate: d(30, 6, 2020), cell: TT, education: 'university', theory: 'advanced' }),
    // 7: left after the period end: counted; Mường; 40
    member({ name: 'Giang', gender: 'male', birth: d(1, 7, 1980), ethnicity: 'Mường', religion: 'Không', admitted: d(1, 1, 2005), official: d(1, 1, 2006), status: 'transferred', leftDate: d(1, 2, 2021), cell: TT, education: 'college', theory: 'elementary' }),
    // 8: struck off while probationary in 2019, admitted in 2018: not counted
    member({ name: 'Hà', gender: 'female', birth: d(1, 1, 1992), admitted: d(10, 10, 2018), status: 'struckOff', leftDate: d(1, 11, 2019), cell: VP }),
    // 9: admitted after the period: not counted
    member({ name: 'Khánh', gender: 'male', birth: d(1, 1, 1996), admitted: d(10, 1, 2021), cell: VP }),
    // 10: admitted the day before the period; official on 31/12/2018; 32
    member({ name: 'Lan', gender: 'female', birth: d(15, 3, 1988), ethnicity: 'Kinh', religion: 'Không', admitted: d(31, 12, 2017), official: d(31, 12, 2018), cell: VP, education: 'elementary', theory: 'intermediate' }),
  ];
}

/** VP meets every month (a combined meeting in each quarter's first month); TT misses 03/2019 and has one chuyên đề. */
function meetings(): Meeting[] {
  const list: Meeting[] = [];
  for (let y = 2018; y <= 2020; y++) {
    for (let m = 1; m <= 12; m++) {
      list.push(meeting({ cell: 'Văn phòng', date: d(5, m, y), kind: m % 3 === 1 ? 'combined' : 'regular' }));
      if (!(y === 2019 && m === 3)) list.push(meeting({ cell: TT, date: d(10, m, y), kind: 'regular' }));
    }
  }
  // Every meeting records a resolution but TT's of 01/2018; attendance is recorded on two meetings;
  // the superior committee attended VP's meeting of 01/2018 only (the column is empty elsewhere).
  list[0].total = 4;
  list[0].exempt = 0;
  list[0].present = 4;
  list[0].superiorAttended = true;
  list[1].total = 3;
  list[1].exempt = 1;
  list[1].present = 1;
  list.push(meeting({ cell: TT, date: d(10, 2, 2018), kind: 'regular' })); // typed twice
  list.push(meeting({ cell: TT, date: d(20, 2, 2018), kind: 'thematic' }));
  list.push(meeting({ cell: TT, date: d(25, 2, 2018), kind: 'extraordinary' }));
  list.push(meeting({ cell: TT, date: d(15, 12, 2017), kind: 'regular' })); // before the period
  for (const m of list) m.hasResolution = true;
  list[1].hasResolution = false;
  return list;
}

function fullDataset() {
  return dataset({
    members: members(),
    meetings: meetings(),
    unit: unit({ partyName: 'Đảng bộ Sở Thử nghiệm', executiveCount: 5, inspectionCount: 3, staffTotal: 10 }),
    tables: [table('Danh sách', 'members'), table('Sổ sinh hoạt', 'meetings'), table('Thông tin', 'unit')],
  });
}

describe('member figures', () => {
  const { figures, findings } = computeFigures(fullDataset(), ctx);

  test('members active on the period end, exempt included, departed excluded', () => {
    // active: An, Bình, Cường, Dung, Em, Giang, Lan
    expect(figures['members.total']).toBe(7);
    expect(figures['members.official']).toBe(6);
    expect(figures['members.probationary']).toBe(1);
    expect(figures['members.male']).toBe(4);
    expect(figures['members.female']).toBe(3);
    expect(figures['members.exempt']).toBe(1);
    expect(figures['members.male.share']).toBeCloseTo(4 / 7, 12);
    expect(figures['members.shareOfStaff']).toBeCloseTo(0.7, 12);
    expect(figures['staff.total']).toBe(10);
    expect(figures['committee.executive']).toBe(5);
    expect(figures['committee.inspection']).toBe(3);
  });

  test('ethnic minority and religion: empty is unknown', () => {
    expect(figures['members.ethnicMinority']).toBe(2); // Tày, Mường
    expect(figures['members.religious']).toBe(2); // Phật giáo, Công giáo
  });

  test('theory and education groups', () => {
    expect(figures['theory.advanced']).toBe(3);
    expect(figures['theory.intermediate']).toBe(2);
    expect(figures['theory.elementary']).toBe(1);
    expect(figures['theory.none']).toBe(1);
    expect(figures['theory.advanced.share']).toBeCloseTo(3 / 7, 12);
    expect(figures['education.doctorate']).toBe(1);
    expect(figures['education.master']).toBe(1);
    expect(figures['education.masterOrAbove']).toBe(2);
    expect(figures['education.university']).toBe(2);
    expect(figures['education.college']).toBe(1);
    expect(figures['education.intermediate']).toBe(1);
    expect(figures['education.elementary']).toBe(1);
    expect(figures['education.intermediateOrElementary']).toBe(2);
  });

  test('average age in whole years at the period end, year-only birth by its year', () => {
    // 50 + 35 + 30 + 25 + 60 + 40 + 32 = 272; 272 / 7 = 38,857…
    expect(figures['members.averageAge']).toBe(38.9);
  });

  test('admissions within the period, by year, the last day included', () => {
    expect(figures['admissions.total']).toBe(4);
    expect(figures['admissions.2018']).toBe(2);
    expect(figures['admissions.2019']).toBe(1);
    expect(figures['admissions.2020']).toBe(1);
    expect(figures['probation.struckOff']).toBe(1);
  });

  test('chi bộ counted once whatever the spelling', () => {
    expect(figures['cells.total']).toBe(2);
  });

  test('nothing is reported missing on complete data', () => {
    expect(findings).toEqual([]);
  });
});

describe('meeting figures', () => {
  const { figures } = computeFigures(fullDataset(), ctx);

  test('regular and thematic meetings, a meeting typed twice counted once', () => {
    // VP 36 (12 combined), TT 35 regular + 1 thematic; the extraordinary and the 2017 meeting do not count
    expect(figures['meetings.regular']).toBe(71);
    expect(figures['meetings.thematic']).toBe(13);
  });

  test('chi bộ meeting every month and every quarter', () => {
    expect(figures['meetings.cellsAllMonths']).toBe(1);
    expect(figures['meetings.cellsAllMonths.share']).toBe(0.5);
    expect(figures['meetings.cellsAllQuarters']).toBe(1);
    expect(figures['meetings.cellsAllQuarters.share']).toBe(0.5);
  });

  test('attendance, resolutions, quality over the meetings that record them', () => {
    // Meetings of the period: VP 36 + TT 35 thường kỳ + 1 chuyên đề + 1 bất thường = 73.
    // Attendance: (4 + 1) / ((4 - 0) + (3 - 1)) = 5/6
    expect(figures['meetings.attendanceRate']).toBeCloseTo(5 / 6, 12);
    expect(figures['meetings.withResolutionShare']).toBeCloseTo(72 / 73, 12);
    // TT 01/2018: 1 of 2 present and no resolution -> not đạt; the 72 others meet what they record
    expect(figures['meetings.qualityShare']).toBeCloseTo(72 / 73, 12);
    // An empty cell of the "cấp ủy cấp trên dự" column means the committee did not attend.
    expect(figures['meetings.superiorAttendedShare']).toBeCloseTo(1 / 73, 12);
  });

  test('per chi bộ breakdown', () => {
    const b = cellBreakdown(fullDataset(), ctx);
    expect(b.cells.map((c) => c.name)).toEqual(['Chi bộ Văn phòng', 'Chi bộ Trung tâm']);
    expect(b.cells[0]).toMatchObject({ members: 4, regularMeetings: 36, thematicMeetings: 12, monthsWithoutRegular: [] });
    expect(b.cells[1]).toMatchObject({ members: 3, regularMeetings: 35, thematicMeetings: 1, monthsWithoutRegular: ['03/2019'] });
    expect(b.cells[1].quartersWithoutThematic).toHaveLength(11);
  });

  test('a period starting mid-month: a meeting earlier that month covers it, but is not counted', () => {
    const fromNq = context(d(22, 2, 2018), d(30, 4, 2018), d(15, 3, 2021));
    const ds = dataset({
      members: [member({ admitted: d(1, 1, 2000), official: d(1, 1, 2001), cell: VP })],
      meetings: [
        meeting({ cell: VP, date: d(5, 2, 2018) }),
        meeting({ cell: VP, date: d(5, 3, 2018), kind: null }), // hình thức left empty: thường kỳ
        meeting({ cell: VP, date: d(5, 4, 2018) }),
      ],
    });
    const { figures } = computeFigures(ds, fromNq);
    expect(figures['meetings.regular']).toBe(2);
    expect(figures['meetings.cellsAllMonths']).toBe(1);
  });

  test('a month not over yet cannot be missing', () => {
    const early = context(d(1, 1, 2021), d(31, 12, 2021), d(15, 3, 2021));
    const ds = dataset({
      members: [member({ admitted: d(1, 1, 2000), official: d(1, 1, 2001), cell: VP })],
      meetings: [meeting({ cell: VP, date: d(5, 1, 2021) }), meeting({ cell: VP, date: d(5, 2, 2021) })],
    });
    expect(computeFigures(ds, early).figures['meetings.cellsAllMonths']).toBe(1);
  });
});

describe('figures that cannot be computed', () => {
  test('no staff total: the share of staff is absent and named in a finding', () => {
    const ds = fullDataset();
    ds.unit.staffTotal = null;
    const { figures, findings } = computeFigures(ds, ctx);
    expect('staff.total' in figures).toBe(false);
    expect('members.shareOfStaff' in figures).toBe(false);
    expect(findings).toHaveLength(1);
    expect(findings[0].code).toBe('figure-not-computable');
    expect(findings[0].message).toContain('Tỷ lệ đảng viên so với tổng số cán bộ, công chức, viên chức, người lao động');
  });

  test('no theory column: no theory figure, one finding', () => {
    const ds = fullDataset();
    ds.members = members().map((m) => {
      const { src, raw, ...fields } = m;
      return member(Object.assign(fields, { theory: null }), ['theory']);
    });
    const { figures, findings } = computeFigures(ds, ctx);
    expect(Object.keys(figures).filter((k) => k.indexOf('theory.') === 0)).toEqual([]);
    expect(figures['education.master']).toBe(1);
    expect(findings.map((f) => f.message)).toEqual([
      'Không tính được "Trình độ lý luận chính trị của đảng viên" vì danh sách đảng viên không có cột lý luận chính trị.',
    ]);
  });

  test('no meeting log: no meeting figure, one finding', () => {
    const ds = fullDataset();
    ds.meetings = [];
    ds.tables = ds.tables.filter((t) => t.kind !== 'meetings');
    const { figures, findings } = computeFigures(ds, ctx);
    expect(Object.keys(figures).filter((k) => k.indexOf('meetings.') === 0)).toEqual([]);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('không tìm thấy sổ theo dõi sinh hoạt chi bộ');
  });

  test('no unit-info sheet: one finding, not one per figure', () => {
    const ds = fullDataset();
    ds.unit = unit({});
    ds.tables = ds.tables.filter((t) => t.kind !== 'unit');
    const { figures, findings } = computeFigures(ds, ctx);
    expect('committee.executive' in figures).toBe(false);
    expect('members.shareOfStaff' in figures).toBe(false);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('không tìm thấy trang thông tin đơn vị');
  });

  test('an unknown theory value is not counted as "none"; an empty one is', () => {
    const unknown = member({ admitted: d(1, 1, 2000), cell: VP });
    unknown.raw.theory = 'Bồi dưỡng';
    const empty = member({ admitted: d(1, 1, 2000), cell: VP });
    const ds = dataset({ members: [unknown, empty] });
    const { figures } = computeFigures(ds, ctx);
    expect(figures['theory.none']).toBe(1);
    expect(figures['theory.none.share']).toBe(0.5);
  });

  test('no active member: shares absent, never NaN', () => {
    const ds = fullDataset();
    ds.members = [member({ admitted: d(1, 1, 2021), cell: VP })];
    const { figures } = computeFigures(ds, ctx);
    expect(figures['members.total']).toBe(0);
    expect('members.male.share' in figures).toBe(false);
    for (const k of Object.keys(figures)) expect(Number.isFinite(figures[k])).toBe(true);
  });
});

describe('catalogue', () => {
  test('ids are unique and every figure computed has a label', () => {
    const ids = FIGURE_DEFS.map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    const { figures } = computeFigures(fullDataset(), ctx);
    for (const k of Object.keys(figures)) expect(figureLabel(k)).not.toBe(k);
    expect(figureLabel('admissions.2019')).toBe('Số đảng viên kết nạp năm 2019');
  });
});
