import { checkDuplicatePersons } from '../../../src/core/rules/duplicatePersons';
import { context, d, member, MEMBER_SHEET } from './factories';

describe('duplicate-person', () => {
  const ctx = context();

  it('finds the same person written with other case and tone placement, on the extra row', () => {
    const a = member({ row: 5, name: 'Nguyễn Thị Thủy', birth: d('02/09/1985') });
    const other = member({ row: 6, name: 'Trần Văn Nam', birth: d('02/09/1985') });
    const b = member({ row: 9, name: 'NGUYỄN THỊ THUỶ', birth: d('02/09/1985') });
    const found = checkDuplicatePersons([a, other, b], ctx);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      code: 'duplicate-person',
      severity: 'error',
      sheet: MEMBER_SHEET,
      row: 9,
      column: 'B',
      value: 'NGUYỄN THỊ THUỶ',
    });
    expect(found[0].message).toBe('Đồng chí Nguyễn Thị Thủy (sinh 02/09/1985) có tên nhiều lần trong danh sách: dòng 5, 9.');
  });

  it('matches a year-only birth with a full date of that year; one finding per extra row', () => {
    const a = member({ row: 5, name: 'Lê Văn Tám', birth: d('02/09/1985') });
    const b = member({ row: 9, name: 'Lê Văn Tám', birth: d('02/09/1985') });
    const c = member({ row: 12, name: 'Lê Văn Tám', birth: d('1985') });
    const found = checkDuplicatePersons([a, b, c], ctx);
    expect(found.map((f) => f.row)).toEqual([9, 12]);
    expect(found[1].message).toContain('dòng 5, 9, 12');
  });

  it('names the sheets when the rows are on different sheets', () => {
    const a = member({ row: 5, sheet: 'Chi bộ A', name: 'Lê Văn Tám', birth: d('02/09/1985') });
    const b = member({ row: 7, sheet: 'Chi bộ B', name: 'Lê Văn Tám', birth: d('02/09/1985') });
    const found = checkDuplicatePersons([a, b], ctx);
    expect(found[0]).toMatchObject({ sheet: 'Chi bộ B', row: 7 });
    expect(found[0].message).toContain('dòng 5 (trang Chi bộ A), 7 (trang Chi bộ B)');
  });

  it('is silent for namesakes born on different days or in different years', () => {
    const a = member({ name: 'Lê Văn Tám', birth: d('02/09/1985') });
    const b = member({ name: 'Lê Văn Tám', birth: d('03/09/1985') });
    const c = member({ name: 'Lê Văn Tám', birth: d('1986') });
    expect(checkDuplicatePersons([a, b, c], ctx)).toEqual([]);
  });

  it('is silent for the old row of a member who moved away and came back', () => {
    const old = member({ name: 'Lê Văn Tám', birth: d('02/09/1985'), status: 'transferred', leftDate: d('01/03/2016') });
    const back = member({ name: 'Lê Văn Tám', birth: d('02/09/1985') });
    expect(checkDuplicatePersons([old, back], ctx)).toEqual([]);
  });

  it('is silent on a large list of distinct people', () => {
    const list = [];
    for (let i = 0; i < 5000; i++) {
      list.push(member({ row: i + 5, name: 'Người số ' + i, birth: d('01/01/1980'), cardNumber: null }));
    }
    expect(checkDuplicatePersons(list, ctx)).toEqual([]);
  });
});
