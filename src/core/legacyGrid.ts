/**
 * Legacy Vietnamese text (TCVN3, VNI) in a sheet, decoded before anything reads it: headers typed in
 * .VnTime are found, categories and names match, and figures are computed on the Unicode reading
 * whether or not the user converts the cells. Each decoded cell gives one `legacy-encoded-text` finding
 * with the Unicode text as its fix; one group per encoding, so one click converts them all.
 */
import { CellValue, Grid, columnLetter, fontAt } from './grid';
import { Finding, makeFinding } from './findings';
import { detectLegacy, LEGACY_ENCODING_LABEL, LegacyEncoding } from './text/legacyText';

export interface LegacyCell {
  /** Absolute, 1-based. */
  row: number;
  col: number;
  /** The cell's text as stored. */
  raw: string;
  encoding: LegacyEncoding;
  /** Its Unicode NFC reading. */
  text: string;
}

export interface DecodedGrid {
  /** The same grid when nothing was decoded; otherwise a copy whose legacy cells hold their Unicode text. */
  grid: Grid;
  cells: LegacyCell[];
}

/** Decode every legacy text cell of a grid (copying only the rows that change). */
export function decodeLegacyGrid(grid: Grid): DecodedGrid {
  const cells: LegacyCell[] = [];
  let rows: CellValue[][] | null = null;
  for (let i = 0; i < grid.rows.length; i++) {
    const src = grid.rows[i];
    if (!src) continue;
    let copy: CellValue[] | null = null;
    for (let j = 0; j < src.length; j++) {
      const v = src[j];
      if (typeof v !== 'string') continue;
      const row = grid.originRow + i;
      const col = grid.originCol + j;
      const found = detectLegacy(v, fontAt(grid, row, col));
      if (!found) continue;
      if (!copy) copy = src.slice();
      copy[j] = found.text;
      cells.push({ row: row, col: col, raw: v, encoding: found.encoding, text: found.text });
    }
    if (copy) {
      if (!rows) rows = grid.rows.slice();
      rows[i] = copy;
    }
  }
  if (!rows) return { grid: grid, cells: cells };
  // A shallow copy that keeps every other field (merges, date cells, fonts); no Object.assign in IE11.
  const out = {} as Grid;
  const from = grid as unknown as { [key: string]: unknown };
  const to = out as unknown as { [key: string]: unknown };
  for (const key in from) if (Object.prototype.hasOwnProperty.call(from, key)) to[key] = from[key];
  out.rows = rows;
  return { grid: out, cells: cells };
}

/** One finding per decoded cell; the group key gathers all cells of one encoding. */
export function legacyFindings(sheet: string, cells: LegacyCell[]): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    out.push(
      makeFinding(
        'legacy-encoded-text',
        { sheet: sheet, row: c.row, column: columnLetter(c.col), value: c.raw },
        { value: c.raw, encoding: LEGACY_ENCODING_LABEL[c.encoding], suggestion: c.text },
        { suggestion: c.text, groupKey: 'legacy-encoded-text|' + c.encoding },
      ),
    );
  }
  return out;
}
