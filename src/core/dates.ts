/**
 * Calendar dates without time zones. Excel serials, JS Dates read as UTC, and typed text all become
 * a SimpleDate. A year alone ("1975") is a valid date with unknown day (yearOnly); a month alone
 * ("03/2019") is one with unknown day (monthOnly).
 */
import { CellValue } from './grid';
import { cleanText } from './text/normalize';

export interface SimpleDate {
  y: number;
  /** 1-12 */
  m: number;
  /** 1-31 */
  d: number;
  /** Only the year is known; m and d are 1 and must not be relied on. */
  yearOnly?: boolean;
  /** Only the month is known ("03/2019", "Tháng 3/2019"); d is 1 and must not be relied on. */
  monthOnly?: boolean;
}

export interface Period {
  from: SimpleDate;
  to: SimpleDate;
}

/** `twoDigitYear`: typed with a two-digit year ("05/03/75"), its century decided by centuryOf. */
export type DateParse =
  | { ok: true; date: SimpleDate; twoDigitYear?: true }
  | { ok: false; reason: 'empty' | 'invalid' | 'impossible' };

export interface ParseDateOptions {
  /** The day of reading: a two-digit year up to this year's last two digits is this century, else the last. */
  today?: SimpleDate;
}

const MS_PER_DAY = 86400000;

