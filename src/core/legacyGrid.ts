/**
 * Legacy Vietnamese text (TCVN3, VNI) in a sheet, decoded before anything reads it: headers typed in
 * .VnTime are found, categories and names match, and figures are computed on the Unicode reading
 * whether or not the user converts the cells. Each decoded cell gives one `legacy-encoded-text` finding
 * with the Unicode text as its fix; one group per encoding, so one click converts them all.
 */
import { Grid, columnLetter, fontAt } from './grid';
import { Finding, makeFinding } from './findings';
import { detectLegacy, LEGACY_ENCODING_LABEL, LegacyEncoding, mayBeLegacy } from './text/legacyText';

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

/** Cells clearly in one encoding that make it the sheet's: a few words could be chance. */
const SHEET_EVIDENCE = 3;

function sheetEncodingOf(tcvn3: number, vni: number): LegacyEncoding | null {
  if (tcvn3 >= SHEET_EVIDENCE && tcvn3 > vni) return 'tcvn3';
  if (vni >= SHEET_EVIDENCE && vni > tcvn3) return 'vni';
  return null;
}

/**
 * Decode every legacy text cell of a grid (copying only the rows that change). Cells are judged alone
 * first; when one encoding is clearly the sheet's (at least three cells, more than the other), the
 * cells left open ("Cã" = "Có", also a Unicode spelling) are judged again in that light.
 */
export function decodeLegacyGrid(grid: Grid): DecodedGrid {
  const cells: LegacyCell[] = [];
  const open: { i: number; j: number }[] = [];
  const count: Record<LegacyEncoding, number> = { tcvn3: 0, vni: 0 };
  for (let i = 0; i < grid.rows.length; i++) {
    const src = grid.rows[i];
    if (!src) continue;
    for (let j = 0; j < src.length; j++) {
      const v = src[j];
      if (typeof v !== 'string' || !mayBeLegacy(v)) continue;
      const row = grid.originRow + i;
      const col = grid.originCol + j;
      const found = detectLegacy(v, fontAt(grid, row, col));
      if (found) {
        cells.push({ row: row, col: col, raw: v, encoding: found.encoding, text: found.text });
        count[found.encoding]++;
      } else open.push({ i: i, j: j });
    }
  }
  const sheetEncoding = sheetEncodingOf(count.tcvn3, count.vni);
  if (sheetEncoding) {
    for (let k = 0; k < open.length; k++) {
      const row = grid.originRow + open[k].i;
      const col = grid.originCol + open[k].j;
      const v = grid.rows[open[k].i][open[k].j] as string;
      const found = detectLegacy(v, fontAt(grid, row, col), sheetEncoding);
      if (found) cells.push({ row: row, col: col, raw: v, encoding: found.encoding, text: found.text });
    }
  }
  if (cells.length === 0) return { grid: grid, cells: cells };
  cells.sort(function (a, b) {
    return a.row - b.row || a.col - b.col;
  });
  const rows = grid.rows.slice();
  const copied: { [i: number]: true } = {};
  for (let k = 0; k < cells.length; k++) {
    const i = cells[k].row - grid.originRow;
    if (!copied[i]) {
      rows[i] = rows[i].slice();
      copied[i] = true;
    }
    rows[i][cells[k].col - grid.originCol] = cells[k].text;
  }
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
