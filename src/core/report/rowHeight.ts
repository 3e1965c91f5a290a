/**
 * Row heights for wrapped text. Excel does not grow a merged row to fit wrapped text, so the
 * generator estimates the height from the text's length, the merged width and the font, erring on
 * the generous side so that a paragraph always shows whole.
 *
 * Column widths are in Excel character units of the Normal style (Calibri 11: a maximum digit width
 * of 7 px, plus 5 px of padding per column); 96 px per inch, 72 pt per inch.
 */

/** Pixels of a column `width` characters wide. */
export function columnPixels(width: number): number {
  return Math.floor(width * 7 + 5);
}

export interface TextFont {
  /** Points. */
  size: number;
  bold?: boolean;
  /** All upper case (wider letters). */
  upper?: boolean;
}

/** Average advance of a Times New Roman character, in ems, by style. */
function averageEm(font: TextFont): number {
  if (font.upper) return font.bold ? 0.74 : 0.7;
  return font.bold ? 0.5 : 0.46;
}

/** Advance of a space in Times New Roman, in ems. */
const SPACE_EM = 0.25;

/** Lines the text takes in a cell `widthPx` wide, wrapped at words (explicit line breaks kept). */
export function estimateLines(text: string, widthPx: number, font: TextFont): number {
  const emPx = (font.size * 96) / 72;
  const charPx = emPx * averageEm(font);
  const spacePx = emPx * SPACE_EM;
  // Wrapping at word boundaries leaves part of each line empty.
  const usable = Math.max(1, (widthPx - 8) * 0.9);
  const paragraphs = text.split('\n');
  let lines = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const spaces = p.split(' ').length - 1;
    const px = (p.length - spaces) * charPx + spaces * spacePx;
    lines += Math.max(1, Math.ceil(px / usable));
  }
  return lines;
}

export const MAX_ROW_HEIGHT = 409;

/** Row height in points for `lines` lines of a font size, with a little padding, capped at Excel's 409 pt. */
export function heightForLines(lines: number, size: number): number {
  return Math.min(MAX_ROW_HEIGHT, Math.ceil(lines * size * 1.3 + 4));
}

export function estimateRowHeight(text: string, widthPx: number, font: TextFont): number {
  return heightForLines(estimateLines(text, widthPx, font), font.size);
}
