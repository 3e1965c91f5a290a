/** A1 addresses for Office.js calls and back: "B3", "A6:P2005", "'Danh sách'!$A$1:$P$1". */
import { columnLetter, columnNumber, MergedRange } from '../../core/grid';

/** "A6:P2005" from 1-based bounds (a single cell prints as "A6"). */
export function rangeAddress(r: MergedRange): string {
  const a = columnLetter(r.left) + r.top;
  const b = columnLetter(r.right) + r.bottom;
  return a === b ? a : a + ':' + b;
}

/** Parse "'Sheet'!$B$3:$D$5", "Sheet!B3" or "B3" into a sheet (null when absent) and a range; null when not an address. */
export function parseAddress(address: string): { sheet: string | null; range: MergedRange } | null {
  let s = String(address).replace(/^\s*=/, '').trim();
  let sheet: string | null = null;
  const bang = s.lastIndexOf('!');
  if (bang >= 0) {
    sheet = s.slice(0, bang);
    if (sheet.charAt(0) === "'" && sheet.charAt(sheet.length - 1) === "'") sheet = sheet.slice(1, -1).replace(/''/g, "'");
    s = s.slice(bang + 1);
  }
  const m = s.match(/^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/);
  if (!m) return null;
  const left = columnNumber(m[1]);
  const top = +m[2];
  const right = m[3] ? columnNumber(m[3]) : left;
  const bottom = m[4] ? +m[4] : top;
  return {
    sheet: sheet,
    range: { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) },
  };
}

/** Split a list of areas ("'A, B'!A1:B2,'A, B'!C3") at the commas that are not inside a quoted sheet name. */
export function splitAreas(list: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const ch = list.charAt(i);
    if (ch === "'") quoted = !quoted;
    else if (ch === ',' && !quoted) {
      out.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = list.slice(start).trim();
  if (last) out.push(last);
  return out;
}
