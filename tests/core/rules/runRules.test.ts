import { runRules } from '../../../src/core/rules/index';
import { Dataset, Meeting, Member } from '../../../src/core/records';
import { context, d, dataset, meeting, member, MEETING_SHEET, MEMBER_SHEET } from './factories';

const CELLS = ['Chi bộ Văn phòng', 'Chi bộ Kế toán', 'Chi bộ Kỹ thuật'];

/**
 * 30 members, 10 per chi bộ, rows 5–34: mostly official; one probationary member admitted 01/06/2020
 * (no official date, no card yet), one exempt, one who moved away in 2020, one with a year-only birth.
 */
function cleanMembers(): Member[] {
  const out: Member[] = [];
  for (let i = 0; i < 30; i++) {
    const row = 5 + i;
    const year = 1960 + i;
    out.push(
      member({
        row: row,
        cell: CELLS[Math.floor(i / 10)],
        gender: i % 3 === 0 ? 'female' : 'male',
        birth: d((1 + (i % 28)).toString() + '/' + (1 + (i % 12)).toString() + '/' + year),
        admitted: d('0' + (1 + (i % 9)) + '/0' + (1 + (i % 9)) + '/' + (year + 25)),
        official: d('0' + (1 + (i % 9)) + '/0' + (1 + (i % 9)) + '/' + (year + 26)),
        cardNumber: String(200000000000 + row),
      }),
    );
  }
  // row 34: probationary (birth 1989, admitted at 31)
  Object.assign(out[29], { admitted: d('01/06/2020'), official: null, cardNumber: null, statedProbationary: true });
  Object.assign(out[3], { status: 'exempt' });
  Object.assign(out[12], { status: 'transferred', leftDate: d('15/08/2020') });
  Object.assign(out[20], { birth: d('1980') });
  return out;
}

/**
 * Two years (2019–2020) of meetings for the three chi bộ. Văn phòng and Kỹ thuật hold a separate chuyên
 * đề meeting in months 2, 5, 8, 11; Kế toán combines both in months 3, 6, 9, 12. Rows from 5 up.
 */
function cleanMeetings(): Meeting[] {
  const out: Meeting[] = [];
  let row = 5;
  for (let y = 2019; y <= 2020; y++) {
    for (let mo = 1; mo <= 12; mo++) {
      for (let c = 0; c < CELLS.length; c++) {
        const combined = c === 1 && mo % 3 === 0;
        out.push(
          meeting({
            row: row++,
            cell: CELLS[c],
            date: { y: y, m: mo, d: 10 + c },
            kind: combined ? 'combined' : 'regular',
            total: 10,
            exempt: 1,
            present: 8,
            absentExcused: 1,
            absentUnexcused: 0,
            start: 14 * 60,
            end: combined ? 16 * 60 + 30 : 16 * 60,
          }),
        );
        if (c !== 1 && mo % 3 === 2) {
          out.push(meeting({ row: row++, cell: CELLS[c], date: { y: y, m: mo, d: 20 + c }, kind: 'thematic' }));
        }
      }
    }
  }
  return out;
}

const ctx = context({ from: '01/01/2019', to: '31/12/2020', today: '15/03/2021' });

function find(list: Meeting[], cell: string, date: string, kind?: string): Meeting {
  const day = d(date);
  const m = list.find((x) => x.cell === cell && x.date!.y === day.y && x.date!.m === day.m && x.date!.d === day.d && (!kind || x.kind === kind));
  if (!m) throw new Error('no meeting ' + cell + ' ' + date);
  return m;
}

