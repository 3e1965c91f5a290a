/** Excel.Range and Excel.RangeAreas (the merged areas of a range). */
import { intersects, isUnbounded, MAX_COLS, MAX_ROWS, qualified, Rect, rectCells } from './a1';
import { copyFormat } from './cellFormat';
import { CellInput, interpretInput } from './cellInput';
import { defineProps, FakeClientObject, PropTable } from './clientObject';
import { FakeDataValidation } from './dataValidation';
import { displayText } from './displayText';
import { FakeOfficeError, invalidArgument } from './errors';
import { FakeRangeFormat } from './rangeFormat';
import type { FakeRequestContext } from './requestContext';
import { FakeWorksheet } from './worksheet';
import { CellState, SheetState } from './workbookState';

export interface RangeTarget {
  sheet: SheetState;
  rect: Rect;
}

function checkInGrid(rect: Rect, where: string): Rect {
  if (rect.top < 1 || rect.left < 1 || rect.bottom > MAX_ROWS || rect.right > MAX_COLS || rect.bottom < rect.top || rect.right < rect.left) {
    throw invalidArgument('The range is outside the worksheet.', where);
  }
  return rect;
}

/** Write one interpreted entry into a cell. */
function applyInput(sheet: SheetState, r: number, c: number, input: CellInput): void {
  if (input.kind === 'unchanged') return;
  if (input.kind === 'empty') {
    const cell = sheet.cell(r, c);
    if (!cell) return;
    cell.v = '';
    delete cell.f;
    delete cell.q;
    delete cell.err;
    if (!cell.nf && !cell.fmt) sheet.remove(r, c);
    return;
  }
  const cell = sheet.ensure(r, c);
  delete cell.f;
  delete cell.q;
  delete cell.err;
  if (input.kind === 'text') {
    cell.v = input.text;
    if (input.quotePrefix) cell.q = true;
  } else if (input.kind === 'number') {
    cell.v = input.value;
    if (input.numberFormat && !cell.nf) cell.nf = input.numberFormat;
  } else if (input.kind === 'boolean') {
    cell.v = input.value;
  } else if (input.kind === 'error') {
    cell.v = input.value;
    cell.err = true;
  } else {
    // The fake does not calculate: a formula cell has no value until a test gives it one.
    cell.f = input.formula;
    cell.v = '';
  }
}

function check2D(v: unknown, rect: Rect, where: string): unknown[][] {
  if (isUnbounded(rect)) throw invalidArgument('Cell-level properties cannot be set on a whole row or column.', where);
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  const ok =
    Array.isArray(v) &&
    v.length === rows &&
    v.every(function (row) {
      return Array.isArray(row) && row.length === cols;
    });
  if (!ok) throw invalidArgument("The number of rows or columns in the input array doesn't match the size or dimensions of the range.", where);
  return v as unknown[][];
}

function grid<T>(t: RangeTarget, fn: (cell: CellState | undefined, r: number, c: number) => T): T[][] | null {
  if (isUnbounded(t.rect)) return null;
  const out: T[][] = [];
  for (let r = t.rect.top; r <= t.rect.bottom; r++) {
    const row: T[] = [];
    const cells = t.sheet.rows[r];
    for (let c = t.rect.left; c <= t.rect.right; c++) row.push(fn(cells ? cells[c] : undefined, r, c));
    out.push(row);
  }
  return out;
}

/** Cells a per-cell read returns: none for a whole row or column (Excel gives null). */
function boundedCells(t: RangeTarget): number {
  return isUnbounded(t.rect) ? 0 : rectCells(t.rect);
}

function valueOf(cell: CellState | undefined): string | number | boolean {
  return cell ? cell.v : '';
}

