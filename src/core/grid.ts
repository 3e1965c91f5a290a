/**
 * A sheet's cells as a rectangular block of plain values, as both hosts deliver them.
 * Dates arrive as Excel serial numbers (the xlsx host converts JS Dates to serials);
 * `dateCells` marks the cells whose number format is a date, when the host knows it.
 */
export type CellValue = string | number | boolean | null;

export interface MergedRange {
  /** 1-based Excel rows and columns, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  /** The sheet's name as the user sees it on the tab. */
  sheet: string;
  /** rows[i][j] is the cell at Excel row originRow + i, column originCol + j. Rows may be ragged. */
  rows: CellValue[][];
  /** 1-based Excel row of rows[0]. */
  originRow: number;
  /** 1-based Excel column of rows[i][0]. */
  originCol: number;
  /** Merged ranges that intersect the grid, in absolute coordinates. */
  merges?: MergedRange[];
  /** Keys `${row}:${col}` (absolute, 1-based) of cells whose number format is a date or time. */
  dateCells?: ReadonlySet<string>;
  /** Absolute row numbers that are hidden in Excel (by the user or a filter). */
  hiddenRows?: ReadonlySet<number>;
  /** The range of the sheet's autofilter, when it has one (its buttons may hide rows). */
  autoFilter?: MergedRange;
  /**
   * Font names of text cells, keyed `${row}:${col}` (absolute, 1-based), where the host knows them: a
   * ".VnTime" or "VNI-Times" font tells legacy TCVN3 / VNI text (text/legacyText.ts).
   */
  fonts?: ReadonlyMap<string, string>;
}

export function cellAt(grid: Grid, row: number, col: number): CellValue {
  const r = grid.rows[row - grid.originRow];
  if (!r) return null;
  const v = r[col - grid.originCol];
  return v === undefined ? null : v;
}

export function isDateCell(grid: Grid, row: number, col: number): boolean {
  return grid.dateCells ? grid.dateCells.has(row + ':' + col) : false;
}

/** The font name of a cell, when the host gave one. */
export function fontAt(grid: Grid, row: number, col: number): string | null {
  if (!grid.fonts) return null;
  const f = grid.fonts.get(row + ':' + col);
  return f === undefined ? null : f;
}

export function lastRow(grid: Grid): number {
  return grid.originRow + grid.rows.length - 1;
}

export function lastCol(grid: Grid): number {
  let w = 0;
  for (let i = 0; i < grid.rows.length; i++) if (grid.rows[i].length > w) w = grid.rows[i].length;
  return grid.originCol + w - 1;
}

/** 1 -> "A", 27 -> "AA". */
export function columnLetter(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" -> 1, "AA" -> 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  const up = letters.toUpperCase();
  for (let i = 0; i < up.length; i++) n = n * 26 + (up.charCodeAt(i) - 64);
  return n;
}

export function isBlank(v: CellValue): boolean {
  if (v === null) return true;
  if (typeof v !== 'string') return false;
  if (v.length === 0) return true;
  // A first character that is no white space (printable ASCII, or U+00A1-U+167F, Vietnamese letters
  // among them) settles it without trimming.
  const c = v.charCodeAt(0);
  if ((c > 32 && c < 0xa0) || (c > 0xa0 && c < 0x1680)) return false;
  return v.trim() === '';
}

/** Build a grid from plain rows starting at A1: handy for tests and generated sheets. */
export function gridOf(sheet: string, rows: CellValue[][], extra?: Partial<Grid>): Grid {
  return Object.assign({ sheet: sheet, rows: rows, originRow: 1, originCol: 1 }, extra || {});
}

/**
 * The part of a grid between rows `top`..`bottom` and columns `left`..`right` (absolute, inclusive), as a
 * grid of its own: the same sheet, the same absolute coordinates, the merges that touch the part, and the
 * same date cells, hidden rows, autofilter and fonts. Several tables on one sheet are read as parts.
 */
export function gridPart(grid: Grid, top: number, bottom: number, left: number, right: number): Grid {
  const rows: CellValue[][] = [];
  const l = Math.max(left, grid.originCol);
  const from = l - grid.originCol;
  const to = right - grid.originCol + 1;
  const whole = from === 0 && to >= lastCol(grid) - grid.originCol + 1;
  for (let r = top; r <= bottom; r++) {
    const src = grid.rows[r - grid.originRow] || [];
    rows.push(whole ? src : src.slice(from, to));
  }
  const merges: MergedRange[] = [];
  const all = grid.merges || [];
  for (let i = 0; i < all.length; i++) {
    const m = all[i];
    if (m.bottom >= top && m.top <= bottom && m.right >= left && m.left <= right) merges.push(m);
  }
  const part: Grid = { sheet: grid.sheet, rows: rows, originRow: top, originCol: l, merges: merges };
  if (grid.dateCells) part.dateCells = grid.dateCells;
  if (grid.hiddenRows) part.hiddenRows = grid.hiddenRows;
  if (grid.autoFilter) part.autoFilter = grid.autoFilter;
  if (grid.fonts) part.fonts = grid.fonts;
  return part;
}
