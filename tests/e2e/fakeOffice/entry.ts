/**
 * Served in place of office-js/office.js in the e2e tests: a fake `Office` (onReady says Excel) and
 * `Excel` (Excel.run over the strict fake of tests/excelFake) holding one of the workbooks of
 * journeyWorkbook.ts, chosen by `window.__excelFakeOptions` (set by the test before the page loads).
 * The test reads the fake's state through `window.__excelFake`: cell values, the selection, the sheets.
 */
import { colLetters, parseLocal } from '../../excelFake/a1';
import { createFakeExcel, WorkbookState } from '../../excelFake';
import { putGrids } from '../../excelFake/putGrids';
import { workbookGrids, WorkbookName } from './journeyWorkbook';

interface FakeOptions {
  workbook?: WorkbookName;
  apiVersion?: string;
  /** Milliseconds each Excel.run waits before it starts, so that a test can see the pane at work. */
  slowMs?: number;
}

export interface ExcelFakeProbe {
  /** Names of the sheets, in tab order. */
  sheetNames(): string[];
  activeSheet(): string | null;
  /** The selected range: its sheet and A1 address ("I22", or "A1:B2"). */
  selection(): { sheet: string; address: string } | null;
  /** A cell's value (null when empty) and formula, if any. */
  cell(sheet: string, address: string): { value: string | number | boolean | null; formula: string | null } | null;
  /** Text of every non-empty cell of a sheet, row by row ("A1=..."). */
  sheetText(sheet: string): string[];
  syncs(): number;
}

const w = window as unknown as {
  __excelFakeOptions?: FakeOptions;
  __excelFake?: ExcelFakeProbe;
  Office?: unknown;
  Excel?: unknown;
};

const options: FakeOptions = w.__excelFakeOptions || {};
const state = putGrids(new WorkbookState(), workbookGrids(options.workbook || 'journey'));
const fake = createFakeExcel({ apiVersion: options.apiVersion || '1.17', state: state });

const slowMs = options.slowMs || 0;
w.Excel = !slowMs
  ? fake.Excel
  : {
      run: function <T>(batch: Parameters<typeof fake.Excel.run>[0]): Promise<T> {
        return new Promise<void>(function (resolve) {
          setTimeout(resolve, slowMs);
        }).then(function () {
          return fake.Excel.run(batch) as Promise<T>;
        });
      },
    };
w.Office = Object.assign(fake.Office, { HostType: { Excel: 'Excel', Word: 'Word', PowerPoint: 'PowerPoint' } });

function sheetNamed(name: string) {
  const s = state.sheetByName(name);
  if (!s) throw new Error('No sheet "' + name + '" in the fake workbook.');
  return s;
}

w.__excelFake = {
  sheetNames: function () {
    return state.sheets.map(function (s) {
      return s.name;
    });
  },
  activeSheet: function () {
    const id = state.activeSheetId;
    const s = id ? state.sheetById(id) : null;
    return s ? s.name : null;
  },
  selection: function () {
    const sel = state.selection;
    if (!sel) return null;
    const s = state.sheetById(sel.sheetId);
    const r = sel.rect;
    const first = colLetters(r.left) + r.top;
    const last = colLetters(r.right) + r.bottom;
    return { sheet: s ? s.name : '?', address: first === last ? first : first + ':' + last };
  },
  cell: function (sheet: string, address: string) {
    const r = parseLocal(address);
    const c = sheetNamed(sheet).cell(r.top, r.left);
    if (!c) return null;
    return { value: c.v === undefined ? null : c.v, formula: c.f || null };
  },
  sheetText: function (sheet: string) {
    const s = sheetNamed(sheet);
    const out: string[] = [];
    for (let r = 0; r < s.rows.length; r++) {
      const row = s.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (!cell || cell.v === null || cell.v === undefined || cell.v === '') continue;
        out.push(colLetters(c) + r + '=' + String(cell.v));
      }
    }
    return out;
  },
  syncs: function () {
    return fake.stats.syncs;
  },
};
