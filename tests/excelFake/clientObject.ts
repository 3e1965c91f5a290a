/**
 * The proxy every fake Excel object is: properties must be loaded and synced before they are read
 * (PropertyNotLoaded otherwise), writes and method calls queue statements that run at sync, members
 * above the host's ExcelApi version throw ApiNotFound, and *OrNullObject proxies learn whether they
 * are null at the next sync.
 */
import { requireApi } from './apiVersion';
import { FakeOfficeError, invalidArgument, itemNotFound, propertyNotLoaded } from './errors';
import type { FakeRequestContext, OpOutcome } from './requestContext';

export interface PropSpec<T> {
  /** ExcelApi version that can read the property (default 1.1). */
  since?: string;
  /** Version from which it can be written; absent: read-only. */
  writeSince?: string;
  get(target: T): unknown;
  set?(target: T, value: unknown, where: string): void;
  /** A per-cell array: counted in the cells of a sync. */
  perCell?: boolean;
  /** For a per-cell property, how many cells a read will return (checked before the array is built). */
  cellsOf?(target: T): number;
}

export type PropTable<T> = { [name: string]: PropSpec<T> };

/** "a, b/c" or ["a", "b/c"] or { select: "a,b" } -> ["a", "b/c"] */
export function loadNames(spec: unknown): string[] {
  let raw: string[] = [];
  if (spec === undefined || spec === null) raw = [];
  else if (typeof spec === 'string') raw = spec.split(',');
  else if (Array.isArray(spec)) raw = spec.map(String);
  else if (typeof spec === 'object' && typeof (spec as { select?: unknown }).select === 'string') raw = String((spec as { select: string }).select).split(',');
  else throw invalidArgument('Unsupported load options.', 'load');
  return raw
    .map(function (s) {
      return s.trim();
    })
    .filter(function (s) {
      return s !== '';
    });
}

function cellsOf(v: unknown): number {
  if (!Array.isArray(v)) return 0;
  let n = 0;
  for (let i = 0; i < v.length; i++) n += Array.isArray(v[i]) ? v[i].length : 1;
  return n;
}

export abstract class FakeClientObject<T> {
  readonly context: FakeRequestContext;
  /** How the object is reached, as it travels in requests. */
  readonly _path: string;
  _loaded: { [name: string]: unknown } = {};
  private _memo: { t: T | null } | null = null;
  private _nullState: boolean | undefined = undefined;

  constructor(ctx: FakeRequestContext, path: string, private readonly _nullable: boolean = false) {
    this.context = ctx;
    this._path = path;
    ctx.created(this as unknown as FakeClientObject<unknown>);
  }

  abstract get _className(): string;
  abstract _props(): PropTable<T>;
  /** Finds the object in the workbook at sync time; null for a null object; throws ItemNotFound otherwise. */
  protected abstract _locate(): T | null;
  /** Checks a memoised target is still there (a deleted sheet). */
  protected _stillThere(target: T): boolean {
    return !!target;
  }

  _targetOrNull(): T | null {
    if (!this._memo) this._memo = { t: this._locate() };
    const t = this._memo.t;
    if (t !== null && !this._stillThere(t)) throw itemNotFound(this._className + ' ' + this._path, this._className);
    return t;
  }

  _target(where: string): T {
    const t = this._targetOrNull();
    if (t === null) throw itemNotFound(this._path + ' is a null object', where);
    return t;
  }

  /** Called by the context at the first sync after this proxy was made. */
  _settleNullState(): void {
    if (!this._nullable) {
      this._nullState = false;
      return;
    }
    try {
      this._nullState = this._targetOrNull() === null;
    } catch (e) {
      if (!(e instanceof FakeOfficeError)) throw e;
      this._nullState = true;
    }
  }

  get isNullObject(): boolean {
    if (this._nullState === undefined) throw propertyNotLoaded(this._className + '.isNullObject');
    return this._nullState;
  }

  protected _api(need: string, member: string): void {
    this.context.ensureOpen(this._className + '.' + member);
    requireApi(this.context.apiVersion, need, this._className + '.' + member);
  }

  /** A navigation property (format, font, …) to load through "format/font/name". */
  protected _navigate(name: string): FakeClientObject<unknown> {
    const v = (this as unknown as Record<string, unknown>)[name];
    if (v instanceof FakeClientObject) return v;
    throw invalidArgument('Cannot load "' + name + '" of ' + this._className + '.', this._className + '.load');
  }

