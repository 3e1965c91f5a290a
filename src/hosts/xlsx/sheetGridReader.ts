/**
 * One worksheet part, streamed into a Grid exactly as readWorkbook.ts's worksheetToGrid builds it from an
 * exceljs workbook: the same values (exceljs's reading of each <c>: shared, inline and formula strings,
 * numbers, dates in date-formatted cells, booleans, errors, cached formula results), the same date cells,
 * text-cell fonts, hidden rows, merged ranges (non-master cells dropped) and autofilter. Rows become grid
 * rows as they arrive; merges and hyperlinks, which come after the cells, adjust the grid at the end.
 * Whatever exceljs would read oddly (rows out of order, a cell's own row differing from its <row>, an
 * element exceljs would misparse) is LeanUnsupported, and the caller falls back to exceljs.
 */
import { CellValue, Grid, MergedRange, columnLetter, columnNumber } from '../../core/grid';
import { autoFilterRange } from './autoFilterRange';
import { serialOfTime } from './cellValue';
import { asReadonlyMap, asReadonlySet, CellKeyMap, CellKeySet } from './cellKeys';
import { CellStyles, CellStyle, NO_STYLE } from './cellStyles';
import { LeanUnsupported } from './leanUnsupported';
import { NO_STRING, RichString, SharedString, decodeXEscapes } from './sharedStrings';
import { XmlHandler, XmlScanner } from './xmlScanner';

/** exceljs's utils.xmlDecode (applied again to t="str" values and sheet names). */
export function xmlDecode(text: string): string {
  return text.replace(/&([a-z]*);/g, function (c: string) {
    switch (c) {
      case '&lt;':
        return '<';
      case '&gt;':
        return '>';
      case '&amp;':
        return '&';
      case '&apos;':
        return "'";
      case '&quot;':
        return '"';
      default:
        return c;
    }
  });
}

function unsupported(why: string): never {
  throw new LeanUnsupported('sheet: ' + why);
}

