/** Excel.Workbook with its worksheets, names, selection and (ExcelApi 1.2) worksheet functions. */
import { defineProps, FakeClientObject, PropTable } from './clientObject';
import { invalidArgument } from './errors';
import { FakeNamedItemCollection } from './namedItems';
import { FakeRange } from './range';
import type { FakeRequestContext } from './requestContext';
import { FakeWorksheetCollection } from './worksheet';
import { WorkbookState } from './workbookState';

interface ResultTarget {
  value: unknown;
  error: string | null;
}

const RESULT_PROPS: PropTable<ResultTarget> = {
  value: { since: '1.2', get: (r) => r.value },
  error: { since: '1.2', get: (r) => r.error },
};

export class FakeFunctionResult extends FakeClientObject<ResultTarget> {
  declare readonly value: any;
  declare readonly error: string;

  constructor(ctx: FakeRequestContext, path: string, private readonly _compute: () => ResultTarget) {
    super(ctx, path);
  }

  get _className(): string {
    return 'FunctionResult';
  }

  _props(): PropTable<ResultTarget> {
    return RESULT_PROPS;
  }

  protected _locate(): ResultTarget {
    return this._compute();
  }
}
defineProps(FakeFunctionResult.prototype, ['value', 'error']);

export class FakeFunctions extends FakeClientObject<WorkbookState> {
  constructor(ctx: FakeRequestContext) {
    super(ctx, 'workbook.functions');
  }

  get _className(): string {
    return 'Functions';
  }

  _props(): PropTable<WorkbookState> {
    return {};
  }

  protected _locate(): WorkbookState {
    return this.context.state;
  }

  /** DATE(year, month, day) in the workbook's date system: DATE(1904,1,1) is 0 in the 1904 system, 1462 in the 1900 one. */
  date(year: number, month: number, day: number): FakeFunctionResult {
    this._api('1.2', 'date');
    const self = this;
    return new FakeFunctionResult(this.context, this._path + '.date(' + [year, month, day].join(',') + ')', function () {
      const state = self._target('Functions.date');
      const serial = Date.UTC(year, month - 1, day) / 86400000 + 25569 + (year < 1900 || (year === 1900 && month <= 2) ? -1 : 0);
      const v = state.date1904 ? serial - 1462 : serial;
      return v < 0 ? { value: null, error: '#NUM!' } : { value: v, error: null };
    });
  }
}

export class FakeWorkbook extends FakeClientObject<WorkbookState> {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  private _functions: FakeFunctions | null = null;

  constructor(ctx: FakeRequestContext) {
    super(ctx, 'workbook');
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.names = new FakeNamedItemCollection(ctx, 'workbook.names', null);
  }

  get _className(): string {
    return 'Workbook';
  }

  _props(): PropTable<WorkbookState> {
    return {};
  }

  protected _locate(): WorkbookState {
    return this.context.state;
  }

  get functions(): FakeFunctions {
    this._api('1.2', 'functions');
    if (!this._functions) this._functions = new FakeFunctions(this.context);
    return this._functions;
  }

  getSelectedRange(): FakeRange {
    this._api('1.1', 'getSelectedRange');
    const state = this.context.state;
    return new FakeRange(this.context, 'workbook.getSelectedRange()', function () {
      const sel = state.selection;
      const s = sel ? state.sheetById(sel.sheetId) : null;
      if (!sel || !s) throw invalidArgument('Nothing is selected.', 'Workbook.getSelectedRange');
      return { sheet: s, rect: Object.assign({}, sel.rect) };
    });
  }
}
