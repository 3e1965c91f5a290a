/** Excel.Worksheet and Excel.WorksheetCollection. */
import { MAX_COLS, MAX_ROWS, parseLocal, Rect, splitSheet } from './a1';
import { defineProps, FakeClientObject, FakeCollection, PropTable } from './clientObject';
import { FakeOfficeError, invalidArgument, itemNotFound } from './errors';
import { FakeNamedItemCollection } from './namedItems';
import { FakePageLayout } from './pageLayout';
import { FakeRange } from './range';
import type { FakeRequestContext } from './requestContext';
import { checkSheetName, SheetState, STANDARD_HEIGHT, STANDARD_WIDTH, WorkbookState } from './workbookState';

function stateOf(ctx: FakeRequestContext): WorkbookState {
  return ctx.state;
}

function sheetProps(state: WorkbookState): PropTable<SheetState> {
  return {
    name: {
      writeSince: '1.1',
      get: (s) => s.name,
      set: (s, v, w) => {
        if (typeof v !== 'string') throw invalidArgument('A sheet name is a string.', w);
        checkSheetName(v, w);
        const other = state.sheetByName(v);
        if (other && other !== s) throw new FakeOfficeError('ItemAlreadyExists', 'A sheet named "' + v + '" already exists.', w);
        s.name = v;
      },
    },
    id: { get: (s) => s.id },
    position: {
      writeSince: '1.1',
      get: (s) => state.sheets.indexOf(s),
      set: (s, v, w) => {
        if (typeof v !== 'number' || v < 0 || v >= state.sheets.length || v !== Math.floor(v)) throw invalidArgument('Bad position.', w);
        state.sheets.splice(state.sheets.indexOf(s), 1);
        state.sheets.splice(v, 0, s);
      },
    },
    visibility: {
      writeSince: '1.2',
      get: (s) => s.visibility,
      set: (s, v, w) => {
        if (v !== 'Visible' && v !== 'Hidden' && v !== 'VeryHidden') throw invalidArgument('Bad visibility.', w);
        if (v !== 'Visible') {
          const others = state.sheets.filter((o) => o !== s && o.visibility === 'Visible');
          if (!others.length) throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.', w);
          if (state.activeSheetId === s.id) {
            state.activeSheetId = others[0].id;
            state.selection = { sheetId: others[0].id, rect: { top: 1, left: 1, bottom: 1, right: 1 } };
          }
        }
        s.visibility = v;
      },
    },
    standardWidth: { since: '1.7', get: () => STANDARD_WIDTH },
    standardHeight: { since: '1.7', get: () => STANDARD_HEIGHT },
  };
}

export class FakeWorksheet extends FakeClientObject<SheetState> {
  declare name: string;
  declare readonly id: string;
  declare position: number;
  declare visibility: string;
  declare readonly standardWidth: number;
  declare readonly standardHeight: number;
  private _pageLayout: FakePageLayout | null = null;
  private _names: FakeNamedItemCollection | null = null;

  constructor(ctx: FakeRequestContext, path: string, private readonly _find: () => SheetState | null, nullable?: boolean) {
    super(ctx, path, nullable);
  }

  get _className(): string {
    return 'Worksheet';
  }

  _props(): PropTable<SheetState> {
    return sheetProps(stateOf(this.context));
  }

  protected _locate(): SheetState | null {
    return this._find();
  }

  protected _stillThere(s: SheetState): boolean {
    return stateOf(this.context).sheets.indexOf(s) >= 0;
  }

  private _range(name: string, args: unknown[], rect: (s: SheetState) => Rect | null, nullable?: boolean): FakeRange {
    const self = this;
    return new FakeRange(
      this.context,
      this._path + '.' + name + '(' + args.map((a) => JSON.stringify(a)).join(',') + ')',
      function () {
        const s = self._target('Worksheet.' + name);
        const r = rect(s);
        return r ? { sheet: s, rect: r } : null;
      },
      nullable,
    );
  }

