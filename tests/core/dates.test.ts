import { addMonths, formatDate, formatLongDate, fromSerial, parseDateValue, toSerial, yearsBetween } from '../../src/core/dates';

describe('dates', () => {
  test('Excel serials map to calendar days without zone shifts', () => {
    // 43153 is 22/02/2018 in Excel (checked: =DATE(2018,2,22) shows 43153).
    expect(formatDate(fromSerial(43153))).toBe('22/02/2018');
    expect(toSerial({ y: 2018, m: 2, d: 22 })).toBe(43153);
    expect(formatDate(fromSerial(1))).toBe('01/01/1900');
    expect(formatDate(fromSerial(61))).toBe('01/03/1900');
    // 1904 system: serial 0 is 01/01/1904
    expect(formatDate(fromSerial(0, true))).toBe('01/01/1904');
  });

  test('a date cell past 31/12/9999, the last day Excel shows, is not a date (found by the property tests)', () => {
    // =DATE(9999,12,31) is 2958465 in the 1900 date system, 1462 days less in the 1904 system.
    expect(parseDateValue(2958465, { isDateFormatted: true })).toEqual({ ok: true, date: { y: 9999, m: 12, d: 31 } });
    expect(parseDateValue(2958466, { isDateFormatted: true })).toEqual({ ok: false, reason: 'invalid' });
    expect(parseDateValue(1e21, { isDateFormatted: true })).toEqual({ ok: false, reason: 'invalid' });
    expect(parseDateValue(2957003, { isDateFormatted: true, date1904: true })).toEqual({ ok: true, date: { y: 9999, m: 12, d: 31 } });
    expect(parseDateValue(2957004, { isDateFormatted: true, date1904: true })).toEqual({ ok: false, reason: 'invalid' });
  });

  test('typed dates in the forms offices use', () => {
    const cases: [string, string][] = [
      ['22/02/2018', '22/02/2018'],
      ['2/3/1975', '02/03/1975'],
      ['30.04.2008', '30/04/2008'],
      ['2018-02-22', '22/02/2018'],
      ['ngày 22 tháng 02 năm 2018', '22/02/2018'],
    ];
    for (const [input, out] of cases) {
      const r = parseDateValue(input);
      expect(r.ok && formatDate(r.date)).toBe(out);
    }
  });

  test('a year alone is a birth year with unknown day', () => {
    const r = parseDateValue('1975');
    expect(r.ok && r.date.yearOnly).toBe(true);
    const n = parseDateValue(1975);
    expect(n.ok && n.date.y).toBe(1975);
  });

  test('impossible and unreadable dates are told apart', () => {
    expect(parseDateValue('31/02/2019')).toEqual({ ok: false, reason: 'impossible' });
    expect(parseDateValue('không rõ')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseDateValue('')).toEqual({ ok: false, reason: 'empty' });
  });

  test('month arithmetic and ages', () => {
    expect(formatDate(addMonths({ y: 2019, m: 1, d: 31 }, 1))).toBe('28/02/2019');
    expect(formatDate(addMonths({ y: 2019, m: 6, d: 15 }, 12))).toBe('15/06/2020');
    expect(yearsBetween({ y: 2000, m: 5, d: 10 }, { y: 2018, m: 5, d: 9 })).toBe(17);
    expect(yearsBetween({ y: 2000, m: 5, d: 10 }, { y: 2018, m: 5, d: 10 })).toBe(18);
    expect(formatLongDate({ y: 2018, m: 2, d: 22 })).toBe('ngày 22 tháng 02 năm 2018');
  });

  test('a month alone, as meeting logs often write it', () => {
    for (const text of ['03/2019', 'Tháng 3/2019', 'T3/2019', 'tháng 3 năm 2019']) {
      const r = parseDateValue(text);
      expect(r.ok && r.date).toEqual({ y: 2019, m: 3, d: 1, monthOnly: true });
      expect(r.ok && formatDate(r.date)).toBe('03/2019');
    }
    expect(parseDateValue('13/2019')).toEqual({ ok: false, reason: 'impossible' });
  });
});
