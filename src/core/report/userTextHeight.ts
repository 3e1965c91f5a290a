/**
 * The row heights a host sets when it puts the office's own text back into a regenerated sheet. The
 * model sized a userText cell for its hint; the kept text is usually longer, and Excel does not grow
 * a merged row by itself, so the cell's rows grow (the bottom row takes the difference) until the
 * text shows whole, up to Excel's 409 pt a row. Rows only grow, never shrink.
 */
import { columnPixels, estimateLines, heightForLines, MAX_ROW_HEIGHT, textHeightPt } from './rowHeight';
import { textFont } from './sheetDraft';
import { ModelCell, SheetModel } from './sheetModel';

/** Row number -> new height in points, for the rows that must grow to show `text` in `cell`. */
export function userTextRowHeights(model: SheetModel, cell: ModelCell, text: string): Record<number, number> {
  let range = { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col };
  for (let i = 0; i < model.merges.length; i++) {
    const m = model.merges[i];
    if (m.top === cell.row && m.left === cell.col) range = m;
  }
  let widthPx = 0;
  for (let c = range.left; c <= range.right; c++) widthPx += columnPixels(model.columnWidths[c - 1] || 8.43);
  const style = cell.style && cell.style.font ? cell.style : { font: model.defaultFont };
  const font = textFont(style);
  const need = textHeightPt(estimateLines(text, widthPx, font), font.size);
  let have = 0;
  for (let r = range.top; r <= range.bottom; r++) {
    const h = model.rowHeights[r];
    have += h === undefined ? heightForLines(1, font.size) : h;
  }
  const out: Record<number, number> = {};
  if (need <= have) return out;
  const bottom = model.rowHeights[range.bottom] === undefined ? heightForLines(1, font.size) : model.rowHeights[range.bottom];
  out[range.bottom] = Math.min(MAX_ROW_HEIGHT, bottom + need - have);
  return out;
}
