/**
 * The analysis in a Worker (dist/analysisWorker.js), off the thread that draws the pane and talks to
 * Excel: the grids go to the Worker in slices with a yield after each, the Worker keeps them (and applies
 * fixes to its copy), analyses, builds the report's sheets, and answers with only what the pane needs.
 *
 * "Hủy" ends the Worker (terminate); the next action starts a fresh one and sends the grids again. A
 * Worker that cannot start (no Worker in the browser, the file missing, blocked) is not tried again: the
 * analysis runs on the pane's thread from then on, with the same results. An error inside the Worker
 * reaches the pane as it would have been thrown there (a HostError keeps its Vietnamese message, anything
 * else becomes the general message).
 */
import { AnalyzeOptions } from '../core/analyze';
import { Grid } from '../core/grid';
import { CancelledError, CancelToken, HostError } from '../hosts/workbookHost';
import { AnalysisRunner, GridsDelta, InThreadAnalysisRunner } from './analysisRunner';
import { gridMessages, PartsCollector, withFixGroupFindings, WorkerReply, WorkerRequest } from './analysisWire';
import { PaneAnalysis, ReportModels, ReportRequest } from './paneAnalysis';

/** What the runner uses of a Worker (tests give an in-process one). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onerror: ((ev: unknown) => void) | null;
  terminate(): void;
}

export interface WorkerRunnerOptions {
  /** Starts a Worker; may throw (no Worker, blocked). */
  createWorker: () => WorkerLike;
  /** Between two slices of grids sent (default: a zero timeout). */
  yieldToUi?: () => Promise<void>;
  /** Cells per message of rows (default SLICE_CELLS). */
  sliceCells?: number;
  /** A Worker that has not said "ready" after this long never started (default 20 s). */
  startTimeoutMs?: number;
}

/** The Worker did not start: run on the pane's thread instead. */
class StartFailure extends Error {
  constructor() {
    super('The analysis worker did not start.');
    Object.setPrototypeOf(this, StartFailure.prototype);
  }
}

/** How often a pending answer looks at "Hủy". */
const CANCEL_POLL_MS = 50;

function zeroTimeout(): Promise<void> {
  return new Promise<void>(function (resolve) {
    setTimeout(resolve, 0);
  });
}

function errorOf(reply: { name: string; message: string }): Error {
  if (reply.name === 'HostError') return new HostError(reply.message);
  if (reply.name === 'CancelledError') return new CancelledError();
  return new Error(reply.message);
}

interface Pending {
  id: number;
  parts: PartsCollector;
  resolve: (reply: WorkerReply) => void;
  reject: (e: unknown) => void;
}

interface Asked {
  grids: Grid[];
  options: AnalyzeOptions;
}

export class WorkerAnalysisRunner implements AnalysisRunner {
  private readonly yieldToUi: () => Promise<void>;
  private readonly inThread: InThreadAnalysisRunner;
  private worker: WorkerLike | null = null;
  private started = false;
  private startTimer: ReturnType<typeof setTimeout> | null = null;
  /** A Worker could not start: the pane's thread from now on. */
  private broken = false;
  /** The grids the live Worker holds. */
  private held: Grid[] | null = null;
  /** The last analysis asked for, and the one the live Worker holds (the same object when it is current). */
  private asked: Asked | null = null;
  private analysed: Asked | null = null;
  /** Where the last analysis ran. */
  private ranInThread = false;
  private pending: Pending | null = null;
  private nextId = 1;
  /** The last Worker lost had not said "ready" yet. */
  private lostBeforeStart = false;
  /** Workers started so far (tests and the e2e check read it). */
  workersStarted = 0;

  constructor(private readonly opts: WorkerRunnerOptions) {
    this.yieldToUi = opts.yieldToUi || zeroTimeout;
    this.inThread = new InThreadAnalysisRunner(this.yieldToUi);
  }

  /** True while the analysis runs in a Worker (false once it fell back to the pane's thread). */
  get usesWorker(): boolean {
    return !this.broken;
  }

  async analyze(grids: Grid[], options: AnalyzeOptions, cancel?: CancelToken, delta?: GridsDelta): Promise<PaneAnalysis> {
    const asked: Asked = { grids: grids, options: options };
    this.asked = asked;
    if (!this.broken) {
      try {
        await this.deliver(grids, cancel, delta);
        const reply = await this.ask({ t: 'analyze', id: this.nextId++, options: options }, cancel);
        if (reply.t !== 'analysis') throw new Error('Unexpected answer from the analysis worker.');
        this.analysed = asked;
        this.ranInThread = false;
        return withFixGroupFindings(reply.result);
      } catch (e) {
        if (!(e instanceof StartFailure)) throw e;
        this.broken = true;
      }
    }
    this.ranInThread = true;
    return this.inThread.analyze(grids, options, cancel);
  }

