/**
 * Vietnamese paper forms of numbers, as party documents print them: a decimal comma, a dot between
 * thousands, percentages rounded half-up with trailing zeros dropped ("71%", "39,4%", "1,5%"), and
 * small counts zero-padded ("05 đồng chí", "04 chi bộ").
 *
 * Rounding works on a decimal reading of the binary value (12 significant digits), so that
 * 0.145 * 100 is 14.5 and rounds to 15, not 14.499999999999998 rounded down.
 */

const MAX_DECIMALS = 6;

function clampDecimals(decimals: number | undefined, fallback: number): number {
  if (decimals === undefined || !isFinite(decimals)) return fallback;
  return Math.max(0, Math.min(MAX_DECIMALS, Math.floor(decimals)));
}

/** |value| scaled by 10^decimals and rounded half-up to a whole number. */
function scaledHalfUp(absValue: number, decimals: number): number {
  const scaled = Number((absValue * Math.pow(10, decimals)).toPrecision(12));
  return Math.floor(scaled + 0.5);
}

/** Round half away from zero to `decimals` places: roundHalfUp(25.757575, 1) = 25.8; roundHalfUp(14.5, 0) = 15. */
export function roundHalfUp(value: number, decimals: number): number {
  if (!isFinite(value)) return value;
  const d = clampDecimals(decimals, 0);
  const r = scaledHalfUp(Math.abs(value), d) / Math.pow(10, d);
  return value < 0 && r !== 0 ? -r : r;
}

/** Digits of a whole number grouped by dots: 1234567 -> "1.234.567". */
function groupThousands(digits: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += '.';
    out += digits.charAt(i);
  }
  return out;
}

/**
 * A number with a decimal comma and a dot between thousands, rounded half-up to at most `decimals`
 * places (default 1), trailing zeros dropped: 39.39 -> "39,4"; 1234.5 -> "1.234,5"; 71.0 -> "71".
 * Not a number -> "".
 */
export function formatDecimal(value: number, decimals?: number): string {
  if (typeof value !== 'number' || !isFinite(value)) return '';
  const d = clampDecimals(decimals, 1);
  const p = Math.pow(10, d);
  const q = scaledHalfUp(Math.abs(value), d);
  const whole = Math.floor(q / p);
  let frac = d > 0 ? String(q - whole * p) : '';
  while (frac.length < d) frac = '0' + frac;
  frac = frac.replace(/0+$/, '');
  const sign = value < 0 && q !== 0 ? '-' : '';
  return sign + groupThousands(String(whole)) + (frac ? ',' + frac : '');
}

/**
 * A fraction as a percentage: 26/66 -> "39,4%", 17/66 -> "25,8%", 1/66 -> "1,5%", 66/93 -> "71%", 1 -> "100%".
 * `decimals` 0-2 on paper (default 1). Not a number -> "".
 */
export function formatPercent(fraction: number, decimals?: number): string {
  if (typeof fraction !== 'number' || !isFinite(fraction)) return '';
  return formatDecimal(fraction * 100, decimals === undefined ? 1 : Math.min(2, clampDecimals(decimals, 1))) + '%';
}

/** A whole number with dots between thousands and no padding: 1234 -> "1.234", 7 -> "7". */
export function formatInteger(n: number): string {
  return formatDecimal(Math.round(n), 0);
}

/**
 * A count as reports print it: under 10 zero-padded ("05", "01"), thousands dotted ("1.234").
 * Zero prints as "0", not "00": the sentences word zero in words ("không có …") wherever they can.
 */
export function formatCount(n: number): string {
  if (typeof n !== 'number' || !isFinite(n)) return '';
  const r = Math.round(n);
  if (r > 0 && r < 10) return '0' + r;
  return formatInteger(r);
}

/** "05 đồng chí", "66 đồng chí", "0 đồng chí". */
export function formatComrades(n: number): string {
  return formatCount(n) + ' đồng chí';
}
