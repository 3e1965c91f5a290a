import { checkMeetingQuality } from '../../../src/core/rules/meetingQualityRule';
import { RULESET_2018, RULESET_2025 } from '../../../src/core/rulesets';
import { context, d, meeting } from './factories';

describe('meeting-below-quality', () => {
  it('a 100-minute combined meeting fails under the 2025 rules (120 minutes) and passes under 2018 (90)', () => {
    const m = meeting({ row: 50, kind: 'combined', date: d('10/11/2025'), start: 14 * 60, end: 15 * 60 + 40 });
    const ctx2025 = context({ from: '01/01/2025', to: '31/12/2025', today: '05/01/2026', ruleset: RULESET_2025 });
    const found = checkMeetingQuality([m], ctx2025);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'meeting-below-quality', severity: 'info', row: 50, column: null });
    expect(found[0].message).toBe(
      'Buổi sinh hoạt của Chi bộ Văn phòng ngày 10/11/2025 chưa đạt tiêu chí chất lượng: thời lượng 100 phút (cần ít nhất 120 phút) (theo ' +
        RULESET_2025.basis +
        ').',
    );
    const ctx2018 = context({ from: '01/01/2025', to: '31/12/2025', today: '05/01/2026', ruleset: RULESET_2018 });
    expect(checkMeetingQuality([m], ctx2018)).toEqual([]);
  });

  it('lists every reason a meeting failed', () => {
    const m = meeting({ row: 51, total: 10, exempt: 0, present: 8, absentExcused: 1, absentUnexcused: 1, hasResolution: false });
    const found = checkMeetingQuality([m], context());
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain(
      'tỷ lệ dự họp 80% (cần trên 85%); có 1 đảng viên vắng không lý do; không ghi nghị quyết hoặc kết luận',
    );
    expect(found[0].message).toContain(RULESET_2018.basis);
  });

  it('is silent on a good meeting, on one with nothing to assess, and outside the period', () => {
    const bare = meeting({ total: null, exempt: null, present: null, absentExcused: null, absentUnexcused: null, start: null, end: null, hasResolution: null });
    const before = meeting({ date: d('10/12/2018'), hasResolution: false });
    expect(checkMeetingQuality([meeting(), bare, before], context())).toEqual([]);
  });
});
