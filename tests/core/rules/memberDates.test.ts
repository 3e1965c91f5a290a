import { checkAdmissionAge, checkLeftBeforeAdmitted, checkMemberFutureDates } from '../../../src/core/rules/memberDates';
import { context, d, member, MEMBER_SHEET } from './factories';

describe('future-date (members)', () => {
  const ctx = context({ today: '15/03/2021' });

  it('flags an admission date after today, on its cell', () => {
    const m = member({ row: 7, name: 'Trần Văn Bình', admitted: d('01/04/2021'), official: null });
    const found = checkMemberFutureDates([m], ctx);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      code: 'future-date',
      severity: 'error',
      sheet: MEMBER_SHEET,
      row: 7,
      column: 'G',
      value: '01/04/2021',
    });
    expect(found[0].message).toBe(
      'Đồng chí Trần Văn Bình: ngày vào Đảng 01/04/2021 là ngày trong tương lai (hôm nay là 15/03/2021).',
    );
  });

  it('checks birth, official and leaving dates too', () => {
    const m = member({ row: 8, birth: d('2022'), official: d('16/03/2021'), leftDate: d('01/01/2022') });
    const found = checkMemberFutureDates([m], ctx);
    expect(found.map((f) => f.column)).toEqual(['D', 'H', 'O']);
  });

  it('stays silent on today and on a year-only date of the current year', () => {
    const m = member({ birth: d('2021'), admitted: d('15/03/2021'), official: null });
    expect(checkMemberFutureDates([m, member()], ctx)).toEqual([]);
  });
});

describe('admitted-under-18', () => {
  const ctx = context();

  it('flags admission the day before the 18th birthday', () => {
    const m = member({ row: 9, name: 'Lê Thị Hoa', birth: d('20/06/1995'), admitted: d('19/06/2013'), official: d('19/06/2014') });
    const found = checkAdmissionAge([m], ctx);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'admitted-under-18', row: 9, column: 'G', value: '19/06/2013' });
    expect(found[0].message).toBe('Đồng chí Lê Thị Hoa vào Đảng ngày 19/06/2013, khi chưa đủ 18 tuổi (sinh 20/06/1995).');
  });

  it('accepts admission on the 18th birthday', () => {
    const m = member({ birth: d('20/06/1995'), admitted: d('20/06/2013') });
    expect(checkAdmissionAge([m], ctx)).toEqual([]);
  });

  it('with a year-only birth, flags only a certainly early admission', () => {
    const early = member({ row: 10, birth: d('1995'), admitted: d('31/12/2012') });
    const maybe = member({ row: 11, birth: d('1995'), admitted: d('15/06/2013') });
    const found = checkAdmissionAge([early, maybe], ctx);
    expect(found.map((f) => f.row)).toEqual([10]);
    expect(found[0].message).toContain('(sinh 1995)');
  });

  it('stays silent on ordinary members', () => {
    expect(checkAdmissionAge([member(), member(), member()], ctx)).toEqual([]);
  });
});

describe('left-before-admitted', () => {
  it('flags a leaving date before admission, on the leaving date cell', () => {
    const m = member({ row: 12, status: 'transferred', leftDate: d('01/01/2009'), admitted: d('10/03/2010') });
    const found = checkLeftBeforeAdmitted([m]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'left-before-admitted', severity: 'error', row: 12, column: 'O', value: '01/01/2009' });
    expect(found[0].message).toContain('ngày rời 01/01/2009 trước ngày vào Đảng 10/03/2010');
  });

  it('stays silent when the member left after admission or has not left', () => {
    const left = member({ status: 'transferred', leftDate: d('10/03/2010'), admitted: d('10/03/2010') });
    expect(checkLeftBeforeAdmitted([left, member()])).toEqual([]);
  });
});
