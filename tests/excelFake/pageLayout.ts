/** Excel.PageLayout (ExcelApi 1.9) with its headers and footers. */
import { defineProps, FakeClientObject, PropTable } from './clientObject';
import { invalidArgument } from './errors';
import type { FakeRequestContext } from './requestContext';
import { HeaderFooterState, SheetState } from './workbookState';

const PAPER = ['Letter', 'LetterSmall', 'Tabloid', 'Ledger', 'Legal', 'Statement', 'Executive', 'A3', 'A4', 'A4Small', 'A5', 'B4', 'B5', 'Folio'];

function margin(key: 'topMargin' | 'bottomMargin' | 'leftMargin' | 'rightMargin' | 'headerMargin' | 'footerMargin') {
  return {
    since: '1.9',
    writeSince: '1.9',
    get: (s: SheetState) => s.pageLayout[key],
    set: (s: SheetState, v: unknown, w: string) => {
      if (typeof v !== 'number' || !isFinite(v) || v < 0 || v > 1440) throw invalidArgument('A margin in points is expected.', w);
      s.pageLayout[key] = v;
    },
  };
}

function flag(key: 'centerHorizontally' | 'centerVertically' | 'printGridlines') {
  return {
    since: '1.9',
    writeSince: '1.9',
    get: (s: SheetState) => s.pageLayout[key],
    set: (s: SheetState, v: unknown, w: string) => {
      if (typeof v !== 'boolean') throw invalidArgument('A boolean is expected.', w);
      s.pageLayout[key] = v;
    },
  };
}

function pagesOrNull(v: unknown, w: string): number | null {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'number' || v < 0 || v !== Math.floor(v)) throw invalidArgument('A whole number of pages is expected.', w);
  return v;
}

const LAYOUT_PROPS: PropTable<SheetState> = {
  orientation: {
    since: '1.9',
    writeSince: '1.9',
    get: (s) => s.pageLayout.orientation,
    set: (s, v, w) => {
      if (v !== 'Portrait' && v !== 'Landscape') throw invalidArgument('Orientation is Portrait or Landscape.', w);
      s.pageLayout.orientation = v;
    },
  },
  paperSize: {
    since: '1.9',
    writeSince: '1.9',
    get: (s) => s.pageLayout.paperSize,
    set: (s, v, w) => {
      if (typeof v !== 'string' || PAPER.indexOf(v) < 0) throw invalidArgument('Unknown paper size "' + String(v) + '".', w);
      s.pageLayout.paperSize = v;
    },
  },
  topMargin: margin('topMargin'),
  bottomMargin: margin('bottomMargin'),
  leftMargin: margin('leftMargin'),
  rightMargin: margin('rightMargin'),
  headerMargin: margin('headerMargin'),
  footerMargin: margin('footerMargin'),
  centerHorizontally: flag('centerHorizontally'),
  centerVertically: flag('centerVertically'),
  printGridlines: flag('printGridlines'),
  zoom: {
    since: '1.9',
    writeSince: '1.9',
    get: (s) => Object.assign({}, s.pageLayout.zoom),
    set: (s, v, w) => {
      if (!v || typeof v !== 'object') throw invalidArgument('Zoom options are an object.', w);
      const z = v as { scale?: unknown; horizontalFitToPages?: unknown; verticalFitToPages?: unknown };
      const h = pagesOrNull(z.horizontalFitToPages, w);
      const vert = pagesOrNull(z.verticalFitToPages, w);
      if (z.scale !== undefined && z.scale !== null) {
        if (h !== null || vert !== null) throw invalidArgument('Scale and fit-to-pages exclude each other.', w);
        if (typeof z.scale !== 'number' || z.scale < 10 || z.scale > 400) throw invalidArgument('Scale is 10 to 400.', w);
        s.pageLayout.zoom = { scale: z.scale };
      } else if (h !== null || vert !== null) {
        s.pageLayout.zoom = { horizontalFitToPages: h, verticalFitToPages: vert };
      } else throw invalidArgument('Zoom needs a scale or pages to fit.', w);
    },
  },
};

export class FakePageLayout extends FakeClientObject<SheetState> {
  declare orientation: string;
  declare paperSize: string;
  declare topMargin: number;
  declare bottomMargin: number;
  declare leftMargin: number;
  declare rightMargin: number;
  declare headerMargin: number;
  declare footerMargin: number;
  declare centerHorizontally: boolean;
  declare centerVertically: boolean;
  declare printGridlines: boolean;
  declare zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  private _hf: FakeHeaderFooterGroup | null = null;

