/**
 * The workbook behind the fake: sheets in tab order with their cells (value, formula, number format,
 * format), merges, column widths, row heights, page layout, data validations and names; the active
 * sheet and the selection; the add-in's document settings. Tests build it, run code against it and
 * compare serialised sheets before and after.
 */
import { contains, intersects, qualified, Rect } from './a1';
import { CellFormat, isDefaultFormat } from './cellFormat';
import { FakeOfficeError, invalidArgument } from './errors';

export interface CellState {
  /** '' when the cell holds nothing. */
  v: string | number | boolean;
  /** The formula, with its "=" (Excel's `formulas`). */
  f?: string;
  /** Number format; absent means "General". */
  nf?: string;
  fmt?: CellFormat;
  /** Text typed with a leading apostrophe. */
  q?: boolean;
  /** The value is an error such as #N/A. */
  err?: boolean;
}

export interface HeaderFooterState {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

export interface PageLayoutState {
  orientation: string;
  paperSize: string;
  /** Points. */
  topMargin: number;
  bottomMargin: number;
  leftMargin: number;
  rightMargin: number;
  headerMargin: number;
  footerMargin: number;
  zoom: { scale?: number | null; horizontalFitToPages?: number | null; verticalFitToPages?: number | null };
  centerHorizontally: boolean;
  centerVertically: boolean;
  printGridlines: boolean;
  headersFooters: {
    state: string;
    useSheetMargins: boolean;
    useSheetScale: boolean;
    defaultForAllPages: HeaderFooterState;
    firstPage: HeaderFooterState;
    evenPages: HeaderFooterState;
    oddPages: HeaderFooterState;
  };
}

export interface ValidationState {
  rect: Rect;
  rule: unknown;
  errorAlert: unknown;
  prompt: unknown;
  ignoreBlanks: boolean;
}

export interface NameState {
  name: string;
  /** What the name refers to; null once its sheet was deleted (#REF!). */
  ref: { sheetId: string; rect: Rect } | null;
  comment: string;
  visible: boolean;
}

/** Excel's standard column width (8.43 characters) and row height, in points. */
export const STANDARD_WIDTH = 48;
export const STANDARD_HEIGHT = 15;

function emptyHeaderFooter(): HeaderFooterState {
  return { leftHeader: '', centerHeader: '', rightHeader: '', leftFooter: '', centerFooter: '', rightFooter: '' };
}

function defaultPageLayout(): PageLayoutState {
  return {
    orientation: 'Portrait',
    paperSize: 'Letter',
    topMargin: 54,
    bottomMargin: 54,
    leftMargin: 50.4,
    rightMargin: 50.4,
    headerMargin: 21.6,
    footerMargin: 21.6,
    zoom: { scale: 100 },
    centerHorizontally: false,
    centerVertically: false,
    printGridlines: false,
    headersFooters: {
      state: 'Default',
      useSheetMargins: true,
      useSheetScale: true,
      defaultForAllPages: emptyHeaderFooter(),
      firstPage: emptyHeaderFooter(),
      evenPages: emptyHeaderFooter(),
      oddPages: emptyHeaderFooter(),
    },
  };
}

export class SheetState {
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  /** rows[r][c], 1-based; holes where nothing was ever written. */
  rows: (CellState | undefined)[][] = [];
  merges: Rect[] = [];
  columnWidths: Record<number, number> = {};
  rowHeights: Record<number, number> = {};
  pageLayout: PageLayoutState = defaultPageLayout();
  /** Rows hidden by the user or by a filter. */
  hiddenRows: number[] = [];
  /** The AutoFilter's range (header row included), null when the sheet has none. */
  autoFilter: Rect | null = null;
  /** Rows that start a printed page (manual horizontal page breaks, ExcelApi 1.9). */
  pageBreaks: number[] = [];
  validations: ValidationState[] = [];
  /** Names scoped to this sheet (ExcelApi 1.4 Worksheet.names). */
  names: NameState[] = [];