export function makeDate(y: number, m: number, d: number): SimpleDate {
  return { y: y, m: m, d: d };
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Days since 1970-01-01 (negative before). */
export function dayNumber(date: SimpleDate): number {
  return Math.round(Date.UTC(date.y, date.m - 1, date.d) / MS_PER_DAY);
}

export function fromDayNumber(n: number): SimpleDate {
  const t = new Date(n * MS_PER_DAY);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Negative when a is before b, positive when after, 0 when the same day (only the sign means anything). */
export function compareDates(a: SimpleDate, b: SimpleDate): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** Same day of month n months later, clamped to the month's end (31/01 + 1 month = 28/02 or 29/02). */
export function addMonths(date: SimpleDate, n: number): SimpleDate {
  const total = date.y * 12 + (date.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y: y, m: m, d: Math.min(date.d, daysInMonth(y, m)) };
}

export function addYears(date: SimpleDate, n: number): SimpleDate {
  return addMonths(date, 12 * n);
}

/** Whole years from `from` to `on` (age on a date). */
export function yearsBetween(from: SimpleDate, on: SimpleDate): number {
  let years = on.y - from.y;
  if (on.m < from.m || (on.m === from.m && on.d < from.d)) years--;
  return years;
}

/** The earliest day an imprecise date can mean: 01/01 of a year alone, the 1st of a month alone. */
export function earliestDay(date: SimpleDate): SimpleDate {
  return date.yearOnly || date.monthOnly ? { y: date.y, m: date.yearOnly ? 1 : date.m, d: 1 } : date;
}

/** The latest day an imprecise date can mean: 31/12 of a year alone, the last day of a month alone. */
export function latestDay(date: SimpleDate): SimpleDate {
  if (date.yearOnly) return { y: date.y, m: 12, d: 31 };
  if (date.monthOnly) return { y: date.y, m: date.m, d: daysInMonth(date.y, date.m) };
  return date;
}

export function isImprecise(date: SimpleDate): boolean {
  return !!(date.yearOnly || date.monthOnly);
}

export function inPeriod(date: SimpleDate, period: Period): boolean {
  return compareDates(date, period.from) >= 0 && compareDates(date, period.to) <= 0;
}

// Excel serial 1 = 1900-01-01 in the 1900 system; 60 is Excel's fictitious 29/02/1900.
const EPOCH_1900 = -25568; // dayNumber(1899-12-31)
const EPOCH_1904 = -24107; // dayNumber(1904-01-01) = serial 0 in the 1904 system

export function fromSerial(serial: number, date1904?: boolean): SimpleDate {
  const whole = Math.floor(serial);
  if (date1904) return fromDayNumber(EPOCH_1904 + whole);
  return fromDayNumber(EPOCH_1900 + (whole >= 60 ? whole - 1 : whole));
}

export function toSerial(date: SimpleDate, date1904?: boolean): number {
  const n = dayNumber(date);
  if (date1904) return n - EPOCH_1904;
  const s = n - EPOCH_1900;
  return s >= 60 ? s + 1 : s;
}

/** A JS Date as exceljs returns it (the calendar day encoded at UTC midnight) -> SimpleDate. */
export function fromUtcDate(d: Date): SimpleDate {
  // exceljs may give 23:59:59.999 for some serials; round to the nearest day.
  return fromDayNumber(Math.round(d.getTime() / MS_PER_DAY));
}

const PLAUSIBLE_MIN_SERIAL = 367; // 01/01/1901
const PLAUSIBLE_MAX_SERIAL = 73051; // 31/12/2099
/** 31/12/9999, the last day Excel can show, in the 1900 and the 1904 date systems. */
const EXCEL_MAX_SERIAL = 2958465;
const EXCEL_MAX_SERIAL_1904 = 2957003;

/**
 * Parse a cell meant to hold a date.
 * - number formatted as a date: an Excel serial (up to 31/12/9999, the last day Excel shows);
 * - integer 1900..2100 not formatted as a date: a year alone;
 * - other numbers in a plausible serial range: a serial;
 * - text: dd/mm/yyyy, d/m/yyyy, d.m.yyyy, d-m-yyyy, yyyy-mm-dd, mm/yyyy, yyyy, "ngày 22 tháng 02 năm 2018".
 */
export function parseDateValue(v: CellValue, opts?: { isDateFormatted?: boolean; date1904?: boolean; today?: SimpleDate }): DateParse {
  if (v === null || v === undefined) return { ok: false, reason: 'empty' };
  if (typeof v === 'boolean') return { ok: false, reason: 'invalid' };
  if (typeof v === 'number') {
    if (!isFinite(v)) return { ok: false, reason: 'invalid' };
    const isFormatted = !!(opts && opts.isDateFormatted);
    if (!isFormatted && v === Math.floor(v) && v >= 1900 && v <= 2100) {
      return { ok: true, date: { y: v, m: 1, d: 1, yearOnly: true } };
    }
    if (isFormatted || (v >= PLAUSIBLE_MIN_SERIAL && v <= PLAUSIBLE_MAX_SERIAL)) {
      // Below 1 is a time of day; past 31/12/9999 Excel shows no date at all (#####).
      if (v < 1 || v >= (opts && opts.date1904 ? EXCEL_MAX_SERIAL_1904 : EXCEL_MAX_SERIAL) + 1) return { ok: false, reason: 'invalid' };
      return { ok: true, date: fromSerial(v, opts && opts.date1904) };
    }
    return { ok: false, reason: 'invalid' };
  }
  return parseDateText(v, opts);
}

/**
 * The year a two-digit year means, as an office would read it: a birth year 75 is 1975, an admission
 * year 08 is 2008. Up to the current year's last two digits it is this century, above them the last.
 */
export function centuryOf(yy: number, today?: SimpleDate): number {
  const now = (today || todayLocal()).y;
  const base = now - (now % 100);
  return yy <= now % 100 ? base + yy : base - 100 + yy;
}

export function parseDateText(text: string, opts?: ParseDateOptions): DateParse {
  const s = cleanText(text).toLowerCase();
  if (s === '') return { ok: false, reason: 'empty' };
  let m: RegExpMatchArray | null;
  // ngày 22 tháng 02 năm 2018
  m = s.match(/^ng\u00e0y\s*(\d{1,2})\s*th\u00e1ng\s*(\d{1,2})\s*n\u0103m\s*(\d{4})$/);
  if (m) return ymd(+m[3], +m[2], +m[1]);
  m = s.match(/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  m = s.match(/^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})$/);
  if (m) return ymd(+m[3], +m[2], +m[1]);
  // 05/03/75, 1/2/08, 30.04.08
  m = s.match(/^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2})$/);
  if (m) {
    const r = ymd(centuryOf(+m[3], opts && opts.today), +m[2], +m[1]);
    return r.ok ? { ok: true, date: r.date, twoDigitYear: true } : r;
  }
  // 03/2019, tháng 3/2019, T3/2019, tháng 3 năm 2019
  m = s.match(/^(?:th\u00e1ng\s*|t)?(\d{1,2})\s*(?:[/.\-]|n\u0103m)\s*(\d{4})$/);
  if (m) {
    const month = +m[1];
    if (month < 1 || month > 12) return { ok: false, reason: 'impossible' };
    return { ok: true, date: { y: +m[2], m: month, d: 1, monthOnly: true } };
  }
  m = s.match(/^(\d{4})$/);
  if (m) {
    const y = +m[1];
    if (y < 1900 || y > 2100) return { ok: false, reason: 'impossible' };
    return { ok: true, date: { y: y, m: 1, d: 1, yearOnly: true } };
  }
  return { ok: false, reason: 'invalid' };
}

function ymd(y: number, m: number, d: number): DateParse {
  if (!isValidYmd(y, m, d)) return { ok: false, reason: 'impossible' };
  return { ok: true, date: { y: y, m: m, d: d } };
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/** "22/02/2018"; a year alone prints as "2018", a month alone as "03/2019". */
export function formatDate(date: SimpleDate): string {
  if (date.yearOnly) return String(date.y);
  if (date.monthOnly) return pad2(date.m) + '/' + date.y;
  return pad2(date.d) + '/' + pad2(date.m) + '/' + date.y;
}

/** "ngày 22 tháng 02 năm 2018" */
export function formatLongDate(date: SimpleDate): string {
  return 'ng\u00e0y ' + pad2(date.d) + ' th\u00e1ng ' + pad2(date.m) + ' n\u0103m ' + date.y;
}

/** Today's calendar date in local time (the only place that reads the clock). */
export function todayLocal(): SimpleDate {
  const t = new Date();
  return { y: t.getFullYear(), m: t.getMonth() + 1, d: t.getDate() };
}
