/**
 * Page, columns and text styles of the summary sheet "Báo cáo sơ kết" (Hướng dẫn 36-HD/VPTW):
 * A4 portrait, Times New Roman, margins 20/20/30/15 mm so the text block is 165 mm wide. Eight
 * columns A:H add up to 622 px at 96 dpi (164,6 mm); paragraphs merge A:H.
 *
 * The header needs two splits of the width: the parent body's line (row 1) needs 243 pt on the left,
 * the place-and-date line (row 4) 227 pt on the right, more than the 466 pt together. Column D is a
 * sliver of 14 px between them: rows 1-3 put the left part in A:D and the right in E:H; row 4 puts
 * the document number in A:C and the place and date in D:H.
 */
import { roundHalfUp } from '../text/numbers';
import { CellStyle, PrintSetup, FontStyle } from './sheetModel';

export const FONT_NAME = 'Times New Roman';

/** A: STT; B-F: labels; G, H: figures (see appendixTables.ts). Pixels: 40 200 75 14 68 75 75 75. */
export const SUMMARY_COLUMN_WIDTHS = [5, 27.9, 10, 1.3, 9, 10, 10, 10];

/** Column spans of the header and signature blocks, [left, right] inclusive. */
export const SPANS = {
  /** Parent body, issuing body, "*"; "Nơi nhận" and the recipients. */
  headerLeft: [1, 4] as [number, number],
  /** "ĐẢNG CỘNG SẢN VIỆT NAM"; the signature block. */
  headerRight: [5, 8] as [number, number],
  /** The document number, level with the place and date. */
  numberLeft: [1, 3] as [number, number],
  /** The place and date. */
  dateRight: [4, 8] as [number, number],
};

export const SUMMARY_PRINT: PrintSetup = {
  paper: 'A4',
  orientation: 'portrait',
  margins: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 },
  fitToWidth: true,
  pageNumbersFromPage2: true,
};

export const SUMMARY_FONT: FontStyle = { name: FONT_NAME, size: 14 };

/** Height of the printed page's text area in points (A4 less the top and bottom margins). */
export const PAGE_BODY_PT = ((297 - SUMMARY_PRINT.margins.top - SUMMARY_PRINT.margins.bottom) * 72) / 25.4;

/** Colour of the hint text shown in an empty cell kept for the office's own text. */
export const HINT_COLOR = '808080';

/** Body text size (HD 36: 14-15 pt), the size used inside the appendix tables and for the recipients. */
export const BODY_SIZE = 14;
export const TABLE_SIZE = 12;
export const RECIPIENTS_SIZE = 12;

function font(size: number, extra?: Partial<FontStyle>): FontStyle {
  return Object.assign({ name: FONT_NAME, size: size }, extra || {});
}

