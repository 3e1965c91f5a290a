import { checkMeetingCoverage } from '../../../src/core/rules/meetingCoverage';
import { Meeting, MeetingKind } from '../../../src/core/records';
import { RULESET_2018 } from '../../../src/core/rulesets';
import { context, d, dataset, meeting, member, MEETING_SHEET } from './factories';

/** A full log for one chi bộ: thường kỳ on the 10th of each month, chuyên đề on the 20th of months 2, 5, 8, 11. */
function fullLog(cell: string, fromYear: number, toYear: number, skip?: (kind: MeetingKind, y: number, m: number) => boolean): Meeting[] {
  const out: Meeting[] = [];
  for (let y = fromYear; y <= toYear; y++) {
    for (let mo = 1; mo <= 12; mo++) {
      if (!(skip && skip('regular', y, mo))) out.push(meeting({ cell: cell, date: { y: y, m: mo, d: 10 }, kind: 'regular' }));
      if (mo % 3 === 2 && !(skip && skip('thematic', y, mo))) out.push(meeting({ cell: cell, date: { y: y, m: mo, d: 20 }, kind: 'thematic' }));
    }
  }
  return out;
}

const members = [member({ cell: 'Chi bộ Văn phòng' }), member({ cell: 'Chi bộ Kỹ thuật' })];

