/**
 * The appendix tables of the summary sheet: "Cơ cấu đảng viên", "Sinh hoạt theo từng chi bộ" and
 * "Kết nạp đảng viên theo năm". Counts are values; percentages and totals are formulas over those
 * counts (with the engine's value as the cached result), so any spreadsheet recomputes them when the
 * office corrects a count. A figure that is absent has no row.
 */
import { CellBreakdown } from '../cellBreakdown';
import { Period } from '../dates';
import { admissionsYearId, figureLabel, MEMBER_COUNT_IDS } from '../figureCatalogue';
import { Figures } from '../figures';
import { columnLetter } from '../grid';
import { SheetDraft } from './sheetDraft';
import { CellStyle } from './sheetModel';
import { percentFormat, percentFormatFor, STYLE, TABLE_SIZE } from './summaryLayout';
import { estimateRowHeight } from './rowHeight';
import { formatInteger } from '../text/numbers';

// Columns of the summary sheet (summaryLayout.ts): A STT, B:F label, G count, H share; the chi bộ
// table: B:D name, E members, F thường kỳ, G chuyên đề, H months missed.
const COL_STT = 1;
const COL_LABEL = 2;
const COL_LABEL_END = 6;
const COL_COUNT = 7;
const COL_SHARE = 8;

function has(f: Figures, id: string): boolean {
  return typeof f[id] === 'number' && isFinite(f[id]);
}

/** The table's title, with room above it. */
function tableTitle(draft: SheetDraft, title: string): void {
  draft.addSpace(draft.line(title, Object.assign({}, STYLE.heading, { vertical: 'bottom' })), 6);
}

function tableHeader(draft: SheetDraft, titles: { left: number; right: number; text: string }[]): number {
  const r = draft.row++;
  for (let i = 0; i < titles.length; i++) {
    const t = titles[i];
    draft.text(r, t.left, t.right, t.text, STYLE.tableHeader);
    for (let c = t.left + 1; c <= t.right; c++) draft.put(r, c, { value: null, style: STYLE.tableHeader });
  }
  return r;
}

/** A bordered cell spanning left..right whose covered cells carry the border too. */
function spanCell(draft: SheetDraft, row: number, left: number, right: number, text: string, style: CellStyle): void {
  draft.text(row, left, right, text, style);
  for (let c = left + 1; c <= right; c++) draft.put(row, c, { value: null, style: style });
}

function ref(col: number, row: number, absRow?: boolean): string {
  return columnLetter(col) + (absRow ? '$' : '') + row;
}

/**
 * IF(F$10=0,"",F12/F$10) with the cached result: the share, or "" when the base is 0. Its number
 * format prints the share as paper does ("71%", "39.4%").
 */
function shareFormula(draft: SheetDraft, row: number, numRow: number, baseRow: number, base: number, share: number | undefined, decimals: number): void {
  const num = ref(COL_COUNT, numRow);
  const den = ref(COL_COUNT, baseRow, true);
  const known = base !== 0 && share !== undefined;
  draft.put(row, COL_SHARE, {
    formula: 'IF(' + den + '=0,"",' + num + '/' + den + ')',
    result: known ? share : '',
    style: Object.assign({ numFmt: known ? percentFormatFor(share as number, decimals) : percentFormat(decimals) }, STYLE.tableNumber),
  });
}

/** "Cơ cấu đảng viên": one row per member figure, its share a formula over the count column. */
export function memberStructureTable(draft: SheetDraft, f: Figures, decimals: number, title: string): void {
  if (!has(f, 'members.total') && !has(f, 'staff.total')) return;
  tableTitle(draft, title);
  tableHeader(draft, [
    { left: COL_STT, right: COL_STT, text: 'STT' },
    { left: COL_LABEL, right: COL_LABEL_END, text: 'Chỉ tiêu' },
    { left: COL_COUNT, right: COL_COUNT, text: 'Số lượng' },
    { left: COL_SHARE, right: COL_SHARE, text: 'Tỷ lệ' },
  ]);
  let stt = 0;
  function countRow(id: string, numFmt?: string): number {
    const r = draft.row++;
    draft.put(r, COL_STT, { value: ++stt, style: STYLE.tableNumber });
    spanCell(draft, r, COL_LABEL, COL_LABEL_END, figureLabel(id), STYLE.tableText);
    draft.put(r, COL_COUNT, { value: f[id], style: numFmt ? Object.assign({ numFmt: numFmt }, STYLE.tableNumber) : STYLE.tableNumber });
    return r;
  }
  function emptyShare(r: number): void {
    draft.put(r, COL_SHARE, { value: null, style: STYLE.tableNumber });
  }
  let staffRow = 0;
  if (has(f, 'staff.total')) {
    staffRow = countRow('staff.total');
    emptyShare(staffRow);
  }
  if (!has(f, 'members.total')) return;
  const totalRow = countRow('members.total');
  if (staffRow) shareFormula(draft, totalRow, totalRow, staffRow, f['staff.total'], f['members.shareOfStaff'], decimals);
  else emptyShare(totalRow);
  for (let i = 0; i < MEMBER_COUNT_IDS.length; i++) {
    const id = MEMBER_COUNT_IDS[i];
    if (!has(f, id)) continue;
    const r = countRow(id);
    shareFormula(draft, r, r, totalRow, f['members.total'], f[id + '.share'], decimals);
  }
  if (has(f, 'members.averageAge')) emptyShare(countRow('members.averageAge', '0.0'));
}

