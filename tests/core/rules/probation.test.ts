import { checkOfficialDates, checkProbationOverdue } from '../../../src/core/rules/probation';
import { MEMBER_COLUMNS, context, d, member, MEMBER_SHEET } from './factories';

describe('official-too-early / official-late', () => {
  const ctx = context();

  it('is silent when the official date is exactly 12 months after admission', () => {
    const a = member({ admitted: d('10/03/2010'), official: d('10/03/2011') });
    // 29/02/2020 + 12 months ends on 28/02/2021 (no 29th that year)
    const b = member({ admitted: d('29/02/2020'), official: d('28/02/2021') });
    expect(checkOfficialDates([a, b], ctx)).toEqual([]);
  });

  it('flags an official date one day early as an error, suggesting the right date', () => {
    const m = member({ row: 14, name: 'Phạm Minh Đức', admitted: d('10/03/2010'), official: d('09/03/2011') });
    const found = checkOfficialDates([m], ctx);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      code: 'official-too-early',
      severity: 'error',
      sheet: MEMBER_SHEET,
      row: 14,
      column: 'H',
      value: '09/03/2011',
      suggestion: '10/03/2011',
    });
    expect(found[0].message).toBe(
      'Đồng chí Phạm Minh Đức được công nhận chính thức ngày 09/03/2011, chưa đủ 12 tháng dự bị kể từ khi vào Đảng ngày 10/03/2010; ngày chính thức đúng là 10/03/2011.',
    );
  });

  it('flags an official date before admission as too early', () => {
    const m = member({ admitted: d('10/03/2010'), official: d('01/01/2010') });
    expect(checkOfficialDates([m], ctx).map((f) => f.code)).toEqual(['official-too-early']);
  });

  it('flags an official date one day late as a warning (late recognition)', () => {
    const m = member({ row: 15, admitted: d('29/02/2020'), official: d('01/03/2021') });
    const found = checkOfficialDates([m], ctx);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'official-late', severity: 'warning', row: 15, column: 'H', suggestion: '28/02/2021' });
    expect(found[0].message).toContain('theo quy định, ngày chính thức là 28/02/2021');
  });

  it('with a year-only admission, flags only what is certain', () => {
    const sameYear = member({ row: 16, admitted: d('2015'), official: d('2015') });
    const possible = member({ row: 17, admitted: d('2015'), official: d('10/06/2016') });
    const late = member({ row: 18, admitted: d('2015'), official: d('01/02/2017') });
    const found = checkOfficialDates([sameYear, possible, late], ctx);
    expect(found.map((f) => [f.row, f.code])).toEqual([
      [16, 'official-too-early'],
      [18, 'official-late'],
    ]);
    expect(found[1].suggestion).toBeUndefined();
    expect(found[1].message).toContain('ngày chính thức là 2016');
  });
});

describe('probation-overdue', () => {
  const ctx = context({ from: '01/01/2019', to: '31/12/2020' });

  it('flags a member past 12 months of probation at the period end with no official date', () => {
    const m = member({ row: 20, name: 'Vũ Thu Hà', admitted: d('15/12/2019'), official: null, cardNumber: null });
    const found = checkProbationOverdue([m], ctx);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'probation-overdue', severity: 'warning', row: 20, column: 'H', value: null });
    expect(found[0].message).toBe(
      'Đồng chí Vũ Thu Hà vào Đảng ngày 15/12/2019, hết 12 tháng dự bị từ 15/12/2020 nhưng đến 31/12/2020 chưa có ngày chính thức.',
    );
  });

  it('points at the admission date when the list has no official-date column', () => {
    const columns = Object.assign({}, MEMBER_COLUMNS) as Partial<typeof MEMBER_COLUMNS>;
    delete columns.official;
    const m = member({ row: 21, columns: columns, admitted: d('15/12/2019'), official: null });
    expect(checkProbationOverdue([m], ctx)[0]).toMatchObject({ column: 'G', value: '15/12/2019' });
  });

  it('is silent when probation ends on the period end, or later', () => {
    const endsOnLastDay = member({ admitted: d('31/12/2019'), official: null });
    const recent = member({ admitted: d('01/06/2020'), official: null });
    expect(checkProbationOverdue([endsOnLastDay, recent], ctx)).toEqual([]);
  });

  it('skips members who left, were struck off, or were not yet admitted', () => {
    const struck = member({ admitted: d('01/01/2018'), official: null, status: 'struckOff' });
    const movedLater = member({ admitted: d('01/01/2018'), official: null, status: 'transferred', leftDate: d('01/02/2021') });
    const leftBefore = member({ admitted: d('01/01/2018'), official: null, leftDate: d('01/06/2020') });
    const admittedAfter = member({ admitted: d('05/01/2021'), official: null });
    expect(checkProbationOverdue([struck, movedLater, leftBefore, admittedAfter], ctx)).toEqual([]);
  });

  it('is silent for official members', () => {
    expect(checkProbationOverdue([member(), member()], ctx)).toEqual([]);
  });
});

describe('wording for a date known only by its year', () => {
  it('says "vào Đảng năm 1990", not "ngày 1990"', () => {
    const m = member({ name: 'Trần Văn Công', admitted: { y: 1990, m: 1, d: 1, yearOnly: true }, official: null });
    const found = checkProbationOverdue([m], context());
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('Đồng chí Trần Văn Công vào Đảng năm 1990,');
  });
});