describe('month-without-regular-meeting / quarter-without-thematic-meeting', () => {
  const ctx = context({ from: '01/01/2019', to: '31/12/2020', today: '15/03/2021' });

  it('is silent on a log with every month and every quarter', () => {
    const log = fullLog('Chi bộ Văn phòng', 2019, 2020).concat(fullLog('Chi bộ Kỹ thuật', 2019, 2020));
    expect(checkMeetingCoverage(dataset(members, log), ctx)).toEqual([]);
  });

  it('names the chi bộ and the month that has no thường kỳ meeting', () => {
    const log = fullLog('Chi bộ Văn phòng', 2019, 2020, (k, y, m) => k === 'regular' && y === 2019 && m === 3).concat(
      fullLog('Chi bộ Kỹ thuật', 2019, 2020),
    );
    const found = checkMeetingCoverage(dataset(members, log), ctx);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      code: 'month-without-regular-meeting',
      severity: 'warning',
      sheet: MEETING_SHEET,
      row: null,
      column: null,
    });
    expect(found[0].message).toBe('Chi bộ Văn phòng không có buổi sinh hoạt thường kỳ trong tháng 03/2019.');
  });

  it('names the quarter, in Roman numerals, that has no chuyên đề meeting', () => {
    const log = fullLog('Chi bộ Văn phòng', 2019, 2020, (k, y, m) => k === 'thematic' && y === 2020 && m === 8).concat(
      fullLog('Chi bộ Kỹ thuật', 2019, 2020),
    );
    const found = checkMeetingCoverage(dataset(members, log), ctx);
    expect(found.map((f) => f.code)).toEqual(['quarter-without-thematic-meeting']);
    expect(found[0].message).toBe('Chi bộ Văn phòng không có buổi sinh hoạt chuyên đề trong quý III/2020.');
  });

  it('counts a combined meeting for both, a meeting of unknown kind as thường kỳ, an extraordinary one for neither', () => {
    const vp = fullLog('Chi bộ Văn phòng', 2019, 2020, (k, y, m) => y === 2019 && m === 5);
    vp.push(meeting({ cell: 'Chi bộ Văn phòng', date: d('15/05/2019'), kind: 'combined' }));
    const kt = fullLog('Chi bộ Kỹ thuật', 2019, 2020, (k, y, m) => k === 'regular' && y === 2019 && (m === 6 || m === 7));
    kt.push(meeting({ cell: 'Chi bộ Kỹ thuật', date: d('12/06/2019'), kind: null }));
    kt.push(meeting({ cell: 'Chi bộ Kỹ thuật', date: d('12/07/2019'), kind: 'extraordinary' }));
    const found = checkMeetingCoverage(dataset(members, vp.concat(kt)), ctx);
    expect(found.map((f) => f.message)).toEqual(['Chi bộ Kỹ thuật không có buổi sinh hoạt thường kỳ trong tháng 07/2019.']);
  });

  it('flags every month and quarter of a member-list chi bộ that never appears in the log', () => {
    const list = members.concat([member({ cell: 'Chi bộ Kế toán' })]);
    const log = fullLog('Chi bộ Văn phòng', 2019, 2020).concat(fullLog('Chi bộ Kỹ thuật', 2019, 2020));
    const found = checkMeetingCoverage(dataset(list, log), ctx);
    const months = found.filter((f) => f.code === 'month-without-regular-meeting');
    const quarters = found.filter((f) => f.code === 'quarter-without-thematic-meeting');
    expect(months).toHaveLength(24);
    expect(quarters).toHaveLength(8);
    expect(months[0].message).toBe('Chi bộ Kế toán không có buổi sinh hoạt thường kỳ trong tháng 01/2019.');
    expect(months[23].message).toContain('12/2020');
    expect(quarters[0].message).toContain('quý I/2019');
    expect(found.every((f) => f.sheet === MEETING_SHEET)).toBe(true);
  });

  it('ignores members who left before the period when listing chi bộ', () => {
    const list = members.concat([member({ cell: 'Chi bộ Cũ', status: 'transferred', leftDate: d('01/06/2017') })]);
    const log = fullLog('Chi bộ Văn phòng', 2019, 2020).concat(fullLog('Chi bộ Kỹ thuật', 2019, 2020));
    expect(checkMeetingCoverage(dataset(list, log), ctx)).toEqual([]);
  });

  it('reports the months before a chi bộ first appears in the log, as the figure counts them', () => {
    const late = fullLog('Chi bộ Kỹ thuật', 2019, 2020, (k, y, m) => y === 2019 && m < 4);
    const log = fullLog('Chi bộ Văn phòng', 2019, 2020).concat(late);
    const found = checkMeetingCoverage(dataset(members, log), ctx);
    expect(found.map((f) => f.message)).toEqual([
      'Chi bộ Kỹ thuật không có buổi sinh hoạt thường kỳ trong tháng 01/2019.',
      'Chi bộ Kỹ thuật không có buổi sinh hoạt thường kỳ trong tháng 02/2019.',
      'Chi bộ Kỹ thuật không có buổi sinh hoạt thường kỳ trong tháng 03/2019.',
      'Chi bộ Kỹ thuật không có buổi sinh hoạt chuyên đề trong quý I/2019.',
    ]);
  });

  it('stops before a month or quarter that has not ended by today', () => {
    const midway = context({ from: '01/01/2019', to: '31/12/2020', today: '15/07/2020' });
    const log = fullLog('Chi bộ Văn phòng', 2019, 2020, (k, y, m) => y === 2020 && m >= 7).concat(
      fullLog('Chi bộ Kỹ thuật', 2019, 2020, (k, y, m) => y === 2020 && m >= 7),
    );
    expect(checkMeetingCoverage(dataset(members, log), midway)).toEqual([]);
    const lastDay = context({ from: '01/01/2019', to: '31/12/2020', today: '31/07/2020' });
    const found = checkMeetingCoverage(dataset(members, log), lastDay);
    expect(found.map((f) => f.message)).toEqual([
      'Chi bộ Văn phòng không có buổi sinh hoạt thường kỳ trong tháng 07/2020.',
      'Chi bộ Kỹ thuật không có buổi sinh hoạt thường kỳ trong tháng 07/2020.',
    ]);
  });

  it('checks only quarters wholly inside the period', () => {
    const midQuarter = context({ from: '01/02/2019', to: '31/12/2019', today: '15/03/2021' });
    // No chuyên đề at all in Q1 2019; the period starts mid-quarter, so Q1 is not checked.
    const log = fullLog('Chi bộ Văn phòng', 2019, 2019, (k, y, m) => k === 'thematic' && m === 2).concat(
      fullLog('Chi bộ Kỹ thuật', 2019, 2019, (k, y, m) => k === 'thematic' && m === 2),
    );
    expect(checkMeetingCoverage(dataset(members, log), midQuarter)).toEqual([]);
  });

  it('counts only meetings of the period, as the figures do', () => {
    // The period starts on 15/02/2019: the February meeting on the 10th is outside it.
    const midMonth = context({ from: '15/02/2019', to: '31/12/2019', today: '15/03/2021' });
    const log = fullLog('Chi bộ Văn phòng', 2019, 2019).concat(fullLog('Chi bộ Kỹ thuật', 2019, 2019));
    expect(checkMeetingCoverage(dataset(members, log), midMonth).map((f) => f.message)).toEqual([
      'Chi bộ Văn phòng không có buổi sinh hoạt thường kỳ trong tháng 02/2019.',
      'Chi bộ Kỹ thuật không có buổi sinh hoạt thường kỳ trong tháng 02/2019.',
    ]);
  });

  it('follows the rule set: no quarter check when chuyên đề meetings are not required', () => {
    const rs = Object.assign({}, RULESET_2018, { thematicEveryQuarter: false });
    const log = fullLog('Chi bộ Văn phòng', 2019, 2020, (k) => k === 'thematic').concat(
      fullLog('Chi bộ Kỹ thuật', 2019, 2020, (k) => k === 'thematic'),
    );
    expect(checkMeetingCoverage(dataset(members, log), context({ ruleset: rs }))).toEqual([]);
  });

  it('checks nothing when the workbook has no meeting log', () => {
    expect(checkMeetingCoverage(dataset(members, [], { noMeetingLog: true }), ctx)).toEqual([]);
  });

  it('treats a log that names no chi bộ as the log of a single chi bộ', () => {
    const log = fullLog('', 2019, 2020, (k, y, m) => k === 'regular' && y === 2020 && m === 2).map((m) => Object.assign(m, { cell: null }));
    const found = checkMeetingCoverage(dataset([member({ cell: null })], log), ctx);
    expect(found.map((f) => f.message)).toEqual(['Chi bộ không có buổi sinh hoạt thường kỳ trong tháng 02/2020.']);
  });
});
