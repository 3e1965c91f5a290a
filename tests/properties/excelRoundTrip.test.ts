/**
 * Random register-like workbooks put into the strict Excel fake and read back through the Office.js
 * gateway in tiny row blocks: whatever the layout, the gateway never throws, never exceeds its request
 * budget, and gives back every cell's value where it was, hidden rows included.
 */
import fc from 'fast-check';
import { CellValue, Grid, cellAt, lastCol, lastRow } from '../../src/core/grid';
import { WorkbookState } from '../excelFake';
import { putGrids } from '../excelFake/putGrids';
import { hostOnFake } from '../excel/hostFixtures';
import { workbookGrids } from './gridArbitraries';

const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS) || 40 };
/** Small enough that a 25-row sheet takes several blocks. */
const TINY = { bytes: 600, cells: 60, firstCellBytes: 40 };

/** What a cell holds as Excel keeps it: an empty string is an empty cell. */
function held(v: CellValue): CellValue {
  return v === '' || v === undefined ? null : v;
}

function nonEmpty(g: Grid): boolean {
  for (const r of g.rows) for (const v of r) if (held(v) !== null) return true;
  return false;
}

test('random workbooks read back through the gateway cell for cell, in small blocks, without an error', async () => {
  await fc.assert(
    fc.asyncProperty(workbookGrids, async (grids) => {
      const books = grids.filter(nonEmpty);
      if (!books.length) return;
      const state = putGrids(new WorkbookState(), books);
      for (const g of books) if (g.hiddenRows) state.sheetByName(g.sheet)!.hiddenRows = Array.from(g.hiddenRows);
      const { fake, host } = hostOnFake([], '1.17', { readBudget: TINY }, state);
      const read = await host.readGrids(books.map((g) => g.sheet));
      expect(fake.stats.failedSyncs).toBe(0);
      for (let k = 0; k < books.length; k++) {
        const want = books[k];
        const got = read.grids[k];
        expect(got.sheet).toBe(want.sheet);
        for (let r = want.originRow; r <= lastRow(want); r++) {
          for (let c = want.originCol; c <= lastCol(want); c++) expect([r, c, cellAt(got, r, c)]).toEqual([r, c, held(cellAt(want, r, c))]);
        }
        // Nothing is read outside what the sheet holds.
        for (let r = got.originRow; r <= lastRow(got); r++) {
          for (let c = got.originCol; c <= lastCol(got); c++) {
            if (cellAt(got, r, c) !== null) expect(held(cellAt(want, r, c))).toEqual(cellAt(got, r, c));
          }
        }
        // Hidden rows inside the used range are known.
        const wantHidden = Array.from(want.hiddenRows || []).filter((r) => r >= got.originRow && r <= lastRow(got)).sort((a, b) => a - b);
        expect(Array.from(got.hiddenRows || []).sort((a, b) => a - b)).toEqual(Array.from(new Set(wantHidden)));
      }
    }),
    RUNS,
  );
}, 120000);