  constructor(ctx: FakeRequestContext, path: string, private readonly _sheet: () => SheetState) {
    super(ctx, path);
  }

  get _className(): string {
    return 'PageLayout';
  }

  _props(): PropTable<SheetState> {
    return LAYOUT_PROPS;
  }

  protected _locate(): SheetState {
    return this._sheet();
  }

  get headersFooters(): FakeHeaderFooterGroup {
    this._api('1.9', 'headersFooters');
    if (!this._hf) this._hf = new FakeHeaderFooterGroup(this.context, this._path + '.headersFooters', this._sheet);
    return this._hf;
  }
}
defineProps(FakePageLayout.prototype, Object.keys(LAYOUT_PROPS));

const GROUP_PROPS: PropTable<SheetState> = {
  state: {
    since: '1.9',
    writeSince: '1.9',
    get: (s) => s.pageLayout.headersFooters.state,
    set: (s, v, w) => {
      if (['Default', 'FirstAndDefault', 'OddAndEven', 'FirstOddAndEven'].indexOf(String(v)) < 0) throw invalidArgument('Bad header/footer state.', w);
      s.pageLayout.headersFooters.state = String(v);
    },
  },
  useSheetMargins: {
    since: '1.9',
    writeSince: '1.9',
    get: (s) => s.pageLayout.headersFooters.useSheetMargins,
    set: (s, v) => {
      s.pageLayout.headersFooters.useSheetMargins = !!v;
    },
  },
  useSheetScale: {
    since: '1.9',
    writeSince: '1.9',
    get: (s) => s.pageLayout.headersFooters.useSheetScale,
    set: (s, v) => {
      s.pageLayout.headersFooters.useSheetScale = !!v;
    },
  },
};

type Which = 'defaultForAllPages' | 'firstPage' | 'evenPages' | 'oddPages';

export class FakeHeaderFooterGroup extends FakeClientObject<SheetState> {
  declare state: string;
  declare useSheetMargins: boolean;
  declare useSheetScale: boolean;

  constructor(ctx: FakeRequestContext, path: string, private readonly _sheet: () => SheetState) {
    super(ctx, path);
  }

  get _className(): string {
    return 'HeaderFooterGroup';
  }

  _props(): PropTable<SheetState> {
    return GROUP_PROPS;
  }

  protected _locate(): SheetState {
    return this._sheet();
  }

  private _part(which: Which): FakeHeaderFooter {
    const sheet = this._sheet;
    return new FakeHeaderFooter(this.context, this._path + '.' + which, function () {
      return sheet().pageLayout.headersFooters[which];
    });
  }

  get defaultForAllPages(): FakeHeaderFooter {
    return this._part('defaultForAllPages');
  }
  get firstPage(): FakeHeaderFooter {
    return this._part('firstPage');
  }
  get evenPages(): FakeHeaderFooter {
    return this._part('evenPages');
  }
  get oddPages(): FakeHeaderFooter {
    return this._part('oddPages');
  }
}
defineProps(FakeHeaderFooterGroup.prototype, Object.keys(GROUP_PROPS));

const PARTS: (keyof HeaderFooterState)[] = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'];
const HF_PROPS: PropTable<HeaderFooterState> = {};
PARTS.forEach(function (k) {
  HF_PROPS[k] = {
    since: '1.9',
    writeSince: '1.9',
    get: (h) => h[k],
    set: (h, v, w) => {
      if (typeof v !== 'string') throw invalidArgument('Header and footer text is a string.', w);
      h[k] = v;
    },
  };
});

export class FakeHeaderFooter extends FakeClientObject<HeaderFooterState> {
  declare leftHeader: string;
  declare centerHeader: string;
  declare rightHeader: string;
  declare leftFooter: string;
  declare centerFooter: string;
  declare rightFooter: string;

  constructor(ctx: FakeRequestContext, path: string, private readonly _find: () => HeaderFooterState) {
    super(ctx, path);
  }

  get _className(): string {
    return 'HeaderFooter';
  }

  _props(): PropTable<HeaderFooterState> {
    return HF_PROPS;
  }

  protected _locate(): HeaderFooterState {
    return this._find();
  }
}
defineProps(FakeHeaderFooter.prototype, PARTS as string[]);
