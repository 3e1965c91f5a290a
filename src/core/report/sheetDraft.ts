/**
 * A sheet model under construction: a row cursor, cells, merges, names and row heights. The sheet
 * builders append blocks (a heading, a paragraph, a table) one after another, so a later layout adds
 * blocks without renumbering anything by hand. Every text value and hint passes through safeText.
 */
import { MergedRange } from '../grid';
import { safeText } from './cellText';
import { balancedBreak, columnPixels, estimateRowHeight, fitsOneLine, heightForLines, TextFont } from './rowHeight';
import { CellStyle, ModelCell, NamedRange, PrintSetup, SheetModel, FontStyle } from './sheetModel';

/** The font of a cell style as the row-height estimate needs it (11 pt when the style names no size). */
export function textFont(style: CellStyle | undefined): TextFont {
  const f = (style && style.font) || {};
  return { size: f.size || 11, bold: !!f.bold, italic: !!f.italic };
}

export class SheetDraft {
  readonly cells: ModelCell[] = [];
  readonly merges: MergedRange[] = [];
  readonly names: NamedRange[] = [];
  readonly rowHeights: Record<number, number> = {};
  readonly pageBreaksBefore: number[] = [];
  /** The next free row. */
  row = 1;

  constructor(readonly columnWidths: number[]) {}

  get lastCol(): number {
    return this.columnWidths.length;
  }

  /** Width in pixels of columns left..right (1-based, inclusive). */
  widthPx(left: number, right: number): number {
    let px = 0;
    for (let c = left; c <= right; c++) px += columnPixels(this.columnWidths[c - 1] || 0);
    return px;
  }

  put(row: number, col: number, cell: Omit<ModelCell, 'row' | 'col'>): ModelCell {
    const c: ModelCell = Object.assign({ row: row, col: col }, cell);
    if (typeof c.value === 'string') c.value = safeText(c.value);
    if (typeof c.result === 'string') c.result = safeText(c.result);
    if (c.hint !== undefined) c.hint = safeText(c.hint);
    this.cells.push(c);
    return c;
  }

  merge(row: number, left: number, right: number, bottom?: number): void {
    const b = bottom === undefined ? row : bottom;
    if (left === right && row === b) return;
    this.merges.push({ top: row, left: left, bottom: b, right: right });
  }

  /** Set a row's height, keeping the larger when several cells of the row ask. */
  height(row: number, pt: number): void {
    const h = this.rowHeights[row];
    if (h === undefined || pt > h) this.rowHeights[row] = pt;
  }

  /** Wrapped text over columns left..right of one row, its row tall enough to show it whole. */
  text(row: number, left: number, right: number, text: string, style: CellStyle, extra?: Partial<ModelCell>): ModelCell {
    const cell = this.put(row, left, Object.assign({ value: text, style: Object.assign({ wrap: true }, style) }, extra || {}));
    this.merge(row, left, right);
    this.height(row, estimateRowHeight(text, this.widthPx(left, right), textFont(style)));
    return cell;
  }

  /**
   * A short line over columns left..right (a header line): unwrapped on one line when it fits by the
   * font's metrics, else broken into two lines of about equal width, else wrapped like `text`.
   */
  shortText(row: number, left: number, right: number, text: string, style: CellStyle): ModelCell {
    const font = textFont(style);
    const width = this.widthPx(left, right);
    if (!fitsOneLine(text, width, font)) return this.text(row, left, right, balancedBreak(text, width, font), style);
    const cell = this.put(row, left, { value: text, style: Object.assign({}, style, { wrap: false }) });
    this.merge(row, left, right);
    this.height(row, heightForLines(1, font.size));
    return cell;
  }

  /** A block of text across the whole width, on the next row; returns its row. */
  line(text: string, style: CellStyle, extra?: Partial<ModelCell>): number {
    const r = this.row++;
    this.text(r, 1, this.lastCol, text, style, extra);
    return r;
  }

  /** Make a row taller by `pt` (room above a heading whose text sits at the bottom of its row). */
  addSpace(row: number, pt: number): void {
    this.rowHeights[row] = (this.rowHeights[row] || 0) + pt;
  }

  /** An empty row of the given height. */
  gap(pt: number): void {
    this.height(this.row++, pt);
  }

  /** Start a new printed page at the next row, or at `row`. */
  pageBreak(row?: number): void {
    this.pageBreaksBefore.push(row === undefined ? this.row : row);
  }

  /** Points from the top of row `from` to the bottom of row `to` (rows without a height count 15 pt). */
  heightOf(from: number, to: number): number {
    let h = 0;
    for (let r = from; r <= to; r++) h += this.rowHeights[r] === undefined ? 15 : this.rowHeights[r];
    return h;
  }

  name(name: string, range: MergedRange): void {
    this.names.push({ name: name, range: range });
  }

  toModel(name: string, print: PrintSetup, defaultFont: FontStyle): SheetModel {
    return {
      name: name,
      columnWidths: this.columnWidths.slice(),
      rowHeights: this.rowHeights,
      cells: this.cells,
      merges: this.merges,
      names: this.names,
      print: print,
      defaultFont: defaultFont,
      pageBreaksBefore: this.pageBreaksBefore.slice(),
    };
  }
}
