/**
 * The structure that keeps a big register from freezing Excel or overflowing Excel on the web (not
 * timed: the figures come from `npm run bench`). On a 20,000-member register: every request and
 * response under 5 MB and every sync under 5,000,000 cells; reading takes one sync to size the sheets
 * plus one per row block, with the pane given a turn of its event loop after each block; the summary
 * takes the same small number of syncs as for a register of 60; the findings sheet is written in
 * batches, each followed by a turn.
 */
import { analyze, Analysis } from '../../src/core/analyze';
import { buildFindingsSheet } from '../../src/core/report/findingsSheet';
import { buildSummarySheet } from '../../src/core/report/summarySheet';
import { READ_BUDGET } from '../../src/hosts/excel/readBlocks';
import { createExcelHost } from '../../src/hosts/excel/excelHost';
import { ExcelLike, OfficeLike } from '../../src/hosts/excel/officeApi';
import { WorkbookHost } from '../../src/hosts/workbookHost';
import { createFakeExcel, FakeExcel } from '../excelFake';
import { WorkbookState } from '../excelFake/workbookState';
import { Grid } from '../../src/core/grid';
import { bigRegister } from './bigRegister';
import { putGrids, TODAY } from './workbookFixtures';

const FIVE_MB = 5000000;
const FIVE_MILLION_CELLS = 5000000;

/** The gateway over a fake holding `grids`; `syncsAtYield` gets the number of syncs done at each yield. */
function gateway(grids: Grid[]): { fake: FakeExcel; host: WorkbookHost; syncsAtYield: number[] } {
  const fake = createFakeExcel({ apiVersion: '1.17', state: putGrids(new WorkbookState(), grids) });
  const syncsAtYield: number[] = [];
  const host = createExcelHost({
    excel: fake.Excel as unknown as ExcelLike,
    office: fake.Office as unknown as OfficeLike,
    yieldToUi: function () {
      syncsAtYield.push(fake.stats.syncs);
      return new Promise<void>((resolve) => setTimeout(resolve, 0));
    },
  });
  return { fake: fake, host: host, syncsAtYield: syncsAtYield };
}

function expectWithinExcelLimits(fake: FakeExcel): void {
  expect(fake.stats.failedSyncs).toBe(0);
  for (const r of fake.stats.records) {
    expect(r.requestBytes).toBeLessThan(FIVE_MB);
    expect(r.responseBytes).toBeLessThan(FIVE_MB);
    expect(r.cells).toBeLessThan(FIVE_MILLION_CELLS);
  }
}

describe('a register of 20,000 members on the Office.js gateway', () => {
  let grids: Grid[];
  let analysis: Analysis;
  beforeAll(() => {
    grids = bigRegister(20000);
    analysis = analyze(grids, { today: TODAY });
  });

  test('is read in row blocks under the limits, one sync each, with a turn for the pane after every block', async () => {
    const { fake, host, syncsAtYield } = gateway(grids);
    const blocksSeen: number[] = [];
    const read = await host.readGrids(
      grids.map((g) => g.sheet),
      (done) => blocksSeen.push(done),
    );
    expect(read.grids[1].rows.length).toBe(grids[1].rows.length);
    expectWithinExcelLimits(fake);
    // One sync sizes every sheet; then one per block (each block reports its progress once).
    const blocks = blocksSeen.length;
    expect(fake.stats.syncs).toBe(1 + blocks);
    // 20,011 member rows of 20 columns and ~500 meeting rows: blocks are large, never one per row.
    expect(blocks).toBeGreaterThanOrEqual(8);
    expect(blocks).toBeLessThanOrEqual(20);
    // After each block's sync, and before the next, the pane gets a turn: yields at syncs 2, 3, 4, ...
    expect(syncsAtYield).toEqual(blocksSeen.map((_, i) => i + 2));
    for (const r of fake.stats.records.slice(2)) expect(r.responseBytes).toBeLessThan(READ_BUDGET.bytes * 1.05);
  }, 120000);

  test('gets its summary in the same number of syncs as a small register', async () => {
    const small = bigRegister(60);
    const counts: number[] = [];
    for (const [g, a] of [
      [small, analyze(small, { today: TODAY })],
      [grids, analysis],
    ] as [Grid[], Analysis][]) {
      const { fake, host } = gateway(g);
      await host.writeSheet(buildSummarySheet({ dataset: a.dataset, figures: a.figures, ctx: a.ctx }));
      counts.push(fake.stats.syncs);
      expectWithinExcelLimits(fake);
    }
    expect(counts[1]).toBe(counts[0]);
    expect(counts[1]).toBeLessThanOrEqual(3);
  }, 120000);

  test('gets its findings sheet in batches under the limits, each followed by a turn for the pane', async () => {
    const { fake, host, syncsAtYield } = gateway(grids);
    const model = buildFindingsSheet(analysis.findings);
    expect(analysis.findings.length).toBeGreaterThan(10000);
    await host.writeSheet(model);
    expectWithinExcelLimits(fake);
    const batches = fake.stats.syncs - 1;
    expect(batches).toBeGreaterThan(2);
    // The first sync looks at the sheet; three yields while planning (cells, values, formats), then one after every batch.
    expect(syncsAtYield).toEqual([1, 1].concat(Array.from({ length: batches + 1 }, (_, i) => i + 1)));
  }, 120000);
});
