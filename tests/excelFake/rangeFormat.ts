/** Excel.RangeFormat with its font, fill and borders: read as the common value of the cells (null when mixed), written to every cell. */
import { isUnbounded, Rect, rectCells } from './a1';
import {
  BORDER_INDEX,
  BORDER_STYLE,
  BORDER_WEIGHT,
  BorderState,
  CellFormat,
  copyFormat,
  DEFAULT_FORMAT,
  HORIZONTAL,
  isDefaultFormat,
  normaliseColor,
  UNDERLINE,
  VERTICAL,
} from './cellFormat';
import { defineProps, FakeClientObject, PropTable } from './clientObject';
import { invalidArgument } from './errors';
import type { FakeRange, RangeTarget } from './range';
import type { FakeRequestContext } from './requestContext';
import { STANDARD_HEIGHT, STANDARD_WIDTH } from './workbookState';

/** The value all cells of the range share, or null. */
function common<T>(t: RangeTarget, pick: (f: CellFormat) => T): T | null {
  let seen = 0;
  let first: T | undefined;
  let mixed = false;
  t.sheet.eachCellIn(t.rect, function (r, c, cell) {
    seen++;
    const v = pick(cell.fmt || DEFAULT_FORMAT);
    if (first === undefined) first = v;
    else if (JSON.stringify(v) !== JSON.stringify(first)) mixed = true;
  });
  if (seen < rectCells(t.rect)) {
    const v = pick(DEFAULT_FORMAT);
    if (first === undefined) first = v;
    else if (JSON.stringify(v) !== JSON.stringify(first)) mixed = true;
  }
  return mixed || first === undefined ? null : first;
}

function setEach(t: RangeTarget, where: string, fn: (f: CellFormat, r: number, c: number) => void): void {
  if (isUnbounded(t.rect)) throw invalidArgument('The fake keeps formats per cell; formats of whole rows or columns are not modelled.', where);
  for (let r = t.rect.top; r <= t.rect.bottom; r++) {
    for (let c = t.rect.left; c <= t.rect.right; c++) {
      const cell = t.sheet.ensure(r, c);
      const f = copyFormat(cell.fmt);
      fn(f, r, c);
      if (isDefaultFormat(f)) delete cell.fmt;
      else cell.fmt = f;
    }
  }
}

function oneOf(list: string[], v: unknown, where: string): string {
  if (typeof v !== 'string' || list.indexOf(v) < 0) throw invalidArgument('"' + String(v) + '" is not one of ' + list.join(', ') + '.', where);
  return v;
}

function bool(v: unknown, where: string): boolean {
  if (typeof v !== 'boolean') throw invalidArgument('A boolean is expected.', where);
  return v;
}

function num(v: unknown, min: number, max: number, where: string): number {
  if (typeof v !== 'number' || !isFinite(v) || v < min || v > max) throw invalidArgument('A number from ' + min + ' to ' + max + ' is expected.', where);
  return v;
}

function color(v: unknown, where: string): string {
  const c = normaliseColor(v);
  if (!c) throw invalidArgument('"' + String(v) + '" is not a colour.', where);
  return c;
}

abstract class RangePart extends FakeClientObject<RangeTarget> {
  constructor(ctx: FakeRequestContext, path: string, protected readonly _range: FakeRange) {
    super(ctx, path);
  }

  protected _locate(): RangeTarget | null {
    return this._range._target(this._className);
  }
}

