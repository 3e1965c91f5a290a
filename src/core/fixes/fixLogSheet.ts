/**
 * The list of what a batch of fixes changed, as a sheet "Nhật ký sửa": the file read and the file
 * written, then one row per changed cell (trang, ô, loại sửa, giá trị cũ, giá trị mới, ghi chú) and one
 * per fix that was not made, with its reason. Dates kept as serials read as dates.
 */
import { CellValue } from '../grid';
import { titleOf } from '../findings';
import { SheetDraft } from '../report/sheetDraft';
import { CellStyle, FontStyle, PrintSetup, SheetModel } from '../report/sheetModel';
import { FONT_NAME } from '../report/summaryLayout';
import { CellEdit, cellAddress, cellKey } from './cellEdit';
import { valueText } from './fixLabel';
import { FixPlan } from './fixPlan';
import { fixRuleOf } from './fixRules';

export const FIX_LOG_SHEET_NAME = 'Nhật ký sửa';

/** STT, Trang, Ô, Loại sửa, Giá trị cũ, Giá trị mới, Ghi chú. */
export const FIX_LOG_COLUMN_WIDTHS = [6, 22, 7, 26, 30, 30, 36];
const HEADERS = ['STT', 'Trang', 'Ô', 'Loại sửa', 'Giá trị cũ', 'Giá trị mới', 'Ghi chú'];
const REFUSED_HEADERS = ['STT', 'Trang', 'Ô', 'Loại sửa', 'Giá trị lúc kiểm tra', 'Đề xuất', 'Lý do không sửa'];

const SIZE = 12;
const FONT: FontStyle = { name: FONT_NAME, size: SIZE };
const PRINT: PrintSetup = {
  paper: 'A4',
  orientation: 'landscape',
  margins: { top: 15, bottom: 15, left: 15, right: 15, header: 8, footer: 8 },
  fitToWidth: true,
};
const BORDER = { top: true, bottom: true, left: true, right: true };

function style(extra?: CellStyle): CellStyle {
  return Object.assign({ font: { name: FONT_NAME, size: SIZE }, vertical: 'top', border: BORDER, wrap: true } as CellStyle, extra || {});
}

export interface FixLogInput {
  /** The registers file read (as the user named it). */
  source: string;
  /** The fixed copy written. */
  output: string;
  /** When, as the user reads it: "01/06/2025 15:30". */
  time: string;
  plan: FixPlan;
  /** Notes per changed cell, keyed by cellKey(sheet, row, col). */
  cellNotes?: { [key: string]: string };
  /** Lines under the title (fonts to change, parts the copy lacks). */
  notes?: string[];
  date1904?: boolean;
}

function shown(e: CellEdit, v: CellValue, date1904?: boolean): string {
  const rule = fixRuleOf(e.findingCode);
  return valueText(v, !!rule && rule.value === 'date' && typeof v === 'number', date1904);
}

function header(draft: SheetDraft, labels: string[]): void {
  const r = draft.row++;
  for (let c = 0; c < labels.length; c++) {
    draft.put(r, c + 1, { value: labels[c], style: style({ font: { name: FONT_NAME, size: SIZE, bold: true }, horizontal: 'center', fill: 'D9D9D9' }) });
  }
}

export function buildFixLogSheet(input: FixLogInput): SheetModel {
  const draft = new SheetDraft(FIX_LOG_COLUMN_WIDTHS);
  const plan = input.plan;
  draft.line('NHẬT KÝ SỬA DỮ LIỆU', { font: { name: FONT_NAME, size: 14, bold: true }, horizontal: 'center' });
  const plain: CellStyle = { font: { name: FONT_NAME, size: SIZE } };
  draft.line('Sổ gốc (không thay đổi): ' + input.source, plain);
  draft.line('Bản đã sửa: ' + input.output, plain);
  draft.line('Thời gian: ' + input.time, plain);
  draft.line((plan.label || 'Không sửa ô nào') + (plan.refused.length ? '; ' + plan.refused.length + ' đề xuất không sửa được.' : '.'), plain);
  const notes = input.notes || [];
  for (let i = 0; i < notes.length; i++) draft.line(notes[i], { font: { name: FONT_NAME, size: SIZE, italic: true } });
  draft.gap(8);

  header(draft, HEADERS);
  const cellNotes = input.cellNotes || {};
  for (let i = 0; i < plan.edits.length; i++) {
    const e = plan.edits[i];
    const r = draft.row++;
    draft.put(r, 1, { value: i + 1, style: style({ horizontal: 'center' }) });
    draft.put(r, 2, { value: e.sheet, style: style() });
    draft.put(r, 3, { value: cellAddress(e.row, e.col), style: style({ horizontal: 'center' }) });
    draft.put(r, 4, { value: titleOf(e.findingCode), style: style() });
    draft.put(r, 5, { value: shown(e, e.before, input.date1904), style: style() });
    draft.put(r, 6, { value: shown(e, e.after, input.date1904), style: style() });
    draft.put(r, 7, { value: cellNotes[cellKey(e.sheet, e.row, e.col)] || null, style: style() });
  }
  if (plan.refused.length) {
    draft.gap(8);
    draft.line('Các đề xuất không sửa (' + plan.refused.length + ')', { font: { name: FONT_NAME, size: SIZE, bold: true } });
    header(draft, REFUSED_HEADERS);
    for (let i = 0; i < plan.refused.length; i++) {
      const f = plan.refused[i].finding;
      const r = draft.row++;
      draft.put(r, 1, { value: i + 1, style: style({ horizontal: 'center' }) });
      draft.put(r, 2, { value: f.sheet, style: style() });
      draft.put(r, 3, { value: (f.column || '') + (f.row === null ? '' : f.row), style: style({ horizontal: 'center' }) });
      draft.put(r, 4, { value: titleOf(f.code), style: style() });
      draft.put(r, 5, { value: valueText(f.value), style: style() });
      draft.put(r, 6, { value: f.suggestion === undefined ? null : f.suggestion, style: style() });
      draft.put(r, 7, { value: plan.refused[i].message, style: style() });
    }
  }
  return draft.toModel(FIX_LOG_SHEET_NAME, PRINT, FONT);
}