  constructor(readonly id: string, public name: string) {}

  cell(r: number, c: number): CellState | undefined {
    const row = this.rows[r];
    return row ? row[c] : undefined;
  }

  ensure(r: number, c: number): CellState {
    let row = this.rows[r];
    if (!row) row = this.rows[r] = [];
    let cell = row[c];
    if (!cell) cell = row[c] = { v: '' };
    return cell;
  }

  remove(r: number, c: number): void {
    const row = this.rows[r];
    if (row && row[c]) delete row[c];
  }

  /** Every stored cell inside `rect` (rows then columns), without visiting the empty ones. */
  eachCellIn(rect: Rect, fn: (r: number, c: number, cell: CellState) => void): void {
    const last = Math.min(rect.bottom, this.rows.length - 1);
    for (let r = rect.top; r <= last; r++) {
      const row = this.rows[r];
      if (!row) continue;
      const right = Math.min(rect.right, row.length - 1);
      for (let c = rect.left; c <= right; c++) {
        const cell = row[c];
        if (cell) fn(r, c, cell);
      }
    }
  }

  /** Stored cells in `rect`. */
  countIn(rect: Rect): number {
    let n = 0;
    this.eachCellIn(rect, function () {
      n++;
    });
    return n;
  }

  /** The used range: cells with a value or formula, and (unless valuesOnly) formatted cells and merges; null when none. */
  usedRect(valuesOnly: boolean): Rect | null {
    let top = 0;
    let left = 0;
    let bottom = 0;
    let right = 0;
    function take(r: number, c: number): void {
      if (!top || r < top) top = r;
      if (!bottom || r > bottom) bottom = r;
      if (!left || c < left) left = c;
      if (!right || c > right) right = c;
    }
    for (let r = 1; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = 1; c < row.length; c++) {
        const cell = row[c];
        if (!cell) continue;
        const hasValue = cell.v !== '' || !!cell.f;
        if (hasValue || (!valuesOnly && (!!cell.nf || !isDefaultFormat(cell.fmt)))) take(r, c);
      }
    }
    if (!valuesOnly) {
      for (let i = 0; i < this.merges.length; i++) {
        take(this.merges[i].top, this.merges[i].left);
        take(this.merges[i].bottom, this.merges[i].right);
      }
    }
    return top ? { top: top, left: left, bottom: bottom, right: right } : null;
  }

  mergeAt(r: number, c: number): Rect | null {
    for (let i = 0; i < this.merges.length; i++) {
      const m = this.merges[i];
      if (r >= m.top && r <= m.bottom && c >= m.left && c <= m.right) return m;
    }
    return null;
  }

  /** Remove the merges that intersect `rect`. */
  unmergeIn(rect: Rect): void {
    this.merges = this.merges.filter(function (m) {
      return !intersects(m, rect);
    });
  }
}

/** JSON with object keys sorted, so that equal states serialise equally whatever the order of writes. */
export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v === undefined ? null : v);
  if (Array.isArray(v)) {
    const parts: string[] = [];
    for (let i = 0; i < v.length; i++) parts.push(canonicalJson(v[i]));
    return '[' + parts.join(',') + ']';
  }
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o).sort();
  const parts: string[] = [];
  for (let i = 0; i < keys.length; i++) if (o[keys[i]] !== undefined) parts.push(JSON.stringify(keys[i]) + ':' + canonicalJson(o[keys[i]]));
  return '{' + parts.join(',') + '}';
}

export interface SelectionState {
  sheetId: string;
  rect: Rect;
}

/** A user-visible sheet name: 1–31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe. */
export function checkSheetName(name: string, where: string): void {
  if (!name || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.charAt(0) === "'" || name.charAt(name.length - 1) === "'") {
    throw invalidArgument('Invalid sheet name "' + name + '".', where);
  }
}