  async report(request: ReportRequest, cancel?: CancelToken): Promise<ReportModels> {
    const asked = this.asked;
    if (!asked) throw new Error('No analysis to report on.');
    if (!this.broken && !this.ranInThread) {
      try {
        if (!this.worker || this.analysed !== asked) {
          // The Worker that held the analysis is gone (cancelled or failed since): a fresh one redoes it.
          await this.deliver(asked.grids, cancel);
          const again = await this.ask({ t: 'analyze', id: this.nextId++, options: asked.options }, cancel);
          if (again.t !== 'analysis') throw new Error('Unexpected answer from the analysis worker.');
          this.analysed = asked;
        }
        const reply = await this.ask({ t: 'report', id: this.nextId++, request: request }, cancel);
        if (reply.t !== 'report') throw new Error('Unexpected answer from the analysis worker.');
        return reply.result;
      } catch (e) {
        if (!(e instanceof StartFailure)) throw e;
        this.broken = true;
        await this.inThread.analyze(asked.grids, asked.options, cancel);
      }
    }
    return this.inThread.report(request, cancel);
  }

  /** End the Worker (if any); the next request starts a fresh one. */
  terminate(): void {
    const w = this.worker;
    this.worker = null;
    this.started = false;
    this.held = null;
    this.analysed = null;
    if (this.startTimer !== null) clearTimeout(this.startTimer);
    this.startTimer = null;
    if (w) {
      w.onmessage = null;
      w.onerror = null;
      w.terminate();
    }
  }

  // ---- plumbing ------------------------------------------------------------------------------

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    let w: WorkerLike;
    try {
      w = this.opts.createWorker();
    } catch (e) {
      throw new StartFailure();
    }
    this.workersStarted++;
    this.worker = w;
    this.started = false;
    const self = this;
    w.onmessage = function (ev) {
      self.received(w, ev.data as WorkerReply);
    };
    w.onerror = function (ev) {
      const prevent = ev && (ev as { preventDefault?: () => void }).preventDefault;
      if (typeof prevent === 'function') prevent.call(ev);
      self.failed(w);
    };
    this.startTimer = setTimeout(function () {
      if (self.worker === w && !self.started) self.failed(w);
    }, this.opts.startTimeoutMs || 20000);
    return w;
  }

  private received(w: WorkerLike, reply: WorkerReply): void {
    if (w !== this.worker) return;
    if (reply.t === 'ready') {
      this.started = true;
      if (this.startTimer !== null) clearTimeout(this.startTimer);
      this.startTimer = null;
      return;
    }
    const p = this.pending;
    if (!p || reply.id !== p.id) return;
    if (reply.t === 'part') p.parts.add(reply.path, reply.items);
    else if (reply.t === 'error') p.reject(errorOf(reply));
    else {
      p.parts.complete(reply.result);
      p.resolve(reply);
    }
  }

  /** The Worker failed: before "ready" it never started; after, it crashed (out of memory…). */
  private failed(w: WorkerLike): void {
    if (w !== this.worker) return;
    const neverStarted = !this.started;
    this.lostBeforeStart = neverStarted;
    this.terminate();
    const p = this.pending;
    if (p) p.reject(this.lostError());
  }

  /** Make the live Worker hold `grids`: nothing when it does, the writes when it holds `delta.from`, else all of them in slices. */
  private async deliver(grids: Grid[], cancel: CancelToken | undefined, delta?: GridsDelta): Promise<void> {
    const w = this.ensureWorker();
    if (this.held === grids) return;
    if (delta && this.held === delta.from) {
      w.postMessage({ t: 'writes', writes: delta.writes } as WorkerRequest);
      this.held = grids;
      return;
    }
    this.held = null;
    const messages = gridMessages(grids, this.opts.sliceCells);
    for (let i = 0; i < messages.length; i++) {
      if (cancel && cancel.cancelled) {
        this.terminate();
        throw new CancelledError();
      }
      if (this.worker !== w) throw this.lostError();
      w.postMessage(messages[i]);
      await this.yieldToUi();
    }
    if (this.worker !== w) throw this.lostError();
    this.held = grids;
  }

  private lostError(): Error {
    return this.lostBeforeStart ? new StartFailure() : new Error('The analysis worker stopped.');
  }

  /** Post a request and wait for its answer; "Hủy" ends the Worker and rejects with CancelledError. */
  private ask(msg: WorkerRequest & { id: number }, cancel: CancelToken | undefined): Promise<WorkerReply> {
    const self = this;
    const w = this.worker;
    if (!w) return Promise.reject(this.lostError());
    return new Promise<WorkerReply>(function (resolve, reject) {
      let poll: ReturnType<typeof setTimeout> | null = null;
      function done(): void {
        if (poll !== null) clearTimeout(poll);
        poll = null;
        if (self.pending && self.pending.id === msg.id) self.pending = null;
      }
      self.pending = {
        id: msg.id,
        parts: new PartsCollector(),
        resolve: function (r) {
          done();
          resolve(r);
        },
        reject: function (e) {
          done();
          reject(e);
        },
      };
      if (cancel) {
        const look = function (): void {
          if (!self.pending || self.pending.id !== msg.id) return;
          if (cancel.cancelled) {
            const p = self.pending;
            self.terminate();
            p.reject(new CancelledError());
            return;
          }
          poll = setTimeout(look, CANCEL_POLL_MS);
        };
        poll = setTimeout(look, CANCEL_POLL_MS);
      }
      w.postMessage(msg);
    });
  }
}

/** The pane's runner in a browser: a Worker from dist/analysisWorker.js when the browser has Workers, else none (in-thread). */
export function browserAnalysisRunner(): AnalysisRunner | undefined {
  if (typeof Worker === 'undefined') return undefined;
  return new WorkerAnalysisRunner({
    createWorker: function () {
      return new Worker('analysisWorker.js') as unknown as WorkerLike;
    },
  });
}
