/**
 * Row heights for wrapped text. Excel does not grow a merged row to fit wrapped text, so the
 * generator wraps the text itself, word by word with the advance widths of Times New Roman
 * (textWidth.ts), and sets the row to that many lines.
 *
 * Column widths are in Excel character units of the Normal style (Calibri 11: a maximum digit width
 * of 7 px, plus 5 px of padding per column); 96 px per inch, 72 pt per inch. Excel measures text
 * on screen with hinted glyphs, a little wider than the printed text, so a line is filled only to
 * LINE_FILL of the cell's text width: a paragraph may end with room to spare, never cut off.
 */
import { textWidthPt } from './textWidth';

/** Pixels of a column `width` characters wide. */
export function columnPixels(width: number): number {
  return Math.floor(width * 7 + 5);
}

export interface TextFont {
  /** Points. */
  size: number;
  bold?: boolean;
  italic?: boolean;
}

/** Room the cell keeps between its border and its text, left and right together, in points. */
const CELL_PADDING_PT = 4.5;
/** Share of the text width a line may fill (screen metrics are wider than printed ones). */
const LINE_FILL = 0.98;

/** Width in points available to the text of a cell `widthPx` wide. */
export function textAreaPt(widthPx: number): number {
  return Math.max(1, ((widthPx * 72) / 96 - CELL_PADDING_PT) * LINE_FILL);
}

/**
 * The text fits on one line of a cell `widthPx` wide by the font's own metrics (no allowance for
 * screen widths): a header line that fits is written unwrapped, so it can never break in two.
 */
export function fitsOneLine(text: string, widthPx: number, font: TextFont): boolean {
  return text.indexOf('\n') < 0 && textWidthPt(text, font.size, font) <= (widthPx * 72) / 96 - CELL_PADDING_PT;
}

/**
 * A line too long for its cell broken at a space into two lines that each fit: the most equal pair
 * whose first line is the longer (headers are set as a pyramid: "ĐẢNG ỦY SỞ KHOA HỌC\nVÀ CÔNG NGHỆ"),
 * else the most equal pair; the text itself when no break gives two lines that fit.
 */
export function balancedBreak(text: string, widthPx: number, font: TextFont): string {
  if (fitsOneLine(text, widthPx, font)) return text;
  const words = text.split(' ');
  let best = text;
  let bestScore = Infinity;
  for (let i = 1; i < words.length; i++) {
    const a = words.slice(0, i).join(' ');
    const b = words.slice(i).join(' ');
    if (!fitsOneLine(a, widthPx, font) || !fitsOneLine(b, widthPx, font)) continue;
    const wa = textWidthPt(a, font.size, font);
    const wb = textWidthPt(b, font.size, font);
    // A pair with the shorter line on top ranks after every pyramid.
    const score = Math.max(wa, wb) + (wa < wb ? 10000 : 0);
    if (score < bestScore) {
      bestScore = score;
      best = a + '\n' + b;
    }
  }
  return best;
}

/** Lines one paragraph (no line breaks) takes, wrapped at spaces; a word longer than a line is split. */
function paragraphLines(p: string, room: number, font: TextFont): number {
  const words = p.split(' ');
  const space = textWidthPt(' ', font.size, font);
  let lines = 1;
  let used = -1;
  for (let i = 0; i < words.length; i++) {
    const w = textWidthPt(words[i], font.size, font);
    if (used < 0) {
      used = w;
    } else if (used + space + w <= room) {
      used += space + w;
    } else {
      lines++;
      used = w;
    }
    if (used > room) {
      // A word wider than the cell runs over several lines.
      const extra = Math.ceil(used / room) - 1;
      lines += extra;
      used -= extra * room;
    }
  }
  return lines;
}

/** Lines the text takes in a cell `widthPx` wide, wrapped at words (explicit line breaks kept). */
export function estimateLines(text: string, widthPx: number, font: TextFont): number {
  const room = textAreaPt(widthPx);
  const paragraphs = text.split('\n');
  let lines = 0;
  for (let i = 0; i < paragraphs.length; i++) lines += paragraphLines(paragraphs[i], room, font);
  return lines;
}

export const MAX_ROW_HEIGHT = 409;

/**
 * Height of one line of Times New Roman: ascent and descent are 1.107 em, rounded up to whole pixels
 * as Excel lays rows out (14 pt: 21 px = 15.75 pt).
 */
export function lineHeightPt(size: number): number {
  return (Math.ceil((1.107 * size * 96) / 72) * 72) / 96;
}

/** Height in points of `lines` lines of a font size with Excel's 3 pt of padding, however tall. */
export function textHeightPt(lines: number, size: number): number {
  return lines * lineHeightPt(size) + 3;
}

/** Row height in points for `lines` lines of a font size, with Excel's 3 pt of padding, capped at 409 pt. */
export function heightForLines(lines: number, size: number): number {
  return Math.min(MAX_ROW_HEIGHT, textHeightPt(lines, size));
}

export function estimateRowHeight(text: string, widthPx: number, font: TextFont): number {
  return heightForLines(estimateLines(text, widthPx, font), font.size);
}
