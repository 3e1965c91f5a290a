/**
 * Property-based tests: random grids (register-like tables with noise, unit info, pure noise, with
 * merges, date formats, hidden rows, legacy fonts and an autofilter) thrown at header detection, sheet
 * detection and the whole analysis. Whatever a sheet holds, nothing throws, every finding points at a
 * sheet of the workbook and at a cell inside that sheet's grid (or at no row or column for whole-sheet
 * findings), and every figure is a finite number. Runs are bounded so the suite stays quick.
 */
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { isValidYmd, SimpleDate } from '../../src/core/dates';
import { Finding } from '../../src/core/findings';
import { Grid, columnNumber, lastCol, lastRow } from '../../src/core/grid';
import { decodeLegacyGrid } from '../../src/core/legacyGrid';
import { detectSheetKind, readRegisters, TableOverride } from '../../src/core/registers';
import { sheetRegions } from '../../src/core/sheetTables';
import { DetectOptions, detectTable, isHeaderRow, TableLayout } from '../../src/core/table';
import { MEMBER_SCHEMA } from '../../src/core/schema/members';
import { MEETING_SCHEMA } from '../../src/core/schema/meetings';
import { noiseGrid, tableGrid, workbookGrids } from './gridArbitraries';

/** Runs per property on one sheet, and on whole workbooks; PROPERTY_RUNS=5000 npx jest tests/properties hunts longer. */
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS) || 100 };
const BOOK_RUNS = { numRuns: Number(process.env.PROPERTY_RUNS) || 60 };

