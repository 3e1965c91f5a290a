/**
 * Plain cell values: counts, clock times, card numbers and text. Each parser says "empty", gives the
 * value, or says the cell could not be read (the caller raises the finding).
 */
import { CellValue } from '../grid';
import { cleanText, fold } from '../text/normalize';

export type ValueResult<T> = { kind: 'empty' } | { kind: 'ok'; value: T } | { kind: 'invalid' };

/** Text of a cell: NFC, spaces collapsed; numbers and booleans as written; empty -> null. */
export function cellText(v: CellValue): string | null {
  if (v === null || v === undefined) return null;
  const t = typeof v === 'string' ? cleanText(v) : String(v);
  return t === '' ? null : t;
}

/**
 * A number, also when stored as text: "12", "1.234" (thousands dot), "12,5" (decimal comma),
 * "12 đồng chí". Anything else is invalid.
 */
export function parseNumberCell(v: CellValue): ValueResult<number> {
  if (v === null || v === undefined) return { kind: 'empty' };
  if (typeof v === 'number') return isFinite(v) ? { kind: 'ok', value: v } : { kind: 'invalid' };
  if (typeof v === 'boolean') return { kind: 'invalid' };
  let t = cleanText(v);
  if (t === '') return { kind: 'empty' };
  const unit = t.match(/^(-?[\d.,]+)\s*(.*)$/);
  if (unit && unit[2] !== '') {
    const u = fold(unit[2]);
    if (u === 'dong chi' || u === 'd c' || u === 'dc' || u === 'nguoi' || u === 'dv' || u === 'dang vien') t = unit[1];
    else return { kind: 'invalid' };
  }
  if (/^-?\d+$/.test(t)) return { kind: 'ok', value: parseInt(t, 10) };
  if (/^-?\d{1,3}(\.\d{3})+$/.test(t)) return { kind: 'ok', value: parseInt(t.replace(/\./g, ''), 10) };
  if (/^-?\d+,\d+$/.test(t)) return { kind: 'ok', value: parseFloat(t.replace(',', '.')) };
  if (/^-?\d+\.\d+$/.test(t)) return { kind: 'ok', value: parseFloat(t) };
  return { kind: 'invalid' };
}

/**
 * Attendance written as one cell "15/17" (có mặt / tổng số), also "15 / 17" or "15/17 đồng chí"; a
 * plain number is the present count alone. The total is null when not written.
 */
export function parsePresentOfTotal(v: CellValue): ValueResult<{ present: number; total: number | null }> {
  if (typeof v === 'string') {
    const m = cleanText(v).match(/^(\d+)\s*\/\s*(\d+)(\s.*)?$/);
    if (m) {
      if (m[3] !== undefined && parseNumberCell('0' + m[3]).kind !== 'ok') return { kind: 'invalid' };
      return { kind: 'ok', value: { present: parseInt(m[1], 10), total: parseInt(m[2], 10) } };
    }
  }
  const n = parseNumberCell(v);
  if (n.kind !== 'ok') return n;
  return { kind: 'ok', value: { present: n.value, total: null } };
}

/**
 * A clock time as minutes since midnight: an Excel time fraction (0.5833 = 14:00), the time part of a
 * date-time serial, a whole hour (14), or text "14:00", "14h00", "14h", "14g30", "14 giờ 30 (phút)".
 */
export function parseTimeCell(v: CellValue): ValueResult<number> {
  if (v === null || v === undefined) return { kind: 'empty' };
  if (typeof v === 'boolean') return { kind: 'invalid' };
  if (typeof v === 'number') {
    if (!isFinite(v) || v < 0) return { kind: 'invalid' };
    if (v === Math.floor(v)) return v <= 24 ? { kind: 'ok', value: v * 60 } : { kind: 'invalid' };
    const frac = v - Math.floor(v);
    return { kind: 'ok', value: Math.round(frac * 1440) % 1440 };
  }
  const t = cleanText(v);
  if (t === '') return { kind: 'empty' };
  const k = fold(t);
  const m = k.match(/^(\d{1,2}) ?(?:h|g|gio)? ?(\d{1,2})?(?: ?(?:p|phut|\d{1,2}))?$/);
  if (!m) return { kind: 'invalid' };
  const h = +m[1];
  const min = m[2] ? +m[2] : 0;
  if (h > 24 || min > 59 || (h === 24 && min > 0)) return { kind: 'invalid' };
  return { kind: 'ok', value: h * 60 + min };
}

/**
 * A party card number as text. Text cells keep what was typed, leading zeros included. A numeric cell
 * has already lost its leading zeros (Excel stores 012345678901 as 12345678901): it is returned as the
 * digits Excel holds, and the card-number rules report the wrong length.
 */
export function cardNumberText(v: CellValue): string | null {
  if (v === null || v === undefined || typeof v === 'boolean') return null;
  if (typeof v === 'number') {
    if (!isFinite(v)) return null;
    // Integers below 1e21 print without an exponent.
    return v === Math.floor(v) ? v.toFixed(0) : String(v);
  }
  const t = cleanText(v);
  return t === '' ? null : t;
}