describe('runRules', () => {
  it('finds nothing at all in a clean dataset of 30 members and two years of meetings', () => {
    const data: Dataset = dataset(cleanMembers(), cleanMeetings());
    expect(data.meetings.length).toBeGreaterThan(80);
    expect(runRules(data, ctx)).toEqual([]);
  });

  it('finds each planted defect exactly where it was planted, and nothing else', () => {
    const members = cleanMembers();
    const byRow = (row: number) => members[row - 5];
    byRow(5).leftDate = d('01/06/2021'); // future-date, column O
    Object.assign(byRow(6), { birth: d('20/06/1995'), admitted: d('19/06/2013'), official: d('19/06/2014') }); // admitted-under-18, G
    Object.assign(byRow(7), { admitted: d('10/03/2010'), official: d('01/03/2011') }); // official-too-early, H
    Object.assign(byRow(8), { admitted: d('10/03/2010'), official: d('10/05/2011') }); // official-late, H
    Object.assign(byRow(9), { admitted: d('01/10/2019'), official: null, cardNumber: null }); // probation-overdue, H
    byRow(11).cardNumber = byRow(10).cardNumber; // duplicate-card-number, on the later row 11, M
    byRow(14).cardNumber = '12345'; // card-number-format, M
    byRow(15).cardNumber = '30.000010'; // card-number-old-format, M
    byRow(16).cell = 'chi bộ văn phòng'; // cell-name-variants, I
    Object.assign(byRow(19), { admitted: d('05/05/1999'), official: d('05/05/2000'), status: 'transferred', leftDate: d('01/01/1998') }); // left-before-admitted, O
    // duplicate-person: row 35 repeats row 25 (same name and birth), with its own card
    members.push(member({ row: 35, name: byRow(25).name, birth: byRow(25).birth, cell: byRow(25).cell, cardNumber: '300000000035' }));

    const meetings = cleanMeetings();
    const july = find(meetings, 'Chi bộ Kế toán', '11/07/2020');
    meetings.splice(meetings.indexOf(july), 1); // month-without-regular-meeting: Kế toán 07/2020
    const q4 = find(meetings, 'Chi bộ Văn phòng', '20/11/2019', 'thematic');
    meetings.splice(meetings.indexOf(q4), 1); // quarter-without-thematic-meeting: Văn phòng IV/2019
    Object.assign(find(meetings, 'Chi bộ Kỹ thuật', '12/02/2019'), { present: 9, absentExcused: 1 }); // attendance-mismatch (9 + 1 ≠ 10 − 1), attendance still good
    Object.assign(find(meetings, 'Chi bộ Kỹ thuật', '12/04/2019'), { present: 11, absentExcused: 0 }); // present-exceeds-total
    Object.assign(find(meetings, 'Chi bộ Văn phòng', '10/06/2020'), { hasResolution: false }); // meeting-below-quality
    const extraRow = 500;
    meetings.push(meeting({ row: extraRow, cell: 'Chi bộ Thanh tra', date: d('10/12/2020') })); // cell-not-in-member-list
    const copied = find(meetings, 'Chi bộ Văn phòng', '10/09/2020');
    meetings.push(meeting({ row: extraRow + 1, cell: copied.cell, date: copied.date, kind: copied.kind })); // duplicate-meeting
    meetings.push(meeting({ row: extraRow + 2, cell: 'Chi bộ Văn phòng', date: d('12/12/2018') })); // meeting-outside-period

    const all = runRules(dataset(members, meetings), ctx);
    // The stray chi bộ met once (12/2020): every other month and every quarter of the period is a gap too.
    const isStrayGap = (f: { code: string; message: string }) =>
      (f.code === 'month-without-regular-meeting' || f.code === 'quarter-without-thematic-meeting') && f.message.indexOf('Chi bộ Thanh tra') === 0;
    expect(all.filter(isStrayGap)).toHaveLength(23 + 8);
    const found = all.filter((f) => !isStrayGap(f));
    const where = found.map((f) => [f.code, f.sheet, f.row, f.column].join(' @ ')).sort();
    const expected = [
      ['future-date', MEMBER_SHEET, 5, 'O'],
      ['admitted-under-18', MEMBER_SHEET, 6, 'G'],
      ['official-too-early', MEMBER_SHEET, 7, 'H'],
      ['official-late', MEMBER_SHEET, 8, 'H'],
      ['probation-overdue', MEMBER_SHEET, 9, 'H'],
      ['duplicate-card-number', MEMBER_SHEET, 11, 'M'],
      ['card-number-format', MEMBER_SHEET, 14, 'M'],
      ['card-number-old-format', MEMBER_SHEET, 15, 'M'],
      ['cell-name-variants', MEMBER_SHEET, 16, 'I'],
      ['left-before-admitted', MEMBER_SHEET, 19, 'O'],
      ['duplicate-person', MEMBER_SHEET, 35, 'B'],
      ['month-without-regular-meeting', MEETING_SHEET, null, null],
      ['quarter-without-thematic-meeting', MEETING_SHEET, null, null],
      ['attendance-mismatch', MEETING_SHEET, find(meetings, 'Chi bộ Kỹ thuật', '12/02/2019').src.row, 'G'],
      ['present-exceeds-total', MEETING_SHEET, find(meetings, 'Chi bộ Kỹ thuật', '12/04/2019').src.row, 'G'],
      ['meeting-below-quality', MEETING_SHEET, find(meetings, 'Chi bộ Văn phòng', '10/06/2020').src.row, null],
      ['cell-not-in-member-list', MEETING_SHEET, extraRow, 'B'],
      ['duplicate-meeting', MEETING_SHEET, extraRow + 1, 'C'],
      ['meeting-outside-period', MEETING_SHEET, extraRow + 2, 'C'],
    ].map((x) => x.join(' @ '));
    expect(where).toEqual(expected.sort());
    const byCode = (code: string) => found.find((f) => f.code === code)!;
    expect(byCode('month-without-regular-meeting').message).toBe('Chi bộ Kế toán không có buổi sinh hoạt thường kỳ trong tháng 07/2020.');
    expect(byCode('quarter-without-thematic-meeting').message).toBe('Chi bộ Văn phòng không có buổi sinh hoạt chuyên đề trong quý IV/2019.');
  });
});
