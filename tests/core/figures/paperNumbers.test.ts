import {
  formatComrades,
  formatCount,
  formatDecimal,
  formatInteger,
  formatPercent,
  roundHalfUp,
} from '../../../src/core/text/numbers';

describe('percentages on paper', () => {
  test('the seed report figures, rounded half-up to one decimal', () => {
    // 1/66 = 1,5151…%; 17/66 = 25,7575…%; 26/66 = 39,3939…%; 23/66 = 34,848…%; 42/66 = 63,636…%
    expect(formatPercent(1 / 66)).toBe('1,5%');
    expect(formatPercent(17 / 66)).toBe('25,8%');
    expect(formatPercent(26 / 66)).toBe('39,4%');
    expect(formatPercent(23 / 66)).toBe('34,8%');
    expect(formatPercent(42 / 66)).toBe('63,6%');
  });

  test('trailing zeros are dropped', () => {
    // 66/93 = 70,967…% -> 71,0 -> "71%"
    expect(formatPercent(66 / 93)).toBe('71%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(0.5)).toBe('50%');
  });

  test('0 or 2 decimals on request', () => {
    expect(formatPercent(1 / 66, 2)).toBe('1,52%');
    expect(formatPercent(66 / 93, 2)).toBe('70,97%');
    expect(formatPercent(17 / 66, 0)).toBe('26%');
    expect(formatPercent(0.25, 2)).toBe('25%');
  });

  test('halves round up even where binary floating point falls short', () => {
    // 29/200 = 14,5% exactly; 0.145 * 100 is 14.499999999999998 in binary.
    expect(formatPercent(29 / 200, 0)).toBe('15%');
    expect(formatPercent(1 / 8, 0)).toBe('13%');
    expect(formatPercent(1 / 40, 0)).toBe('3%');
    // 0,125% with 2 decimals -> 0,13%
    expect(formatPercent(0.00125, 2)).toBe('0,13%');
  });

  test('not a number prints nothing', () => {
    expect(formatPercent(NaN)).toBe('');
    expect(formatPercent(Infinity)).toBe('');
  });
});

describe('numbers and counts on paper', () => {
  test('decimal comma and thousands dot', () => {
    expect(formatDecimal(1234.5)).toBe('1.234,5');
    expect(formatDecimal(1234567)).toBe('1.234.567');
    expect(formatDecimal(38.857142857)).toBe('38,9');
    expect(formatDecimal(39.95)).toBe('40');
    expect(formatDecimal(2.675, 2)).toBe('2,68');
    expect(formatInteger(100000)).toBe('100.000');
  });

  test('counts under 10 are zero-padded, zero is "0"', () => {
    expect(formatCount(5)).toBe('05');
    expect(formatCount(1)).toBe('01');
    expect(formatCount(9)).toBe('09');
    expect(formatCount(10)).toBe('10');
    expect(formatCount(66)).toBe('66');
    expect(formatCount(0)).toBe('0');
    expect(formatCount(1234)).toBe('1.234');
  });

  test('"N đồng chí"', () => {
    expect(formatComrades(5)).toBe('05 đồng chí');
    expect(formatComrades(46)).toBe('46 đồng chí');
  });

  test('round half away from zero', () => {
    expect(roundHalfUp(25.757575, 1)).toBe(25.8);
    expect(roundHalfUp(14.5, 0)).toBe(15);
    expect(roundHalfUp(-2.5, 0)).toBe(-3);
    expect(roundHalfUp(38.85, 1)).toBe(38.9);
  });
});