const FORMAT_PROPS: PropTable<RangeTarget> = {
  horizontalAlignment: {
    writeSince: '1.1',
    get: (t) => common(t, (f) => f.horizontalAlignment),
    set: (t, v, w) => {
      const a = oneOf(HORIZONTAL, v, w);
      setEach(t, w, (f) => (f.horizontalAlignment = a));
    },
  },
  verticalAlignment: {
    writeSince: '1.1',
    get: (t) => common(t, (f) => f.verticalAlignment),
    set: (t, v, w) => {
      const a = oneOf(VERTICAL, v, w);
      setEach(t, w, (f) => (f.verticalAlignment = a));
    },
  },
  wrapText: {
    writeSince: '1.1',
    get: (t) => common(t, (f) => f.wrapText),
    set: (t, v, w) => {
      const b = bool(v, w);
      setEach(t, w, (f) => (f.wrapText = b));
    },
  },
  indentLevel: {
    since: '1.9',
    writeSince: '1.9',
    get: (t) => common(t, (f) => f.indentLevel),
    set: (t, v, w) => {
      const n = num(v, 0, 250, w);
      setEach(t, w, (f) => (f.indentLevel = n));
    },
  },
  /** Points. */
  columnWidth: {
    since: '1.2',
    writeSince: '1.2',
    get: (t) => {
      let w: number | null = null;
      for (let c = t.rect.left; c <= t.rect.right; c++) {
        const cw = t.sheet.columnWidths[c] === undefined ? STANDARD_WIDTH : t.sheet.columnWidths[c];
        if (w === null) w = cw;
        else if (w !== cw) return null;
      }
      return w;
    },
    set: (t, v, w) => {
      const n = num(v, 0, 1789, w);
      for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.columnWidths[c] = n;
    },
  },
  /** Points. */
  rowHeight: {
    since: '1.2',
    writeSince: '1.2',
    get: (t) => {
      let h: number | null = null;
      for (let r = t.rect.top; r <= Math.min(t.rect.bottom, t.rect.top + 100000); r++) {
        const rh = t.sheet.rowHeights[r] === undefined ? STANDARD_HEIGHT : t.sheet.rowHeights[r];
        if (h === null) h = rh;
        else if (h !== rh) return null;
      }
      return h;
    },
    set: (t, v, w) => {
      const n = num(v, 0, 409, w);
      if (t.rect.wholeColumns) throw invalidArgument('The fake does not set the height of every row of a sheet.', w);
      for (let r = t.rect.top; r <= t.rect.bottom; r++) t.sheet.rowHeights[r] = n;
    },
  },
  useStandardHeight: {
    since: '1.7',
    writeSince: '1.7',
    get: (t) => {
      for (let r = t.rect.top; r <= t.rect.bottom; r++) if (t.sheet.rowHeights[r] !== undefined) return false;
      return true;
    },
    set: (t, v, w) => {
      if (v !== true) throw invalidArgument('Only true can be set.', w);
      Object.keys(t.sheet.rowHeights).forEach(function (k) {
        if (+k >= t.rect.top && +k <= t.rect.bottom) delete t.sheet.rowHeights[+k];
      });
    },
  },
  useStandardWidth: {
    since: '1.7',
    writeSince: '1.7',
    get: (t) => {
      for (let c = t.rect.left; c <= t.rect.right; c++) if (t.sheet.columnWidths[c] !== undefined) return false;
      return true;
    },
    set: (t, v, w) => {
      if (v !== true) throw invalidArgument('Only true can be set.', w);
      for (let c = t.rect.left; c <= t.rect.right; c++) delete t.sheet.columnWidths[c];
    },
  },
};

export class FakeRangeFormat extends RangePart {
  declare horizontalAlignment: string;
  declare verticalAlignment: string;
  declare wrapText: boolean;
  declare indentLevel: number;
  declare columnWidth: number;
  declare rowHeight: number;
  declare useStandardHeight: boolean;
  declare useStandardWidth: boolean;
  private _font: FakeRangeFont | null = null;
  private _fill: FakeRangeFill | null = null;
  private _borders: FakeRangeBorderCollection | null = null;

  constructor(ctx: FakeRequestContext, range: FakeRange) {
    super(ctx, range._path + '.format', range);
  }

  get _className(): string {
    return 'RangeFormat';
  }

  _props(): PropTable<RangeTarget> {
    return FORMAT_PROPS;
  }

  get font(): FakeRangeFont {
    if (!this._font) this._font = new FakeRangeFont(this.context, this._path + '.font', this._range);
    return this._font;
  }

  get fill(): FakeRangeFill {
    if (!this._fill) this._fill = new FakeRangeFill(this.context, this._path + '.fill', this._range);
    return this._fill;
  }

