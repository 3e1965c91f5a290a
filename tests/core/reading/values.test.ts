import { cardNumberText, parseNumberCell, parseTimeCell } from '../../../src/core/schema/values';

describe('times', () => {
  test('Excel time fractions and typed times become minutes since midnight', () => {
    const cases: [string | number, number][] = [
      [0.5833333333, 14 * 60], // Excel shows 14:00
      [0.3125, 7 * 60 + 30], // 07:30
      [43831.625, 15 * 60], // 01/01/2020 15:00 as a date-time serial
      ['14:00', 840],
      ['14h00', 840],
      ['14h', 840],
      ['14 giờ 30', 870],
      ['14 giờ 30 phút', 870],
      ['7h30', 450],
      ['16:15:00', 975],
    ];
    for (const [input, minutes] of cases) expect([input, parseTimeCell(input)]).toEqual([input, { kind: 'ok', value: minutes }]);
  });
  test('empty and unreadable times', () => {
    expect(parseTimeCell(null)).toEqual({ kind: 'empty' });
    expect(parseTimeCell('')).toEqual({ kind: 'empty' });
    expect(parseTimeCell('chiều')).toEqual({ kind: 'invalid' });
    expect(parseTimeCell('25:00')).toEqual({ kind: 'invalid' });
    expect(parseTimeCell('14:75')).toEqual({ kind: 'invalid' });
  });
});

describe('numbers', () => {
  test('numbers stored as text are numbers', () => {
    expect(parseNumberCell('12')).toEqual({ kind: 'ok', value: 12 });
    expect(parseNumberCell(' 12 ')).toEqual({ kind: 'ok', value: 12 });
    expect(parseNumberCell('05 đồng chí')).toEqual({ kind: 'ok', value: 5 });
    expect(parseNumberCell('1.234')).toEqual({ kind: 'ok', value: 1234 });
    expect(parseNumberCell(15)).toEqual({ kind: 'ok', value: 15 });
  });
  test('text that is not a number is invalid', () => {
    expect(parseNumberCell('mười hai')).toEqual({ kind: 'invalid' });
    expect(parseNumberCell('12 ngày')).toEqual({ kind: 'invalid' });
    expect(parseNumberCell(null)).toEqual({ kind: 'empty' });
  });
});

describe('card numbers', () => {
  test('text keeps leading zeros', () => {
    expect(cardNumberText('012345678901')).toBe('012345678901');
    expect(cardNumberText('30.000010')).toBe('30.000010');
  });
  test('a numeric cell is returned as its digits, without an exponent', () => {
    expect(cardNumberText(12345678901)).toBe('12345678901');
    expect(cardNumberText(123456789012)).toBe('123456789012');
  });
});
