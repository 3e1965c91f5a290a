/**
 * The findings sheet "Kiểm tra dữ liệu": a title, the counts by severity, then one row per finding
 * (most severe first) with the kind of problem in Vietnamese, where it is, the value, the message and the proposed fix. Landscape A4.
 * Every finding is counted; at most `maxRows` are listed, and the sheet says so when it stops short.
 */
import { countBySeverity, Finding, SEVERITY_LABEL, Severity, sortFindings, titleOf } from '../findings';
import { CellValue } from '../grid';
import { formatInteger } from '../text/numbers';
import { estimateRowHeight } from './rowHeight';
import { SheetDraft } from './sheetDraft';
import { CellStyle, FontStyle, PrintSetup, SheetModel } from './sheetModel';
import { FONT_NAME } from './summaryLayout';

export const FINDINGS_SHEET_NAME = 'Kiểm tra dữ liệu';

export interface FindingsSheetOptions {
  /** Most findings listed (default 10,000); all are counted. */
  maxRows?: number;
  /**
   * Link each finding to its cell (default true): right when the sheet goes into the registers' own
   * workbook (the task pane); a report file written apart from the registers (the CLI) has no such cells.
   */
  linkToCells?: boolean;
}

/** Mức độ, Loại, Trang, Dòng, Cột, Giá trị, Nội dung, Đề xuất, Liên kết. */
export const FINDINGS_COLUMN_WIDTHS = [10, 24, 16, 7, 6, 20, 50, 20, 12];

const HEADERS = ['Mức độ', 'Loại', 'Trang', 'Dòng', 'Cột', 'Giá trị', 'Nội dung', 'Đề xuất', 'Liên kết'];

/**
 * A link to the finding's cell that any spreadsheet follows: =HYPERLINK("#'Sheet'!D12","Đến ô D12"). The
 * sheet name is quoted for the reference (an apostrophe doubled) and for the formula's string (a double
 * quote doubled). Null for a finding about a whole sheet or column.
 */
export function linkFormula(f: Finding): { formula: string; text: string } | null {
  if (!f.sheet || f.row === null || !f.column) return null;
  const sheet = "'" + f.sheet.replace(/'/g, "''") + "'";
  const target = ('#' + sheet + '!' + f.column + f.row).replace(/"/g, '""');
  const text = 'Đến ô ' + f.column + f.row;
  return { formula: 'HYPERLINK("' + target + '","' + text + '")', text: text };
}



const SIZE = 12;

const PRINT: PrintSetup = {
  paper: 'A4',
  orientation: 'landscape',
  margins: { top: 15, bottom: 15, left: 15, right: 15, header: 8, footer: 8 },
  fitToWidth: true,
};

const FONT: FontStyle = { name: FONT_NAME, size: SIZE };

const LINK_FONT: FontStyle = { name: FONT_NAME, size: SIZE, underline: true, color: '0563C1' };

const SEVERITY_FILL: Record<Severity, string> = { error: 'F8CBAD', warning: 'FFE699', info: 'DDEBF7' };

const BORDER = { top: true, bottom: true, left: true, right: true };

function style(extra: CellStyle): CellStyle {
  return Object.assign({ font: { name: FONT_NAME, size: SIZE }, vertical: 'top', border: BORDER } as CellStyle, extra);
}

function shownValue(v: CellValue): string | number | boolean | null {
  return v === undefined ? null : v;
}

export function buildFindingsSheet(findings: Finding[], options?: FindingsSheetOptions): SheetModel {
  const max = options && options.maxRows !== undefined ? Math.max(0, options.maxRows) : 10000;
  const links = !options || options.linkToCells !== false;
  const headers = links ? HEADERS : HEADERS.slice(0, HEADERS.length - 1);
  const draft = new SheetDraft(links ? FINDINGS_COLUMN_WIDTHS : FINDINGS_COLUMN_WIDTHS.slice(0, FINDINGS_COLUMN_WIDTHS.length - 1));
  draft.line('KIỂM TRA DỮ LIỆU', { font: { name: FONT_NAME, size: 14, bold: true }, horizontal: 'center', vertical: 'middle' });

  const counts = countBySeverity(findings);
  const order: Severity[] = ['error', 'warning', 'info'];
  for (let i = 0; i < order.length; i++) {
    const r = draft.row++;
    draft.put(r, 1, { value: SEVERITY_LABEL[order[i]], style: style({ font: { name: FONT_NAME, size: SIZE, bold: true }, fill: SEVERITY_FILL[order[i]] }) });
    draft.put(r, 2, { value: counts[order[i]], style: style({ horizontal: 'left' }) });
  }
  if (findings.length === 0) {
    draft.line('Không phát hiện vấn đề nào trong dữ liệu.', { font: { name: FONT_NAME, size: SIZE, italic: true } });
  } else if (findings.length > max) {
    draft.line(
      'Chỉ liệt kê ' + formatInteger(max) + ' trên tổng số ' + formatInteger(findings.length) + ' vấn đề; hãy sửa các lỗi đầu tiên rồi kiểm tra lại.',
      { font: { name: FONT_NAME, size: SIZE, italic: true } },
    );
  }
  draft.gap(8);

  const header = draft.row++;
  for (let c = 0; c < headers.length; c++) {
    draft.put(header, c + 1, {
      value: headers[c],
      style: style({ font: { name: FONT_NAME, size: SIZE, bold: true }, horizontal: 'center', vertical: 'middle', fill: 'D9D9D9' }),
    });
  }

  const sorted = sortFindings(findings);
  const n = Math.min(max, sorted.length);
  const messageWidth = draft.widthPx(7, 7);
  const valueWidth = draft.widthPx(6, 6);
  for (let i = 0; i < n; i++) {
    const f = sorted[i];
    const r = draft.row++;
    draft.put(r, 1, { value: SEVERITY_LABEL[f.severity], style: style({ fill: SEVERITY_FILL[f.severity] }) });
    draft.put(r, 2, { value: titleOf(f.code), style: style({}) });
    draft.put(r, 3, { value: f.sheet, style: style({ wrap: true }) });
    draft.put(r, 4, { value: f.row, style: style({ horizontal: 'center' }) });
    draft.put(r, 5, { value: f.column, style: style({ horizontal: 'center' }) });
    draft.put(r, 6, { value: shownValue(f.value), style: style({ wrap: true }) });
    draft.put(r, 7, { value: f.message, style: style({ wrap: true }) });
    draft.put(r, 8, { value: f.suggestion === undefined ? null : f.suggestion, style: style({ wrap: true }) });
    const link = links ? linkFormula(f) : null;
    if (link) draft.put(r, 9, { formula: link.formula, result: link.text, style: style({ font: LINK_FONT }) });
    else if (links) draft.put(r, 9, { value: null, style: style({}) });
    const font = { size: SIZE };
    draft.height(
      r,
      Math.max(
        estimateRowHeight(f.message, messageWidth, font),
        estimateRowHeight(f.value === null ? '' : String(f.value), valueWidth, font),
      ),
    );
  }
  return draft.toModel(FINDINGS_SHEET_NAME, PRINT, FONT);
}
