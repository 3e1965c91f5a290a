/**
 * `npm run bench` cannot rot: the generator and every measurement that runs in-process, on a register
 * of 60 members (the CLI and pandas are separate processes, left to the script). Nothing is timed.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze } from '../../src/core/analyze';
import { readWorkbookFile } from '../../src/hosts/xlsx/readWorkbook';
import { ensureRegisters } from '../../scripts/bench/generateRegisters';
import { jsonLine, runBench, table } from '../../scripts/bench/bench';
import { xlsxFloor } from '../../scripts/bench/xlsxFloor';

const TODAY = { y: 2025, m: 6, d: 30 };

describe('the bench registers', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'so-ket-bench-'));
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('are generated once, then taken from the cache, and read as the registers they claim to be', async () => {
    const first = await ensureRegisters(60, dir);
    expect(first.generated).toBe(true);
    // 60 members in chi bộ of about 20; 12 meetings per chi bộ a year over 2020–2024.
    expect(first.cells).toBe(3);
    expect(first.meetings).toBe(3 * 12 * 5);
    const again = await ensureRegisters(60, dir);
    expect(again.generated).toBe(false);
    expect(again.bytes).toBe(first.bytes);

    const read = await readWorkbookFile(first.file);
    const a = analyze(read.grids, { today: TODAY, date1904: read.date1904 });
    expect(a.dataset.members.length).toBe(60);
    expect(a.dataset.meetings.length).toBe(180);
    expect(a.ctx.period).toEqual({ from: { y: 2020, m: 1, d: 1 }, to: { y: 2024, m: 12, d: 31 } });
    expect(a.figures['cells.total']).toBe(3);
    expect(a.figures['meetings.regular']).toBe(180);
  });

  test('are measured by every in-process part of the bench, which prints a table and one JSON line', async () => {
    const lines: string[] = [];
    const r = await runBench({ sizes: [60], skip: ['cli', 'pandas'], dir: dir, today: TODAY, log: (l) => lines.push(l) });
    const f = r.sizes[0];
    expect(f.members).toBe(60);
    expect(f.meetingRows).toBe(180);
    expect(f.findings).toBeGreaterThan(0);
    expect(f.exceljsLoadMs).toBeGreaterThan(0);
    expect(f.engineMs).toBeGreaterThan(0);
    expect(f.cli).toBeNull();
    expect(f.pandas).toBeNull();
    expect(f.failures).toEqual([]);
    // The gateway read the three sheets in one sizing sync and one block each, within Excel's limits.
    expect(f.gateway!.read.syncs).toBe(1 + f.gateway!.readBlocks);
    expect(f.gateway!.readBlocks).toBe(3);
    expect(f.gateway!.read.maxResponseBytes).toBeLessThan(5000000);
    expect(f.gateway!.summary.syncs).toBe(2);
    expect(f.pane!.findings).toBe(f.findings);
    // With a Worker: the same findings; the pane sent the grids and got answers, and the syncs did not change.
    expect(f.paneWorker!.findings).toBe(f.findings);
    expect(f.paneWorker!.check.syncs).toBe(f.pane!.check.syncs);
    expect(f.paneWorker!.report.syncs).toBe(f.pane!.report.syncs);
    expect(f.paneWorker!.checkMessages!.messages).toBeGreaterThanOrEqual(4);
    expect(f.paneWorker!.reportMessages!.bytes).toBeGreaterThan(0);
    expect(f.floor.tags).toBeGreaterThan(1000);
    expect(f.floor.tags).toBe(xlsxFloor(path.join(dir, 'so-dang-vien-60.xlsx')).tags);

    const printed = table(r);
    expect(printed).toContain('(b)/(a)');
    expect(printed).toContain('(f) pandas read_excel + counts');
    const json = JSON.parse(jsonLine(r));
    expect(json.sizes[0].members).toBe(60);
    expect(json.sizes[0].gateway.read.syncs).toBe(f.gateway!.read.syncs);
  }, 120000);
});
