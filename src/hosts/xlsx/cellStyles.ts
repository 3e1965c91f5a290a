/**
 * What the lean reader needs of xl/styles.xml, resolved as exceljs resolves a cell's style: for a cell
 * style index (the `s` of a cell), its number format (custom numFmts, else exceljs's built-in table),
 * whether exceljs reads numbers in it as dates, whether our own isDateFormat does, and its font's name.
 * Where exceljs would fail on a style (a list it needs is missing), LeanUnsupported.
 */
import { isDateFormat } from './dateFormat';
import { LeanUnsupported } from './leanUnsupported';
import { childrenNamed, lastChild, XmlElement } from './xmlTree';

/** exceljs's built-in number formats (lib/xlsx/defaultnumformats.js, the entries with a format code). */
const BUILT_IN: { [id: number]: string } = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?',
  13: '# ??/??', 14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM',
  20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy "h":mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)', 45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0',
  48: '##0.0E+0', 49: '@',
};

/** exceljs's utils.isDateFmt: after [..] and "…" are removed, any of y m d h M s b. */
export function exceljsDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const f = fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return f.match(/[ymdhMsb]+/) !== null;
}

export interface CellStyle {
  numFmt: string | undefined;
  /** exceljs turns numbers in this style into JS Dates. */
  exceljsDate: boolean;
  /** Our isDateFormat(numFmt): a number in this style is a date cell. */
  dateFormat: boolean;
  /** The font's name, or null. */
  font: string | null;
}

export const NO_STYLE: CellStyle = { numFmt: undefined, exceljsDate: false, dateFormat: false, font: null };

interface Xf {
  numFmtId: number;
  fontId: number;
  fillId: number;
  borderId: number;
}

function valid(id: number): boolean {
  // exceljs: `if (styleId || styleId === 0)`.
  return !!id || id === 0;
}

export class CellStyles {
  private readonly cache: (CellStyle | null)[] = [];
  private readonly numFmts: { [id: number]: string } = {};
  private readonly fonts: (string | null)[] | null;
  private readonly hasFills: boolean;
  private readonly hasBorders: boolean;
  private readonly xfs: Xf[] | null;

  /** `root` is styles.xml's root, or null when the file has no styles part. */
  constructor(private readonly root: XmlElement | null) {
    const numFmts = childrenNamed(lastChild(root, 'numFmts'), 'numFmt');
    for (let i = 0; i < numFmts.length; i++) {
      const code = numFmts[i].attrs.formatCode;
      if (code === undefined) throw new LeanUnsupported('styles: numFmt without formatCode');
      this.numFmts[parseInt(numFmts[i].attrs.numFmtId, 10)] = code.replace(/[\\](.)/g, '$1');
    }
    const fonts = childrenNamed(lastChild(root, 'fonts'), 'font');
    this.fonts = fonts.length
      ? fonts.map(function (f) {
          const names = childrenNamed(f, 'name');
          const name = names.length ? names[names.length - 1].attrs.val : undefined;
          return name ? name : null;
        })
      : null;
    this.hasFills = childrenNamed(lastChild(root, 'fills'), 'fill').length > 0;
    this.hasBorders = childrenNamed(lastChild(root, 'borders'), 'border').length > 0;
    const xfs = childrenNamed(lastChild(root, 'cellXfs'), 'xf');
    this.xfs = xfs.length
      ? xfs.map(function (x) {
          return {
            numFmtId: parseInt(x.attrs.numFmtId, 10),
            fontId: parseInt(x.attrs.fontId, 10),
            fillId: parseInt(x.attrs.fillId, 10),
            borderId: parseInt(x.attrs.borderId, 10),
          };
        })
      : null;
  }

  /** The file has a styles part (exceljs resolves cell styles only then). */
  get present(): boolean {
    return this.root !== null;
  }

  /**
   * The style of a cell whose `s` is `id` (parsed): NO_STYLE for 0, NaN or no styles part, as exceljs
   * gives none then; null for an index past the list (exceljs: no style either, but the cell keeps none).
   */
  cellStyle(id: number): CellStyle {
    if (!id || !this.root) return NO_STYLE;
    const hit = this.cache[id];
    if (hit !== undefined) return hit || NO_STYLE;
    const style = this.resolve(id);
    this.cache[id] = style;
    return style || NO_STYLE;
  }

  /** A row's `s`: exceljs resolves it too, and fails where a cell's would. */
  checkRowStyle(id: number): void {
    if (!id) return;
    if (!this.root) throw new LeanUnsupported('styles: row style without a styles part');
    this.cellStyle(id);
  }

  private resolve(id: number): CellStyle | null {
    if (!this.xfs) throw new LeanUnsupported('styles: cell style without cellXfs');
    const xf = this.xfs[id];
    if (!xf) return null;
    if ((valid(xf.fontId) && !this.fonts) || (valid(xf.fillId) && !this.hasFills) || (valid(xf.borderId) && !this.hasBorders)) {
      throw new LeanUnsupported('styles: a style refers to an empty list');
    }
    let numFmt: string | undefined;
    if (xf.numFmtId) numFmt = this.numFmts[xf.numFmtId] || BUILT_IN[xf.numFmtId];
    let font: string | null = null;
    if (valid(xf.fontId) && this.fonts) {
      const f = this.fonts[xf.fontId];
      if (f) font = f;
    }
    return { numFmt: numFmt, exceljsDate: exceljsDateFormat(numFmt), dateFormat: isDateFormat(numFmt), font: font };
  }
}
