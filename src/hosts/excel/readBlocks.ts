/**
 * Row blocks for reading a used range: each block is one context.sync(), its response kept well under
 * Excel on the web's 5 MB and its cells well under 5,000,000. The first block's size comes from the
 * column count and a generous guess of bytes per cell; later blocks from the largest bytes per row
 * measured so far. A block that still overflows is halved and read again.
 */
export interface ReadBudget {
  /** Bytes a block's response may carry (values and number formats, as UTF-8 JSON). */
  bytes: number;
  /** Cells a block may read. */
  cells: number;
  /** Bytes per cell assumed for the first block, before anything was measured. */
  firstCellBytes: number;
}

/** 1 MB and 500,000 cells per block: a fifth and a tenth of Excel's limits. */
export const READ_BUDGET: ReadBudget = { bytes: 1000000, cells: 500000, firstCellBytes: 200 };

export class RowBlocks {
  /** Rows already read. */
  offset = 0;
  private bytesPerRow = 0;

  constructor(
    private readonly totalRows: number,
    private readonly columns: number,
    private readonly budget: ReadBudget,
  ) {}

  done(): boolean {
    return this.offset >= this.totalRows;
  }

  /** Rows of the next block. */
  nextSize(): number {
    const cols = Math.max(1, this.columns);
    const perRow = this.bytesPerRow > 0 ? this.bytesPerRow : cols * this.budget.firstCellBytes;
    const byBytes = Math.floor(this.budget.bytes / perRow);
    const byCells = Math.floor(this.budget.cells / cols);
    return Math.max(1, Math.min(this.totalRows - this.offset, byBytes, byCells));
  }

  /** A block of `rows` rows came back carrying `bytes`. */
  advance(rows: number, bytes: number): void {
    this.offset += rows;
    if (rows > 0) this.bytesPerRow = Math.max(this.bytesPerRow, bytes / rows);
  }

  /** The size to retry with after a block of `rows` was refused as too large; 0 when a single row was refused. */
  shrink(rows: number): number {
    return Math.floor(rows / 2);
  }
}
