/**
 * The empty standard workbook (`so-ket mau`): the three register sheets with their headers, date formats
 * and dropdown lists over the first data rows, ready for an office to fill in.
 */
import { CellValue, columnLetter, Grid } from '../grid';
import { SheetModel } from '../report/sheetModel';
import { memberLayout, meetingLayout, RegisterLayout, unitLayout } from './registerLayout';
import { DATE_FORMAT, registerSheetModel } from './registerSheetModel';
import { MEETING_SHEET, MEMBER_SHEET, meetingColumns, memberColumns, UNIT_KEYS, UNIT_SHEET } from './templateColumns';

/** Data rows that get dropdowns and date formats. */
export const TEMPLATE_DATA_ROWS = 1000;

export interface Dropdown {
  sheet: string;
  /** e.g. "C8:C1007" */
  range: string;
  values: string[];
  /** Refuse other values (true) or only warn (false: other spellings stay possible). */
  strict: boolean;
}

/** The alert shown when a typed value is not in a dropdown's list; both hosts show these words. */
export function dropdownAlert(d: Dropdown): { title: string; message: string } {
  return {
    title: 'Giá trị không có trong danh sách',
    message: d.strict
      ? 'Hãy chọn một giá trị trong danh sách: ' + d.values.join(', ') + '.'
      : 'Giá trị này không có trong danh sách (' + d.values.join(', ') + '). Vẫn giữ?',
  };
}

export interface TemplateWorkbook {
  sheets: SheetModel[];
  dropdowns: Dropdown[];
}

function dropdownsOf(sheet: string, layout: RegisterLayout): Dropdown[] {
  const out: Dropdown[] = [];
  for (let j = 0; j < layout.columns.length; j++) {
    const col = layout.columns[j];
    if (!col.list) continue;
    const letter = columnLetter(j + 1);
    out.push({
      sheet: sheet,
      range: letter + layout.firstDataRow + ':' + letter + (layout.firstDataRow + TEMPLATE_DATA_ROWS - 1),
      values: col.list.slice(),
      // Chuyên môn is often written with the field ("Kỹ sư điện"): warn, do not refuse.
      strict: col.header !== 'Chuyên môn',
    });
  }
  return out;
}

function gridOfLayout(sheet: string, layout: RegisterLayout, extraRows?: CellValue[][]): Grid {
  return {
    sheet: sheet,
    rows: layout.rows.concat(extraRows || []),
    originRow: 1,
    originCol: 1,
    merges: layout.merges.slice(),
  };
}

/** `ratingYear` names the "Xếp loại năm N" column (usually last year). */
export function templateWorkbook(ratingYear: number): TemplateWorkbook {
  const unit = unitLayout();
  const unitRows: CellValue[][] = UNIT_KEYS.map(function (k) {
    return [k.key, null];
  });
  const members = memberLayout(['ĐẢNG BỘ ……………………', 'DANH SÁCH ĐẢNG VIÊN', '(Tính đến ngày …/…/……)'], memberColumns(ratingYear));
  const meetings = meetingLayout('SỔ THEO DÕI SINH HOẠT CHI BỘ', meetingColumns());
  const unitModel = registerSheetModel(gridOfLayout(UNIT_SHEET, unit, unitRows), unit);
  // The two period dates of the unit sheet are dates.
  for (let i = 0; i < UNIT_KEYS.length; i++) {
    if (UNIT_KEYS[i].format !== 'date') continue;
    const row = unit.firstDataRow + i;
    for (let c = 0; c < unitModel.cells.length; c++) {
      const cell = unitModel.cells[c];
      if (cell.row === row && cell.col === 2) cell.style = Object.assign({}, cell.style, { numFmt: DATE_FORMAT });
    }
  }
  return {
    sheets: [
      unitModel,
      registerSheetModel(gridOfLayout(MEMBER_SHEET, members), members, { count: TEMPLATE_DATA_ROWS }),
      registerSheetModel(gridOfLayout(MEETING_SHEET, meetings), meetings, { count: TEMPLATE_DATA_ROWS }),
    ],
    dropdowns: dropdownsOf(MEMBER_SHEET, members).concat(dropdownsOf(MEETING_SHEET, meetings)),
  };
}
