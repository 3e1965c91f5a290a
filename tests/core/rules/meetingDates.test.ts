import { checkMeetingDates } from '../../../src/core/rules/meetingDates';
import { context, d, meeting, MEETING_SHEET } from './factories';

describe('future-date (meetings) and meeting-outside-period', () => {
  const ctx = context({ from: '01/01/2019', to: '31/12/2020', today: '15/03/2021' });

  it('flags a meeting after today as a future date, not as outside the period', () => {
    const found = checkMeetingDates([meeting({ row: 40, date: d('20/04/2021') })], ctx);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'future-date', severity: 'error', sheet: MEETING_SHEET, row: 40, column: 'C', value: '20/04/2021' });
    expect(found[0].message).toBe(
      'Buổi sinh hoạt của Chi bộ Văn phòng: ngày sinh hoạt 20/04/2021 là ngày trong tương lai (hôm nay là 15/03/2021).',
    );
  });

  it('notes a meeting before or after the period (but not after today) as not counted', () => {
    const before = meeting({ row: 41, date: d('15/12/2018') });
    const after = meeting({ row: 42, date: d('10/01/2021') });
    const found = checkMeetingDates([before, after], ctx);
    expect(found.map((f) => [f.code, f.severity, f.row, f.column])).toEqual([
      ['meeting-outside-period', 'info', 41, 'C'],
      ['meeting-outside-period', 'info', 42, 'C'],
    ]);
    expect(found[0].message).toBe(
      'Buổi sinh hoạt của Chi bộ Văn phòng ngày 15/12/2018 nằm ngoài kỳ báo cáo (01/01/2019 – 31/12/2020); không được tính.',
    );
  });

  it('is silent on meetings inside the period, on its first and last day, and on undated rows', () => {
    const list = [meeting({ date: d('01/01/2019') }), meeting({ date: d('31/12/2020') }), meeting({ date: null })];
    expect(checkMeetingDates(list, ctx)).toEqual([]);
  });
});
