/**
 * The messy registers (tests/messy) as Excel holds them: each workbook's cells, number formats, merges,
 * hidden rows, AutoFilter, fonts and date system put into the strict fake, then read through the Office.js
 * gateway. The add-in in Excel must see what the command line sees in the same file: the same findings
 * and the same figures, for every layout offices really have.
 */
import { analyze } from '../../src/core/analyze';
import { Grid } from '../../src/core/grid';
import { readWorkbookBuffer } from '../../src/hosts/xlsx/readWorkbook';
import { WorkbookState } from '../excelFake';
import { DEFAULT_FORMAT } from '../excelFake/cellFormat';
import { putGrids } from '../excelFake/putGrids';
import { MESSY_CASES } from '../messy/messyWorkbooks';
import { writeBook } from '../messy/sheetBuilder';
import { hostOnFake } from './hostFixtures';
import { outcome } from './workbookFixtures';

const TODAY = { y: 2026, m: 11, d: 27 };

/** What the file holds beyond values and merges: hidden rows, the filter, and the fonts of text cells. */
function putExtras(state: WorkbookState, grids: Grid[]): void {
  for (const g of grids) {
    const sheet = state.sheetByName(g.sheet)!;
    if (g.hiddenRows) sheet.hiddenRows = Array.from(g.hiddenRows);
    if (g.autoFilter) sheet.autoFilter = Object.assign({}, g.autoFilter);
    if (!g.fonts || g.fonts.size === 0) continue;
    // An office sets a legacy font on the whole sheet: every cell of the used range, blank ones too.
    const font = g.fonts.values().next().value as string;
    const width = Math.max(...g.rows.map((r) => r.length));
    for (let i = 0; i < g.rows.length; i++) {
      for (let j = 0; j < width; j++) {
        const r = g.originRow + i;
        const c = g.originCol + j;
        const own = g.fonts.get(r + ':' + c);
        sheet.ensure(r, c).fmt = Object.assign({}, DEFAULT_FORMAT, { fontName: own || font });
      }
    }
  }
}

describe.each(MESSY_CASES.map((c) => [c.id, c] as const))('%s, in Excel', (_id, c) => {
  test('the gateway reads what the file reader reads: the same findings and figures', async () => {
    const file = await readWorkbookBuffer(await writeBook(c.build()), c.id + '.xlsx');
    const viaFile = outcome(analyze(file.grids, { date1904: file.date1904, today: TODAY }));

    const state = putGrids(new WorkbookState(), file.grids);
    state.date1904 = file.date1904;
    putExtras(state, file.grids);
    const { host } = hostOnFake([], '1.17', undefined, state);
    const read = await host.readGrids(file.grids.map((g) => g.sheet));
    expect(read.date1904).toBe(file.date1904);
    const viaExcel = outcome(analyze(read.grids, { date1904: read.date1904, today: TODAY }));
    expect(viaExcel.figures).toEqual(viaFile.figures);
    expect(viaExcel.findings).toEqual(viaFile.findings);
  });
});
