/**
 * Reading a workbook's registers: find by content what each sheet holds (member lists, meeting logs,
 * unit info, several of them on one sheet, or nothing to read), read the rows of each table into typed
 * records, and report what could not be read and the hidden rows that were counted. The user's
 * corrections (`overrides`) take precedence over the detection: a corrected sheet is read as one table.
 */
import { Grid, cellAt, columnLetter, lastRow } from './grid';
import { Dataset, DetectedTable, emptyUnitInfo } from './records';
import { Finding, makeFinding } from './findings';
import { MergeFill, TableLayout, TableSchema, columnLetters, detectTable, mergesInData, rangeLabel } from './table';
import { MEMBER_SCHEMA, memberFieldLabel, readMemberTable } from './schema/members';
import { MEETING_SCHEMA, meetingFieldLabel, readMeetingTable } from './schema/meetings';
import { readUnitInfo, scanUnitInfo, UnitHit } from './schema/unitInfo';
import { CellReader } from './schema/cellReader';
import { cellNameFromTitle } from './schema/cellTitle';
import { cleanText, fold } from './text/normalize';
import { isCellUnit } from './unitKind';
import { decodeLegacyGrid, legacyFindings } from './legacyGrid';
import { SimpleDate } from './dates';
import { MIN_UNIT_KEYS, sheetRegions } from './sheetTables';
import { formatInteger } from './text/numbers';

/** A correction the user made to the detection (sheet kind, header rows, field -> column letter). */
export interface TableOverride {
  sheet: string;
  kind: 'members' | 'meetings' | 'unit' | 'ignore';
  headerRows?: number[];
  columns?: Record<string, string>;
}

export interface ReadOptions {
  date1904?: boolean;
  overrides?: TableOverride[];
  /** The day the registers are read: decides the century of two-digit years. Default: the local date. */
  today?: SimpleDate;
}

/** How cells are read on every sheet. */
interface ReadSettings {
  date1904?: boolean;
  today?: SimpleDate;
  /** Meeting-log sheets that name no chi bộ (no column, group rows or title): settled once all is read. */
  cellless: string[];
}

export type SheetChoice =
  | { kind: 'members' | 'meetings'; layout: TableLayout | null }
  | { kind: 'unit'; hits: UnitHit[]; score: number }
  | null;

function schemaOf(kind: 'members' | 'meetings'): TableSchema {
  return kind === 'members' ? MEMBER_SCHEMA : MEETING_SCHEMA;
}

function labelOf(kind: 'members' | 'meetings', field: string): string {
  return kind === 'members' ? memberFieldLabel(field) : meetingFieldLabel(field);
}

/**
 * What a sheet is, by content: the best-scoring of member list, meeting log and unit info. A sheet
 * typed in TCVN3/VNI must go through decodeLegacyGrid first (readRegisters does). readRegisters reads
 * every register on a sheet (sheetTables.ts); this gives one main kind per sheet.
 */
export function detectSheetKind(grid: Grid): SheetChoice {
  const m = detectTable(grid, MEMBER_SCHEMA);
  const g = detectTable(grid, MEETING_SCHEMA);
  let best: SheetChoice = null;
  let bestScore = 0;
  if (m && m.valid) {
    best = { kind: 'members', layout: m };
    bestScore = m.score;
  }
  if (g && g.valid && (!best || g.score > bestScore)) {
    best = { kind: 'meetings', layout: g };
    bestScore = g.score;
  }
  const u = scanUnitInfo(grid);
  if (u.distinct >= MIN_UNIT_KEYS) {
    const score = Math.min(1, u.distinct / 6);
    if (!best || score > bestScore) best = { kind: 'unit', hits: u.hits, score: score };
  }
  return best;
}

function overrideFor(overrides: TableOverride[] | undefined, sheet: string): TableOverride | null {
  if (!overrides) return null;
  for (let i = 0; i < overrides.length; i++) if (overrides[i].sheet === sheet) return overrides[i];
  return null;
}

/** The chi bộ of a whole sheet: a title row above the header naming it, else the sheet's name. */
function sheetCellOf(grid: Grid, layout: TableLayout): string | null {
  for (let r = grid.originRow; r < layout.headerRows[0]; r++) {
    const row = grid.rows[r - grid.originRow] || [];
    for (let i = 0; i < row.length; i++) {
      const v = row[i];
      if (typeof v !== 'string') continue;
      const name = cellNameFromTitle(v);
      if (name) return name;
    }
  }
  return cellNameFromTitle(grid.sheet, true);
}

/** The record rows that Excel hides (hidden by the user or by a filter), in order. */
function hiddenRecordRows(grid: Grid, rows: number[]): number[] {
  const out: number[] = [];
  if (!grid.hiddenRows || grid.hiddenRows.size === 0) return out;
  for (let i = 0; i < rows.length; i++) if (grid.hiddenRows.has(rows[i])) out.push(rows[i]);
  return out;
}

