import { checkMeetingCounts } from '../../../src/core/rules/meetingCounts';
import { MEETING_COLUMNS, context, d, meeting, MEETING_SHEET } from './factories';

describe('attendance-mismatch', () => {
  const ctx = context();

  it('flags present + absent different from total minus exempt', () => {
    const m = meeting({ row: 30, total: 12, exempt: 2, present: 8, absentExcused: 1, absentUnexcused: 0 });
    const found = checkMeetingCounts([m], ctx);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'attendance-mismatch', severity: 'error', sheet: MEETING_SHEET, row: 30, column: 'G', value: 8 });
    expect(found[0].message).toBe(
      'Buổi sinh hoạt của Chi bộ Văn phòng ngày 10/01/2019: có mặt 8 + vắng 1 = 9, khác tổng số 12 trừ miễn sinh hoạt 2 = 10.',
    );
  });

  it('counts an empty exempt cell as 0', () => {
    const ok = meeting({ total: 10, exempt: null, present: 8, absentExcused: 1, absentUnexcused: 1 });
    const bad = meeting({ row: 31, total: 10, exempt: null, present: 8, absentExcused: 1, absentUnexcused: 0 });
    expect(checkMeetingCounts([ok, bad], ctx).map((f) => f.row)).toEqual([31]);
  });

  it('skips a log without absence columns, and a row whose absences are not recorded', () => {
    const columns = Object.assign({}, MEETING_COLUMNS) as Partial<typeof MEETING_COLUMNS>;
    delete columns.absentExcused;
    delete columns.absentUnexcused;
    const noColumns = meeting({ columns: columns, total: 10, present: 8, absentExcused: null, absentUnexcused: null });
    const blank = meeting({ total: 10, present: 8, absentExcused: null, absentUnexcused: 0 });
    expect(checkMeetingCounts([noColumns, blank], ctx)).toEqual([]);
  });

  it('checks a log with a single absence column, the other counting as 0', () => {
    const columns = Object.assign({}, MEETING_COLUMNS) as Partial<typeof MEETING_COLUMNS>;
    delete columns.absentUnexcused;
    const ok = meeting({ columns: columns, total: 10, present: 8, absentExcused: 2, absentUnexcused: null });
    const bad = meeting({ row: 33, columns: columns, total: 10, present: 7, absentExcused: 2, absentUnexcused: null });
    expect(checkMeetingCounts([ok, bad], ctx).map((f) => f.row)).toEqual([33]);
  });

  it('is silent on consistent counts and on meetings outside the period', () => {
    const list = [
      meeting(),
      meeting({ total: 12, exempt: 2, present: 9, absentExcused: 1, absentUnexcused: 0 }),
      meeting({ date: d('10/12/2018'), total: 12, present: 3 }),
    ];
    expect(checkMeetingCounts(list, ctx)).toEqual([]);
  });
});

describe('present-exceeds-total', () => {
  const ctx = context();

  it('flags more present than members, without also reporting the mismatch', () => {
    const m = meeting({ row: 35, total: 10, present: 11, absentExcused: 0, absentUnexcused: 0 });
    const found = checkMeetingCounts([m], ctx);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'present-exceeds-total', severity: 'error', row: 35, column: 'G', value: 11 });
    expect(found[0].message).toBe('Buổi sinh hoạt của Chi bộ Văn phòng ngày 10/01/2019: số có mặt 11 lớn hơn tổng số đảng viên 10.');
  });

  it('is silent when everyone is present', () => {
    expect(checkMeetingCounts([meeting({ total: 10, present: 10 })], ctx)).toEqual([]);
  });
});