  /** The range at `address` ("A1:C3", "C:C", "2:4"; a sheet prefix must name this sheet); the whole sheet without one. */
  getRange(address?: string): FakeRange {
    this._api('1.1', 'getRange');
    if (address === undefined || address === '') {
      return this._range('getRange', [], () => ({ top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLS, wholeColumns: true, wholeRows: true }));
    }
    const split = splitSheet(address);
    const rect = parseLocal(split.local);
    return this._range('getRange', [address], (s) => {
      if (split.sheet !== null && split.sheet.toLowerCase() !== s.name.toLowerCase()) {
        throw invalidArgument('The address names another sheet.', 'Worksheet.getRange');
      }
      return Object.assign({}, rect);
    });
  }

  /** 0-based start row and column. */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    this._api('1.7', 'getRangeByIndexes');
    if (rowCount < 1 || columnCount < 1 || startRow < 0 || startColumn < 0 || startRow + rowCount > MAX_ROWS || startColumn + columnCount > MAX_COLS) {
      throw invalidArgument('The range is outside the worksheet.', 'Worksheet.getRangeByIndexes');
    }
    return this._range('getRangeByIndexes', [startRow, startColumn, rowCount, columnCount], () => ({
      top: startRow + 1,
      left: startColumn + 1,
      bottom: startRow + rowCount,
      right: startColumn + columnCount,
    }));
  }

  getCell(row: number, column: number): FakeRange {
    this._api('1.1', 'getCell');
    if (row < 0 || column < 0 || row >= MAX_ROWS || column >= MAX_COLS) throw invalidArgument('The cell is outside the worksheet.', 'Worksheet.getCell');
    return this._range('getCell', [row, column], () => ({ top: row + 1, left: column + 1, bottom: row + 1, right: column + 1 }));
  }

  /** The used range; A1 for an empty sheet. `valuesOnly` needs ExcelApi 1.2. */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    this._api('1.1', 'getUsedRange');
    if (valuesOnly !== undefined) this._api('1.2', 'getUsedRange(valuesOnly)');
    return this._range('getUsedRange', valuesOnly === undefined ? [] : [valuesOnly], (s) => s.usedRect(!!valuesOnly) || { top: 1, left: 1, bottom: 1, right: 1 });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this._api('1.4', 'getUsedRangeOrNullObject');
    return this._range('getUsedRangeOrNullObject', valuesOnly === undefined ? [] : [valuesOnly], (s) => s.usedRect(!!valuesOnly), true);
  }

  activate(): void {
    this._api('1.1', 'activate');
    const state = stateOf(this.context);
    this._call('activate', [], function (s, w) {
      if (s.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'A hidden sheet cannot be activated.', w);
      if (state.activeSheetId !== s.id) {
        state.activeSheetId = s.id;
        state.selection = { sheetId: s.id, rect: { top: 1, left: 1, bottom: 1, right: 1 } };
      }
    });
  }

  delete(): void {
    this._api('1.1', 'delete');
    const state = stateOf(this.context);
    this._call('delete', [], function (s, w) {
      // As Excel: a very hidden sheet must be made hidden or visible before it can be deleted.
      if (s.visibility === 'VeryHidden') throw new FakeOfficeError('InvalidOperation', 'A very hidden worksheet cannot be deleted.', w);
      state.deleteSheet(s);
    });
  }

  get names(): FakeNamedItemCollection {
    this._api('1.4', 'names');
    if (!this._names) {
      const self = this;
      this._names = new FakeNamedItemCollection(this.context, this._path + '.names', function () {
        return self._target('Worksheet.names');
      });
    }
    return this._names;
  }

  /** The sheet's AutoFilter (ExcelApi 1.9): only its range is modelled. */
  get autoFilter(): { getRangeOrNullObject(): FakeRange } {
    this._api('1.9', 'autoFilter');
    const self = this;
    return {
      getRangeOrNullObject: function () {
        return self._range('autoFilter.getRangeOrNullObject', [], (s) => (s.autoFilter ? Object.assign({}, s.autoFilter) : null), true);
      },
    };
  }

  /** Manual page breaks above rows (ExcelApi 1.9); the fake takes A1 addresses only. */
  get horizontalPageBreaks(): { add(pageBreakRange: string): void; removePageBreaks(): void } {
    this._api('1.9', 'horizontalPageBreaks');
    const self = this;
    return {
      add: function (pageBreakRange: string) {
        if (typeof pageBreakRange !== 'string') throw invalidArgument('The fake takes an address.', 'PageBreakCollection.add');
        const top = parseLocal(splitSheet(pageBreakRange).local).top;
        self._call('horizontalPageBreaks.add', [pageBreakRange], function (s) {
          if (s.pageBreaks.indexOf(top) < 0) s.pageBreaks.push(top);
        });
      },
      removePageBreaks: function () {
        self._call('horizontalPageBreaks.removePageBreaks', [], function (s) {
          s.pageBreaks = [];
        });
      },
    };
  }

  get pageLayout(): FakePageLayout {
    this._api('1.9', 'pageLayout');
    if (!this._pageLayout) {
      const self = this;
      this._pageLayout = new FakePageLayout(this.context, this._path + '.pageLayout', function () {
        return self._target('Worksheet.pageLayout');
      });
    }
    return this._pageLayout;
  }
}
defineProps(FakeWorksheet.prototype, ['name', 'id', 'position', 'visibility', 'standardWidth', 'standardHeight']);

