/** Excel.NamedItemCollection (workbook names, or a sheet's names from ExcelApi 1.4) and Excel.NamedItem. */
import { isUnbounded, parseLocal, qualified, splitSheet } from './a1';
import { defineProps, FakeClientObject, FakeCollection, PropTable } from './clientObject';
import { FakeOfficeError, invalidArgument, itemNotFound } from './errors';
import { FakeRange } from './range';
import type { FakeRequestContext } from './requestContext';
import { NameState, SheetState, WorkbookState } from './workbookState';

interface NamesTarget {
  list: NameState[];
  scope: 'Workbook' | 'Worksheet';
}

function nameProps(state: WorkbookState, scope: string): PropTable<NameState> {
  return {
    name: { get: (n) => n.name },
    type: { get: (n) => (n.ref ? 'Range' : 'Error') },
    value: {
      get: (n) => {
        if (!n.ref) return '#REF!';
        const s = state.sheetById(n.ref.sheetId);
        return s ? qualified(s.name, n.ref.rect, true) : '#REF!';
      },
    },
    visible: {
      writeSince: '1.1',
      get: (n) => n.visible,
      set: (n, v, w) => {
        if (typeof v !== 'boolean') throw invalidArgument('A boolean is expected.', w);
        n.visible = v;
      },
    },
    comment: {
      since: '1.4',
      writeSince: '1.4',
      get: (n) => n.comment,
      set: (n, v, w) => {
        if (typeof v !== 'string') throw invalidArgument('A string is expected.', w);
        n.comment = v;
      },
    },
    scope: { since: '1.4', get: () => scope },
  };
}

/** Excel's rule for a defined name: a letter, "_" or "\" first, then letters, digits, "_" and "."; not a cell address. */
function checkName(name: string, where: string): void {
  const letter = function (ch: string): boolean {
    return ch.toLowerCase() !== ch.toUpperCase();
  };
  const first = name.charAt(0);
  let ok = name.length > 0 && name.length <= 255 && (letter(first) || first === '_' || first === '\\');
  for (let i = 1; ok && i < name.length; i++) {
    const ch = name.charAt(i);
    ok = letter(ch) || /[0-9_.\\]/.test(ch);
  }
  if (ok && (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]\d*$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name))) ok = false;
  if (!ok) throw invalidArgument('"' + name + '" is not a valid name.', where);
}

export class FakeNamedItem extends FakeClientObject<NameState> {
  declare readonly name: string;
  declare readonly type: string;
  declare readonly value: string;
  declare visible: boolean;
  declare comment: string;
  declare readonly scope: string;

  constructor(ctx: FakeRequestContext, path: string, private readonly _find: () => { item: NameState | null; target: NamesTarget }, nullable?: boolean) {
    super(ctx, path, nullable);
  }

  get _className(): string {
    return 'NamedItem';
  }

  _props(): PropTable<NameState> {
    return nameProps(this.context.state, 'Workbook');
  }

  protected _locate(): NameState | null {
    return this._find().item;
  }

  protected _stillThere(n: NameState): boolean {
    return this._find().target.list.indexOf(n) >= 0;
  }

  getRange(): FakeRange {
    this._api('1.1', 'getRange');
    const self = this;
    const state = this.context.state;
    return new FakeRange(this.context, this._path + '.getRange()', function () {
      const n = self._target('NamedItem.getRange');
      const s = n.ref ? state.sheetById(n.ref.sheetId) : null;
      if (!n.ref || !s) throw new FakeOfficeError('InvalidReference', 'The name does not refer to a range (#REF!).', 'NamedItem.getRange');
      return { sheet: s, rect: Object.assign({}, n.ref.rect) };
    });
  }

  delete(): void {
    this._api('1.4', 'delete');
    const self = this;
    this._call('delete', [], function (n) {
      const list = self._find().target.list;
      list.splice(list.indexOf(n), 1);
    });
  }
}
defineProps(FakeNamedItem.prototype, ['name', 'type', 'value', 'visible', 'comment', 'scope']);

export class FakeNamedItemCollection extends FakeCollection<NamesTarget, NameState, FakeNamedItem> {
  constructor(ctx: FakeRequestContext, path: string, private readonly _sheet: (() => SheetState) | null) {
    super(ctx, path);
  }

  get _className(): string {
    return 'NamedItemCollection';
  }

  protected _locate(): NamesTarget {
    return this._sheet ? { list: this._sheet().names, scope: 'Worksheet' } : { list: this.context.state.names, scope: 'Workbook' };
  }

  _itemsOf(t: NamesTarget): NameState[] {
    return t.list.slice();
  }

  _itemProps(): PropTable<NameState> {
    return nameProps(this.context.state, this._sheet ? 'Worksheet' : 'Workbook');
  }

  _wrap(n: NameState): FakeNamedItem {
    return new FakeNamedItem(this.context, this._path + '.getItem(' + JSON.stringify(n.name) + ')', () => ({
      item: n,
      target: this._target('NamedItemCollection'),
    }));
  }

  private _find(name: string): { item: NameState | null; target: NamesTarget } {
    const t = this._target('NamedItemCollection.getItem');
    const lower = name.toLowerCase();
    for (let i = 0; i < t.list.length; i++) if (t.list[i].name.toLowerCase() === lower) return { item: t.list[i], target: t };
    return { item: null, target: t };
  }

  getItem(name: string): FakeNamedItem {
    this._api('1.1', 'getItem');
    return new FakeNamedItem(this.context, this._path + '.getItem(' + JSON.stringify(name) + ')', () => {
      const f = this._find(name);
      if (!f.item) throw itemNotFound('name "' + name + '"', 'NamedItemCollection.getItem');
      return f;
    });
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    this._api('1.4', 'getItemOrNullObject');
    return new FakeNamedItem(this.context, this._path + '.getItemOrNullObject(' + JSON.stringify(name) + ')', () => this._find(name), true);
  }

  /** Adds a name for a range, or for an address such as "=Sheet1!$A$1:$B$2". */
  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    this._api('1.4', 'add');
    checkName(name, 'NamedItemCollection.add');
    const state = this.context.state;
    let made: NameState | null = null;
    const ref = reference instanceof FakeRange ? { range: reference._path } : reference;
    this._call('add', [name, ref, comment || ''], (t, where) => {
      if (this._find(name).item) throw new FakeOfficeError('ItemAlreadyExists', 'The name "' + name + '" already exists.', where);
      let sheetId: string;
      let rect;
      if (reference instanceof FakeRange) {
        const rt = reference._target(where);
        sheetId = rt.sheet.id;
        rect = Object.assign({}, rt.rect);
      } else {
        const split = splitSheet(String(reference).replace(/^=/, ''));
        const s = split.sheet ? state.sheetByName(split.sheet) : null;
        if (!s) throw invalidArgument('The reference must name a sheet.', where);
        sheetId = s.id;
        rect = parseLocal(split.local);
      }
      if (isUnbounded(rect)) throw invalidArgument('The fake names bounded ranges only.', where);
      made = { name: name, ref: { sheetId: sheetId, rect: rect }, comment: comment || '', visible: true };
      t.list.push(made);
    });
    return new FakeNamedItem(this.context, this._path + '.add(' + JSON.stringify(name) + ')', () => ({ item: made, target: this._target('NamedItemCollection') }));
  }
}
