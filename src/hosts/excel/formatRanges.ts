/**
 * The formats of a sheet model as few range operations as is simple: each format property (font name,
 * size, bold, …, fill, alignment, number format, borders) is grouped on its own into rectangles of cells
 * that share its value: runs along a row, then identical runs on consecutive rows. Cells inside the
 * model's area without a cell of their own get the sheet's default font, so the font is one rectangle.
 */
import { MergedRange } from '../../core/grid';
import { CellStyle, FontStyle } from '../../core/report/sheetModel';
import { HINT_COLOR } from '../../core/report/summaryLayout';

export type FormatKind =
  | 'fontName'
  | 'fontSize'
  | 'bold'
  | 'italic'
  | 'underline'
  | 'fontColor'
  | 'fill'
  | 'horizontal'
  | 'vertical'
  | 'wrap'
  | 'indent'
  | 'numberFormat'
  | 'borders';

/** Values as Office.js wants them ("Center", "#808080", "Single"); borders as the sides "tblr" a cell has. */
export type CellLook = { [K in FormatKind]?: string | number | boolean };

export interface FormatRun {
  kind: FormatKind;
  value: string | number | boolean;
  range: MergedRange;
}

const KINDS: FormatKind[] = ['fontName', 'fontSize', 'bold', 'italic', 'underline', 'fontColor', 'fill', 'horizontal', 'vertical', 'wrap', 'indent', 'numberFormat', 'borders'];

const HORIZONTAL: { [k: string]: string } = { left: 'Left', center: 'Center', right: 'Right', justify: 'Justify' };
const VERTICAL: { [k: string]: string } = { top: 'Top', middle: 'Center', bottom: 'Bottom' };


function hex(rgb: string): string {
  return '#' + rgb.replace(/^#/, '').toUpperCase();
}

/** How a model cell looks: its style over the sheet's default font; a hint is grey italic. */
export function lookOf(style: CellStyle | undefined, defaultFont: FontStyle, hint: boolean): CellLook {
  const s = style || {};
  const own = s.font || {};
  const f: FontStyle = {
    name: own.name !== undefined ? own.name : defaultFont.name,
    size: own.size !== undefined ? own.size : defaultFont.size,
    bold: own.bold !== undefined ? own.bold : defaultFont.bold,
    italic: own.italic !== undefined ? own.italic : defaultFont.italic,
    underline: own.underline !== undefined ? own.underline : defaultFont.underline,
    color: own.color !== undefined ? own.color : defaultFont.color,
  };
  const look: CellLook = {};
  if (f.name) look.fontName = f.name;
  if (f.size) look.fontSize = f.size;
  if (f.bold) look.bold = true;
  if (f.italic || hint) look.italic = true;
  if (f.underline) look.underline = 'Single';
  const color = hint ? HINT_COLOR : f.color;
  if (color) look.fontColor = hex(color);
  if (s.fill) look.fill = hex(s.fill);
  if (s.horizontal && HORIZONTAL[s.horizontal]) look.horizontal = HORIZONTAL[s.horizontal];
  if (s.vertical && VERTICAL[s.vertical]) look.vertical = VERTICAL[s.vertical];
  if (s.wrap) look.wrap = true;
  if (s.indent) look.indent = s.indent;
  if (s.numFmt && s.numFmt !== 'General') look.numberFormat = s.numFmt;
  if (s.border) {
    const sides = (s.border.top ? 't' : '') + (s.border.bottom ? 'b' : '') + (s.border.left ? 'l' : '') + (s.border.right ? 'r' : '');
    if (sides) look.borders = sides;
  }
  return look;
}

/** A cell of the model's area that the model leaves empty: the default font only. */
export function gapLook(defaultFont: FontStyle): CellLook {
  return lookOf(undefined, defaultFont, false);
}

function key(v: string | number | boolean | undefined): string | null {
  return v === undefined ? null : typeof v + ':' + String(v);
}

function valueOfKey(k: string): string | number | boolean {
  const colon = k.indexOf(':');
  const type = k.slice(0, colon);
  const text = k.slice(colon + 1);
  if (type === 'number') return +text;
  if (type === 'boolean') return text === 'true';
  return text;
}

/** Rectangles of equal keys over rows 1..height, columns 1..width. */
export function rectangles(height: number, width: number, keyAt: (row: number, col: number) => string | null): { key: string; range: MergedRange }[] {
  const out: { key: string; range: MergedRange }[] = [];
  let open: { [id: string]: MergedRange } = {};
  for (let r = 1; r <= height; r++) {
    const next: { [id: string]: MergedRange } = {};
    let c = 1;
    while (c <= width) {
      const k = keyAt(r, c);
      if (k === null) {
        c++;
        continue;
      }
      const start = c;
      while (c + 1 <= width && keyAt(r, c + 1) === k) c++;
      const id = start + ':' + c + ':' + k;
      const prev = open[id];
      if (prev) {
        prev.bottom = r;
        next[id] = prev;
        delete open[id];
      } else next[id] = { top: r, left: start, bottom: r, right: c };
      c++;
    }
    for (const id in open) if (Object.prototype.hasOwnProperty.call(open, id)) out.push({ key: id.slice(id.indexOf(':', id.indexOf(':') + 1) + 1), range: open[id] });
    open = next;
  }
  for (const id in open) if (Object.prototype.hasOwnProperty.call(open, id)) out.push({ key: id.slice(id.indexOf(':', id.indexOf(':') + 1) + 1), range: open[id] });
  return out.sort(function (a, b) {
    return a.range.top - b.range.top || a.range.left - b.range.left;
  });
}

/** Format runs for an area of `height` rows and `width` columns whose cells look like `lookAt` says. */
export function formatRuns(height: number, width: number, lookAt: (row: number, col: number) => CellLook | null): FormatRun[] {
  const looks: (CellLook | null)[][] = [];
  for (let r = 1; r <= height; r++) {
    const row: (CellLook | null)[] = [];
    for (let c = 1; c <= width; c++) row.push(lookAt(r, c));
    looks.push(row);
  }
  const out: FormatRun[] = [];
  for (let k = 0; k < KINDS.length; k++) {
    const kind = KINDS[k];
    const rects = rectangles(height, width, function (r, c) {
      const look = looks[r - 1][c - 1];
      return look ? key(look[kind]) : null;
    });
    for (let i = 0; i < rects.length; i++) out.push({ kind: kind, value: valueOfKey(rects[i].key), range: rects[i].range });
  }
  return out;
}
