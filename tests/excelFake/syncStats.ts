/** What each context.sync() carried: request and response bytes, cells, operations; and the limits Excel on the web enforces. */
export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  /** Cells whose values, formulas or number formats were read or written as arrays. */
  cells: number;
  operations: number;
  /** The error code when the sync failed. */
  failed: string | null;
}

export interface FakeLimits {
  requestBytes: number;
  responseBytes: number;
  cells: number;
}

/** 5 MB per request and per response (Excel on the web), 5,000,000 cells per read. */
export const EXCEL_LIMITS: FakeLimits = { requestBytes: 5000000, responseBytes: 5000000, cells: 5000000 };

export class SyncStats {
  records: SyncRecord[] = [];

  get syncs(): number {
    return this.records.length;
  }

  get failedSyncs(): number {
    return this.records.filter(function (r) {
      return r.failed !== null;
    }).length;
  }

  private max(key: 'requestBytes' | 'responseBytes' | 'cells'): number {
    let m = 0;
    for (let i = 0; i < this.records.length; i++) if (this.records[i][key] > m) m = this.records[i][key];
    return m;
  }

  get maxRequestBytes(): number {
    return this.max('requestBytes');
  }

  get maxResponseBytes(): number {
    return this.max('responseBytes');
  }

  get maxCells(): number {
    return this.max('cells');
  }

  reset(): void {
    this.records = [];
  }
}
