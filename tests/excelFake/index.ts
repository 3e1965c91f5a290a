/**
 * A strict in-memory fake of the Excel JavaScript API subset the add-in uses, shaped like the real one:
 * `Excel.run(batch)` with a RequestContext, `Office.context.requirements` and document settings. It is
 * strict where Excel is: unloaded properties throw PropertyNotLoaded, writes apply only at sync, members
 * above the configured ExcelApi version throw ApiNotFound, and requests or responses over Excel on the
 * web's limits throw RequestPayloadSizeLimitExceeded. No Node-only APIs, so it can run in a browser page.
 */
import { FakeRequestContext } from './requestContext';
import { createFakeOffice, FakeOffice } from './office';
import { EXCEL_LIMITS, FakeLimits, SyncStats } from './syncStats';
import { FakeWorkbook } from './workbook';
import { WorkbookState } from './workbookState';

export interface FakeExcelOptions {
  /** ExcelApi version of the fake host, e.g. "1.1" (Excel 2016 volume licence) or "1.17". Default "1.17". */
  apiVersion?: string;
  state?: WorkbookState;
  limits?: Partial<FakeLimits>;
}

export interface FakeExcelGlobal {
  run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
}

export interface FakeExcel {
  Excel: FakeExcelGlobal;
  Office: FakeOffice;
  state: WorkbookState;
  stats: SyncStats;
  apiVersion: string;
  /** Excel.run calls made so far. */
  runs: number;
  /** Batches that ended with statements never synced (Excel.run sent them): a gateway should sync itself. */
  flushedByRun: number;
}

export function createFakeExcel(options?: FakeExcelOptions): FakeExcel {
  const o = options || {};
  const state = o.state || new WorkbookState();
  const apiVersion = o.apiVersion || '1.17';
  const stats = new SyncStats();
  const limits: FakeLimits = Object.assign({}, EXCEL_LIMITS, o.limits || {});
  const fake: FakeExcel = {
    Excel: {
      run: function <T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
        fake.runs++;
        const ctx = new FakeRequestContext({ state: state, apiVersion: apiVersion, limits: limits, stats: stats }, function (c) {
          return new FakeWorkbook(c);
        });
        let p: Promise<T>;
        try {
          p = Promise.resolve(batch(ctx));
        } catch (e) {
          ctx.close();
          return Promise.reject(e);
        }
        return p.then(
          function (result) {
            // Excel.run sends what is still queued when the batch ends.
            if (ctx.pendingOperations > 0) fake.flushedByRun++;
            const flush = ctx.pendingOperations > 0 ? ctx.sync() : Promise.resolve();
            return flush.then(
              function () {
                ctx.close();
                return result;
              },
              function (e) {
                ctx.close();
                throw e;
              },
            );
          },
          function (e) {
            ctx.close();
            throw e;
          },
        );
      },
    },
    Office: createFakeOffice(state, apiVersion),
    state: state,
    stats: stats,
    apiVersion: apiVersion,
    runs: 0,
    flushedByRun: 0,
  };
  return fake;
}

export { FakeOfficeError } from './errors';
export { WorkbookState, SheetState, canonicalJson } from './workbookState';
export { SyncStats, EXCEL_LIMITS } from './syncStats';
export type { FakeRequestContext } from './requestContext';
