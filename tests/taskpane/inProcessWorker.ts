/**
 * A Worker in the same process, for the tests and the bench: the messages go through the real
 * AnalysisService (what dist/analysisWorker.js runs), each copied as a browser copies it (V8's
 * serializer, which Chromium's postMessage uses), each delivered in a task of its own. The pane's side
 * pays for serializing what it posts and deserializing what it receives, as in a browser; the Worker's
 * side (its deserializing, its work, its serializing) is timed apart (`workerMs`), since in a browser
 * it runs on another thread.
 */
import * as v8 from 'v8';
import { AnalysisService } from '../../src/taskpane/analysisService';
import { WorkerReply, WorkerRequest } from '../../src/taskpane/analysisWire';
import { WorkerLike } from '../../src/taskpane/workerAnalysisRunner';

export interface InProcessWorkerOptions {
  /** Check that every message is plain data (no Map, Set or class instance), as IE11 can copy it. */
  plainOnly?: boolean;
  /** Fail at start (as a missing worker file does): an error event and no "ready". */
  failAtStart?: boolean;
  /** Each request waits this long in the Worker before it is handled (a slow analysis). */
  delayMs?: number;
  /** Called with the time the Worker's side of each message took. */
  onWorkerTime?: (ms: number) => void;
}

function isPlain(v: unknown, depth: number): boolean {
  if (v === null || typeof v !== 'object') return typeof v !== 'function' && typeof v !== 'symbol';
  if (depth > 40) return true;
  const proto = Object.getPrototypeOf(v);
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (!isPlain(v[i], depth + 1)) return false;
    return true;
  }
  // A plain object of any realm (what v8.deserialize makes lives outside Jest's sandbox).
  if (proto !== null && (Object.getPrototypeOf(proto) !== null || Object.prototype.toString.call(v) !== '[object Object]')) return false;
  for (const k in v as object) if (!isPlain((v as { [k: string]: unknown })[k], depth + 1)) return false;
  return true;
}

function now(): number {
  const t = process.hrtime();
  return t[0] * 1e3 + t[1] / 1e6;
}

export class InProcessWorker implements WorkerLike {
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  terminated = false;
  /** The kinds of the messages posted to the Worker ("grids", "rows", "analyze"…), in order. */
  readonly posted: string[] = [];
  /** Bytes of the serialized messages, both ways. */
  bytes = 0;
  /** The pane's side of the copies: serializing what it posts, deserializing what it receives (total, and the longest one). */
  paneCopyMs = 0;
  paneCopyMaxMs = 0;
  /** Messages both ways. */
  messages = 0;
  private readonly service: AnalysisService;

  constructor(private readonly opts: InProcessWorkerOptions = {}) {
    const self = this;
    this.service = new AnalysisService(function (reply: WorkerReply) {
      self.reply(reply);
    });
    setTimeout(function () {
      if (self.terminated) return;
      if (opts.failAtStart) {
        if (self.onerror) self.onerror({ message: 'failed to load' });
      } else self.reply({ t: 'ready' });
    }, 0);
  }

  postMessage(message: unknown): void {
    if (this.terminated) return;
    if (this.opts.plainOnly && !isPlain(message, 0)) throw new Error('not plain data: ' + JSON.stringify(message).slice(0, 200));
    const t0 = now();
    const wire = v8.serialize(message);
    this.paneCopy(now() - t0);
    this.bytes += wire.length;
    this.messages++;
    const msg = message as WorkerRequest;
    this.posted.push(msg.t);
    const self = this;
    setTimeout(function () {
      if (self.terminated || self.opts.failAtStart) return;
      const t0 = now();
      const copy = v8.deserialize(wire) as WorkerRequest;
      try {
        self.service.handle(copy);
      } finally {
        if (self.opts.onWorkerTime) self.opts.onWorkerTime(now() - t0);
      }
    }, this.opts.delayMs || 0);
  }

  private paneCopy(ms: number): void {
    this.paneCopyMs += ms;
    if (ms > this.paneCopyMaxMs) this.paneCopyMaxMs = ms;
  }

  terminate(): void {
    this.terminated = true;
  }

  /** Called on the Worker's side: serialize there, deserialize on the pane's side in a task of its own. */
  private reply(reply: WorkerReply): void {
    if (this.opts.plainOnly && !isPlain(reply, 0)) throw new Error('reply not plain data: ' + reply.t);
    // Timed with the request being handled (replies are posted from within it).
    const wire = v8.serialize(reply);
    this.bytes += wire.length;
    this.messages++;
    const self = this;
    setTimeout(function () {
      if (self.terminated || !self.onmessage) return;
      const t0 = now();
      const data = v8.deserialize(wire);
      self.paneCopy(now() - t0);
      self.onmessage({ data: data });
    }, 0);
  }
}
