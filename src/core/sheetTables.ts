/**
 * Where the registers sit on one sheet. A sheet may hold several: a member list and a meeting log side
 * by side (parts split by an empty column), or one under the other; one chi bộ's table after another,
 * each with its own title rows and header; unit info (key–value rows) above or below them. Tables are
 * found top to bottom: each one starts at the first header row of a member list or a meeting log and
 * ends before the next header row; the title rows between belong to the table below them.
 */
import { Grid, gridPart, isBlank, lastCol, lastRow } from './grid';
import { KeyRowMemo, TableLayout, TableSchema, detectTable, isHeaderRow, scanRows } from './table';
import { MEMBER_SCHEMA } from './schema/members';
import { MEETING_SCHEMA } from './schema/meetings';
import { scanUnitInfo, UnitHit } from './schema/unitInfo';

/** Unit info needs at least this many of its keys. */
export const MIN_UNIT_KEYS = 3;

export type SheetRegion =
  | { kind: 'members' | 'meetings'; grid: Grid; layout: TableLayout }
  | { kind: 'unit'; grid: Grid; hits: UnitHit[]; score: number };

const SCHEMAS: TableSchema[] = [MEMBER_SCHEMA, MEETING_SCHEMA];

/** The first row at or below `from` where a member list or a meeting log starts, or null. */
function firstHeaderRow(grid: Grid, from: number): number | null {
  const end = lastRow(grid);
  const memos: KeyRowMemo[] = SCHEMAS.map(function () {
    return { grid: null, row: 0, names: false };
  });
  for (let r = from; r <= end; r++) for (let i = 0; i < SCHEMAS.length; i++) if (isHeaderRow(grid, r, SCHEMAS[i], memos[i])) return r;
  return null;
}

/**
 * The best-scoring table whose header starts at `row` (one row, or two with the row under it); failing
 * that, at the row under it. Not the row under it first: the rows of a table right above another one's
 * header would read as a two-row header over it.
 */
function tableAt(grid: Grid, row: number): { kind: 'members' | 'meetings'; layout: TableLayout } | null {
  let best: { kind: 'members' | 'meetings'; layout: TableLayout } | null = null;
  for (let rows = 1; rows <= 2 && !best; rows++) {
    for (let i = 0; i < SCHEMAS.length; i++) {
      const layout = detectTable(grid, SCHEMAS[i], { firstRow: row, scanRows: rows });
      if (layout && layout.valid && (!best || layout.score > best.layout.score)) best = { kind: SCHEMAS[i].kind, layout: layout };
    }
  }
  return best;
}

function unitRegion(grid: Grid): SheetRegion | null {
  const u = scanUnitInfo(grid);
  if (u.distinct < MIN_UNIT_KEYS) return null;
  return { kind: 'unit', grid: grid, hits: u.hits, score: Math.min(1, u.distinct / 6) };
}

/** The registers of one column part of a sheet, top to bottom. */
function regionsOfPart(part: Grid, out: SheetRegion[]): void {
  const left = part.originCol;
  const right = lastCol(part);
  const bottom = lastRow(part);
  let top = part.originRow;
  while (top <= bottom) {
    const h = firstHeaderRow(part, top);
    // Key–value rows above the next table (or below the last one) are unit info when enough keys match.
    const zoneEnd = h === null ? bottom : h - 1;
    if (zoneEnd >= top) {
      const unit = unitRegion(gridPart(part, top, zoneEnd, left, right));
      if (unit) out.push(unit);
    }
    if (h === null) return;
    const first = tableAt(gridPart(part, top, bottom, left, right), h);
    if (!first) {
      top = h + 1;
      continue;
    }
    const next = firstHeaderRow(part, first.layout.firstDataRow);
    const band = gridPart(part, top, next === null ? bottom : next - 1, left, right);
    const table = tableAt(band, h) || first;
    const last = scanRows(band, table.layout, function () {
      // Only where the table ends matters here.
    });
    // The table's part ends with its last row: what follows (title rows) belongs to the next part.
    const end = Math.max(last, table.layout.firstDataRow - 1);
    out.push({ kind: table.kind, grid: end < lastRow(band) ? gridPart(band, top, end, left, right) : band, layout: table.layout });
    top = end + 1;
  }
}

/** Runs of columns that hold a value somewhere, split by columns empty from top to bottom. */
function columnBlocks(grid: Grid): { left: number; right: number }[] {
  const c0 = grid.originCol;
  const used: boolean[] = [];
  for (let i = 0; i < grid.rows.length; i++) {
    const row = grid.rows[i] || [];
    for (let j = 0; j < row.length; j++) if (!used[j] && !isBlank(row[j])) used[j] = true;
  }
  const blocks: { left: number; right: number }[] = [];
  for (let j = 0; j < used.length; j++) {
    if (!used[j]) continue;
    const last = blocks[blocks.length - 1];
    if (last && last.right === c0 + j - 1) last.right = c0 + j;
    else blocks.push({ left: c0 + j, right: c0 + j });
  }
  return blocks;
}

/**
 * The column parts of a sheet: registers side by side, split where an empty column runs from top to
 * bottom and each side holds a register of its own. A part that holds none (a spacer column inside one
 * table, notes beside it) stays with the part on its left.
 */
function columnParts(grid: Grid): Grid[] {
  const blocks = columnBlocks(grid);
  if (blocks.length < 2) return [grid];
  const top = grid.originRow;
  const bottom = lastRow(grid);
  const holds: boolean[] = [];
  let holders = 0;
  for (let i = 0; i < blocks.length; i++) {
    const part = gridPart(grid, top, bottom, blocks[i].left, blocks[i].right);
    holds.push(firstHeaderRow(part, top) !== null || unitRegion(part) !== null);
    if (holds[i]) holders++;
  }
  if (holders < 2) return [grid];
  // Parts before the first register join it; after it, each register starts a part and the others
  // join the part on their left.
  const firstHolder = holds.indexOf(true);
  const groups: { left: number; right: number }[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (groups.length === 0 || (i > firstHolder && holds[i])) groups.push({ left: blocks[i].left, right: blocks[i].right });
    else groups[groups.length - 1].right = blocks[i].right;
  }
  return groups.map(function (g) {
    return gridPart(grid, top, bottom, g.left, g.right);
  });
}

/**
 * The registers on a sheet, left part first, each top to bottom: every member list and meeting log with
 * the part of the sheet it is read from (its title rows, header and rows), and unit-info blocks.
 * Legacy text must be decoded before (readRegisters does).
 */
export function sheetRegions(grid: Grid): SheetRegion[] {
  const out: SheetRegion[] = [];
  if (lastRow(grid) < grid.originRow || lastCol(grid) < grid.originCol) return out;
  const parts = columnParts(grid);
  for (let i = 0; i < parts.length; i++) regionsOfPart(parts[i], out);
  return out;
}
