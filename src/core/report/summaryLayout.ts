/**
 * Page, columns and text styles of the summary sheet "Báo cáo sơ kết" (Hướng dẫn 36-HD/VPTW):
 * A4 portrait, Times New Roman, margins 25/25/35/15 mm so the text block is 160 mm wide. Seven
 * columns A:G add up to about 16 cm (81 character units = 602 px at 96 dpi); paragraphs merge A:G.
 */
import { CellStyle, PrintSetup, FontStyle } from './sheetModel';

export const FONT_NAME = 'Times New Roman';

/** A: STT; B: labels; C-G: figures. The header block's left part is A:C, its right part D:G. */
export const SUMMARY_COLUMN_WIDTHS = [5, 24, 9, 11, 11, 11, 10];

export const SUMMARY_PRINT: PrintSetup = {
  paper: 'A4',
  orientation: 'portrait',
  margins: { top: 25, bottom: 25, left: 35, right: 15, header: 10, footer: 10 },
  fitToWidth: true,
  pageNumbersFromPage2: true,
};

export const SUMMARY_FONT: FontStyle = { name: FONT_NAME, size: 14 };

/** Colour of the hint text shown in an empty cell kept for the office's own text. */
export const HINT_COLOR = '808080';

/** Body text size (HD 36: 14-15 pt) and the size used inside the appendix tables. */
export const BODY_SIZE = 14;
export const TABLE_SIZE = 12;

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
  /** "I. TÌNH HÌNH TRIỂN KHAI" */
  part: { font: font(BODY_SIZE, { bold: true }), horizontal: 'left', vertical: 'top' } as CellStyle,
  /** "1. Khái quát …" */
  heading: { font: font(BODY_SIZE, { bold: true }), horizontal: 'left', vertical: 'top' } as CellStyle,
  subheading: { font: font(BODY_SIZE, { bold: true, italic: true }), horizontal: 'left', vertical: 'top' } as CellStyle,
  body: { font: font(BODY_SIZE), horizontal: 'justify', vertical: 'top' } as CellStyle,
  note: { font: font(TABLE_SIZE, { italic: true }), horizontal: 'left', vertical: 'top' } as CellStyle,
  appendixTitle: { font: font(BODY_SIZE, { bold: true }), horizontal: 'center', vertical: 'middle' } as CellStyle,
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
