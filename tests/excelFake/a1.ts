/** A1 addresses as Excel parses and prints them: "B3", "A1:P80", "C:C", "5:7", "'Sổ 2020'!$A$1". */
import { invalidArgument } from './errors';

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** 1-based, inclusive. `wholeColumns`/`wholeRows`: the address named whole columns ("A:C") or rows ("5:7"). */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
  wholeColumns?: boolean;
  wholeRows?: boolean;
}

export function rectCells(r: Rect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

export function isUnbounded(r: Rect): boolean {
  return !!(r.wholeColumns || r.wholeRows);
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}

export function colLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function colNumber(letters: string): number {
  let n = 0;
  const up = letters.toUpperCase();
  for (let i = 0; i < up.length; i++) n = n * 26 + (up.charCodeAt(i) - 64);
  return n;
}

/** "A1:B2" (no sheet); whole columns/rows print as "A:B" / "3:4"; `absolute` adds dollars. */
export function formatRect(r: Rect, absolute?: boolean): string {
  const d = absolute ? '$' : '';
  if (r.wholeColumns) return d + colLetters(r.left) + ':' + d + colLetters(r.right);
  if (r.wholeRows) return d + r.top + ':' + d + r.bottom;
  const a = d + colLetters(r.left) + d + r.top;
  const b = d + colLetters(r.right) + d + r.bottom;
  return a === b ? a : a + ':' + b;
}

/** A sheet name as it appears in an address: quoted unless it is a plain identifier. */
export function quoteSheet(name: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name)) return name;
  return "'" + name.replace(/'/g, "''") + "'";
}

export function qualified(sheet: string, r: Rect, absolute?: boolean): string {
  return quoteSheet(sheet) + '!' + formatRect(r, absolute);
}

/** Split "'It''s'!A1:B2" into its sheet ("It's") and the local part; a plain "A1" has no sheet. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const s = address.trim();
  const bang = s.lastIndexOf('!');
  if (bang < 0) return { sheet: null, local: s };
  let sheet = s.slice(0, bang);
  if (sheet.charAt(0) === "'" && sheet.charAt(sheet.length - 1) === "'") sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet: sheet, local: s.slice(bang + 1) };
}

interface Part {
  col: number | null;
  row: number | null;
}

function part(p: string, address: string): Part {
  const m = p.match(/^\$?([A-Za-z]{1,3})?\$?(\d+)?$/);
  if (!m || (!m[1] && !m[2])) throw invalidArgument('Bad address "' + address + '".', 'Range.address');
  const col = m[1] ? colNumber(m[1]) : null;
  const row = m[2] ? +m[2] : null;
  if ((col !== null && (col < 1 || col > MAX_COLS)) || (row !== null && (row < 1 || row > MAX_ROWS))) {
    throw invalidArgument('Address "' + address + '" is outside the sheet.', 'Range.address');
  }
  return { col: col, row: row };
}

/** The local part of an address ("A1", "A1:C3", "A:C", "2:4") as a rectangle. */
export function parseLocal(local: string): Rect {
  const pieces = local.split(':');
  if (pieces.length > 2) throw invalidArgument('Bad address "' + local + '".', 'Range.address');
  const a = part(pieces[0], local);
  const b = pieces.length === 2 ? part(pieces[1], local) : a;
  if (a.col !== null && a.row !== null && b.col !== null && b.row !== null) {
    return {
      top: Math.min(a.row, b.row),
      bottom: Math.max(a.row, b.row),
      left: Math.min(a.col, b.col),
      right: Math.max(a.col, b.col),
    };
  }
  if (pieces.length === 2 && a.row === null && b.row === null && a.col !== null && b.col !== null) {
    return { top: 1, bottom: MAX_ROWS, left: Math.min(a.col, b.col), right: Math.max(a.col, b.col), wholeColumns: true };
  }
  if (pieces.length === 2 && a.col === null && b.col === null && a.row !== null && b.row !== null) {
    return { top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row), left: 1, right: MAX_COLS, wholeRows: true };
  }
  throw invalidArgument('Bad address "' + local + '".', 'Range.address');
}