export class WorkbookState {
  sheets: SheetState[] = [];
  names: NameState[] = [];
  activeSheetId: string | null = null;
  selection: SelectionState | null = null;
  date1904 = false;
  /** Office.context.document.settings as the add-in sees it now; `savedSettings` is what saveAsync stored in the file. */
  settings: Record<string, unknown> = {};
  savedSettings: Record<string, unknown> = {};
  /** Make the next settings.saveAsync fail (a read-only or locked document). */
  failNextSettingsSave = false;
  private nextId = 1;

  /**
   * The workbook as it opens again after the user saved it: sheets, cells, names, active sheet as they
   * are; the add-in's settings only as the last saveAsync stored them (what was set but never saved is lost).
   */
  reopened(): WorkbookState {
    const clone = function <T>(v: T): T {
      return v === undefined ? v : JSON.parse(JSON.stringify(v));
    };
    const out = new WorkbookState();
    for (let i = 0; i < this.sheets.length; i++) {
      const from = this.sheets[i];
      const to = new SheetState(from.id, from.name);
      to.visibility = from.visibility;
      to.rows = from.rows.map(function (row) {
        return row.map(function (cell) {
          return clone(cell);
        });
      });
      to.merges = clone(from.merges);
      to.columnWidths = clone(from.columnWidths);
      to.rowHeights = clone(from.rowHeights);
      to.pageLayout = clone(from.pageLayout);
      to.pageBreaks = from.pageBreaks.slice();
      to.validations = clone(from.validations);
      to.names = clone(from.names);
      out.sheets.push(to);
    }
    out.names = clone(this.names);
    out.activeSheetId = this.activeSheetId;
    out.selection = clone(this.selection);
    out.date1904 = this.date1904;
    out.settings = clone(this.savedSettings);
    out.savedSettings = clone(this.savedSettings);
    out.nextId = this.nextId;
    return out;
  }

  sheetByName(name: string): SheetState | null {
    const lower = name.toLowerCase();
    for (let i = 0; i < this.sheets.length; i++) if (this.sheets[i].name.toLowerCase() === lower) return this.sheets[i];
    return null;
  }

  sheetById(id: string): SheetState | null {
    for (let i = 0; i < this.sheets.length; i++) if (this.sheets[i].id === id) return this.sheets[i];
    return null;
  }

  /** Adds a sheet at the end (as worksheets.add does); the first sheet becomes the active one. */
  addSheet(name?: string): SheetState {
    let n = name;
    if (n === undefined || n === null) {
      let k = this.sheets.length + 1;
      while (this.sheetByName('Sheet' + k)) k++;
      n = 'Sheet' + k;
    }
    checkSheetName(n, 'WorksheetCollection.add');
    if (this.sheetByName(n)) throw new FakeOfficeError('ItemAlreadyExists', 'A sheet named "' + n + '" already exists.', 'WorksheetCollection.add');
    const s = new SheetState('{' + this.nextId++ + '}', n);
    this.sheets.push(s);
    if (!this.activeSheetId) {
      this.activeSheetId = s.id;
      this.selection = { sheetId: s.id, rect: { top: 1, left: 1, bottom: 1, right: 1 } };
    }
    return s;
  }

  deleteSheet(sheet: SheetState): void {
    const visible = this.sheets.filter(function (s) {
      return s.visibility === 'Visible';
    });
    if (sheet.visibility === 'Visible' && visible.length === 1) {
      throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.', 'Worksheet.delete');
    }
    const i = this.sheets.indexOf(sheet);
    this.sheets.splice(i, 1);
    for (let k = 0; k < this.names.length; k++) {
      const ref = this.names[k].ref;
      if (ref && ref.sheetId === sheet.id) this.names[k].ref = null;
    }
    if (this.activeSheetId === sheet.id) {
      const next = this.sheets[Math.min(i, this.sheets.length - 1)];
      this.activeSheetId = next.id;
      this.selection = { sheetId: next.id, rect: { top: 1, left: 1, bottom: 1, right: 1 } };
    }
  }

