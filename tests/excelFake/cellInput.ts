/**
 * What Excel stores when a value is written through `Range.values` or `Range.formulas`: like typing it
 * into the cell. "=…" is a formula; "+…", "-…" and "@…" are formulas too unless they read as numbers;
 * numbers, percentages, dates, times, fractions, TRUE/FALSE and error literals typed as text become
 * numbers, booleans or errors; a leading apostrophe keeps the rest as text. null leaves the cell as it is.
 * Dates are read both day-first and month-first (whichever is valid), so the fake converts at least
 * as much as Excel in any locale.
 */
import { invalidArgument } from './errors';

export type StoredValue = string | number | boolean;

export type CellInput =
  | { kind: 'unchanged' }
  | { kind: 'empty' }
  | { kind: 'text'; text: string; quotePrefix: boolean }
  | { kind: 'number'; value: number; numberFormat?: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'error'; value: string }
  | { kind: 'formula'; formula: string };

const ERRORS = ['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!'];

function serialOf(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return t / 86400000 + 25569;
}

function fullYear(y: number, digits: number): number {
  if (digits > 2) return y;
  return y < 30 ? 2000 + y : 1900 + y;
}

/** A typed date as Excel reads it, or null. */
function typedDate(s: string): number | null {
  let m = s.match(/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/);
  if (m) return serialOf(+m[1], +m[2], +m[3]);
  m = s.match(/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/);
  if (m) {
    const y = fullYear(+m[3], m[3].length);
    return serialOf(y, +m[2], +m[1]) || serialOf(y, +m[1], +m[2]);
  }
  m = s.match(/^(\d{1,2})[-/](\d{1,2})$/);
  if (m) return serialOf(2026, +m[2], +m[1]) || serialOf(2026, +m[1], +m[2]);
  return null;
}

function typedTime(s: string): number | null {
  const m = s.match(/^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]m?)?$/i);
  if (!m) return null;
  let h = +m[1];
  if (m[4]) {
    if (h > 12) return null;
    if (/^p/i.test(m[4]) && h < 12) h += 12;
    if (/^a/i.test(m[4]) && h === 12) h = 0;
  }
  if (h > 23 || +m[2] > 59 || (m[3] && +m[3] > 59)) return null;
  return (h * 3600 + +m[2] * 60 + (m[3] ? +m[3] : 0)) / 86400;
}

function typedNumber(s: string): { value: number; percent: boolean } | null {
  let t = s;
  let negative = false;
  const paren = t.match(/^\((.*)\)$/);
  if (paren) {
    negative = true;
    t = paren[1].trim();
  }
  let percent = false;
  if (/%$/.test(t)) {
    percent = true;
    t = t.slice(0, -1).trim();
  }
  t = t.replace(/^([-+]?)\$/, '$1');
  if (!/^[-+]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][-+]?\d+)?$/.test(t) || !/\d/.test(t)) return null;
  let v = parseFloat(t.replace(/,/g, ''));
  if (!isFinite(v)) return null;
  if (negative) v = -v;
  if (percent) v = v / 100;
  return { value: v, percent: percent };
}

/** Interpret one written entry. `textFormat`: the cell is formatted as Text ("@"), which stores strings as typed. */
export function interpretInput(v: unknown, textFormat: boolean, where: string): CellInput {
  if (v === null || v === undefined) return { kind: 'unchanged' };
  if (typeof v === 'number') {
    if (!isFinite(v)) throw invalidArgument('A number written to a cell must be finite.', where);
    return { kind: 'number', value: v };
  }
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  if (typeof v !== 'string') throw invalidArgument('Cell values must be strings, numbers or booleans.', where);
  if (v.length > 32767) throw invalidArgument('Text longer than 32,767 characters.', where);
  if (v === '') return { kind: 'empty' };
  if (v.charAt(0) === "'") return { kind: 'text', text: v.slice(1), quotePrefix: true };
  if (textFormat) return { kind: 'text', text: v, quotePrefix: false };
  const first = v.charAt(0);
  if (first === '=' && v.length > 1) return { kind: 'formula', formula: v };
  const s = v.trim();
  const upper = s.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'boolean', value: upper === 'TRUE' };
  if (ERRORS.indexOf(upper) >= 0) return { kind: 'error', value: upper };
  const n = typedNumber(s);
  if (n) return { kind: 'number', value: n.value, numberFormat: n.percent ? '0%' : undefined };
  const d = typedDate(s);
  if (d !== null) return { kind: 'number', value: d, numberFormat: 'm/d/yyyy' };
  const t = typedTime(s);
  if (t !== null) return { kind: 'number', value: t, numberFormat: 'h:mm' };
  if (first === '+' || first === '-' || first === '@') return { kind: 'formula', formula: '=' + v.slice(first === '@' ? 1 : 0) };
  return { kind: 'text', text: v, quotePrefix: false };
}
