/**
 * Text widths in Times New Roman and the row heights of wrapped text: the widths are the font's (the
 * figures below are worked out by hand from its advance widths, 2048 units per em), lines break at
 * words like Excel's, and a row is as tall as its lines.
 */
import {
  balancedBreak,
  estimateLines,
  fitsOneLine,
  heightForLines,
  lineHeightPt,
  MAX_ROW_HEIGHT,
  textAreaPt,
} from '../../../src/core/report/rowHeight';
import { textWidthPt } from '../../../src/core/report/textWidth';
import { percentFormatFor } from '../../../src/core/report/summaryLayout';
import { userTextRowHeights } from '../../../src/core/report/userTextHeight';
import { SheetModel } from '../../../src/core/report/sheetModel';

describe('text widths', () => {
  test('"Đảng" at 14 pt is (1479 + 909 + 1024 + 1024) / 2048 em = 30,3 pt, as LibreOffice prints it', () => {
    // LibreOffice's PDF of the summary measures the word at 30,29 pt.
    expect(textWidthPt('Đảng', 14, {})).toBeCloseTo((4436 / 2048) * 14, 6);
    expect(textWidthPt('Đảng', 14, {})).toBeCloseTo(30.3, 1);
  });

  test('tone marks take no room; the horn of ơ and ư does; bold is wider', () => {
    expect(textWidthPt('ấậẫ', 14, {})).toBe(textWidthPt('aaa', 14, {}));
    expect(textWidthPt('Việt', 14, {})).toBe(textWidthPt('Viet', 14, {}));
    expect(textWidthPt('ơ', 14, {})).toBeGreaterThan(textWidthPt('o', 14, {}));
    expect(textWidthPt('Ư', 14, { bold: true })).toBeGreaterThan(textWidthPt('U', 14, { bold: true }));
    // Decomposed text (a + combining acute) is as wide as the composed letter.
    expect(textWidthPt('a\u0301', 14, {})).toBe(textWidthPt('á', 14, {}));
    expect(textWidthPt('đảng viên', 14, { bold: true })).toBeGreaterThan(textWidthPt('đảng viên', 14, {}));
  });
});

describe('wrapped lines and row heights', () => {
  // "nnnn" is 4 x 1024 units = 28 pt at 14 pt; a space is 512 units = 3,5 pt.
  const word = 'nnnn';
  const font = { size: 14 };

  test('a line takes as many words as fit; the next word starts a line', () => {
    const width = 200; // px: a text area of (150 - 4,5) x 0,98 = 142,6 pt, 4 words (122,5 pt) but not 5 (157,5 pt)
    expect(textAreaPt(width)).toBeCloseTo(142.59, 2);
    const words = (n: number) => new Array(n).fill(word).join(' ');
    expect(estimateLines(words(4), width, font)).toBe(1);
    expect(estimateLines(words(5), width, font)).toBe(2);
    expect(estimateLines(words(8), width, font)).toBe(2);
    expect(estimateLines(words(9), width, font)).toBe(3);
    // Line breaks typed in the text start lines of their own.
    expect(estimateLines(words(2) + '\n' + words(2) + '\n\n' + word, width, font)).toBe(4);
    // A word wider than the cell runs over several lines.
    expect(estimateLines(new Array(13).fill('n').join(''), width, font)).toBe(1);
    expect(estimateLines(new Array(41).fill('n').join(''), width, font)).toBe(3);
  });

  test('a line of 14 pt Times New Roman is 21 px = 15,75 pt; one line and padding is Excel\'s 18,75 pt', () => {
    expect(lineHeightPt(14)).toBe(15.75);
    expect(heightForLines(1, 14)).toBe(18.75);
    expect(heightForLines(8, 14)).toBe(8 * 15.75 + 3);
    expect(heightForLines(40, 14)).toBe(MAX_ROW_HEIGHT);
  });

  test('a header line is kept on one line when it fits, else broken as a pyramid', () => {
    const bold = { size: 14, bold: true };
    // The header's left part A:D is 329 px.
    expect(fitsOneLine('ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH', 329, { size: 14 })).toBe(true);
    expect(fitsOneLine('ĐẢNG ỦY SỞ KHOA HỌC VÀ CÔNG NGHỆ', 329, bold)).toBe(false);
    expect(balancedBreak('ĐẢNG ỦY SỞ KHOA HỌC VÀ CÔNG NGHỆ', 329, bold)).toBe('ĐẢNG ỦY SỞ KHOA HỌC\nVÀ CÔNG NGHỆ');
    expect(balancedBreak('ĐẢNG ỦY', 329, bold)).toBe('ĐẢNG ỦY');
  });
});

describe('percent formats that print like paper', () => {
  test('no trailing zero: whole percentages without decimals, else as many as needed up to the option', () => {
    expect(percentFormatFor(66 / 93, 1)).toBe('0%'); // 70,97% -> 71%
    expect(percentFormatFor(26 / 66, 1)).toBe('0.0%'); // 39,4%
    expect(percentFormatFor(1, 1)).toBe('0%');
    expect(percentFormatFor(0, 1)).toBe('0%');
    expect(percentFormatFor(0.9996, 1)).toBe('0%'); // 99,96% -> 100%
    expect(percentFormatFor(1 / 8, 2)).toBe('0.0%'); // 12,5%
    expect(percentFormatFor(1 / 66, 2)).toBe('0.00%'); // 1,52%
    expect(percentFormatFor(26 / 66, 0)).toBe('0%');
  });
});

describe('rows grow for the office\'s kept text', () => {
  const model: SheetModel = {
    name: 'S',
    columnWidths: [10, 10, 10],
    rowHeights: { 5: 18.75, 6: 18.75 },
    cells: [{ row: 5, col: 1, role: 'userText', style: { font: { size: 14 }, wrap: true } }],
    merges: [{ top: 5, left: 1, bottom: 6, right: 3 }],
    names: [{ name: 'NoiDung_X', range: { top: 5, left: 1, bottom: 6, right: 3 } }],
    print: { paper: 'A4', orientation: 'portrait', margins: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 }, fitToWidth: true },
    defaultFont: { name: 'Times New Roman', size: 14 },
  };

  test('text that fits leaves the rows alone; longer text grows the bottom row of the range', () => {
    expect(userTextRowHeights(model, model.cells[0], 'Ngắn.')).toEqual({});
    // 3 columns of 75 px: about 20 characters a line; 6 lines need 6 x 15,75 + 3 = 97,5 pt of the 37,5 pt.
    const text = 'Đảng bộ đã đạt được nhiều kết quả, đáp ứng được các yêu cầu nhiệm vụ chính trị được giao trong kỳ.';
    const lines = estimateLines(text, 225, { size: 14 });
    const grow = userTextRowHeights(model, model.cells[0], text);
    expect(Object.keys(grow)).toEqual(['6']);
    expect(grow[6]).toBeCloseTo(18.75 + heightForLines(lines, 14) - 37.5, 6);
  });

  test('never past Excel\'s 409 pt', () => {
    const grow = userTextRowHeights(model, model.cells[0], new Array(200).fill('Đảng bộ').join(' '));
    expect(grow[6]).toBe(MAX_ROW_HEIGHT);
  });
});