export class FakeWorksheetCollection extends FakeCollection<WorkbookState, SheetState, FakeWorksheet> {
  constructor(ctx: FakeRequestContext) {
    super(ctx, 'workbook.worksheets');
  }

  get _className(): string {
    return 'WorksheetCollection';
  }

  protected _locate(): WorkbookState {
    return stateOf(this.context);
  }

  _itemsOf(state: WorkbookState): SheetState[] {
    return state.sheets.slice();
  }

  _wrap(s: SheetState): FakeWorksheet {
    return new FakeWorksheet(this.context, 'workbook.worksheets.getItem(' + JSON.stringify(s.id) + ')', () => s);
  }

  _itemProps(): PropTable<SheetState> {
    return sheetProps(stateOf(this.context));
  }

  private _byKey(key: string): SheetState | null {
    const state = stateOf(this.context);
    return state.sheetByName(key) || state.sheetById(key);
  }

  getItem(key: string): FakeWorksheet {
    this._api('1.1', 'getItem');
    return new FakeWorksheet(this.context, 'workbook.worksheets.getItem(' + JSON.stringify(key) + ')', () => {
      const s = this._byKey(key);
      if (!s) throw itemNotFound('worksheet "' + key + '"', 'WorksheetCollection.getItem');
      return s;
    });
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    this._api('1.4', 'getItemOrNullObject');
    return new FakeWorksheet(this.context, 'workbook.worksheets.getItemOrNullObject(' + JSON.stringify(key) + ')', () => this._byKey(key), true);
  }

  getActiveWorksheet(): FakeWorksheet {
    this._api('1.1', 'getActiveWorksheet');
    return new FakeWorksheet(this.context, 'workbook.worksheets.getActiveWorksheet()', () => stateOf(this.context).activeSheet());
  }

  /** Adds a sheet at the end when the batch reaches Excel; the returned proxy is that sheet. */
  add(name?: string): FakeWorksheet {
    this._api('1.1', 'add');
    let made: SheetState | null = null;
    this._call('add', [name === undefined ? null : name], function (state) {
      made = state.addSheet(name);
    });
    return new FakeWorksheet(this.context, 'workbook.worksheets.add(' + JSON.stringify(name || null) + ')', function () {
      if (!made) throw new FakeOfficeError('InvalidObjectPath', 'The sheet was used before it was added.', 'WorksheetCollection.add');
      return made;
    });
  }
}
