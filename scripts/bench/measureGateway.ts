/// <reference types="office-js" />
/**
 * (d) the Office.js gateway (createExcelHost) against the strict fake of the Excel API: reading every
 * register sheet, then writing the summary and the findings sheet; and the pane's whole "Kiểm tra" and
 * "Tạo báo cáo" flows (the controller over the same gateway). Counted: syncs, request and response
 * bytes, cells per sync; timed: the longest stretch of synchronous work between two turns of the event
 * loop, in two independent ways: the gap between a resumed yieldToUi and the next call to it, and the
 * event loop's own lag (perf_hooks.monitorEventLoopDelay). The fake answers a sync in a microtask, so
 * only the gateway's yields (real zero timeouts here) give the event loop a turn, and every stretch
 * holds the fake's work too, which in Excel happens in Excel's own process while the pane waits. So the
 * time inside the fake's context.sync() is clocked apart: "own" stretches are the pane's and the
 * gateway's work alone.
 *
 * The pane's flows run twice: with the analysis on the pane's thread (the in-thread runner), and with
 * it in a Worker, here in-process (tests/taskpane/inProcessWorker.ts: the real Worker code, messages
 * copied with V8's serializer as Chromium does): the Worker's side is clocked apart like the fake's, so
 * the "own" stretch is what the pane's thread would do; the lag monitor sees both threads' work in one.
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
import { WorkerAnalysisRunner } from '../../src/taskpane/workerAnalysisRunner';
import { InProcessWorker } from '../../tests/taskpane/inProcessWorker';
import { createFakeExcel, FakeExcel } from '../../tests/excelFake';
import { putGrids } from '../../tests/excelFake/putGrids';
import { WorkbookState } from '../../tests/excelFake/workbookState';
import { FakeRequestContext } from '../../tests/excelFake/requestContext';
import { now } from './measureEngine';

/** A yieldToUi that really yields (a zero timeout) and records the work done between two yields. */
export class YieldClock {
  yields = 0;
  longestMs = 0;
  /** The longest stretch less the time spent inside the fake's sync (Excel's side). */
  longestOwnMs = 0;
  /** Time inside the fake's context.sync() since the last resume. */
  inFakeMs = 0;
  /** Time on the (in-process) Worker's side since the last resume. */
  inWorkerMs = 0;
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
    const own = t - this.resumed - this.inFakeMs - this.inWorkerMs;
    if (own > this.longestOwnMs) this.longestOwnMs = own;
    this.inFakeMs = 0;
    this.inWorkerMs = 0;
  }

  start(): void {
    this.resumed = now();
    this.inFakeMs = 0;
    this.inWorkerMs = 0;
  }
}

/** The clock that the fake's context.sync() reports its time to (one measured flow at a time). */
let activeClock: YieldClock | null = null;
const fakeSync = FakeRequestContext.prototype.sync;
FakeRequestContext.prototype.sync = function (this: FakeRequestContext): Promise<void> {
  const t = now();
  try {
    return fakeSync.call(this);
  } finally {
    if (activeClock) activeClock.inFakeMs += now() - t;
  }
};

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
  /** Longest work between two yields, by the yield clock, the fake's work included. */
  longestStretchMs: number;
  /** The same without the time inside the fake's sync: the pane's and the gateway's own work. */
  longestOwnStretchMs: number;
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
  clock.longestOwnMs = 0;
  activeClock = clock;
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  const t0 = now();
  clock.start();
  await work();
  clock.mark();
  const ms = now() - t0;
  // The lag monitor learns of a blocked loop when its own timer fires after it: give it that turn,
  // or a flow that ends with long work (the pane's analyze) would go unseen.
  await new Promise((resolve) => setTimeout(resolve, 30));
  lag.disable();
  activeClock = null;
  return Object.assign(syncFigures(fake), {
    ms: ms,
    yields: clock.yields,
    longestStretchMs: clock.longestMs,
    longestOwnStretchMs: clock.longestOwnMs,
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

/** The messages between the pane and its Worker over one flow. */
export interface MessageFigures {
  messages: number;
  bytes: number;
  /** The pane's side of the copies (serializing posts, deserializing answers): total and the longest one. */
  paneCopyMs: number;
  paneCopyMaxMs: number;
  /** The Worker's side: its copies and its work (the analysis, the sheet models). */
  workerMs: number;
}

export interface PaneResult {
  /** Where the analysis ran. */
  mode: PaneMode;
  check: StepFigures;
  report: StepFigures;
  findings: number;
  /** With a Worker: the messages of each flow. */
  checkMessages: MessageFigures | null;
  reportMessages: MessageFigures | null;
}

export type PaneMode = 'thread' | 'worker';

/** The pane's "Kiểm tra" then "Tạo báo cáo", as a user clicks them, on the fake; the analysis on the pane's thread or in a Worker. */
export async function measurePane(grids: Grid[], today: SimpleDate, mode: PaneMode = 'thread'): Promise<PaneResult> {
  const fake = fakeWith(grids);
  const clock = new YieldClock();
  const host = createExcelHost({ excel: fake.Excel as unknown as ExcelLike, office: fake.Office as unknown as OfficeLike, yieldToUi: clock.yieldToUi });
  let worker: InProcessWorker | null = null;
  let workerMs = 0;
  const runner =
    mode === 'worker'
      ? new WorkerAnalysisRunner({
          createWorker: () => {
            worker = new InProcessWorker({
              onWorkerTime: (ms) => {
                workerMs += ms;
                clock.inWorkerMs += ms;
              },
            });
            return worker;
          },
          yieldToUi: clock.yieldToUi,
        })
      : undefined;
  const pane = new PaneController(host, { today: () => today, yieldToUi: clock.yieldToUi, analysisRunner: runner });
  await pane.start();
  const messagesOf = async (work: () => Promise<unknown>): Promise<{ step: StepFigures; messages: MessageFigures | null }> => {
    const w0 = worker as InProcessWorker | null;
    const before = w0 ? { messages: w0.messages, bytes: w0.bytes, copy: w0.paneCopyMs } : null;
    if (w0) w0.paneCopyMaxMs = 0;
    workerMs = 0;
    const figures = await step(fake, clock, work);
    const w = worker as InProcessWorker | null;
    if (!w || !before || w !== w0) return { step: figures, messages: null };
    return {
      step: figures,
      messages: { messages: w.messages - before.messages, bytes: w.bytes - before.bytes, paneCopyMs: w.paneCopyMs - before.copy, paneCopyMaxMs: w.paneCopyMaxMs, workerMs: workerMs },
    };
  };
  const check = await messagesOf(() => pane.check());
  const report = await messagesOf(() => pane.generateReport());
  return {
    mode: mode,
    check: check.step,
    report: report.step,
    findings: pane.state.findings ? pane.state.findings.total : 0,
    checkMessages: check.messages,
    reportMessages: report.messages,
  };
}