const RANGE_PROPS: PropTable<RangeTarget> = {
  address: {
    get: function (t) {
      return qualified(t.sheet.name, t.rect);
    },
  },
  addressLocal: {
    get: function (t) {
      return qualified(t.sheet.name, t.rect);
    },
  },
  cellCount: {
    get: function (t) {
      return rectCells(t.rect);
    },
  },
  rowCount: {
    get: function (t) {
      return t.rect.bottom - t.rect.top + 1;
    },
  },
  columnCount: {
    get: function (t) {
      return t.rect.right - t.rect.left + 1;
    },
  },
  rowIndex: {
    get: function (t) {
      return t.rect.top - 1;
    },
  },
  columnIndex: {
    get: function (t) {
      return t.rect.left - 1;
    },
  },
  // true when every row of the range is hidden, false when none is, null when some are (ExcelApi 1.2).
  rowHidden: {
    since: '1.2',
    writeSince: '1.2',
    get: function (t) {
      let hidden = 0;
      const rows = t.rect.bottom - t.rect.top + 1;
      const list = t.sheet.hiddenRows;
      for (let i = 0; i < list.length; i++) if (list[i] >= t.rect.top && list[i] <= t.rect.bottom) hidden++;
      return hidden === 0 ? false : hidden === rows ? true : null;
    },
    set: function (t, v, where) {
      if (typeof v !== 'boolean') throw invalidArgument('A boolean is expected.', where);
      const kept = t.sheet.hiddenRows.filter(function (r) {
        return r < t.rect.top || r > t.rect.bottom;
      });
      if (v) for (let r = t.rect.top; r <= t.rect.bottom; r++) kept.push(r);
      t.sheet.hiddenRows = kept;
    },
  },
  values: {
    writeSince: '1.1',
    perCell: true,
    cellsOf: boundedCells,
    get: function (t) {
      return grid(t, valueOf);
    },
    set: function (t, v, where) {
      const rows = check2D(v, t.rect, where);
      for (let i = 0; i < rows.length; i++) {
        for (let j = 0; j < rows[i].length; j++) {
          const r = t.rect.top + i;
          const c = t.rect.left + j;
          const cell = t.sheet.cell(r, c);
          applyInput(t.sheet, r, c, interpretInput(rows[i][j], !!cell && cell.nf === '@', where));
        }
      }
    },
  },
  formulas: {
    writeSince: '1.1',
    perCell: true,
    cellsOf: boundedCells,
    get: function (t) {
      return grid(t, function (cell) {
        return cell && cell.f ? cell.f : valueOf(cell);
      });
    },
    set: function (t, v, where) {
      RANGE_PROPS.values.set!(t, v, where);
    },
  },
  numberFormat: {
    writeSince: '1.1',
    perCell: true,
    cellsOf: boundedCells,
    get: function (t) {
      return grid(t, function (cell) {
        return cell && cell.nf ? cell.nf : 'General';
      });
    },
    set: function (t, v, where) {
      const rows = check2D(v, t.rect, where);
      for (let i = 0; i < rows.length; i++) {
        for (let j = 0; j < rows[i].length; j++) {
          const f = rows[i][j];
          if (f === null || f === undefined) continue;
          if (typeof f !== 'string') throw invalidArgument('Number formats are strings.', where);
          const r = t.rect.top + i;
          const c = t.rect.left + j;
          if (f === 'General') {
            const cell = t.sheet.cell(r, c);
            if (cell) delete cell.nf;
          } else t.sheet.ensure(r, c).nf = f;
        }
      }
    },
  },
  text: {
    perCell: true,
    cellsOf: boundedCells,
    get: function (t) {
      return grid(t, function (cell) {
        return displayText(cell, false);
      });
    },
  },
  valueTypes: {
    perCell: true,
    cellsOf: boundedCells,
    get: function (t) {
      return grid(t, function (cell) {
        if (!cell || cell.v === '') return 'Empty';
        if (cell.err) return 'Error';
        return typeof cell.v === 'number' ? 'Double' : typeof cell.v === 'boolean' ? 'Boolean' : 'String';
      });
    },
  },
};

export class FakeRange extends FakeClientObject<RangeTarget> {
  declare readonly address: string;
  declare readonly addressLocal: string;
  declare readonly cellCount: number;
  declare readonly rowCount: number;
  declare readonly columnCount: number;
  declare readonly rowIndex: number;
  declare readonly columnIndex: number;
  declare rowHidden: boolean | null;
  declare values: any[][];
  declare formulas: any[][];
  declare numberFormat: any[][];
  declare readonly text: string[][];
  declare readonly valueTypes: string[][];
  private _format: FakeRangeFormat | null = null;
  private _validation: FakeDataValidation | null = null;