/** Whether the sheet's autofilter covers rows of the table. */
function filterCovers(grid: Grid, fromRow: number, toRow: number): boolean {
  const f = grid.autoFilter;
  return !!f && f.top <= toRow && f.bottom >= fromRow;
}

function readTableSheet(
  grid: Grid,
  kind: 'members' | 'meetings',
  layout: TableLayout,
  dataset: Dataset,
  findings: Finding[],
  settings: ReadSettings,
): void {
  const schema = schemaOf(kind);
  const sheet = grid.sheet;
  const headerRow = layout.headerRows[layout.headerRows.length - 1];
  for (let i = 0; i < layout.ambiguous.length; i++) {
    const a = layout.ambiguous[i];
    findings.push(
      makeFinding(
        'column-ambiguous',
        { sheet: sheet, row: headerRow, column: columnLetter(a.chosen), value: cellAt(grid, headerRow, a.chosen) },
        { sheet: sheet, field: labelOf(kind, a.field), columns: a.cols.map(columnLetter).join(', '), chosen: columnLetter(a.chosen) },
      ),
    );
  }
  for (let i = 0; i < schema.required.length; i++) {
    const alts = schema.required[i];
    let found = false;
    for (let j = 0; j < alts.length; j++) if (layout.columns[alts[j]] !== undefined) found = true;
    if (!found)
      findings.push(
        makeFinding('required-column-missing', { sheet: sheet, row: null, column: null }, { sheet: sheet, field: labelOf(kind, alts[0]) }),
      );
  }

  const sheetCell = layout.columns.cell === undefined ? sheetCellOf(grid, layout) : null;
  const fill = new MergeFill(grid, layout.firstDataRow, lastRow(grid));
  const rd = new CellReader(grid, findings, { source: fill, date1904: settings.date1904, today: settings.today });
  let lastDataRow: number;
  let groupRows: number;
  let layoutRows: { [row: number]: true };
  const recordRows: number[] = [];
  if (kind === 'members') {
    const res = readMemberTable(grid, layout, rd, sheetCell);
    for (let i = 0; i < res.members.length; i++) {
      dataset.members.push(res.members[i]);
      recordRows.push(res.members[i].src.row);
    }
    lastDataRow = res.lastDataRow;
    groupRows = res.groupRows;
    layoutRows = res.layoutRows;
  } else {
    const res = readMeetingTable(grid, layout, rd, sheetCell);
    for (let i = 0; i < res.meetings.length; i++) {
      dataset.meetings.push(res.meetings[i]);
      recordRows.push(res.meetings[i].src.row);
    }
    lastDataRow = res.lastDataRow;
    groupRows = res.groupRows;
    layoutRows = res.layoutRows;
    if (layout.columns.cell === undefined && groupRows === 0 && !sheetCell) settings.cellless.push(sheet);
  }

  const merged = mergesInData(grid, layout.firstDataRow, lastDataRow, layoutRows);
  for (let i = 0; i < merged.length; i++) {
    const m = merged[i];
    // Point at the merge's first cell inside the grid (the grid may start right of the merge).
    const left = Math.max(m.left, grid.originCol);
    findings.push(
      makeFinding(
        'merged-cells-in-data',
        { sheet: sheet, row: m.top, column: columnLetter(left), value: cellAt(grid, m.top, m.left) },
        { range: rangeLabel(m) },
      ),
    );
  }

  const hidden = hiddenRecordRows(grid, recordRows);
  if (hidden.length)
    findings.push(
      makeFinding(
        'hidden-rows-counted',
        { sheet: sheet, row: hidden[0], column: null },
        { sheet: sheet, count: formatInteger(hidden.length), first: hidden[0], filtered: filterCovers(grid, layout.firstDataRow, lastDataRow) ? 1 : '' },
        { groupKey: 'hidden-rows-counted|' + sheet },
      ),
    );

  const table: DetectedTable = {
    sheet: sheet,
    kind: kind,
    headerRows: layout.headerRows.slice(),
    firstDataRow: layout.firstDataRow,
    lastDataRow: lastDataRow,
    columns: columnLetters(layout),
    headerText: layout.headerText,
    score: layout.score,
  };
  if (sheetCell && groupRows === 0) table.sheetCell = sheetCell;
  dataset.tables.push(table);
}

function readUnitSheet(grid: Grid, hits: UnitHit[], score: number, dataset: Dataset, findings: Finding[], settings: ReadSettings): void {
  const rd = new CellReader(grid, findings, { date1904: settings.date1904, today: settings.today });
  readUnitInfo(grid, hits, dataset.unit, rd);
  const columns: Record<string, string> = {};
  const headerText: Record<string, string> = {};
  let first = Infinity;
  let last = 0;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    columns[h.key.id] = columnLetter(h.col);
    headerText[h.key.id] = h.key.label;
    if (h.row < first) first = h.row;
    if (h.row > last) last = h.row;
  }
  dataset.tables.push({
    sheet: grid.sheet,
    kind: 'unit',
    headerRows: [],
    firstDataRow: hits.length ? first : grid.originRow,
    lastDataRow: hits.length ? last : grid.originRow - 1,
    columns: columns,
    headerText: headerText,
    score: score,
  });
}

