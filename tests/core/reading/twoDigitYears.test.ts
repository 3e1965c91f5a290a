/**
 * Dates typed with a two-digit year ("05/03/75", "1/2/08") are read as the office means them, with a
 * hint (gợi ý) to write the year in full, instead of an unreadable-date error.
 */
import { centuryOf, formatDate, parseDateValue } from '../../../src/core/dates';
import { CellValue, gridOf } from '../../../src/core/grid';
import { readRegisters } from '../../../src/core/registers';

const TODAY = { y: 2026, m: 11, d: 27 };

describe('the century of a two-digit year', () => {
  test('up to this year\'s last two digits it is this century, above them the last', () => {
    expect(centuryOf(75, TODAY)).toBe(1975); // a birth year
    expect(centuryOf(8, TODAY)).toBe(2008); // an admission year
    expect(centuryOf(26, TODAY)).toBe(2026);
    expect(centuryOf(27, TODAY)).toBe(1927);
    expect(centuryOf(0, TODAY)).toBe(2000);
    expect(centuryOf(99, TODAY)).toBe(1999);
    // Read in 2031, "30" is already this century.
    expect(centuryOf(30, { y: 2031, m: 1, d: 1 })).toBe(2030);
  });

  test('typed dates with two-digit years', () => {
    const cases: [string, string][] = [
      ['05/03/75', '05/03/1975'],
      ['1/2/08', '01/02/2008'],
      ['30.04.08', '30/04/2008'],
      ['2-9-45', '02/09/1945'],
    ];
    for (const [text, full] of cases) {
      const r = parseDateValue(text, { today: TODAY });
      expect([text, r.ok && formatDate(r.date), r.ok && r.twoDigitYear]).toEqual([text, full, true]);
    }
    // Four-digit years are not marked.
    const four = parseDateValue('05/03/1975', { today: TODAY });
    expect(four.ok && four.twoDigitYear).toBeUndefined();
    // A day that does not exist is still impossible.
    expect(parseDateValue('29/02/19', { today: TODAY })).toEqual({ ok: false, reason: 'impossible' });
    expect(parseDateValue('29/02/08', { today: TODAY }).ok).toBe(true); // 2008 is a leap year
  });
});

describe('in a member list', () => {
  const rows: CellValue[][] = [
    ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Ngày vào Đảng', 'Trình độ chuyên môn', 'Lý luận chính trị'],
    [1, 'Nguyễn Văn An', 'Nam', '05/03/75', '1/2/08', 'Đại học', 'Trung cấp'],
    [2, 'Trần Thị Bình', 'Nữ', '12/11/1982', '19/05/2008', 'Đại học', 'Sơ cấp'],
  ];
  const res = readRegisters([gridOf('Đảng viên', rows)], { today: TODAY });

  test('the dates are read in full', () => {
    const m = res.dataset.members[0];
    expect(m.birth && formatDate(m.birth)).toBe('05/03/1975');
    expect(m.admitted && formatDate(m.admitted)).toBe('01/02/2008');
  });

  test('each gives a hint with the four-digit form, and no date error', () => {
    expect(res.findings.filter((f) => f.code === 'invalid-date' || f.code === 'impossible-date')).toEqual([]);
    const hints = res.findings.filter((f) => f.code === 'two-digit-year');
    expect(hints.map((f) => [f.severity, f.row, f.column, f.value, f.suggestion, f.groupKey])).toEqual([
      ['info', 2, 'D', '05/03/75', '05/03/1975', 'two-digit-year'],
      ['info', 2, 'E', '1/2/08', '01/02/2008', 'two-digit-year'],
    ]);
    expect(hints[0].message).toBe(
      '"05/03/75" ở cột "Ngày sinh" ghi năm bằng hai chữ số; đã hiểu là 05/03/1975. Nên ghi đủ bốn chữ số của năm.',
    );
  });

  test('the row with four-digit years is silent', () => {
    expect(res.findings.filter((f) => f.row === 3)).toEqual([]);
  });
});
