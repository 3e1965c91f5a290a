/**
 * The meeting log (sổ theo dõi sinh hoạt chi bộ): its fields with their Vietnamese names and header
 * spellings, and the reading of its rows into Meeting records. The chi bộ comes from a column, from
 * group-title rows, or from the sheet (one chi bộ's log).
 */
import { CellValue, Grid } from '../grid';
import { formatDate } from '../dates';
import { Meeting, MeetingField } from '../records';
import { TableLayout, TableSchema } from '../table';
import { scanRecordRows } from './recordRows';
import { FieldSpec, compileFields } from './fieldSpec';
import { MEETING_KIND, categoryParser } from './categories';
import { CellReader } from './cellReader';
import { cellText } from './values';

/** "Có mặt/Tổng số", "Số dự/Tổng số", "Số ĐV dự họp/Tổng số ĐV", "Có mặt trên tổng số" (folded). */
function matchPresentOfTotal(folded: string): number {
  return /(^| )(co mat|du|du hop|tham du)( tren| so voi)? tong so( |$)/.test(folded) ? 1 : 0;
}

export const MEETING_FIELDS: FieldSpec[] = [
  { id: 'cell', label: 'Chi bộ', exact: ['Chi bộ', 'Tên chi bộ', 'Chi bộ sinh hoạt'], exclude: ['bi thu', 'chi uy', 'cap uy'], weight: 2 },
  {
    id: 'date',
    label: 'Ngày sinh hoạt',
    exact: [
      'Ngày sinh hoạt',
      'Ngày họp',
      'Thời gian',
      'Ngày',
      'Ngày tháng',
      'Ngày, tháng, năm',
      'Tháng sinh hoạt',
      'Tháng',
      'Thời gian sinh hoạt',
      'Ngày tổ chức',
      'Ngày sinh hoạt chi bộ',
    ],
    exclude: ['nam sinh', 'vao dang', 'chinh thuc', 'ket nap', 'roi', 'bat dau', 'ket thuc', 'gio', 'cap the', 'mien'],
    weight: 3,
  },
  {
    id: 'kind',
    label: 'Hình thức',
    exact: [
      'Hình thức',
      'Loại sinh hoạt',
      'Nội dung sinh hoạt (thường kỳ/chuyên đề)',
      'Hình thức sinh hoạt',
      'Loại',
      'Thường kỳ/chuyên đề',
      'Hình thức (thường kỳ/chuyên đề)',
    ],
    weight: 1.5,
  },
  {
    id: 'total',
    label: 'Tổng số đảng viên',
    exact: ['Tổng số đảng viên', 'Tổng số', 'Tổng số ĐV', 'Số đảng viên', 'Tổng số đảng viên của chi bộ'],
    exclude: ['co mat', 'vang', 'mien', 'du hop'],
  },
  {
    id: 'exempt',
    label: 'Miễn sinh hoạt',
    exact: ['Miễn sinh hoạt', 'Miễn SH', 'Số miễn sinh hoạt', 'Miễn công tác và sinh hoạt', 'Đảng viên miễn sinh hoạt', 'Số đảng viên miễn sinh hoạt'],
    exclude: ['ngay'],
  },
  {
    id: 'present',
    label: 'Có mặt',
    exact: ['Có mặt', 'Số có mặt', 'Dự họp', 'Số dự họp', 'Số đảng viên có mặt', 'Số ĐV có mặt', 'Số đảng viên dự họp', 'Số ĐV dự họp'],
    exclude: ['cap tren', 'cap uy', 'tong so'],
    weight: 2,
  },
  {
    id: 'presentOfTotal',
    label: 'Có mặt/Tổng số',
    exact: ['Có mặt/Tổng số', 'Số dự/Tổng số', 'Dự họp/Tổng số', 'Số có mặt/Tổng số', 'Số dự họp/Tổng số', 'Có mặt/Tổng số đảng viên'],
    match: matchPresentOfTotal,
    exclude: ['cap tren', 'cap uy'],
    weight: 2,
  },
  {
    id: 'absentExcused',
    label: 'Vắng có lý do',
    exact: ['Vắng có lý do', 'Có lý do', 'Số vắng có lý do'],
    exclude: ['khong'],
  },
  {
    id: 'absentUnexcused',
    label: 'Vắng không lý do',
    exact: ['Vắng không lý do', 'Không lý do', 'Số vắng không lý do', 'Vắng không có lý do', 'Không có lý do'],
  },
  { id: 'start', label: 'Giờ bắt đầu', exact: ['Giờ bắt đầu', 'Bắt đầu', 'Thời gian bắt đầu'] },
  { id: 'end', label: 'Giờ kết thúc', exact: ['Giờ kết thúc', 'Kết thúc', 'Thời gian kết thúc'] },
  {
    id: 'hasResolution',
    label: 'Có nghị quyết/kết luận',
    exact: [
      'Có nghị quyết/kết luận',
      'Nghị quyết',
      'Kết luận',
      'Nghị quyết/kết luận',
      'Có nghị quyết',
      'Có kết luận',
      'Ra nghị quyết',
      'NQ/KL',
      'Có NQ/KL',
      'NQ',
    ],
  },
  {
    id: 'superiorAttended',
    label: 'Cấp ủy cấp trên dự',
    exact: ['Cấp ủy cấp trên dự', 'Cấp trên dự', 'Cấp ủy cấp trên dự họp', 'Cấp ủy viên cấp trên dự', 'Đại diện cấp ủy cấp trên dự'],
  },
  { id: 'topic', label: 'Chủ đề', exact: ['Chủ đề', 'Nội dung chính', 'Nội dung', 'Chủ đề sinh hoạt'], exclude: ['thuong ky', 'hinh thuc'] },
];

