/**
 * Helpers for the lean reader's tests: read the same bytes with exceljs (readWorkbook.ts) and with the
 * lean reader alone (no fallback), and compare what a grid holds, field by field.
 */
import * as ExcelJS from 'exceljs';
import { Grid } from '../../src/core/grid';
import { readWorkbookBuffer, WorkbookGrids } from '../../src/hosts/xlsx/readWorkbook';
import { readWorkbookLean } from '../../src/hosts/xlsx/leanWorkbookReader';

/** A grid as plain data, so that a difference shows as a readable diff. */
export function plainGrid(g: Grid): unknown {
  return {
    sheet: g.sheet,
    originRow: g.originRow,
    originCol: g.originCol,
    rows: g.rows.map((r) => Array.from(r, (v) => (v === undefined ? '<undefined>' : v))),
    merges: g.merges || [],
    dateCells: Array.from(g.dateCells || []).sort(),
    hiddenRows: Array.from(g.hiddenRows || []).sort((a, b) => a - b),
    fonts: Array.from(g.fonts || []).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
    autoFilter: g.autoFilter || null,
  };
}

export function plainBook(b: WorkbookGrids): unknown {
  return { date1904: b.date1904, grids: b.grids.map(plainGrid) };
}

export async function bothReaders(buf: Buffer): Promise<{ exceljs: unknown; lean: unknown }> {
  const exceljs = plainBook(await readWorkbookBuffer(buf, 'x.xlsx'));
  const lean = plainBook(await readWorkbookLean(buf, 'x.xlsx'));
  return { exceljs: exceljs, lean: lean };
}

/** Both readers give the same grids (the lean one without falling back). */
export async function expectSameGrids(buf: Buffer): Promise<void> {
  const r = await bothReaders(buf);
  expect(r.lean).toEqual(r.exceljs);
}

export async function bytesOf(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