  constructor(ctx: FakeRequestContext, path: string, private readonly _where: () => RangeTarget | null, nullable?: boolean) {
    super(ctx, path, nullable);
  }

  get _className(): string {
    return 'Range';
  }

  _props(): PropTable<RangeTarget> {
    return RANGE_PROPS;
  }

  protected _locate(): RangeTarget | null {
    return this._where();
  }

  protected _stillThere(t: RangeTarget): boolean {
    return this.context.state.sheets.indexOf(t.sheet) >= 0;
  }

  get format(): FakeRangeFormat {
    this._api('1.1', 'format');
    if (!this._format) this._format = new FakeRangeFormat(this.context, this);
    return this._format;
  }

  get dataValidation(): FakeDataValidation {
    this._api('1.8', 'dataValidation');
    if (!this._validation) this._validation = new FakeDataValidation(this.context, this);
    return this._validation;
  }

  get worksheet(): FakeWorksheet {
    this._api('1.1', 'worksheet');
    const self = this;
    return new FakeWorksheet(this.context, this._path + '.worksheet', function () {
      return self._target('Range.worksheet').sheet;
    });
  }

  private _derived(name: string, since: string, args: unknown[], fn: (t: RangeTarget) => Rect): FakeRange {
    this._api(since, name);
    const self = this;
    return new FakeRange(this.context, this._path + '.' + name + '(' + args.join(',') + ')', function () {
      const t = self._target('Range.' + name);
      return { sheet: t.sheet, rect: checkInGrid(fn(t), 'Range.' + name) };
    });
  }