/**
 * The one chi bộ a workbook is about, when it is about one: the unit is itself a chi bộ (a chi bộ cơ sở
 * keeping its own registers), or every member who names a chi bộ names the same one. Null otherwise.
 */
function singleCell(dataset: Dataset): string | null {
  if (isCellUnit(dataset.unit)) return cleanText(dataset.unit.partyName || '');
  let only: string | null = null;
  for (let i = 0; i < dataset.members.length; i++) {
    const c = dataset.members[i].cell;
    if (!c) continue;
    if (only === null) only = c;
    else if (fold(only) !== fold(c)) return null;
  }
  return only;
}

/**
 * A meeting log that names no chi bộ is the log of the workbook's one chi bộ when there is one (its
 * meetings get that chi bộ); otherwise the missing "Chi bộ" column is reported, as meetings cannot be
 * told apart by chi bộ.
 */
function settleCelllessMeetings(dataset: Dataset, sheets: string[], findings: Finding[]): void {
  if (!sheets.length) return;
  const single = singleCell(dataset);
  for (let i = 0; i < sheets.length; i++) {
    if (!single) {
      findings.push(
        makeFinding('required-column-missing', { sheet: sheets[i], row: null, column: null }, { sheet: sheets[i], field: meetingFieldLabel('cell') }),
      );
      continue;
    }
    for (let j = 0; j < dataset.meetings.length; j++) {
      const m = dataset.meetings[j];
      if (m.src.sheet === sheets[i] && m.cell === null) m.cell = single;
    }
  }
}

/**
 * Detect the registers in a workbook's sheets and read them into typed records. Legacy TCVN3/VNI text
 * is decoded first, so everything below reads Unicode; it is reported on the sheets that are read.
 * A sheet may hold several registers (side by side, one under the other): each is read from its part.
 */
export function readRegisters(grids: Grid[], opts?: ReadOptions): { dataset: Dataset; findings: Finding[] } {
  const o = opts || {};
  const settings: ReadSettings = { date1904: o.date1904, today: o.today, cellless: [] };
  const findings: Finding[] = [];
  const dataset: Dataset = { members: [], meetings: [], unit: emptyUnitInfo(), tables: [] };
  let memberTables = 0;
  for (let i = 0; i < grids.length; i++) {
    const ov = overrideFor(o.overrides, grids[i].sheet);
    if (ov && ov.kind === 'ignore') continue;
    const decoded = decodeLegacyGrid(grids[i]);
    const grid = decoded.grid;
    if (!ov) {
      // Detected: every register on the sheet, in its own part of it.
      const regions = sheetRegions(grid);
      if (regions.length === 0) continue;
      const legacy = legacyFindings(grid.sheet, decoded.cells);
      for (let j = 0; j < legacy.length; j++) findings.push(legacy[j]);
      for (let j = 0; j < regions.length; j++) {
        const region = regions[j];
        if (region.kind === 'unit') readUnitSheet(region.grid, region.hits, region.score, dataset, findings, settings);
        else {
          if (region.kind === 'members') memberTables++;
          readTableSheet(region.grid, region.kind, region.layout, dataset, findings, settings);
        }
      }
      continue;
    }
    let choice: SheetChoice;
    if (ov.kind === 'unit') {
      const u = scanUnitInfo(grid);
      choice = { kind: 'unit', hits: u.hits, score: 1 };
    } else {
      const k = ov.kind as 'members' | 'meetings';
      choice = { kind: k, layout: detectTable(grid, schemaOf(k), { headerRows: ov.headerRows, columns: ov.columns }) };
    }
    const legacy = legacyFindings(grid.sheet, decoded.cells);
    for (let j = 0; j < legacy.length; j++) findings.push(legacy[j]);
    if (choice.kind === 'unit') {
      readUnitSheet(grid, choice.hits, choice.score, dataset, findings, settings);
      continue;
    }
    if (choice.kind === 'members') memberTables++;
    if (!choice.layout) {
      const schema = schemaOf(choice.kind);
      for (let j = 0; j < schema.required.length; j++)
        findings.push(
          makeFinding(
            'required-column-missing',
            { sheet: grid.sheet, row: null, column: null },
            { sheet: grid.sheet, field: labelOf(choice.kind, schema.required[j][0]) },
          ),
        );
      continue;
    }
    readTableSheet(grid, choice.kind, choice.layout, dataset, findings, settings);
  }
  settleCelllessMeetings(dataset, settings.cellless, findings);
  if (memberTables === 0)
    findings.push(
      makeFinding('sheet-kind-not-found', { sheet: null, row: null, column: null }, { kind: 'danh sách đảng viên', example: 'Họ và tên' }),
    );
  return { dataset: dataset, findings: findings };
}