  get borders(): FakeRangeBorderCollection {
    if (!this._borders) this._borders = new FakeRangeBorderCollection(this.context, this._path + '.borders', this._range);
    return this._borders;
  }

  /** The fake cannot measure text: autofit only drops custom widths. */
  autofitColumns(): void {
    this._api('1.2', 'autofitColumns');
    this._call('autofitColumns', [], function (t) {
      for (let c = t.rect.left; c <= t.rect.right; c++) delete t.sheet.columnWidths[c];
    });
  }

  autofitRows(): void {
    this._api('1.2', 'autofitRows');
    this._call('autofitRows', [], function (t) {
      for (let r = t.rect.top; r <= t.rect.bottom; r++) delete t.sheet.rowHeights[r];
    });
  }
}
defineProps(FakeRangeFormat.prototype, Object.keys(FORMAT_PROPS));

const FONT_PROPS: PropTable<RangeTarget> = {
  name: {
    writeSince: '1.1',
    get: (t) => common(t, (f) => f.fontName),
    set: (t, v, w) => {
      if (typeof v !== 'string' || v === '') throw invalidArgument('A font name is expected.', w);
      setEach(t, w, (f) => (f.fontName = v));
    },
  },
  size: {
    writeSince: '1.1',
    get: (t) => common(t, (f) => f.fontSize),
    set: (t, v, w) => {
      const n = num(v, 1, 409, w);
      setEach(t, w, (f) => (f.fontSize = n));
    },
  },
  bold: {
    writeSince: '1.1',
    get: (t) => common(t, (f) => f.bold),
    set: (t, v, w) => {
      const b = bool(v, w);
      setEach(t, w, (f) => (f.bold = b));
    },
  },
  italic: {
    writeSince: '1.1',
    get: (t) => common(t, (f) => f.italic),
    set: (t, v, w) => {
      const b = bool(v, w);
      setEach(t, w, (f) => (f.italic = b));
    },
  },
  underline: {
    writeSince: '1.1',
    get: (t) => common(t, (f) => f.underline),
    set: (t, v, w) => {
      const u = oneOf(UNDERLINE, v, w);
      setEach(t, w, (f) => (f.underline = u));
    },
  },
  color: {
    writeSince: '1.1',
    get: (t) => common(t, (f) => f.fontColor),
    set: (t, v, w) => {
      const c = color(v, w);
      setEach(t, w, (f) => (f.fontColor = c));
    },
  },
};

export class FakeRangeFont extends RangePart {
  declare name: string;
  declare size: number;
  declare bold: boolean;
  declare italic: boolean;
  declare underline: string;
  declare color: string;

  get _className(): string {
    return 'RangeFont';
  }

  _props(): PropTable<RangeTarget> {
    return FONT_PROPS;
  }
}
defineProps(FakeRangeFont.prototype, Object.keys(FONT_PROPS));

const FILL_PROPS: PropTable<RangeTarget> = {
  color: {
    writeSince: '1.1',
    get: (t) => common(t, (f) => f.fill || '#FFFFFF'),
    set: (t, v, w) => {
      const c = color(v, w);
      setEach(t, w, (f) => (f.fill = c));
    },
  },
};

export class FakeRangeFill extends RangePart {
  declare color: string;

  get _className(): string {
    return 'RangeFill';
  }

  _props(): PropTable<RangeTarget> {
    return FILL_PROPS;
  }

  clear(): void {
    this._api('1.1', 'clear');
    this._call('clear', [], function (t, w) {
      setEach(t, w, (f) => (f.fill = null));
    });
  }
}
defineProps(FakeRangeFill.prototype, Object.keys(FILL_PROPS));

type Side = 'top' | 'bottom' | 'left' | 'right';