/** "Sinh hoạt theo từng chi bộ": members, meetings and months without a thường kỳ meeting. */
export function cellMeetingsTable(draft: SheetDraft, b: CellBreakdown, title: string): void {
  if (b.cells.length === 0) return;
  tableTitle(draft, title);
  const header = tableHeader(draft, [
    { left: COL_STT, right: COL_STT, text: 'STT' },
    { left: 2, right: 4, text: 'Chi bộ' },
    { left: 5, right: 5, text: 'Số đảng viên' },
    { left: 6, right: 6, text: 'Sinh hoạt thường kỳ' },
    { left: 7, right: 7, text: 'Sinh hoạt chuyên đề' },
    { left: 8, right: 8, text: 'Số tháng không sinh hoạt thường kỳ' },
  ]);
  draft.height(header, estimateRowHeight('Số tháng không sinh hoạt thường kỳ', draft.widthPx(8, 8), { size: TABLE_SIZE, bold: true }));
  const gaps: string[] = [];
  for (let i = 0; i < b.cells.length; i++) {
    const c = b.cells[i];
    const r = draft.row++;
    draft.put(r, COL_STT, { value: i + 1, style: STYLE.tableNumber });
    spanCell(draft, r, 2, 4, c.name, STYLE.tableText);
    draft.put(r, 5, { value: c.members, style: STYLE.tableNumber });
    draft.put(r, 6, { value: c.regularMeetings, style: STYLE.tableNumber });
    draft.put(r, 7, { value: c.thematicMeetings, style: STYLE.tableNumber });
    draft.put(r, 8, { value: c.monthsWithoutRegular === null ? null : c.monthsWithoutRegular.length, style: STYLE.tableNumber });
    const missing = c.monthsWithoutRegular || [];
    if (missing.length > 0) {
      const shown = missing.length > 12 ? missing.slice(0, 12).join(', ') + ', …' : missing.join(', ');
      gaps.push(c.name + ': ' + shown);
    }
  }
  if (gaps.length > 0) draft.line('Tháng không sinh hoạt thường kỳ: ' + gapsText(gaps) + '.', STYLE.note);
}

/**
 * At most this many chi bộ are named in the note under the table (the table's last column counts every
 * chi bộ's months): a đảng bộ of thousands of chi bộ would otherwise need a note longer than the 32,767
 * characters an Excel cell holds.
 */
export const GAP_CELLS_NAMED = 20;

function gapsText(gaps: string[]): string {
  if (gaps.length <= GAP_CELLS_NAMED) return gaps.join('; ');
  return gaps.slice(0, GAP_CELLS_NAMED).join('; ') + '; và ' + formatInteger(gaps.length - GAP_CELLS_NAMED) + ' chi bộ khác (xem cột "Số tháng không sinh hoạt thường kỳ")';
}

/** "Kết nạp đảng viên theo năm": one row per year of the period and a SUM total. */
export function admissionsTable(draft: SheetDraft, f: Figures, period: Period, title: string): void {
  if (!has(f, 'admissions.total')) return;
  tableTitle(draft, title);
  tableHeader(draft, [
    { left: COL_STT, right: COL_STT, text: 'STT' },
    { left: COL_LABEL, right: COL_LABEL_END, text: 'Năm' },
    { left: COL_COUNT, right: COL_SHARE, text: 'Số đảng viên kết nạp' },
  ]);
  const first = draft.row;
  let stt = 0;
  for (let y = period.from.y; y <= period.to.y; y++) {
    const id = admissionsYearId(y);
    if (!has(f, id)) continue;
    const r = draft.row++;
    draft.put(r, COL_STT, { value: ++stt, style: STYLE.tableNumber });
    spanCell(draft, r, COL_LABEL, COL_LABEL_END, 'Năm ' + y, STYLE.tableText);
    draft.put(r, COL_COUNT, { value: f[id], style: STYLE.tableNumber });
    draft.put(r, COL_SHARE, { value: null, style: STYLE.tableNumber });
    draft.merge(r, COL_COUNT, COL_SHARE);
  }
  const last = draft.row - 1;
  const r = draft.row++;
  draft.put(r, COL_STT, { value: null, style: STYLE.tableTotal });
  spanCell(draft, r, COL_LABEL, COL_LABEL_END, 'Tổng cộng', STYLE.tableTotal);
  draft.put(r, COL_COUNT, {
    formula: last >= first ? 'SUM(' + ref(COL_COUNT, first) + ':' + ref(COL_COUNT, last) + ')' : '0',
    result: f['admissions.total'],
    style: STYLE.tableTotal,
  });
  draft.put(r, COL_SHARE, { value: null, style: STYLE.tableTotal });
  draft.merge(r, COL_COUNT, COL_SHARE);
}

