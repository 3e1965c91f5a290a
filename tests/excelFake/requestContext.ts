/**
 * Excel.RequestContext: operations queue on the client and reach the workbook only at context.sync(),
 * in order. Each sync is measured (request bytes: the JSON of the queued statements including written
 * arrays; response bytes: the JSON of loaded values; cells read or written as arrays) and refused with
 * RequestPayloadSizeLimitExceeded above Excel on the web's limits. Loaded values reach the proxies only
 * when the whole sync succeeded. After Excel.run ends, the context and its objects are dead.
 */
import type { FakeClientObject } from './clientObject';
import { FakeOfficeError } from './errors';
import { jsonBytes } from './jsonBytes';
import { FakeLimits, SyncRecord, SyncStats } from './syncStats';
import type { FakeWorkbook } from './workbook';
import { WorkbookState } from './workbookState';

export interface OpOutcome {
  /** What travels back (loaded values), measured as JSON. */
  payload?: unknown;
  cells?: number;
  /** Applied to the proxies once the whole sync succeeded. */
  commit?: () => void;
}

export interface QueuedOp {
  /** The statement as it travels to Excel (measured as JSON at sync time). */
  request: unknown;
  /** Cells written as arrays by this statement. */
  cells: number;
  location: string;
  run: () => OpOutcome | void;
}

export interface FakeEnv {
  state: WorkbookState;
  apiVersion: string;
  limits: FakeLimits;
  stats: SyncStats;
}

function limitError(what: string, size: number, limit: number): FakeOfficeError {
  return new FakeOfficeError(
    'RequestPayloadSizeLimitExceeded',
    'The request payload size has exceeded the limit. (' + what + ': ' + size + ' > ' + limit + ')',
    'RequestContext.sync',
  );
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  private queue: QueuedOp[] = [];
  private fresh: FakeClientObject<unknown>[] = [];
  private closed = false;
  private current: SyncRecord | null = null;

  constructor(readonly env: FakeEnv, makeWorkbook: (ctx: FakeRequestContext) => FakeWorkbook) {
    this.workbook = makeWorkbook(this);
  }

  get apiVersion(): string {
    return this.env.apiVersion;
  }

  get state(): WorkbookState {
    return this.env.state;
  }

  get pendingOperations(): number {
    return this.queue.length;
  }

  ensureOpen(where: string): void {
    if (this.closed) {
      throw new FakeOfficeError('InvalidObjectPath', 'The object path is not valid: the request context ended with its Excel.run.', where);
    }
  }

  enqueue(op: QueuedOp): void {
    this.ensureOpen(op.location);
    this.queue.push(op);
  }

  /** Every proxy registers itself: its isNullObject is known after the next sync. */
  created(obj: FakeClientObject<unknown>): void {
    this.fresh.push(obj);
  }

  sync(): Promise<void> {
    try {
      this.ensureOpen('RequestContext.sync');
      this.runSync();
    } catch (e) {
      return Promise.reject(e);
    }
    return Promise.resolve();
  }

  private runSync(): void {
    const ops = this.queue;
    const fresh = this.fresh;
    this.queue = [];
    this.fresh = [];
    const limits = this.env.limits;
    let requestBytes = 2;
    let cells = 0;
    for (let i = 0; i < ops.length; i++) {
      requestBytes += jsonBytes(ops[i].request) + 1;
      cells += ops[i].cells;
    }
    const record: SyncRecord = { requestBytes: requestBytes, responseBytes: 2, cells: cells, operations: ops.length, failed: null };
    this.env.stats.records.push(record);
    this.current = record;
    try {
      if (requestBytes > limits.requestBytes) throw limitError('request bytes', requestBytes, limits.requestBytes);
      if (cells > limits.cells) throw limitError('cells', cells, limits.cells);
      const commits: (() => void)[] = [];
      for (let i = 0; i < ops.length; i++) {
        const out = ops[i].run();
        if (!out) continue;
        if (out.payload !== undefined) record.responseBytes += jsonBytes(out.payload) + 1;
        if (out.cells) record.cells += out.cells;
        if (out.commit) commits.push(out.commit);
        if (record.responseBytes > limits.responseBytes) throw limitError('response bytes', record.responseBytes, limits.responseBytes);
        if (record.cells > limits.cells) throw limitError('cells', record.cells, limits.cells);
      }
      for (let i = 0; i < fresh.length; i++) fresh[i]._settleNullState();
      for (let i = 0; i < commits.length; i++) commits[i]();
    } catch (e) {
      // Anything other than an Office error is a bug of the fake itself: let it surface as it is.
      record.failed = e instanceof FakeOfficeError ? e.code : 'FakeBug';
      throw e;
    } finally {
      this.current = null;
    }
  }

  /** Count cells a statement is about to read, refusing before the values are built when over the limit. */
  chargeCells(n: number): void {
    if (!this.current) return;
    this.current.cells += n;
    if (this.current.cells > this.env.limits.cells) throw limitError('cells', this.current.cells, this.env.limits.cells);
  }

  close(): void {
    this.closed = true;
  }
}