const LABELS: { [id: string]: string } = {};
MEETING_FIELDS.forEach(function (f) {
  LABELS[f.id] = f.label;
});

/** The Vietnamese name of a meeting field ("present" -> "Có mặt"). */
export function meetingFieldLabel(id: string): string {
  return LABELS[id] || id;
}

export const MEETING_SCHEMA: TableSchema = {
  kind: 'meetings',
  fields: compileFields(MEETING_FIELDS),
  key: [['date']],
  required: [['date'], ['present', 'presentOfTotal']],
  minFields: 3,
};

export interface MeetingTableResult {
  meetings: Meeting[];
  lastDataRow: number;
  groupRows: number;
  layoutRows: { [row: number]: true };
}

const parseKind = categoryParser(MEETING_KIND);

/** Read the rows of a meeting log. `sheetCell` is the chi bộ of the whole sheet, if any. */
export function readMeetingTable(grid: Grid, layout: TableLayout, rd: CellReader, sheetCell: string | null): MeetingTableResult {
  const col = layout.columns;
  const fields: MeetingField[] = [
    'cell',
    'date',
    'kind',
    'total',
    'exempt',
    'present',
    'absentExcused',
    'absentUnexcused',
    'start',
    'end',
    'hasResolution',
    'superiorAttended',
    'topic',
  ];
  const columns: Partial<Record<MeetingField, string>> = {};
  for (let i = 0; i < fields.length; i++) if (col[fields[i]] !== undefined) columns[fields[i]] = rd.letter(col[fields[i]]);
  // Attendance as "15/17" in one cell: present and (unless a column of its own gives it) total.
  const cRatio = col.present === undefined ? col.presentOfTotal : undefined;
  if (cRatio !== undefined) {
    columns.present = rd.letter(cRatio);
    if (col.total === undefined) columns.total = rd.letter(cRatio);
  }
  const cCell = col.cell;
  const meetings: Meeting[] = [];
  // A meeting's date is required; its finding names no one (the date is what names the meeting).
  const NO_ONE = { who: '' };
  type Raw = Partial<Record<MeetingField, CellValue>>;
  // The readers of one field, made once per table (not per row): each keeps the raw value in `raw`.
  const get = function (r: number, raw: Raw, field: MeetingField): CellValue {
    const cc = col[field];
    if (cc === undefined) return null;
    const v = rd.value(r, cc);
    raw[field] = v;
    return v;
  };
  const num = function (r: number, raw: Raw, field: MeetingField, who: { who: string } | null): number | null {
    const cc = col[field];
    return cc === undefined ? null : rd.number(get(r, raw, field), r, cc, LABELS[field], who);
  };
  const time = function (r: number, raw: Raw, field: MeetingField): number | null {
    const cc = col[field];
    return cc === undefined ? null : rd.time(get(r, raw, field), r, cc, LABELS[field]);
  };
  const yes = function (r: number, raw: Raw, field: MeetingField): boolean | null {
    const cc = col[field];
    return cc === undefined ? null : rd.yesNo(get(r, raw, field), r, cc, LABELS[field], field);
  };
  const scan = scanRecordRows(grid, layout, rd, function (visit, group, groupRows) {
    const r = visit.row;
    const raw: Raw = {};
    const cDate = col.date;
    const date = cDate !== undefined ? rd.date(get(r, raw, 'date'), r, cDate, LABELS.date, NO_ONE) : null;
    const who = { who: date ? 'buổi sinh hoạt ngày ' + formatDate(date) : '' };

    const cell = cellText(get(r, raw, 'cell')) || group || sheetCell;
    if (cell === null && (cCell !== undefined || groupRows > 0)) rd.missing(r, cCell === undefined ? null : cCell, LABELS.cell, who.who);

    const kindRaw = get(r, raw, 'kind');
    const kind = col.kind !== undefined ? rd.category(kindRaw, r, col.kind, parseKind, MEETING_KIND, null) : null;
    const kindEmpty = col.kind === undefined || cellText(kindRaw) === null;

    let present = num(r, raw, 'present', who);
    let total = num(r, raw, 'total', null);
    if (cRatio !== undefined) {
      const v = rd.value(r, cRatio);
      raw.present = v;
      const pt = rd.presentOfTotal(v, r, cRatio, LABELS.presentOfTotal, who);
      present = pt ? pt.present : null;
      if (col.total === undefined) {
        raw.total = v;
        total = pt ? pt.total : null;
      }
    }

    meetings.push({
      src: { sheet: grid.sheet, row: r, columns: columns },
      cell: cell,
      date: date,
      kind: kindEmpty ? 'regular' : kind,
      total: total,
      exempt: num(r, raw, 'exempt', null),
      present: present,
      absentExcused: num(r, raw, 'absentExcused', null),
      absentUnexcused: num(r, raw, 'absentUnexcused', null),
      start: time(r, raw, 'start'),
      end: time(r, raw, 'end'),
      hasResolution: yes(r, raw, 'hasResolution'),
      superiorAttended: yes(r, raw, 'superiorAttended'),
      topic: cellText(get(r, raw, 'topic')),
      raw: raw,
    });
  });
  return { meetings: meetings, lastDataRow: scan.lastDataRow, groupRows: scan.groupRows, layoutRows: scan.layoutRows };
}