  load(spec?: unknown): this {
    this.context.ensureOpen(this._className + '.load');
    const names = loadNames(spec);
    const own: string[] = [];
    for (let i = 0; i < names.length; i++) {
      const slash = names[i].indexOf('/');
      if (slash >= 0) this._navigate(names[i].slice(0, slash)).load(names[i].slice(slash + 1));
      else if (own.indexOf(names[i]) < 0) own.push(names[i]);
    }
    const props = this._props();
    if (names.length === 0) {
      const all = Object.keys(props);
      for (let i = 0; i < all.length; i++) if (!props[all[i]].since || this._has(props[all[i]].since!)) own.push(all[i]);
    }
    if (own.length === 0) return this;
    for (let i = 0; i < own.length; i++) {
      const p = props[own[i]];
      if (!p) throw invalidArgument('The property "' + own[i] + '" does not exist on ' + this._className + '.', this._className + '.load');
      this._api(p.since || '1.1', own[i]);
    }
    const self = this;
    this.context.enqueue({
      request: { load: this._path, select: own },
      cells: 0,
      location: this._className + '.load',
      run: function (): OpOutcome {
        const t = self._targetOrNull();
        const values: { [name: string]: unknown } = {};
        let cells = 0;
        for (let i = 0; i < own.length; i++) {
          const p = props[own[i]];
          if (t !== null && p.perCell && p.cellsOf) self.context.chargeCells(p.cellsOf(t));
          const v = t === null ? null : p.get(t);
          values[own[i]] = v;
          if (p.perCell && !p.cellsOf) cells += cellsOf(v);
        }
        return {
          payload: values,
          cells: cells,
          commit: function () {
            for (let i = 0; i < own.length; i++) self._loaded[own[i]] = values[own[i]];
          },
        };
      },
    });
    return this;
  }

  private _has(need: string): boolean {
    try {
      requireApi(this.context.apiVersion, need, '');
      return true;
    } catch (e) {
      return false;
    }
  }

  _read(name: string): unknown {
    if (!Object.prototype.hasOwnProperty.call(this._loaded, name)) throw propertyNotLoaded(this._className + '.' + name);
    return this._loaded[name];
  }

  _write(name: string, value: unknown): void {
    const p = this._props()[name];
    const where = this._className + '.' + name;
    if (!p || !p.set || !p.writeSince) throw invalidArgument('The property "' + name + '" cannot be set.', where);
    this._api(p.writeSince, name);
    const self = this;
    this.context.enqueue({
      request: { set: this._path, property: name, value: value },
      cells: p.perCell ? cellsOf(value) : 0,
      location: where,
      run: function () {
        p.set!(self._target(where), value, where);
      },
    });
  }

  /** Queue a method call; `run` gets the target at sync time. */
  protected _call(method: string, args: unknown[], run: (target: T, where: string) => OpOutcome | void): void {
    const where = this._className + '.' + method;
    this.context.ensureOpen(where);
    const self = this;
    this.context.enqueue({
      request: { call: this._path + '.' + method, args: args },
      cells: 0,
      location: where,
      run: function () {
        return run(self._target(where), where);
      },
    });
  }

  toJSON(): { [name: string]: unknown } {
    return Object.assign({}, this._loaded);
  }
}

/** Accessors for loadable properties: reads go through _read, writes through _write. */
export function defineProps(proto: object, names: string[]): void {
  names.forEach(function (name) {
    Object.defineProperty(proto, name, {
      configurable: true,
      enumerable: true,
      get: function (this: FakeClientObject<unknown>) {
        return this._read(name);
      },
      set: function (this: FakeClientObject<unknown>, v: unknown) {
        this._write(name, v);
      },
    });
  });
}

/** A collection: `items` is loaded with the item properties named in load ("items/name" or "name"). */
export abstract class FakeCollection<T, I, P extends FakeClientObject<unknown>> extends FakeClientObject<T> {
  abstract _itemsOf(target: T): I[];
  abstract _wrap(item: I): P;
  abstract _itemProps(): PropTable<I>;

  _props(): PropTable<T> {
    return {};
  }

  get items(): P[] {
    return this._read('items') as P[];
  }

  load(spec?: unknown): this {
    this.context.ensureOpen(this._className + '.load');
    const raw = loadNames(spec);
    const props = this._itemProps();
    let names: string[] = [];
    for (let i = 0; i < raw.length; i++) {
      const n = raw[i].replace(/^items\/?/, '');
      if (n !== '' && names.indexOf(n) < 0) names.push(n);
    }
    if (names.length === 0) {
      names = Object.keys(props).filter((k) => {
        const since = props[k].since || '1.1';
        try {
          requireApi(this.context.apiVersion, since, '');
          return true;
        } catch (e) {
          return false;
        }
      });
    }
    for (let i = 0; i < names.length; i++) {
      const p = props[names[i]];
      if (!p) throw invalidArgument('The property "' + names[i] + '" does not exist on the items of ' + this._className + '.', this._className + '.load');
      this._api(p.since || '1.1', 'items/' + names[i]);
    }
    const self = this;
    this.context.enqueue({
      request: { load: this._path, select: names.map((n) => 'items/' + n) },
      cells: 0,
      location: this._className + '.load',
      run: function (): OpOutcome {
        const items = self._itemsOf(self._target(self._className + '.load'));
        const values: { [name: string]: unknown }[] = items.map(function (it) {
          const v: { [name: string]: unknown } = {};
          for (let i = 0; i < names.length; i++) v[names[i]] = props[names[i]].get(it);
          return v;
        });
        return {
          payload: values,
          commit: function () {
            const proxies = items.map(function (it, k) {
              const p = self._wrap(it);
              Object.assign(p._loaded, values[k]);
              p._settleNullState();
              return p;
            });
            self._loaded.items = proxies;
          },
        };
      },
    });
    return this;
  }
}
