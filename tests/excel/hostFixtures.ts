/** A fake Excel workbook holding given grids, and the gateway over it. */
import { Grid } from '../../src/core/grid';
import { createExcelHost, ExcelHostDeps } from '../../src/hosts/excel/excelHost';
import { WorkbookHost } from '../../src/hosts/workbookHost';
import { createFakeExcel, FakeExcel, WorkbookState } from '../excelFake';
import { putGrids } from './workbookFixtures';

export interface HostOnFake {
  fake: FakeExcel;
  host: WorkbookHost;
  /** Turns of the event loop the gateway gave the pane. */
  yields: () => number;
}

/** `state`: a workbook prepared by the caller, to which `grids` are added. */
export function hostOnFake(grids: Grid[], apiVersion: string, deps?: ExcelHostDeps, state?: WorkbookState): HostOnFake {
  const fake = createFakeExcel({ apiVersion: apiVersion, state: putGrids(state || new WorkbookState(), grids) });
  let yields = 0;
  const host = createExcelHost(
    Object.assign(
      {
        excel: fake.Excel,
        office: fake.Office,
        yieldToUi: function () {
          yields++;
          return Promise.resolve();
        },
      },
      deps || {},
    ),
  );
  return { fake: fake, host: host, yields: () => yields };
}

/** The serialised state of the named sheets, to compare before and after. */
export function snapshot(fake: FakeExcel, sheets: string[]): string[] {
  return sheets.map((s) => fake.state.serializeSheet(s));
}
