/** Range.text: a cell's value as Excel shows it under its number format (the common formats only). */
import { CellState } from './workbookState';

function pad(n: number, w: number): string {
  let s = String(n);
  while (s.length < w) s = '0' + s;
  return s;
}

function isDateFormat(nf: string): boolean {
  const f = nf.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '');
  return /general/i.test(f) ? false : /[dmyhs]/i.test(f);
}

function dateText(serial: number, nf: string, date1904: boolean): string {
  const days = Math.floor(serial) + (date1904 ? 1462 : 0);
  const d = new Date((days - 25569) * 86400000);
  const secs = Math.round((serial - Math.floor(serial)) * 86400);
  const parts: Record<string, string> = {
    yyyy: String(d.getUTCFullYear()),
    yy: pad(d.getUTCFullYear() % 100, 2),
    mm: pad(d.getUTCMonth() + 1, 2),
    m: String(d.getUTCMonth() + 1),
    dd: pad(d.getUTCDate(), 2),
    d: String(d.getUTCDate()),
    hh: pad(Math.floor(secs / 3600), 2),
    h: String(Math.floor(secs / 3600)),
    nn: pad(Math.floor(secs / 60) % 60, 2),
  };
  // "mm" after h is minutes.
  const f = nf.replace(/(h+)(:)mm/gi, '$1$2nn');
  return f.replace(/yyyy|yy|mm|m|dd|d|hh|h|nn/gi, function (t) {
    return parts[t.toLowerCase()] !== undefined ? parts[t.toLowerCase()] : t;
  });
}

export function displayText(cell: CellState | undefined, date1904: boolean): string {
  if (!cell || cell.v === '') return '';
  const v = cell.v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  const nf = cell.nf || 'General';
  if (isDateFormat(nf)) return dateText(v, nf, date1904);
  const pct = nf.match(/^0(?:\.(0+))?%$/);
  if (pct) return (v * 100).toFixed(pct[1] ? pct[1].length : 0) + '%';
  return String(v);
}
