/**
 * The clean sample's registers taken apart into plain records (unit-info pairs, member rows, meeting
 * rows), so that the messy workbooks can lay the very same people and meetings out in other ways.
 * Every value is the sample's own cell value; date and time cells keep their Excel serials and say so.
 */
import { CellValue, cellAt, isDateCell, lastRow } from '../../src/core/grid';
import { SAMPLE_CELLS, sampleSheets } from '../../src/core/sample/sampleRegisters';
import { cellKey } from '../../src/core/cells';
import { meetingColumns, memberColumns, UNIT_KEYS } from '../../src/core/sample/templateColumns';

/** How a cell is written: plain, a date (serial of the 1900 system), a clock time (fraction of a day). */
export type CellKind = 'plain' | 'date' | 'time';

export interface SourceCell {
  v: CellValue;
  kind: CellKind;
}

/** Member columns of the sample (0-based), A to P. */
export const M = {
  stt: 0,
  name: 1,
  gender: 2,
  birth: 3,
  ethnicity: 4,
  religion: 5,
  admitted: 6,
  official: 7,
  cell: 8,
  education: 9,
  theory: 10,
  position: 11,
  card: 12,
  status: 13,
  left: 14,
  rating: 15,
};

/** Meeting columns of the sample (0-based), A to N. */
export const G = {
  stt: 0,
  cell: 1,
  date: 2,
  kind: 3,
  total: 4,
  exempt: 5,
  present: 6,
  absentExcused: 7,
  absentUnexcused: 8,
  start: 9,
  end: 10,
  resolution: 11,
  superior: 12,
  topic: 13,
};

export interface SampleSource {
  unit: { key: string; value: SourceCell }[];
  memberHeaders: string[];
  /** Header texts with their group label, as the sample's two-row header has them. */
  memberGroups: (string | null)[];
  members: SourceCell[][];
  meetingHeaders: string[];
  meetings: SourceCell[][];
}

const MEMBER_FIRST_ROW = 8;
const MEETING_FIRST_ROW = 4;
const UNIT_FIRST_ROW = 3;

function rowCells(grid: ReturnType<typeof sampleSheets>[number]['grid'], row: number, width: number, times: number[]): SourceCell[] {
  const out: SourceCell[] = [];
  for (let c = 1; c <= width; c++) {
    const v = cellAt(grid, row, c);
    const kind: CellKind = isDateCell(grid, row, c) ? (times.indexOf(c - 1) >= 0 ? 'time' : 'date') : 'plain';
    out.push({ v: v, kind: kind });
  }
  return out;
}

/** The sample's registers as records; a fresh copy on every call. */
export function sampleSource(): SampleSource {
  const [unitSheet, memberSheet, meetingSheet] = sampleSheets();
  const mCols = memberColumns(2020);
  const gCols = meetingColumns();
  const unit = UNIT_KEYS.map(function (k, i) {
    const cells = rowCells(unitSheet.grid, UNIT_FIRST_ROW + i, 2, []);
    if (cells[0].v !== k.key) throw new Error('unit key out of place: ' + k.key);
    return { key: k.key, value: cells[1] };
  });
  const members: SourceCell[][] = [];
  for (let r = MEMBER_FIRST_ROW; r <= lastRow(memberSheet.grid); r++) members.push(rowCells(memberSheet.grid, r, mCols.length, []));
  const meetings: SourceCell[][] = [];
  for (let r = MEETING_FIRST_ROW; r <= lastRow(meetingSheet.grid); r++)
    meetings.push(rowCells(meetingSheet.grid, r, gCols.length, [G.start, G.end]));
  return {
    unit: unit,
    memberHeaders: mCols.map((c) => c.header),
    memberGroups: mCols.map((c) => c.group || null),
    members: members,
    meetingHeaders: gCols.map((c) => c.header),
    meetings: meetings,
  };
}

/** The index in SAMPLE_CELLS of a member's or meeting's chi bộ (spelling variants included). */
export function cellIndexOf(name: CellValue): number {
  const key = cellKey(String(name));
  for (let i = 0; i < SAMPLE_CELLS.length; i++) if (cellKey(SAMPLE_CELLS[i]) === key) return i;
  throw new Error('not a chi bộ of the sample: ' + name);
}