  activeSheet(): SheetState {
    const s = this.activeSheetId ? this.sheetById(this.activeSheetId) : null;
    if (!s) throw new FakeOfficeError('GeneralException', 'The workbook has no active sheet.', 'Workbook');
    return s;
  }

  /** Workbook names whose reference lies in `sheet`. */
  namesIn(sheet: SheetState): NameState[] {
    return this.names.filter(function (n) {
      return !!n.ref && n.ref.sheetId === sheet.id;
    });
  }

  /** Insert `count` empty rows above row `at` of a sheet, as a user would: cells, merges, heights and names move down. */
  insertRows(sheetName: string, at: number, count: number): void {
    const s = this.sheetByName(sheetName);
    if (!s) throw new Error('no sheet ' + sheetName);
    const moved: (CellState | undefined)[][] = [];
    for (let r = 1; r < s.rows.length; r++) if (s.rows[r]) moved[r >= at ? r + count : r] = s.rows[r];
    s.rows = moved;
    const shift = function (rect: Rect): void {
      if (rect.top >= at) rect.top += count;
      if (rect.bottom >= at) rect.bottom += count;
    };
    s.merges.forEach(shift);
    s.validations.forEach(function (v) {
      shift(v.rect);
    });
    const heights: Record<number, number> = {};
    Object.keys(s.rowHeights).forEach(function (k) {
      heights[+k >= at ? +k + count : +k] = s.rowHeights[+k];
    });
    s.rowHeights = heights;
    this.names.concat(s.names).forEach(function (n) {
      if (n.ref && n.ref.sheetId === s.id) shift(n.ref.rect);
    });
  }

  /**
   * Everything Excel keeps about one sheet, as canonical JSON: cells (row-major), merges, widths, heights,
   * page layout, validations, its position and visibility, and the workbook names that point into it.
   */
  serializeSheet(name: string): string {
    const s = this.sheetByName(name);
    if (!s) return 'null';
    const cells: unknown[] = [];
    for (let r = 1; r < s.rows.length; r++) {
      const row = s.rows[r];
      if (!row) continue;
      for (let c = 1; c < row.length; c++) if (row[c]) cells.push([r, c, row[c]]);
    }
    const byPos = function (a: Rect, b: Rect): number {
      return a.top - b.top || a.left - b.left;
    };
    const self = this;
    return canonicalJson({
      name: s.name,
      position: this.sheets.indexOf(s),
      visibility: s.visibility,
      cells: cells,
      merges: s.merges.slice().sort(byPos),
      columnWidths: s.columnWidths,
      rowHeights: s.rowHeights,
      pageLayout: s.pageLayout,
      autoFilter: s.autoFilter,
      hiddenRows: s.hiddenRows.slice().sort(function (a, b) {
        return a - b;
      }),
      pageBreaks: s.pageBreaks.slice().sort(function (a, b) {
        return a - b;
      }),
      validations: s.validations,
      names: s.names,
      workbookNames: this.namesIn(s).map(function (n) {
        return { name: n.name, ref: n.ref ? qualified(self.sheetById(n.ref.sheetId)!.name, n.ref.rect, true) : '#REF!' };
      }),
    });
  }

  /** Validations of `sheet` that intersect `rect`. */
  validationsIn(sheet: SheetState, rect: Rect): ValidationState[] {
    return sheet.validations.filter(function (v) {
      return intersects(v.rect, rect);
    });
  }

  /** True when `inner` lies inside a merge of `sheet` without being that merge's top-left cell. */
  isCoveredCell(sheet: SheetState, r: number, c: number): boolean {
    const m = sheet.mergeAt(r, c);
    return !!m && !(m.top === r && m.left === c) && contains(m, { top: r, left: c, bottom: r, right: c });
  }
}
