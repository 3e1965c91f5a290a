/**
 * The task pane as it runs in Excel: the controller over the Office.js gateway over the strict fake,
 * on a register of 10,000 members. What the office sees must be what the command line gives on the
 * same data, within Excel's request limits, in a number of syncs that grows only with the row blocks,
 * and the office's own sheets must come out exactly as they went in.
 */
import { countBySeverity } from '../../src/core/findings';
import { buildSummarySheet, SUMMARY_SHEET_NAME } from '../../src/core/report/summarySheet';
import { FINDINGS_SHEET_NAME } from '../../src/core/report/findingsSheet';
import { PaneController } from '../../src/taskpane/controller';
import { bigRegister } from '../excel/bigRegister';
import { hostOnFake, snapshot } from '../excel/hostFixtures';
import { analyzeThroughXlsx, TODAY } from '../excel/workbookFixtures';

const FIVE_MB = 5000000;

describe('the pane in Excel on a register of 10,000 members', () => {
  const grids = bigRegister(10000);
  const sheets = grids.map((g) => g.sheet);

  test('checks and reports exactly as the command line does, and leaves the registers untouched', async () => {
    const viaFile = await analyzeThroughXlsx(grids);

    // How many syncs reading the registers takes on its own: 1 + one per row block.
    const alone = hostOnFake(grids, '1.17');
    await alone.host.readGrids(sheets);
    const readSyncs = alone.fake.stats.syncs;

    const { fake, host } = hostOnFake(grids, '1.17');
    const before = snapshot(fake, sheets);
    const pane = new PaneController(host, { today: () => TODAY, yieldToUi: () => Promise.resolve() });
    await pane.start();
    const afterStart = fake.stats.syncs;

    await pane.check();
    const checkSyncs = fake.stats.syncs - afterStart;
    // The check reads the workbook again: a small constant (listing the sheets) on top of the row blocks.
    expect(checkSyncs).toBeGreaterThanOrEqual(readSyncs);
    expect(checkSyncs).toBeLessThanOrEqual(readSyncs + 2);

    const view = pane.state.findings!;
    const counts = countBySeverity(viaFile.findings);
    expect(view.total).toBe(viaFile.findings.length);
    expect(view.counts).toEqual(counts);
    expect(view.total).toBeGreaterThan(1000);

    const beforeReport = fake.stats.syncs;
    await pane.generateReport();
    expect(pane.state.status!.kind === 'success' || pane.state.status!.kind === 'warning').toBe(true);
    const reportSyncs = fake.stats.syncs - beforeReport;
    // Reading again, then the findings sheet and the summary, each in a few write syncs.
    expect(reportSyncs).toBeLessThanOrEqual(readSyncs + 2 + 12);

    // The summary the pane wrote holds the same text and numbers as the command line's model.
    const model = buildSummarySheet({ dataset: viaFile.dataset, figures: viaFile.figures, ctx: viaFile.ctx });
    const written = fake.state.sheetByName(SUMMARY_SHEET_NAME)!;
    let compared = 0;
    for (const c of model.cells) {
      if (c.role === 'userText') continue;
      const got = written.cell(c.row, c.col);
      if (c.formula) {
        expect(got && got.f).toBe('=' + c.formula);
      } else if (c.value !== null && c.value !== undefined && c.value !== '') {
        expect(got && got.v).toBe(c.value);
      }
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
    expect(fake.state.sheetByName(FINDINGS_SHEET_NAME)).toBeTruthy();
    expect(fake.state.activeSheetId).toBe(fake.state.sheetByName(SUMMARY_SHEET_NAME)!.id);

    // Excel on the web's limits held for every request and response.
    expect(fake.stats.maxRequestBytes).toBeLessThan(FIVE_MB);
    expect(fake.stats.maxResponseBytes).toBeLessThan(FIVE_MB);
    expect(fake.stats.failedSyncs).toBe(0);

    // The member list, the meeting log and the unit sheet are byte-for-byte as before.
    expect(snapshot(fake, sheets)).toEqual(before);
  }, 240000);
});
