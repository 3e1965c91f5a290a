/**
 * One exceljs cell value as a plain grid value. exceljs values are polymorphic: numbers, strings,
 * booleans, JS Dates, rich text, formulas with a cached result, hyperlinks, errors.
 */
import { CellValue } from '../../core/grid';

const MS_PER_DAY = 86400000;
/** Excel serial of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;
/** Days between the 1900 and 1904 date systems. */
const DAYS_1904 = 1462;

export interface ConvertedCell {
  value: CellValue;
  /** The value was a JS Date (exceljs saw a date format). */
  isDate: boolean;
}

/**
 * A JS Date as exceljs gives it (the serial read as UTC) back to the Excel serial of the workbook's date
 * system: whole days for dates (the same as dates.ts toSerial(fromUtcDate(d))), a fraction for times.
 * Rounded to the second, which removes exceljs's millisecond drift.
 */
export function dateToSerial(d: Date, date1904: boolean): number | null {
  const t = d.getTime();
  if (isNaN(t)) return null;
  return serialOfTime(t, date1904);
}

/** dateToSerial of a valid time value (ms since 1970 UTC). */
export function serialOfTime(t: number, date1904: boolean): number {
  const serial = t / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? DAYS_1904 : 0);
  return Math.round(serial * 86400) / 86400;
}

function richTextOf(v: { richText: { text?: string }[] }): string {
  let s = '';
  for (let i = 0; i < v.richText.length; i++) s += v.richText[i].text || '';
  return s;
}

export function convertCellValue(raw: unknown, date1904: boolean): ConvertedCell {
  if (raw === null || raw === undefined) return { value: null, isDate: false };
  if (typeof raw === 'string' || typeof raw === 'boolean') return { value: raw, isDate: false };
  if (typeof raw === 'number') return { value: isFinite(raw) ? raw : null, isDate: false };
  if (raw instanceof Date) return { value: dateToSerial(raw, date1904), isDate: true };
  if (typeof raw === 'object') {
    const o = raw as Record<string, unknown>;
    if (Array.isArray(o.richText)) return { value: richTextOf(o as { richText: { text?: string }[] }), isDate: false };
    if ('formula' in o || 'sharedFormula' in o) {
      if (o.result === undefined) return { value: null, isDate: false };
      return convertCellValue(o.result, date1904);
    }
    if ('hyperlink' in o || 'text' in o) return convertCellValue(o.text === undefined ? null : o.text, date1904);
    if ('error' in o) return { value: String(o.error), isDate: false };
  }
  return { value: null, isDate: false };
}
