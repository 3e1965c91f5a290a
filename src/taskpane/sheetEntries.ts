/**
 * The pane's list of sheets: for every sheet that was read, what the detection (or the user's
 * correction) made of it, how many records it gave, its header rows and the column of each field, with
 * the columns the user can choose from.
 */
import { Analysis } from '../core/analyze';
import { cellAt, columnLetter, Grid, isBlank, lastCol } from '../core/grid';
import { DetectedTable } from '../core/records';
import { TableOverride } from '../core/registers';
import { MEETING_FIELDS, meetingFieldLabel } from '../core/schema/meetings';
import { MEMBER_FIELDS, memberFieldLabel } from '../core/schema/members';
import { cleanText } from '../core/text/normalize';
import { formatInteger } from '../core/text/numbers';
import { overrideOf } from './overrides';
import { ColumnOption, FieldEntry, SheetEntry } from './paneState';
import { S } from './strings';

const MAX_HEADER = 40;
const MULTI_FIELD = 'rating';

function tablesOf(analysis: Analysis, sheet: string): DetectedTable[] {
  const t = analysis.dataset.tables;
  const out: DetectedTable[] = [];
  for (let i = 0; i < t.length; i++) if (t[i].sheet === sheet) out.push(t[i]);
  return out;
}

/** Records read from one table: on its sheet, within its data rows. */
function countIn(records: { src: { sheet: string; row: number } }[], table: DetectedTable): number {
  let n = 0;
  for (let i = 0; i < records.length; i++) {
    const src = records[i].src;
    if (src.sheet === table.sheet && src.row >= table.firstDataRow && src.row <= table.lastDataRow) n++;
  }
  return n;
}

function unitKeysOf(table: DetectedTable): number {
  let keys = 0;
  for (const k in table.columns) if (table.columns[k]) keys++;
  return keys;
}

/** What one table gave: "70 đảng viên, dòng 8–77", "12 mục thông tin". */
function tableSummary(analysis: Analysis, table: DetectedTable): { records: number; summary: string } {
  if (table.kind === 'unit') {
    const keys = unitKeysOf(table);
    return { records: keys, summary: S.sheets.unitKeys(formatInteger(keys)) };
  }
  const count = table.kind === 'members' ? countIn(analysis.dataset.members, table) : countIn(analysis.dataset.meetings, table);
  return { records: count, summary: rowsSummary(table.kind, count, table) };
}

function shorten(s: string): string {
  return s.length > MAX_HEADER ? s.slice(0, MAX_HEADER - 1) + '…' : s;
}

/** The value shown at a cell, looking through merges to their top-left cell. */
function shownAt(grid: Grid, row: number, col: number): string {
  let v = cellAt(grid, row, col);
  if (isBlank(v) && grid.merges) {
    for (let i = 0; i < grid.merges.length; i++) {
      const m = grid.merges[i];
      if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) {
        v = cellAt(grid, m.top, m.left);
        break;
      }
    }
  }
  return isBlank(v) ? '' : cleanText(String(v));
}

function columnOptions(grid: Grid, headerRows: number[]): ColumnOption[] {
  const out: ColumnOption[] = [];
  const last = lastCol(grid);
  for (let c = grid.originCol; c <= last; c++) {
    const parts: string[] = [];
    for (let i = 0; i < headerRows.length; i++) {
      const t = shownAt(grid, headerRows[i], c);
      if (t && parts.indexOf(t) < 0) parts.push(t);
    }
    out.push({ letter: columnLetter(c), header: shorten(parts.join(' / ')) });
  }
  return out;
}

function fieldEntries(table: DetectedTable): FieldEntry[] {
  const members = table.kind === 'members';
  const specs = members ? MEMBER_FIELDS : MEETING_FIELDS;
  const out: FieldEntry[] = [];
  function add(id: string): void {
    const col = table.columns[id];
    out.push({
      field: id,
      label: members ? memberFieldLabel(id) : meetingFieldLabel(id),
      column: col || null,
      header: col ? shorten(table.headerText[id] || '') : '',
    });
  }
  for (let i = 0; i < specs.length; i++) {
    const id = specs[i].id;
    if (id !== MULTI_FIELD) {
      add(id);
      continue;
    }
    // Yearly ratings: one entry per year column found.
    for (const key in table.columns) if (key.indexOf(MULTI_FIELD + ':') === 0) add(key);
  }
  return out;
}

function rowsSummary(kind: 'members' | 'meetings', count: number, table: DetectedTable): string {
  if (count === 0 || table.lastDataRow < table.firstDataRow) return S.sheets.noRecords;
  const n = formatInteger(count);
  return kind === 'members'
    ? S.sheets.memberRows(n, table.firstDataRow, table.lastDataRow)
    : S.sheets.meetingRows(n, table.firstDataRow, table.lastDataRow);
}

function entryOf(grid: Grid, analysis: Analysis, ov: TableOverride | null): SheetEntry {
  const sheet = grid.sheet;
  const base: SheetEntry = {
    sheet: sheet,
    kind: 'unknown',
    chosenByUser: !!ov,
    summary: S.sheets.unknown,
    records: 0,
    headerRows: [],
    fields: [],
    columns: [],
  };
  if (ov && ov.kind === 'ignore') {
    base.kind = 'ignore';
    base.summary = S.sheets.ignored;
    return base;
  }
  const tables = tablesOf(analysis, sheet);
  const table = tables.length ? tables[0] : null;
  if (!table) {
    if (ov) {
      base.kind = ov.kind;
      base.summary = S.sheets.noHeader;
      base.columns = columnOptions(grid, []);
    }
    return base;
  }
  base.kind = table.kind;
  const first = tableSummary(analysis, table);
  base.records = first.records;
  base.summary = first.summary;
  if (tables.length > 1) {
    // Several registers on one sheet: say what each gave; the kind and columns shown are the first one's.
    const parts: string[] = [];
    for (let i = 0; i < tables.length; i++) parts.push(tableSummary(analysis, tables[i]).summary);
    base.summary = S.sheets.severalTables(tables.length, parts);
  }
  if (table.kind === 'unit') return base;
  base.headerRows = table.headerRows.slice();
  base.fields = fieldEntries(table);
  base.columns = columnOptions(grid, table.headerRows);
  return base;
}

/** One entry per grid read, in workbook order. */
export function sheetEntries(grids: Grid[], analysis: Analysis, overrides: TableOverride[]): SheetEntry[] {
  const out: SheetEntry[] = [];
  for (let i = 0; i < grids.length; i++) out.push(entryOf(grids[i], analysis, overrideOf(overrides, grids[i].sheet)));
  return out;
}
