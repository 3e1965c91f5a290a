/**
 * Excel.DataValidation (ExcelApi 1.8) of a range. A rule replaces the validations that intersect the
 * range (the fake does not split a validation that only partly overlaps). An explicit list is at most
 * 255 characters, as in Excel.
 */
import { isUnbounded, Rect } from './a1';
import { defineProps, FakeClientObject, PropTable } from './clientObject';
import { invalidArgument } from './errors';
import type { FakeRange, RangeTarget } from './range';
import type { FakeRequestContext } from './requestContext';
import { ValidationState } from './workbookState';

const RULE_KINDS = ['wholeNumber', 'decimal', 'list', 'date', 'time', 'textLength', 'custom'];

function checkRule(v: unknown, where: string): void {
  if (!v || typeof v !== 'object') throw invalidArgument('A rule is an object.', where);
  const keys = Object.keys(v as object).filter((k) => (v as Record<string, unknown>)[k] !== undefined);
  if (keys.length !== 1 || RULE_KINDS.indexOf(keys[0]) < 0) throw invalidArgument('A rule has exactly one kind.', where);
  if (keys[0] === 'list') {
    const list = (v as { list: { source?: unknown; inCellDropDown?: unknown } }).list;
    if (!list || typeof list.source !== 'string' || list.source === '') throw invalidArgument('A list rule needs a source.', where);
    if (list.source.charAt(0) !== '=' && list.source.length > 255) throw invalidArgument('An explicit list is at most 255 characters.', where);
  }
}

function same(a: Rect, b: Rect): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

function covering(t: RangeTarget): ValidationState | null {
  for (let i = 0; i < t.sheet.validations.length; i++) if (same(t.sheet.validations[i].rect, t.rect)) return t.sheet.validations[i];
  return null;
}

/** The validation of exactly this range, made when missing (after dropping the ones it overlaps). */
function own(t: RangeTarget, where: string): ValidationState {
  if (isUnbounded(t.rect)) throw invalidArgument('The fake validates bounded ranges only.', where);
  const found = covering(t);
  if (found) return found;
  t.sheet.validations = t.sheet.validations.filter((v) => !(v.rect.left <= t.rect.right && t.rect.left <= v.rect.right && v.rect.top <= t.rect.bottom && t.rect.top <= v.rect.bottom));
  const made: ValidationState = { rect: Object.assign({}, t.rect), rule: null, errorAlert: null, prompt: null, ignoreBlanks: true };
  t.sheet.validations.push(made);
  return made;
}

function kindOf(v: ValidationState | null): string {
  if (!v || !v.rule) return 'None';
  const k = Object.keys(v.rule as object)[0];
  return k.charAt(0).toUpperCase() + k.slice(1);
}

const DV_PROPS: PropTable<RangeTarget> = {
  rule: {
    since: '1.8',
    writeSince: '1.8',
    get: (t) => {
      const v = covering(t);
      return v ? v.rule : null;
    },
    set: (t, v, w) => {
      checkRule(v, w);
      own(t, w).rule = JSON.parse(JSON.stringify(v));
    },
  },
  errorAlert: {
    since: '1.8',
    writeSince: '1.8',
    get: (t) => {
      const v = covering(t);
      return v ? v.errorAlert : null;
    },
    set: (t, v, w) => {
      if (!v || typeof v !== 'object') throw invalidArgument('An error alert is an object.', w);
      const style = (v as { style?: unknown }).style;
      if (style !== undefined && ['Stop', 'Warning', 'Information'].indexOf(String(style)) < 0) throw invalidArgument('Bad alert style.', w);
      own(t, w).errorAlert = JSON.parse(JSON.stringify(v));
    },
  },
  prompt: {
    since: '1.8',
    writeSince: '1.8',
    get: (t) => {
      const v = covering(t);
      return v ? v.prompt : null;
    },
    set: (t, v, w) => {
      own(t, w).prompt = JSON.parse(JSON.stringify(v));
    },
  },
  ignoreBlanks: {
    since: '1.8',
    writeSince: '1.8',
    get: (t) => {
      const v = covering(t);
      return v ? v.ignoreBlanks : true;
    },
    set: (t, v, w) => {
      if (typeof v !== 'boolean') throw invalidArgument('A boolean is expected.', w);
      own(t, w).ignoreBlanks = v;
    },
  },
  type: { since: '1.8', get: (t) => kindOf(covering(t)) },
};

export class FakeDataValidation extends FakeClientObject<RangeTarget> {
  declare rule: any;
  declare errorAlert: any;
  declare prompt: any;
  declare ignoreBlanks: boolean;
  declare readonly type: string;

  constructor(ctx: FakeRequestContext, private readonly _range: FakeRange) {
    super(ctx, _range._path + '.dataValidation');
  }

  get _className(): string {
    return 'DataValidation';
  }

  _props(): PropTable<RangeTarget> {
    return DV_PROPS;
  }

  protected _locate(): RangeTarget {
    return this._range._target('DataValidation');
  }

  /** Removes the validations that intersect the range. */
  clear(): void {
    this._api('1.8', 'clear');
    this._call('clear', [], function (t) {
      t.sheet.validations = t.sheet.validations.filter((v) => !(v.rect.left <= t.rect.right && t.rect.left <= v.rect.right && v.rect.top <= t.rect.bottom && t.rect.top <= v.rect.bottom));
    });
  }
}
defineProps(FakeDataValidation.prototype, Object.keys(DV_PROPS));