/** The cell edges a border index stands for: [row, column, side] triples. */
function edges(rect: Rect, index: string): [number, number, Side][] {
  const out: [number, number, Side][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) {
      if (index === 'EdgeTop' && r === rect.top) out.push([r, c, 'top']);
      if (index === 'EdgeBottom' && r === rect.bottom) out.push([r, c, 'bottom']);
      if (index === 'EdgeLeft' && c === rect.left) out.push([r, c, 'left']);
      if (index === 'EdgeRight' && c === rect.right) out.push([r, c, 'right']);
      if (index === 'InsideHorizontal') {
        if (r < rect.bottom) out.push([r, c, 'bottom']);
        if (r > rect.top) out.push([r, c, 'top']);
      }
      if (index === 'InsideVertical') {
        if (c < rect.right) out.push([r, c, 'right']);
        if (c > rect.left) out.push([r, c, 'left']);
      }
    }
  }
  return out;
}

interface BorderTarget {
  range: RangeTarget;
  index: string;
}

function readBorder(t: BorderTarget, pick: (b: BorderState | null) => string | null): string | null {
  const list = edges(t.range.rect, t.index);
  let first: string | null | undefined;
  for (let i = 0; i < list.length; i++) {
    const cell = t.range.sheet.cell(list[i][0], list[i][1]);
    const v = pick(cell && cell.fmt ? cell.fmt[list[i][2]] : null);
    if (first === undefined) first = v;
    else if (v !== first) return null;
  }
  return first === undefined ? null : first;
}

function writeBorder(t: BorderTarget, w: string, fn: (b: BorderState | null) => BorderState | null): void {
  if (isUnbounded(t.range.rect)) throw invalidArgument('The fake keeps borders per cell; whole rows or columns are not modelled.', w);
  const list = edges(t.range.rect, t.index);
  for (let i = 0; i < list.length; i++) {
    const cell = t.range.sheet.ensure(list[i][0], list[i][1]);
    const f = copyFormat(cell.fmt);
    f[list[i][2]] = fn(f[list[i][2]]);
    if (isDefaultFormat(f)) delete cell.fmt;
    else cell.fmt = f;
  }
}

const BORDER_PROPS: PropTable<BorderTarget> = {
  sideIndex: { get: (t) => t.index },
  style: {
    writeSince: '1.1',
    get: (t) => readBorder(t, (b) => (b ? b.style : 'None')),
    set: (t, v, w) => {
      const s = oneOf(BORDER_STYLE, v, w);
      writeBorder(t, w, (b) => (s === 'None' ? null : { style: s, weight: b ? b.weight : 'Thin', color: b ? b.color : '#000000' }));
    },
  },
  weight: {
    writeSince: '1.1',
    get: (t) => readBorder(t, (b) => (b ? b.weight : 'Thin')),
    set: (t, v, w) => {
      const s = oneOf(BORDER_WEIGHT, v, w);
      writeBorder(t, w, (b) => ({ style: b ? b.style : 'Continuous', weight: s, color: b ? b.color : '#000000' }));
    },
  },
  color: {
    writeSince: '1.1',
    get: (t) => readBorder(t, (b) => (b ? b.color : '#000000')),
    set: (t, v, w) => {
      const c = color(v, w);
      writeBorder(t, w, (b) => ({ style: b ? b.style : 'Continuous', weight: b ? b.weight : 'Thin', color: c }));
    },
  },
};

export class FakeRangeBorder extends FakeClientObject<BorderTarget> {
  declare readonly sideIndex: string;
  declare style: string;
  declare weight: string;
  declare color: string;

  constructor(ctx: FakeRequestContext, path: string, private readonly _range: FakeRange, private readonly _index: string) {
    super(ctx, path);
  }

  get _className(): string {
    return 'RangeBorder';
  }

  _props(): PropTable<BorderTarget> {
    return BORDER_PROPS;
  }

  protected _locate(): BorderTarget {
    return { range: this._range._target('RangeBorder'), index: this._index };
  }
}
defineProps(FakeRangeBorder.prototype, Object.keys(BORDER_PROPS));

export class FakeRangeBorderCollection extends RangePart {
  get _className(): string {
    return 'RangeBorderCollection';
  }

  _props(): PropTable<RangeTarget> {
    return {};
  }

  getItem(index: string): FakeRangeBorder {
    this._api('1.1', 'getItem');
    oneOf(BORDER_INDEX, index, 'RangeBorderCollection.getItem');
    return new FakeRangeBorder(this.context, this._path + '.getItem(' + index + ')', this._range, index);
  }
}
