/**
 * The standard layout of the three registers: sheet names, column headers, the category labels offered
 * in dropdown lists, and which columns hold dates or times. The sample workbook and the empty template
 * (`so-ket mau`) are both built from it, so the two always agree.
 */
import { EDUCATION, GENDER, MEETING_KIND, STATUS, THEORY } from '../schema/categories';

export const UNIT_SHEET = 'Thông tin đơn vị';
export const MEMBER_SHEET = 'Danh sách đảng viên';
export const MEETING_SHEET = 'Sổ sinh hoạt chi bộ';

/** Canonical labels offered in dropdowns, from the schema's category tables. The readers accept many more spellings. */
function labelsOf(table: { entries: { label: string }[] }): string[] {
  return table.entries.map(function (e) {
    return e.label;
  });
}
export const GENDER_LABELS = labelsOf(GENDER);
export const THEORY_LABELS = labelsOf(THEORY);
export const EDUCATION_LABELS = labelsOf(EDUCATION);
export const STATUS_LABELS = labelsOf(STATUS);
export const MEETING_KIND_LABELS = labelsOf(MEETING_KIND);
export const YES_NO_LABELS = ['Có', 'Không'];

export type ColumnFormat = 'text' | 'date' | 'time' | 'number';

export interface TemplateColumn {
  /** Header text (the lower header row when the column sits under a group). */
  header: string;
  /** Text of the merged group header above, e.g. "Trình độ" over "Chuyên môn" and "Lý luận chính trị". */
  group?: string;
  /** Width in Excel character units. */
  width: number;
  format: ColumnFormat;
  /** Dropdown list of the column, when it has one. */
  list?: string[];
}

export const MEMBER_TITLE_ROWS = 3;

/** Columns of the member list, A to P. `ratingYear` names the "Xếp loại năm N" column. */
export function memberColumns(ratingYear: number): TemplateColumn[] {
  return [
    { header: 'STT', width: 5, format: 'text' },
    { header: 'Họ và tên', width: 24, format: 'text' },
    { header: 'Giới tính', width: 8, format: 'text', list: GENDER_LABELS },
    { header: 'Ngày sinh', width: 11, format: 'date' },
    { header: 'Dân tộc', width: 8, format: 'text' },
    { header: 'Tôn giáo', width: 9, format: 'text' },
    { header: 'Ngày vào Đảng', width: 11, format: 'date' },
    { header: 'Ngày chính thức', width: 11, format: 'date' },
    { header: 'Chi bộ', width: 34, format: 'text' },
    { header: 'Chuyên môn', group: 'Trình độ', width: 18, format: 'text', list: EDUCATION_LABELS },
    { header: 'Lý luận chính trị', group: 'Trình độ', width: 12, format: 'text', list: THEORY_LABELS },
    { header: 'Chức vụ', width: 14, format: 'text' },
    { header: 'Số thẻ đảng viên', width: 15, format: 'text' },
    { header: 'Trạng thái', width: 14, format: 'text', list: STATUS_LABELS },
    { header: 'Ngày rời', width: 11, format: 'date' },
    { header: 'Xếp loại năm ' + ratingYear, width: 10, format: 'text' },
  ];
}

/** Columns of the meeting log, A to N. */
export function meetingColumns(): TemplateColumn[] {
  return [
    { header: 'STT', width: 5, format: 'number' },
    { header: 'Chi bộ', width: 34, format: 'text' },
    { header: 'Ngày sinh hoạt', width: 11, format: 'date' },
    { header: 'Hình thức', width: 12, format: 'text', list: MEETING_KIND_LABELS },
    { header: 'Tổng số đảng viên', width: 9, format: 'number' },
    { header: 'Miễn sinh hoạt', width: 9, format: 'number' },
    { header: 'Có mặt', width: 8, format: 'number' },
    { header: 'Vắng có lý do', width: 8, format: 'number' },
    { header: 'Vắng không lý do', width: 9, format: 'number' },
    { header: 'Giờ bắt đầu', width: 8, format: 'time' },
    { header: 'Giờ kết thúc', width: 8, format: 'time' },
    { header: 'Có nghị quyết/kết luận', width: 11, format: 'text', list: YES_NO_LABELS },
    { header: 'Cấp ủy cấp trên dự', width: 9, format: 'text', list: YES_NO_LABELS },
    { header: 'Nội dung chính', width: 50, format: 'text' },
  ];
}

export interface UnitKey {
  key: string;
  format: ColumnFormat;
}

/** The keys of the unit-info sheet, in order (key in column A, value in column B). */
export const UNIT_KEYS: UnitKey[] = [
  { key: 'Tên đảng bộ', format: 'text' },
  { key: 'Cấp ủy cấp trên', format: 'text' },
  { key: 'Địa danh', format: 'text' },
  { key: 'Nhiệm kỳ', format: 'text' },
  { key: 'Số ủy viên Ban chấp hành', format: 'number' },
  { key: 'Số ủy viên Ủy ban kiểm tra', format: 'number' },
  { key: 'Tổng số CB-CC-VC-NLĐ', format: 'number' },
  { key: 'Kỳ báo cáo từ ngày', format: 'date' },
  { key: 'Kỳ báo cáo đến ngày', format: 'date' },
  { key: 'Tên văn bản được sơ kết', format: 'text' },
  { key: 'Số ký hiệu', format: 'text' },
  { key: 'Người ký', format: 'text' },
];

export const UNIT_TITLE = 'THÔNG TIN ĐƠN VỊ';
/** First row of the key–value pairs (row 1 is the title, row 2 is blank). */
export const UNIT_FIRST_ROW = 3;