/** Where a finding points, or why it points nowhere inside the workbook. */
function misplaced(f: Finding, grids: Grid[]): string | null {
  if (f.sheet === null) return f.row === null && f.column === null ? null : 'a workbook finding with a cell';
  const g = grids.filter((x) => x.sheet === f.sheet)[0];
  if (!g) return 'no sheet "' + f.sheet + '"';
  if (f.row !== null) {
    // A grid with no rows has no row to point at.
    if (f.row < g.originRow || f.row > Math.max(lastRow(g), g.originRow)) return 'row ' + f.row + ' outside ' + g.originRow + '..' + lastRow(g);
  }
  if (f.column !== null) {
    if (!/^[A-Z]{1,3}$/.test(f.column)) return 'column "' + f.column + '"';
    const c = columnNumber(f.column);
    if (c < g.originCol || c > Math.max(lastCol(g), g.originCol)) return 'column ' + f.column + ' outside the grid';
  }
  if (typeof f.message !== 'string' || f.message === '' || /undefined|NaN|\[object/.test(f.message)) return 'message "' + f.message + '"';
  return null;
}

/** A date read from a cell is a real day of the years 1 to 9999 (Excel shows none later), or nothing. */
function realDay(d: SimpleDate | null): boolean {
  return d === null || isValidYmd(d.y, d.m, d.d);
}

function layoutInside(layout: TableLayout | null, g: Grid): void {
  if (!layout) return;
  for (const r of layout.headerRows) expect(r >= g.originRow && r <= lastRow(g)).toBe(true);
  expect(layout.firstDataRow).toBeGreaterThan(layout.headerRows[layout.headerRows.length - 1]);
  expect(layout.firstDataRow).toBeLessThanOrEqual(lastRow(g) + 2);
  for (const id in layout.columns) {
    const c = layout.columns[id];
    expect(c >= g.originCol && c <= lastCol(g)).toBe(true);
  }
  expect(layout.score >= 0 && layout.score <= 1).toBe(true);
}

describe('header and sheet detection on random grids', () => {
  test('detectTable (also with forced header rows and columns) and isHeaderRow never throw and stay inside the grid', () => {
    const options = fc.record(
      {
        headerRows: fc.array(fc.integer({ min: -1, max: 30 }), { maxLength: 3 }),
        columns: fc.dictionary(fc.constantFrom('name', 'birth', 'date', 'present', 'rating:2020'), fc.constantFrom('A', 'B', 'D', 'Z', '')),
        firstRow: fc.integer({ min: -2, max: 30 }),
        scanRows: fc.integer({ min: 1, max: 30 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(noiseGrid('Trang 1'), tableGrid('Trang 1')), options, (grid, opts: DetectOptions) => {
        const g = decodeLegacyGrid(grid).grid;
        for (const schema of [MEMBER_SCHEMA, MEETING_SCHEMA]) {
          layoutInside(detectTable(g, schema, opts), g);
          for (let r = g.originRow; r <= lastRow(g); r++) isHeaderRow(g, r, schema);
        }
      }),
      RUNS,
    );
  });

  test('detectSheetKind and the tables found on a sheet lie inside it, in separate parts, top to bottom', () => {
    fc.assert(
      fc.property(fc.oneof(noiseGrid('Trang 1'), tableGrid('Trang 1')), (grid) => {
        const g = decodeLegacyGrid(grid).grid;
        const kind = detectSheetKind(g);
        if (kind && kind.kind !== 'unit') layoutInside(kind.layout, g);
        const regions = sheetRegions(g);
        for (const region of regions) {
          const p = region.grid;
          expect(p.sheet).toBe(g.sheet);
          expect(p.originRow >= g.originRow && lastRow(p) <= lastRow(g)).toBe(true);
          expect(p.originCol >= g.originCol && lastCol(p) <= lastCol(g)).toBe(true);
          if (region.kind !== 'unit') layoutInside(region.layout, p);
        }
        // No cell is read twice: the parts are disjoint, and those sharing columns come top to bottom.
        for (let i = 0; i < regions.length; i++)
          for (let j = i + 1; j < regions.length; j++) {
            const a = regions[i].grid;
            const b = regions[j].grid;
            const columnsMeet = a.originCol <= lastCol(b) && b.originCol <= lastCol(a);
            if (columnsMeet) expect(lastRow(a)).toBeLessThan(b.originRow);
          }
      }),
      RUNS,
    );
  });
});

describe('the whole analysis on random workbooks', () => {
  test('readRegisters: no exception, every finding inside its sheet, every date read a real day', () => {
    fc.assert(
      fc.property(workbookGrids, fc.boolean(), (grids, date1904) => {
        const read = readRegisters(grids, { today: { y: 2026, m: 11, d: 27 }, date1904: date1904 });
        for (const f of read.findings) expect([f.code, misplaced(f, grids)]).toEqual([f.code, null]);
        const d = read.dataset;
        for (const m of d.members) {
          expect(grids.some((g) => g.sheet === m.src.sheet)).toBe(true);
          for (const x of [m.birth, m.admitted, m.official, m.leftDate]) expect(realDay(x)).toBe(true);
        }
        for (const g of d.meetings) {
          expect(realDay(g.date)).toBe(true);
          for (const n of [g.total, g.exempt, g.present, g.absentExcused, g.absentUnexcused, g.start, g.end]) expect(n === null || isFinite(n)).toBe(true);
        }
        for (const x of [d.unit.periodFrom, d.unit.periodTo]) expect(realDay(x)).toBe(true);
      }),
      BOOK_RUNS,
    );
  });

  test('analyze: no exception, every finding inside its sheet, every figure a finite number', () => {
    const day = fc.record({ y: fc.integer({ min: 1990, max: 2030 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });
    // A correction saved in the workbook may be stale: its header rows and columns may no longer fit the sheet.
    const override = fc.record({
      sheet: fc.constantFrom('Trang 1', 'Trang 2', 'Trang 5'),
      kind: fc.constantFrom<TableOverride['kind']>('members', 'meetings', 'unit', 'ignore'),
      headerRows: fc.option(fc.array(fc.integer({ min: -1, max: 40 }), { maxLength: 3 }), { nil: undefined }),
      columns: fc.option(fc.dictionary(fc.constantFrom('name', 'birth', 'gender', 'admitted', 'date', 'present', 'cell', 'rating:2020', 'nonsense'), fc.constantFrom('A', 'C', 'Z', 'AB', '')), { nil: undefined }),
    });
    fc.assert(
      fc.property(workbookGrids, fc.option(fc.tuple(day, day), { nil: undefined }), day, fc.boolean(), fc.array(override, { maxLength: 2 }), (grids, period, today, date1904, overrides) => {
        const a = analyze(grids, { today: today, from: period && period[0], to: period && period[1], date1904: date1904, overrides: overrides });
        for (const f of a.findings) expect([f.code, misplaced(f, grids)]).toEqual([f.code, null]);
        for (const id in a.figures) expect([id, isFinite(a.figures[id])]).toEqual([id, true]);
      }),
      BOOK_RUNS,
    );
  });
});
