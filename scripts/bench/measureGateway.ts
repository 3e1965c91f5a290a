/// <reference types="office-js" />
/**
 * (d) the Office.js gateway (createExcelHost) against the strict fake of the Excel API: reading every
 * register sheet, then writing the summary and the findings sheet; and the pane's whole "Kiểm tra" and
 * "Tạo báo cáo" flows (the controller over the same gateway). Counted: syncs, request and response
 * bytes, cells per sync; timed: the longest stretch of synchronous work between two turns of the event
 * loop, in two independent ways: the gap between a resumed yieldToUi and the next call to it, and the
 * event loop's own lag (perf_hooks.monitorEventLoopDelay). The fake answers a sync in a microtask, so
 * only the gateway's yields (real zero timeouts here) give the event loop a turn: every stretch counts
 * the fake's work too, which in Excel happens in another process.
 */
import { monitorEventLoopDelay } from 'perf_hooks';
import { SimpleDate } from '../../src/core/dates';
import { Grid } from '../../src/core/grid';
import { buildFindingsSheet } from '../../src/core/report/findingsSheet';
import { buildSummarySheet } from '../../src/core/report/summarySheet';
import { Analysis } from '../../src/core/analyze';
import { createExcelHost } from '../../src/hosts/excel/excelHost';
import { ExcelLike, OfficeLike } from '../../src/hosts/excel/officeApi';
import { PaneController } from '../../src/taskpane/controller';
import { createFakeExcel, FakeExcel } from '../../tests/excelFake';
import { putGrids } from '../../tests/excelFake/putGrids';
import { WorkbookState } from '../../tests/excelFake/workbookState';
import { now } from './measureEngine';

/** A yieldToUi that really yields (a zero timeout) and records the work done between two yields. */
export class YieldClock {
  yields = 0;
  longestMs = 0;
  private resumed = now();

  readonly yieldToUi = (): Promise<void> => {
    this.mark();
    this.yields++;
    return new Promise<void>((resolve) => {
      setTimeout(() => {
        this.resumed = now();
        resolve();
      }, 0);
    });
  };

  /** The work since the last resume ends here (at a yield or at the end of the measured flow). */
  mark(): void {
    const t = now();
    if (t - this.resumed > this.longestMs) this.longestMs = t - this.resumed;
  }

  start(): void {
    this.resumed = now();
  }
}

export interface SyncFigures {
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  totalBytes: number;
  maxCellsPerSync: number;
  meanCellsPerSync: number;
  failedSyncs: number;
}

export interface StepFigures extends SyncFigures {
  ms: number;
  yields: number;
  /** Longest work between two yields, by the yield clock. */
  longestStretchMs: number;
  /** The event loop's largest delay over the step, by perf_hooks. */
  maxLoopDelayMs: number;
}

function syncFigures(fake: FakeExcel): SyncFigures {
  const recs = fake.stats.records;
  let total = 0;
  let cells = 0;
  for (let i = 0; i < recs.length; i++) {
    total += recs[i].requestBytes + recs[i].responseBytes;
    cells += recs[i].cells;
  }
  return {
    syncs: fake.stats.syncs,
    maxRequestBytes: fake.stats.maxRequestBytes,
    maxResponseBytes: fake.stats.maxResponseBytes,
    totalBytes: total,
    maxCellsPerSync: fake.stats.maxCells,
    meanCellsPerSync: recs.length ? Math.round(cells / recs.length) : 0,
    failedSyncs: fake.stats.failedSyncs,
  };
}

async function step(fake: FakeExcel, clock: YieldClock, work: () => Promise<unknown>): Promise<StepFigures> {
  fake.stats.reset();
  clock.yields = 0;
  clock.longestMs = 0;
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  const t0 = now();
  clock.start();
  await work();
  clock.mark();
  const ms = now() - t0;
  lag.disable();
  return Object.assign(syncFigures(fake), {
    ms: ms,
    yields: clock.yields,
    longestStretchMs: clock.longestMs,
    maxLoopDelayMs: lag.max / 1e6,
  });
}

export interface GatewayResult {
  read: StepFigures;
  /** Row blocks the read took: syncs - 1 (the sync that sizes every sheet). */
  readBlocks: number;
  summary: StepFigures;
  findingsSheet: StepFigures;
}

function fakeWith(grids: Grid[]): FakeExcel {
  return createFakeExcel({ apiVersion: '1.17', state: putGrids(new WorkbookState(), grids) });
}

/** The gateway alone: read the registers, write the summary, write the findings sheet. */
export async function measureGateway(grids: Grid[], analysis: Analysis): Promise<GatewayResult> {
  const fake = fakeWith(grids);
  const clock = new YieldClock();
  const host = createExcelHost({ excel: fake.Excel as unknown as ExcelLike, office: fake.Office as unknown as OfficeLike, yieldToUi: clock.yieldToUi });
  const names = grids.map((g) => g.sheet);
  const read = await step(fake, clock, () => host.readGrids(names));
  const summaryModel = buildSummarySheet({ dataset: analysis.dataset, figures: analysis.figures, ctx: analysis.ctx });
  const summary = await step(fake, clock, () => host.writeSheet(summaryModel));
  const findingsModel = buildFindingsSheet(analysis.findings);
  const findingsSheet = await step(fake, clock, () => host.writeSheet(findingsModel));
  return { read: read, readBlocks: read.syncs - 1, summary: summary, findingsSheet: findingsSheet };
}

export interface PaneResult {
  check: StepFigures;
  report: StepFigures;
  findings: number;
}

/** The pane's "Kiểm tra" then "Tạo báo cáo", as a user clicks them, on the fake. */
export async function measurePane(grids: Grid[], today: SimpleDate): Promise<PaneResult> {
  const fake = fakeWith(grids);
  const clock = new YieldClock();
  const host = createExcelHost({ excel: fake.Excel as unknown as ExcelLike, office: fake.Office as unknown as OfficeLike, yieldToUi: clock.yieldToUi });
  const pane = new PaneController(host, { today: () => today, yieldToUi: clock.yieldToUi });
  await pane.start();
  const check = await step(fake, clock, () => pane.check());
  const report = await step(fake, clock, () => pane.generateReport());
  return { check: check, report: report, findings: pane.state.findings ? pane.state.findings.total : 0 };
}