export const STYLE = {
  /** Parent body: upper case 14 pt. */
  parentBody: { font: font(14), horizontal: 'center', vertical: 'middle' } as CellStyle,
  /** Issuing body: upper case 14 pt bold. */
  issuingBody: { font: font(14, { bold: true }), horizontal: 'center', vertical: 'middle' } as CellStyle,
  plainCentre: { font: font(14), horizontal: 'center', vertical: 'middle' } as CellStyle,
  /** "ĐẢNG CỘNG SẢN VIỆT NAM": 15 pt bold, underlined. */
  partyLine: { font: font(15, { bold: true, underline: true }), horizontal: 'center', vertical: 'middle' } as CellStyle,
  placeDate: { font: font(14, { italic: true }), horizontal: 'center', vertical: 'middle' } as CellStyle,
  /** "BÁO CÁO": 16 pt bold, centred. */
  docType: { font: font(16, { bold: true }), horizontal: 'center', vertical: 'middle' } as CellStyle,
  /** Trích yếu: 14 pt bold, centred. */
  abstract: { font: font(14, { bold: true }), horizontal: 'center', vertical: 'top' } as CellStyle,
  /** The five hyphens under the trích yếu. */
  abstractRule: { font: font(14), horizontal: 'center', vertical: 'top' } as CellStyle,
  /** "I. TÌNH HÌNH TRIỂN KHAI" */
  part: { font: font(BODY_SIZE, { bold: true }), horizontal: 'left', vertical: 'top' } as CellStyle,
  /** "1. Khái quát …" */
  heading: { font: font(BODY_SIZE, { bold: true }), horizontal: 'left', vertical: 'top' } as CellStyle,
  subheading: { font: font(BODY_SIZE, { bold: true, italic: true }), horizontal: 'left', vertical: 'top' } as CellStyle,
  body: { font: font(BODY_SIZE), horizontal: 'justify', vertical: 'top' } as CellStyle,
  /** The office's own text, and its grey hint while empty. */
  userText: { font: font(BODY_SIZE), horizontal: 'justify', vertical: 'top', wrap: true } as CellStyle,
  note: { font: font(TABLE_SIZE, { italic: true }), horizontal: 'left', vertical: 'top' } as CellStyle,
  /** "Nơi nhận:": 14 pt, underlined. */
  recipientsTitle: { font: font(BODY_SIZE, { underline: true }), horizontal: 'left', vertical: 'top' } as CellStyle,
  /** The recipients, one a line: 12 pt. */
  recipients: { font: font(RECIPIENTS_SIZE), horizontal: 'left', vertical: 'top', wrap: true } as CellStyle,
  /** "T/M ĐẢNG ỦY", "BÍ THƯ" and the signer's name: 14 pt bold, centred. */
  signature: { font: font(BODY_SIZE, { bold: true }), horizontal: 'center', vertical: 'top' } as CellStyle,
  appendixTitle: { font: font(BODY_SIZE, { bold: true }), horizontal: 'center', vertical: 'middle' } as CellStyle,
  appendixNote: { font: font(BODY_SIZE, { italic: true }), horizontal: 'center', vertical: 'top' } as CellStyle,
  tableHeader: {
    font: font(TABLE_SIZE, { bold: true }),
    horizontal: 'center',
    vertical: 'middle',
    fill: 'D9D9D9',
    border: { top: true, bottom: true, left: true, right: true },
  } as CellStyle,
  tableText: {
    font: font(TABLE_SIZE),
    horizontal: 'left',
    vertical: 'middle',
    border: { top: true, bottom: true, left: true, right: true },
  } as CellStyle,
  tableNumber: {
    font: font(TABLE_SIZE),
    horizontal: 'center',
    vertical: 'middle',
    border: { top: true, bottom: true, left: true, right: true },
  } as CellStyle,
  tableTotal: {
    font: font(TABLE_SIZE, { bold: true }),
    horizontal: 'center',
    vertical: 'middle',
    border: { top: true, bottom: true, left: true, right: true },
  } as CellStyle,
};

/** Excel number format of a percentage with 0-2 decimals: "0%", "0.0%", "0.00%". */
export function percentFormat(decimals: number): string {
  const d = Math.max(0, Math.min(2, Math.floor(decimals)));
  return d === 0 ? '0%' : '0.' + '00'.slice(0, d) + '%';
}

/**
 * The number format that prints a share as paper does: at most `decimals` places, trailing zeros
 * dropped, so 66/93 shows "71%" (not "71.0%"), 26/66 "39.4%" and 1/2 "50%". Excel has no format that
 * drops trailing zeros, so the places are chosen from the value; the decimal mark is the reader's.
 */
export function percentFormatFor(fraction: number, decimals: number): string {
  const d = Math.max(0, Math.min(2, Math.floor(decimals)));
  const pct = roundHalfUp(fraction * 100, d);
  for (let places = 0; places < d; places++) {
    if (roundHalfUp(pct, places) === pct) return percentFormat(places);
  }
  return percentFormat(d);
}