  /** The cell at (row, column), 0-based from the range's top-left; it may lie outside the range. */
  getCell(row: number, column: number): FakeRange {
    return this._derived('getCell', '1.1', [row, column], function (t) {
      const r = t.rect.top + row;
      const c = t.rect.left + column;
      return { top: r, left: c, bottom: r, right: c };
    });
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this._derived('getOffsetRange', '1.1', [rowOffset, columnOffset], function (t) {
      return { top: t.rect.top + rowOffset, left: t.rect.left + columnOffset, bottom: t.rect.bottom + rowOffset, right: t.rect.right + columnOffset };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this._derived('getResizedRange', '1.2', [deltaRows, deltaColumns], function (t) {
      return { top: t.rect.top, left: t.rect.left, bottom: t.rect.bottom + deltaRows, right: t.rect.right + deltaColumns };
    });
  }

  getRow(row: number): FakeRange {
    return this._derived('getRow', '1.1', [row], function (t) {
      return { top: t.rect.top + row, left: t.rect.left, bottom: t.rect.top + row, right: t.rect.right };
    });
  }

  getColumn(column: number): FakeRange {
    return this._derived('getColumn', '1.1', [column], function (t) {
      return { top: t.rect.top, left: t.rect.left + column, bottom: t.rect.bottom, right: t.rect.left + column };
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this._api('1.13', 'getMergedAreasOrNullObject');
    const self = this;
    return new FakeRangeAreas(this.context, this._path + '.getMergedAreasOrNullObject()', function () {
      const t = self._target('Range.getMergedAreasOrNullObject');
      const areas = t.sheet.merges.filter(function (m) {
        return intersects(m, t.rect);
      });
      return areas.length ? { sheet: t.sheet, rects: areas.map((m) => Object.assign({}, m)) } : null;
    });
  }

  /** Merge the range (or each of its rows when `across`): the top-left value and format cover the area. */
  merge(across?: boolean): void {
    this._api('1.2', 'merge');
    this._call('merge', [!!across], function (t) {
      const rects: Rect[] = [];
      if (across) for (let r = t.rect.top; r <= t.rect.bottom; r++) rects.push({ top: r, left: t.rect.left, bottom: r, right: t.rect.right });
      else rects.push({ top: t.rect.top, left: t.rect.left, bottom: t.rect.bottom, right: t.rect.right });
      for (let i = 0; i < rects.length; i++) {
        const m = rects[i];
        if (m.top === m.bottom && m.left === m.right) continue;
        t.sheet.unmergeIn(m);
        const anchor = t.sheet.cell(m.top, m.left);
        for (let r = m.top; r <= m.bottom; r++) {
          for (let c = m.left; c <= m.right; c++) {
            if (r === m.top && c === m.left) continue;
            if (!anchor) {
              t.sheet.remove(r, c);
              continue;
            }
            const cell = t.sheet.ensure(r, c);
            cell.v = '';
            delete cell.f;
            delete cell.q;
            delete cell.err;
            if (anchor.nf) cell.nf = anchor.nf;
            else delete cell.nf;
            if (anchor.fmt) cell.fmt = copyFormat(anchor.fmt);
            else delete cell.fmt;
          }
        }
        t.sheet.merges.push(m);
      }
    });
  }

  unmerge(): void {
    this._api('1.2', 'unmerge');
    this._call('unmerge', [], function (t) {
      t.sheet.unmergeIn(t.rect);
    });
  }

  clear(applyTo?: string): void {
    this._api('1.1', 'clear');
    const what = applyTo === undefined ? 'All' : applyTo;
    if (['All', 'Formats', 'Contents', 'Hyperlinks', 'RemoveHyperlinks', 'ResetContents'].indexOf(what) < 0) {
      throw invalidArgument('Unknown clear option "' + what + '".', 'Range.clear');
    }
    this._call('clear', [what], function (t) {
      const doomed: [number, number][] = [];
      t.sheet.eachCellIn(t.rect, function (r, c, cell) {
        if (what === 'All') doomed.push([r, c]);
        else if (what === 'Formats') {
          delete cell.fmt;
          delete cell.nf;
          if (cell.v === '' && !cell.f) doomed.push([r, c]);
        } else if (what === 'Contents' || what === 'ResetContents') {
          cell.v = '';
          delete cell.f;
          delete cell.q;
          delete cell.err;
          if (!cell.nf && !cell.fmt) doomed.push([r, c]);
        }
      });
      for (let i = 0; i < doomed.length; i++) t.sheet.remove(doomed[i][0], doomed[i][1]);
      if (what === 'All' || what === 'Formats') t.sheet.unmergeIn(t.rect);
    });
  }

  /** Select the range; its sheet must be the active one (activate it first in the same batch). */
  select(): void {
    this._api('1.1', 'select');
    const state = this.context.state;
    this._call('select', [], function (t, where) {
      if (state.activeSheetId !== t.sheet.id) {
        throw new FakeOfficeError('InvalidSelection', 'The current selection is invalid for this operation: the sheet is not active.', where);
      }
      state.selection = { sheetId: t.sheet.id, rect: { top: t.rect.top, left: t.rect.left, bottom: t.rect.bottom, right: t.rect.right } };
    });
  }
}
defineProps(FakeRange.prototype, Object.keys(RANGE_PROPS));

interface AreasTarget {
  sheet: SheetState;
  rects: Rect[];
}

const AREAS_PROPS: PropTable<AreasTarget> = {
  address: {
    since: '1.9',
    get: function (t) {
      return t.rects
        .map(function (r) {
          return qualified(t.sheet.name, r);
        })
        .join(',');
    },
  },
  areaCount: {
    since: '1.9',
    get: function (t) {
      return t.rects.length;
    },
  },
  cellCount: {
    since: '1.9',
    get: function (t) {
      let n = 0;
      for (let i = 0; i < t.rects.length; i++) n += rectCells(t.rects[i]);
      return n;
    },
  },
};

export class FakeRangeAreas extends FakeClientObject<AreasTarget> {
  declare readonly address: string;
  declare readonly areaCount: number;
  declare readonly cellCount: number;

  constructor(ctx: FakeRequestContext, path: string, private readonly _where: () => AreasTarget | null) {
    super(ctx, path, true);
  }

  get _className(): string {
    return 'RangeAreas';
  }

  _props(): PropTable<AreasTarget> {
    return AREAS_PROPS;
  }

  protected _locate(): AreasTarget | null {
    return this._where();
  }
}
defineProps(FakeRangeAreas.prototype, Object.keys(AREAS_PROPS));

