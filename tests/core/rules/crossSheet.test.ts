import { checkCellsAgainstMemberList, nearestKey } from '../../../src/core/rules/crossSheet';
import { context, dataset, meeting, member, MEETING_SHEET } from './factories';

describe('cell-not-in-member-list', () => {
  const ctx = context();
  const members = [
    member({ cell: 'Chi bộ Văn phòng' }),
    member({ cell: 'Chi bộ Văn phòng' }),
    member({ cell: 'Chi bộ Kế hoạch - Tài chính' }),
  ];

  it('flags a misspelt chi bộ of the log and suggests the member list spelling', () => {
    const m = meeting({ row: 12, cell: 'Chi bộ Văn phòn' });
    const found = checkCellsAgainstMemberList(dataset(members, [m]), ctx);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      code: 'cell-not-in-member-list',
      severity: 'warning',
      sheet: MEETING_SHEET,
      row: 12,
      column: 'B',
      value: 'Chi bộ Văn phòn',
      suggestion: 'Chi bộ Văn phòng',
    });
    expect(found[0].message).toBe('Chi bộ "Chi bộ Văn phòn" không có trong danh sách đảng viên; có phải là "Chi bộ Văn phòng"?');
  });

  it('suggests nothing for a chi bộ that resembles none, and groups its rows', () => {
    const list = [meeting({ row: 13, cell: 'Chi bộ Thanh tra' }), meeting({ row: 14, cell: 'Chi bộ Thanh tra' })];
    const found = checkCellsAgainstMemberList(dataset(members, list), ctx);
    expect(found.map((f) => f.row)).toEqual([13, 14]);
    expect(found[0].suggestion).toBeUndefined();
    expect(found[0].groupKey).toBe(found[1].groupKey);
    expect(found[0].message).toBe('Chi bộ "Chi bộ Thanh tra" không có trong danh sách đảng viên.');
  });

  it('is silent for other spellings of a member-list chi bộ', () => {
    const list = [meeting({ cell: 'CB văn phòng' }), meeting({ cell: 'Kế hoạch – Tài chính' }), meeting({ cell: 'Chi bộ Kế hoạch Tài chính' })];
    expect(checkCellsAgainstMemberList(dataset(members, list), ctx)).toEqual([]);
  });

  it('is silent when the member list names no chi bộ', () => {
    const noCells = [member({ cell: null }), member({ cell: null })];
    expect(checkCellsAgainstMemberList(dataset(noCells, [meeting({ cell: 'Chi bộ Thanh tra' })]), ctx)).toEqual([]);
  });

  it('finds the nearest key only when it is near', () => {
    expect(nearestKey('van phon', ['van phong', 'ke toan'])).toBe('van phong');
    expect(nearestKey('van phong so', ['van phong', 'ke toan'])).toBe('van phong');
    expect(nearestKey('thanh tra', ['van phong', 'ke toan'])).toBeNull();
  });
});
