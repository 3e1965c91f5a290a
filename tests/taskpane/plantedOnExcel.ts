/**
 * The planted registers (tests/core/fixes/plantedRegisters.ts) in the fake Excel workbook as an office
 * would have typed them: the TCVN3 cells B9 and J12 in the .VnTime font, J52 in bold, J59 a formula whose
 * result is "Thạc sỹ", the two-digit years typed as text with an apostrophe (D11 in a date-formatted
 * cell, D13 in a General one), and the gateway and a pane controller over it.
 */
import { createExcelHost } from '../../src/hosts/excel/excelHost';
import { WorkbookHost } from '../../src/hosts/workbookHost';
import { PaneController } from '../../src/taskpane/controller';
import { MEMBERS, plantedRegisters, TODAY } from '../core/fixes/plantedRegisters';
import { putGrids } from '../excel/workbookFixtures';
import { createFakeExcel, FakeExcel, WorkbookState } from '../excelFake';
import { copyFormat } from '../excelFake/cellFormat';

export { MEMBERS, TODAY };

/** The name at B9 before it was typed in TCVN3. */
export function plantedName9(): string {
  return plantedRegisters().name9;
}

export function plantedState(): WorkbookState {
  const p = plantedRegisters();
  const state = putGrids(new WorkbookState(), p.grids);
  const m = state.sheetByName(MEMBERS)!;
  const font = function (r: number, c: number, name: string): void {
    const f = copyFormat(undefined);
    f.fontName = name;
    m.ensure(r, c).fmt = f;
  };
  font(9, 2, '.VnTime');
  font(12, 10, '.VnTime');
  const bold = copyFormat(undefined);
  bold.bold = true;
  m.ensure(52, 10).fmt = bold;
  const j59 = m.ensure(59, 10);
  j59.f = '="Thạc sỹ"';
  const d11 = m.ensure(11, 4);
  d11.nf = 'dd/mm/yyyy';
  d11.q = true;
  m.ensure(13, 4).q = true;
  return state;
}

export interface PaneOnFake {
  fake: FakeExcel;
  host: WorkbookHost;
  pane: PaneController;
}

export function paneOnFake(state: WorkbookState, apiVersion: string): PaneOnFake {
  const fake = createFakeExcel({ apiVersion: apiVersion, state: state });
  const host = createExcelHost({ excel: fake.Excel, office: fake.Office, yieldToUi: () => Promise.resolve() });
  const pane = new PaneController(host, { today: () => ({ y: TODAY.y, m: TODAY.m, d: TODAY.d }), yieldToUi: () => Promise.resolve() });
  return { fake: fake, host: host, pane: pane };
}

/** Every sheet of the workbook, serialised, in tab order. */
export function everySheet(state: WorkbookState): string[] {
  return state.sheets.map((s) => state.serializeSheet(s.name));
}