/** exceljs's excelToDate then our dateToSerial; `x` is whatever exceljs had (it coerces). */
function dateSerial(x: unknown, date1904: boolean): number | null {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const ms = Math.round(((x as any) - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000);
  // new Date(ms).getTime() without the Date: an integer, NaN beyond ±8.64e15 ms (TimeClip).
  if (!(Math.abs(ms) <= 8.64e15)) return null;
  return serialOfTime(ms + 0, date1904);
}

/** Stands for a value whose text is digits only (see valueUint): defined and truthy, like the text. */
const DIGITS = '0';

/** A formula result exceljs turned into a JS Date (always truthy, even an invalid one). */
const DATE_RESULT = { date: true };

const MERGE_REF = /^([A-Z]{1,3})([1-9][0-9]*):([A-Z]{1,3})([1-9][0-9]*)$/;

interface Run {
  text: string | undefined;
  font: string | undefined;
}

type Node = 0 | 1 | 2; // none, f, v/t

export interface SheetContext {
  name: string;
  date1904: boolean;
  styles: CellStyles;
  sharedStrings: SharedString[] | null;
  /** Relationship ids of the sheet's own .rels part (hyperlinks refer to them), or null without one. */
  rels: Set<string> | null;
}

export class SheetGridReader implements XmlHandler {
  private depth = 0;
  /** Depth of an element whose content is skipped (0: none). */
  private skip = 0;
  private sheetDataSeen = false;
  private inSheetData = false;
  // Grid being built.
  private readonly rows: CellValue[][] = [];
  private readonly dateCells = new CellKeySet();
  private readonly fonts = new CellKeyMap();
  /** Hidden rows, with whether exceljs counts them as having values. */
  private readonly hidden = new Map<number, boolean>();
  private lastRowNumber = 0;
  private merges: string[] = [];
  private hyperlinks: { ref: string | undefined; rId: string }[] = [];
  private autoFilter: string | undefined;
  /** Cells a hyperlink would change, kept only when the sheet has relationships: address -> kind. */
  private readonly linkable: Map<string, 'empty' | 'runfont' | 'formula' | 'anchor'> | null;
  /** Unstyled empty cells (which exceljs skips) since the last cell it keeps, in this row: their addresses. */
  private skipped: string[] = [];
  // Current row.
  private rowNumber = 0;
  private rowHidden = false;
  private rowHasValues = false;
  private out: CellValue[] = [];
  private prevCol = 0;
  // Current cell.
  private inCell = false;
  private cellCol = 0;
  private cellAddress: string | undefined;
  private cellStyleId = 0;
  private cellType: string | undefined;
  private formula = '';
  private shareType: string | undefined;
  private formulaSi: string | undefined;
  private formulaRef: string | undefined;
  /** Shared formulas' masters: si -> the master's address (exceljs's options.formulae). */
  private readonly sharedMasters = new Map<string, string | undefined>();
  private node: Node = 0;
  private value: string | undefined;
  /** The value text as an unsigned integer when it is one (and the only text), else -1. */
  private valueUint = -1;
  private runs: Run[] | null = null;
  // Current rich-text run.
  private inRun = false;
  private runDepth = 0;
  private run: Run = { text: undefined, font: undefined };
  private inRunT = false;
  private runT = '';
  private inRPr = false;

  constructor(private readonly ctx: SheetContext) {
    this.linkable = ctx.rels && ctx.rels.size ? new Map() : null;
  }

  open(name: string, s: XmlScanner): void {
    const d = ++this.depth;
    if (this.skip) return;
    if (d === 1) {
      if (name !== 'worksheet') unsupported('root <' + name + '>');
      return;
    }
    if (this.inCell) {
      this.cellOpen(name, s);
      return;
    }
    if (this.inSheetData) {
      if (d === 3) {
        if (name !== 'row') unsupported('<' + name + '> in sheetData');
        this.rowOpen(s);
      } else if (d === 4) {
        if (name !== 'c') unsupported('<' + name + '> in a row');
        this.cellStart(s);
      } else unsupported('<' + name + '> at depth ' + d);
      return;
    }
    if (d === 2) {
      switch (name) {
        case 'sheetData':
          if (this.sheetDataSeen) unsupported('two sheetData');
          this.sheetDataSeen = true;
          this.inSheetData = true;
          return;
        case 'mergeCells':
          this.merges = [];
          return;
        case 'hyperlinks':
          this.hyperlinks = [];
          return;
        case 'autoFilter':
          this.autoFilter = s.attr('ref');
          this.skip = d;
          return;
        default:
          this.skip = d;
          return;
      }
    }
    if (d === 3) {
      if (name === 'mergeCell') {
        const ref = s.attr('ref');
        if (ref === undefined) unsupported('mergeCell without ref');
        this.merges.push(ref);
      } else if (name === 'hyperlink') {
        const rId = s.attr('r:id');
        if (rId) this.hyperlinks.push({ ref: s.attr('ref'), rId: rId });
      } else unsupported('<' + name + '> in a list');
      this.skip = d;
      return;
    }
    unsupported('<' + name + '> at depth ' + d);
  }

  close(): void {
    const d = this.depth--;
    if (this.skip) {
      if (d === this.skip) this.skip = 0;
      return;
    }
    if (this.inCell) {
      if (d === 4) this.cellEnd();
      else this.cellClose(d);
      return;
    }
    if (this.inSheetData) {
      if (d === 3) this.rowEnd();
      else if (d === 2) this.inSheetData = false;
    }
  }

  text(s: XmlScanner): void {
    if (!this.inCell) return;
    if (this.inRun) {
      if (this.inRunT) this.runT += s.textValue();
      return;
    }
    if (this.node === 1) this.formula += s.textValue();
    else if (this.node === 2 && !this.runs) {
      const t = this.cellType;
      if (this.value === undefined && (t === 's' || t === undefined || t === 'n') && !this.formula && !this.shareType) {
        const n = s.textUint();
        if (n >= 0) {
          // Digits only: the common shared-string index or whole number, kept without a string.
          this.valueUint = n;
          this.value = DIGITS;
          return;
        }
      } else if (this.valueUint >= 0) {
        this.value = String(this.valueUint);
        this.valueUint = -1;
      }
      const text = s.textValue();
      this.value = this.value ? this.value + text : text;
    }
  }

  // ---- rows ----

  private rowOpen(s: XmlScanner): void {
    const r = s.attr('r');
    const n = r === undefined ? NaN : parseInt(r, 10);
    if (!(n >= 1) || n <= this.rowNumber) unsupported('row number ' + r);
    this.rowNumber = n;
    const hidden = s.attr('hidden');
    this.rowHidden = hidden === 'true' || hidden === '1';
    const style = s.attr('s');
    if (style) this.ctx.styles.checkRowStyle(parseInt(style, 10));
    this.rowHasValues = false;
    this.out = [];
    this.prevCol = 0;
    if (this.skipped.length) this.skipped.length = 0;
  }

  private rowEnd(): void {
    const n = this.rowNumber;
    if (this.rowHasValues) {
      // A copy at its exact length: a list grown by pushes keeps spare room (41 slots for 20 cells).
      this.rows[n - 1] = this.out.slice();
      this.lastRowNumber = n;
    }
    if (this.rowHidden) this.hidden.set(n, this.rowHasValues);
    this.dateCells.sealRow(n);
    this.fonts.sealRow(n);
    this.out = [];
  }

  // ---- cells ----

  private cellStart(s: XmlScanner): void {
    this.inCell = true;
    const ri = s.attrIndex('r');
    if (ri >= 0) {
      const buf = s.buf;
      let p = s.attrStart[ri];
      const e = s.attrEnd[ri];
      let col = 0;
      while (p < e && buf[p] >= 0x41 && buf[p] <= 0x5a) col = col * 26 + (buf[p++] - 0x40);
      let row = 0;
      const digits = p;
      while (p < e && buf[p] >= 0x30 && buf[p] <= 0x39) row = row * 10 + (buf[p++] - 0x30);
      if (p !== e || col === 0 || col > 16384 || digits === p || buf[digits] === 0x30) unsupported('cell reference ' + s.attrValue(ri));
      if (row !== this.rowNumber) unsupported('cell ' + s.attrValue(ri) + ' in row ' + this.rowNumber);
      this.cellCol = col;
      this.cellAddress = this.linkable ? s.attrValue(ri) : undefined;
    } else {
      this.cellCol = 0;
      this.cellAddress = undefined;
    }
    const si = s.attrIndex('s');
    let styleId = 0;
    if (si >= 0) {
      const buf = s.buf;
      const e = s.attrEnd[si];
      let p = s.attrStart[si];
      let ok = p < e;
      for (; p < e; p++) {
        const b = buf[p];
        if (b < 0x30 || b > 0x39) {
          ok = false;
          break;
        }
        styleId = styleId * 10 + (b - 0x30);
      }
      if (!ok) styleId = parseInt(s.attrValue(si), 10);
    }
    this.cellStyleId = styleId;
    const ti = s.attrIndex('t');
    this.cellType = ti < 0 ? undefined : s.attrShort(ti);
    this.valueUint = -1;
    this.formula = '';
    this.shareType = undefined;
    this.formulaSi = undefined;
    this.formulaRef = undefined;
    this.node = 0;
    this.value = undefined;
    this.runs = null;
    this.inRun = false;
  }

  private cellOpen(name: string, s: XmlScanner): void {
    if (this.inRun) {
      if (this.inRunT) unsupported('element inside <t>');
      if (name === 't') {
        this.inRunT = true;
        this.runT = '';
      } else if (name === 'rPr') this.inRPr = true;
      else if (name === 'rFont' && this.inRPr) {
        const v = s.attr('val');
        if (v) this.run.font = v;
      }
      return;
    }
    switch (name) {
      case 'f':
        this.node = 1;
        this.shareType = s.attr('t');
        this.formulaSi = s.attr('si');
        this.formulaRef = s.attr('ref');
        return;
      case 'v':
      case 't':
        this.node = 2;
        return;
      case 'is':
        return;
      case 'r':
        if (this.value !== undefined) unsupported('a run after text in a cell');
        this.inRun = true;
        this.runDepth = this.depth;
        this.run = { text: undefined, font: undefined };
        this.inRunT = false;
        this.inRPr = false;
        return;
      default:
        // exceljs ends the cell (and the rows after it) at such an element's close.
        unsupported('<' + name + '> in a cell');
    }
  }

  private cellClose(d: number): void {
    if (this.inRun) {
      if (d === this.runDepth) {
        this.inRun = false;
        if (!this.runs) this.runs = [];
        this.runs.push(this.run);
      } else if (this.inRunT) {
        this.inRunT = false;
        this.run.text = decodeXEscapes(this.runT);
      } else if (this.inRPr && d === this.runDepth + 1) this.inRPr = false;
      return;
    }
    this.node = 0;
  }

  private cellEnd(): void {
    this.inCell = false;
    const ctx = this.ctx;
    const styleId = this.cellStyleId;
    if (!styleId && !this.formula && !this.shareType && this.value === undefined && !this.runs) {
      // No value and no style: exceljs skips the cell (as a "merge" cell), wherever it is.
      if (this.linkable && this.cellAddress !== undefined) {
        this.linkable.set(this.cellAddress, 'empty');
        this.skipped.push(this.cellAddress);
      }
      return;
    }
    let col = this.cellCol;
    if (!col) {
      if (!this.prevCol) unsupported('first cell of a row without a reference');
      col = this.prevCol + 1;
      // Its column follows the last cell exceljs keeps; a hyperlink on a skipped cell before it would keep
      // that cell and move this one: such hyperlinks go to exceljs.
      if (this.linkable) for (let i = 0; i < this.skipped.length; i++) this.linkable.set(this.skipped[i], 'anchor');
    }
    const style: CellStyle = styleId ? ctx.styles.cellStyle(styleId) : NO_STYLE;
    const t = this.cellType;
    const uint = this.valueUint;
    // Digits-only text (only kept so for s, n or no type): the number itself where it is parsed below.
    const value: string | undefined = uint >= 0 ? (this.formula || this.shareType ? String(uint) : DIGITS) : this.value;
    const rich: Run[] | null = this.runs;
    let v: CellValue = null;
    let isDate = false;
    let runFont: string | null = null;
    if (this.formula || this.shareType) {
      let result: unknown = undefined;
      let dateInput: unknown = undefined;
      if (value || rich) {
        if (t === 'str') {
          if (rich) unsupported('rich text in a formula string');
          result = xmlDecode(value as string);
        } else if (t === 'b') result = rich ? true : parseInt(value as string, 10) !== 0;
        else if (t === 'e') result = { error: rich ? '[object Object]' : value };
        else result = rich ? NaN : parseFloat(value as string);
      }
      if (result !== undefined && style.exceljsDate) {
        dateInput = result;
        result = DATE_RESULT;
        isDate = true;
      }
      // exceljs gives a formula cell's value through a copy that keeps only truthy fields: no formula
      // text (a shared formula whose master is unknown) or a result of 0, "" or false give no value.
      let hasFormula = !!this.formula;
      if (this.shareType === 'shared') {
        if (this.formulaRef) this.sharedMasters.set(String(this.formulaSi), this.cellCol ? columnLetter(col) + this.rowNumber : undefined);
        else hasFormula = hasFormula || !!this.sharedMasters.get(String(this.formulaSi));
      }
      if (!hasFormula || !result) {
        if (this.linkable && this.cellAddress !== undefined) this.linkable.set(this.cellAddress, 'formula');
        result = undefined;
        isDate = false;
      }
      if (result === DATE_RESULT) v = dateSerial(dateInput, ctx.date1904);
      else if (typeof result === 'string' || typeof result === 'boolean') v = result;
      else if (typeof result === 'number') v = isFinite(result) ? result : null;
      else if (result) v = String((result as { error: unknown }).error);
    } else if (value !== undefined || rich) {
      switch (t) {
        case 's': {
          if (rich) unsupported('rich text in a shared-string cell');
          const sst = ctx.sharedStrings;
          if (!sst) unsupported('shared string without a sharedStrings part');
          const entry = sst[uint >= 0 ? uint : parseInt(value as string, 10)];
          if (entry === undefined) unsupported('shared string index ' + value);
          if (typeof entry === 'string') v = entry;
          else if (entry !== NO_STRING) {
            v = (entry as RichString).text;
            runFont = (entry as RichString).runFont;
          }
          break;
        }
        case 'str':
          if (rich) unsupported('rich text in a str cell');
          v = xmlDecode(value as string);
          break;
        case 'inlineStr':
          if (rich) {
            let text = '';
            for (let i = 0; i < rich.length; i++) {
              text += rich[i].text || '';
              if (runFont === null && rich[i].font) runFont = rich[i].font as string;
            }
            v = text;
          } else v = value as string;
          break;
        case 'b':
          v = rich ? true : parseInt(value as string, 10) !== 0;
          break;
        case 'e':
          v = rich ? '[object Object]' : String(value);
          break;
        default: {
          const num = rich ? NaN : uint >= 0 ? uint : parseFloat(value as string);
          if (style.exceljsDate) {
            v = dateSerial(num, ctx.date1904);
            isDate = true;
          } else v = isFinite(num) ? num : null;
        }
      }
    } else {
      // No value but a style: exceljs keeps an empty cell, which would replace an earlier cell in its column.
      if (this.linkable && this.cellAddress !== undefined) this.linkable.set(this.cellAddress, 'empty');
      if (col <= this.prevCol) unsupported('cells out of order in row ' + this.rowNumber);
      this.prevCol = col;
      if (this.skipped.length) this.skipped.length = 0;
      return;
    }
    if (col <= this.prevCol) unsupported('cells out of order in row ' + this.rowNumber);
    this.prevCol = col;
    if (this.skipped.length) this.skipped.length = 0;
    this.rowHasValues = true;
    if (v === null) return;
    const out = this.out;
    while (out.length < col - 1) out.push(null);
    out[col - 1] = v;
    if (isDate || (typeof v === 'number' && style.dateFormat)) this.dateCells.add(this.rowNumber, col);
    if (typeof v === 'string') {
      const font = style.font || runFont;
      if (font) {
        this.fonts.set(this.rowNumber, col, font);
        if (!style.font && this.linkable && this.cellAddress !== undefined) this.linkable.set(this.cellAddress, 'runfont');
      }
    }
  }

  // ---- the end ----

  /** The grid, once the part has been scanned. */
  grid(): Grid {
    this.applyHyperlinks();
    const merges = this.applyMerges();
    const rows = this.rows;
    rows.length = this.lastRowNumber;
    for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
    const hiddenRows = new Set<number>();
    this.hidden.forEach(function (hasValues, n) {
      if (hasValues) hiddenRows.add(n);
    });
    const grid: Grid = {
      sheet: this.ctx.name,
      rows: rows,
      originRow: 1,
      originCol: 1,
      merges: merges,
      dateCells: asReadonlySet(this.dateCells),
      hiddenRows: hiddenRows,
      fonts: asReadonlyMap(this.fonts),
    };
    const filter = this.autoFilter ? autoFilterRange(this.autoFilter) : null;
    if (filter) grid.autoFilter = filter;
    return grid;
  }

  /** Mark row n as having values (exceljs: it holds a cell that is not empty). */
  private touchRow(n: number): void {
    if (!this.rows[n - 1]) this.rows[n - 1] = [];
    if (n > this.lastRowNumber) this.lastRowNumber = n;
    if (this.hidden.has(n)) this.hidden.set(n, true);
  }

  private applyHyperlinks(): void {
    if (!this.hyperlinks.length) return;
    const rels = this.ctx.rels;
    for (let i = 0; i < this.hyperlinks.length; i++) {
      const h = this.hyperlinks[i];
      if (!rels || !rels.has(h.rId)) unsupported('hyperlink to a missing relationship');
      if (h.ref === undefined) unsupported('hyperlink without ref');
    }
    const linkable = this.linkable;
    if (!linkable) return;
    for (let i = 0; i < this.hyperlinks.length; i++) {
      const ref = this.hyperlinks[i].ref as string;
      const kind = linkable.get(ref);
      if (!kind) continue;
      const m = ref.match(/^([A-Z]+)([0-9]+)$/);
      if (!m) continue;
      // A hyperlink gives a formula cell its raw result, even 0 or "": exceljs decides those.
      if (kind === 'formula') unsupported('hyperlink on a formula cell without a value');
      if (kind === 'anchor') unsupported('hyperlink on a skipped cell before cells without references');
      if (kind === 'empty') this.touchRow(+m[2]);
      else this.fonts.remove(+m[2], columnNumber(m[1]));
    }
  }

  private applyMerges(): MergedRange[] {
    const ranges: MergedRange[] = [];
    for (let i = 0; i < this.merges.length; i++) {
      const m = this.merges[i].match(MERGE_REF);
      if (!m) unsupported('merge ' + this.merges[i]);
      const r1 = +m[2];
      const r2 = +m[4];
      const c1 = columnNumber(m[1]);
      const c2 = columnNumber(m[3]);
      ranges.push({ top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) });
    }
    const byTop = ranges.slice().sort(function (a, b) {
      return a.top - b.top || a.left - b.left;
    });
    for (let i = 0; i < byTop.length; i++) {
      const a = byTop[i];
      for (let j = i + 1; j < byTop.length && byTop[j].top <= a.bottom; j++) {
        const b = byTop[j];
        if (b.left <= a.right && b.right >= a.left) unsupported('overlapping merges');
      }
    }
    for (let i = 0; i < byTop.length; i++) {
      const g = byTop[i];
      for (let r = g.top; r <= g.bottom; r++) {
        if (r === g.top && g.right === g.left) continue;
        this.touchRow(r);
        const row = this.rows[r - 1];
        const from = r === g.top ? g.left + 1 : g.left;
        for (let c = from; c <= g.right && c <= row.length; c++) {
          if (row[c - 1] !== null && row[c - 1] !== undefined) {
            row[c - 1] = null;
            this.dateCells.remove(r, c);
            this.fonts.remove(r, c);
          }
        }
        while (row.length && (row[row.length - 1] === null || row[row.length - 1] === undefined)) row.length--;
      }
    }
    return byTop;
  }
}
