/**
 * Queued writes, synced in batches that stay well under Excel on the web's 5 MB per request: an
 * operation that would overflow the budget first sends what is queued. Between batches the pane gets a
 * turn, progress is reported and cancellation is checked.
 */
import { CancelToken } from '../workbookHost';
import { checkCancel } from './hostErrors';
import { RequestContextLike } from './officeApi';

export interface WriteBudget {
  /** Estimated request bytes per sync. */
  bytes: number;
  /** Cells written as arrays per sync. */
  cells: number;
}

/** 1 MB and 500,000 cells per sync: a fifth and a tenth of Excel's limits. */
export const WRITE_BUDGET: WriteBudget = { bytes: 1000000, cells: 500000 };

/** What one queued statement costs besides the values it carries (its object path and property). */
export const STATEMENT_BYTES = 200;

export interface WriteOp {
  /** Estimated request bytes. */
  bytes: number;
  /** Cells written as an array. */
  cells: number;
  /** Queues the statement(s). */
  queue(): void;
}

export class WriteBatch {
  private pendingBytes = 0;
  private pendingCells = 0;
  private pendingOps = 0;

  constructor(
    private readonly ctx: RequestContextLike,
    private readonly budget: WriteBudget,
    private readonly yieldToUi: () => Promise<void>,
    private readonly cancel: CancelToken | undefined,
  ) {}

  /** Queue `op`, sending what is queued first when `op` would not fit. */
  async add(op: WriteOp): Promise<void> {
    if (this.pendingOps > 0 && (this.pendingBytes + op.bytes > this.budget.bytes || this.pendingCells + op.cells > this.budget.cells)) {
      await this.flush();
    }
    op.queue();
    this.pendingBytes += op.bytes;
    this.pendingCells += op.cells;
    this.pendingOps++;
  }

  /** Send what is queued (nothing when the queue is empty). Cancelling drops the unsent statements. */
  async flush(): Promise<void> {
    if (this.pendingOps === 0) return;
    checkCancel(this.cancel);
    await this.ctx.sync();
    this.pendingBytes = 0;
    this.pendingCells = 0;
    this.pendingOps = 0;
    await this.yieldToUi();
  }
}
