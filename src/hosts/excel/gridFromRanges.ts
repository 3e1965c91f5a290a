/**
 * Blocks of Range.values (and number formats where known) -> one Grid. Office.js gives "" for an empty
 * cell (a grid has null) and serial numbers for dates; a number whose cell has a date or time format
 * is marked in `dateCells`, as the xlsx host marks date-formatted cells.
 */
import { CellValue, Grid, MergedRange } from '../../core/grid';
import { legacyFont } from '../../core/text/legacyText';
import { isDateFormat } from '../xlsx/dateFormat';

/** Number formats of the columns from `firstCol` (0-based within the read range) for the block's rows. */
export interface BlockFormats {
  firstCol: number;
  numberFormat: unknown[][];
}

function cellValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number') return isFinite(v) ? v : null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  return null;
}

export class GridBuilder {
  private readonly rows: CellValue[][] = [];
  private readonly dateCells = new Set<string>();

  /** `originRow`/`originCol`: 1-based position of the used range's top-left cell. */
  constructor(
    private readonly originRow: number,
    private readonly originCol: number,
  ) {}

  /** A block whose first row is the absolute row `top`. */
  addBlock(top: number, values: unknown[][], formats: BlockFormats[]): void {
    for (let i = 0; i < values.length; i++) {
      const src = values[i] || [];
      const row: CellValue[] = [];
      let last = -1;
      for (let j = 0; j < src.length; j++) {
        const v = cellValue(src[j]);
        row.push(v);
        if (v !== null) last = j;
      }
      row.length = last + 1;
      this.rows[top - this.originRow + i] = row;
    }
    for (let k = 0; k < formats.length; k++) {
      const f = formats[k];
      for (let i = 0; i < f.numberFormat.length; i++) {
        const fr = f.numberFormat[i] || [];
        const vr = values[i] || [];
        for (let j = 0; j < fr.length; j++) {
          const col = f.firstCol + j;
          const fmt = fr[j];
          if (typeof vr[col] === 'number' && typeof fmt === 'string' && isDateFormat(fmt)) {
            this.dateCells.add(top + i + ':' + (this.originCol + col));
          }
        }
      }
    }
  }

  /** Fonts of text cells in columns whose block is all in one legacy font (.VnTime, VNI-Times). */
  private readonly fonts = new Map<string, string>();

  /**
   * The font each column of a block shares (null when mixed): text cells of a column in a legacy font get
   * that font, so core can decode them by font and not by statistics alone.
   */
  addColumnFonts(top: number, values: unknown[][], columnFonts: (string | null)[]): void {
    for (let j = 0; j < columnFonts.length; j++) {
      const font = columnFonts[j];
      if (!font || !legacyFont(font)) continue;
      for (let i = 0; i < values.length; i++) {
        const v = (values[i] || [])[j];
        if (typeof v === 'string' && v !== '') this.fonts.set(top + i + ':' + (this.originCol + j), font);
      }
    }
  }

  /** The font of one text cell (read where its column's block mixes fonts). */
  addCellFont(row: number, col: number, font: string | null): void {
    if (font && legacyFont(font)) this.fonts.set(row + ':' + col, font);
  }

  /** Rows hidden by the user or a filter (known from ExcelApi 1.2). */
  readonly hiddenRows = new Set<number>();

  build(sheet: string, merges: MergedRange[] | undefined): Grid {
    for (let i = 0; i < this.rows.length; i++) if (!this.rows[i]) this.rows[i] = [];
    const grid: Grid = { sheet: sheet, rows: this.rows, originRow: this.originRow, originCol: this.originCol, dateCells: this.dateCells };
    if (merges) grid.merges = merges;
    if (this.hiddenRows.size) grid.hiddenRows = this.hiddenRows;
    if (this.fonts.size) grid.fonts = this.fonts;
    return grid;
  }
}
