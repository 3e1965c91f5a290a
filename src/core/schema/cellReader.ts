/**
 * Reading one cell of a register into a typed value, raising the reading findings at the cell's sheet,
 * Excel row and column letter with the raw value: unreadable or impossible dates and numbers, unknown
 * categories and their variants, empty required values, decomposed Unicode text, two-digit years.
 * Legacy TCVN3/VNI text is decoded for the whole grid before it gets here (legacyGrid.ts).
 */
import { CellValue, Grid, columnLetter, isDateCell } from '../grid';
import { SimpleDate, formatDate, parseDateValue } from '../dates';
import { Finding, FindingCode, Params, makeFinding } from '../findings';
import { cleanText, isDecomposed } from '../text/normalize';
import { CategoryParser, CategoryTable, parseYesNo } from './categories';
import { cellText, parseNumberCell, parsePresentOfTotal, parseTimeCell } from './values';

/** Where a value is read from; the fill gives merged cells their top cell's value. */
export interface ValueSource {
  at(grid: Grid, row: number, col: number): CellValue;
}

const COMBINING = /[\u0300-\u036f]/;

const PLAIN: ValueSource = {
  at: function (grid: Grid, row: number, col: number): CellValue {
    const r = grid.rows[row - grid.originRow];
    if (!r) return null;
    const v = r[col - grid.originCol];
    return v === undefined ? null : v;
  },
};

function shown(v: CellValue): string {
  return v === null || v === undefined ? '' : typeof v === 'string' ? cleanText(v) : String(v);
}

export class CellReader {
  readonly grid: Grid;
  readonly findings: Finding[];
  private source: ValueSource;
  private date1904: boolean;
  private today: SimpleDate | undefined;
  private letters: { [col: number]: string } = {};

  /** `today` decides the century of two-digit years (default: the local date). */
  constructor(grid: Grid, findings: Finding[], opts?: { source?: ValueSource; date1904?: boolean; today?: SimpleDate }) {
    this.grid = grid;
    this.findings = findings;
    this.source = (opts && opts.source) || PLAIN;
    this.date1904 = !!(opts && opts.date1904);
    this.today = opts && opts.today;
  }

  letter(col: number): string {
    let l = this.letters[col];
    if (!l) {
      l = columnLetter(col);
      this.letters[col] = l;
    }
    return l;
  }

  add(code: FindingCode, row: number | null, col: number | null, value: CellValue, params?: Params, extra?: { suggestion?: string; groupKey?: string }): void {
    this.findings.push(
      makeFinding(code, { sheet: this.grid.sheet, row: row, column: col === null ? null : this.letter(col), value: value }, params, extra),
    );
  }

  /** The raw value of a cell; text typed in decomposed Unicode is reported once per cell read. */
  value(row: number, col: number): CellValue {
    const v = this.source.at(this.grid, row, col);
    // Only text with combining marks can be decomposed: test for them before normalising.
    if (typeof v === 'string' && COMBINING.test(v) && isDecomposed(v)) {
      const nfc = cleanText(v);
      this.add('decomposed-text', row, col, v, { value: nfc }, { suggestion: nfc, groupKey: 'decomposed-text|' + nfc });
    }
    return v;
  }

  missing(row: number, col: number | null, label: string, who: string): void {
    this.add('required-value-missing', row, col, null, { field: label, who: who });
  }

  text(v: CellValue): string | null {
    return cellText(v);
  }

  /**
   * A date; empty -> null (and a finding when `required` names who it belongs to). A two-digit year is
   * read with its century decided and a hint to write all four digits.
   */
  date(v: CellValue, row: number, col: number, label: string, required: { who: string } | null): SimpleDate | null {
    const r = parseDateValue(typeof v === 'string' ? cleanText(v) : v, {
      isDateFormatted: isDateCell(this.grid, row, col),
      date1904: this.date1904,
      today: this.today,
    });
    if (r.ok) {
      if (r.twoDigitYear) {
        const full = formatDate(r.date);
        this.add('two-digit-year', row, col, v, { value: shown(v), field: label, suggestion: full }, { suggestion: full, groupKey: 'two-digit-year' });
      }
      return r.date;
    }
    if (r.reason === 'empty') {
      if (required) this.missing(row, col, label, required.who);
    } else {
      this.add(r.reason === 'impossible' ? 'impossible-date' : 'invalid-date', row, col, v, { value: shown(v), field: label });
    }
    return null;
  }

  /** A category id; variants are read with an info finding, unknown values give null and an error. */
  category<T extends string>(
    v: CellValue,
    row: number,
    col: number,
    parse: CategoryParser<T>,
    table: CategoryTable<T>,
    required: { who: string } | null,
  ): T | null {
    const r = parse(v);
    if (r.kind === 'empty') {
      if (required) this.missing(row, col, table.label, required.who);
      return null;
    }
    const s = shown(v);
    const key = s.toLowerCase();
    if (r.kind === 'unknown') {
      const extra: { suggestion?: string; groupKey?: string } = { groupKey: 'unknown-category|' + table.field + '|' + key };
      if (r.suggestion) extra.suggestion = r.suggestion;
      this.add('unknown-category', row, col, v, { value: s, field: table.label, suggestion: r.suggestion || '' }, extra);
      return null;
    }
    if (r.variant) {
      this.add('category-variant', row, col, v, { value: s, suggestion: r.suggestion }, {
        suggestion: r.suggestion,
        groupKey: 'category-variant|' + table.field + '|' + key,
      });
    }
    return r.id;
  }

  number(v: CellValue, row: number, col: number, label: string, required: { who: string } | null): number | null {
    const r = parseNumberCell(v);
    if (r.kind === 'ok') return r.value;
    if (r.kind === 'empty') {
      if (required) this.missing(row, col, label, required.who);
    } else this.add('invalid-number', row, col, v, { value: shown(v), field: label });
    return null;
  }

  /**
   * Attendance "có mặt/tổng số" in one cell ("15/17"). A cell Excel turned into a date (typing "5/7"
   * gives 5 July) cannot be read back safely: it is reported as not a number.
   */
  presentOfTotal(
    v: CellValue,
    row: number,
    col: number,
    label: string,
    required: { who: string } | null,
  ): { present: number; total: number | null } | null {
    const r = isDateCell(this.grid, row, col) && typeof v === 'number' ? { kind: 'invalid' as const } : parsePresentOfTotal(v);
    if (r.kind === 'ok') return r.value;
    if (r.kind === 'empty') {
      if (required) this.missing(row, col, label, required.who);
    } else this.add('invalid-number', row, col, v, { value: shown(v), field: label });
    return null;
  }

  /** Minutes since midnight. */
  time(v: CellValue, row: number, col: number, label: string): number | null {
    const r = parseTimeCell(v);
    if (r.kind === 'ok') return r.value;
    if (r.kind === 'invalid') this.add('invalid-time', row, col, v, { value: shown(v), field: label });
    return null;
  }

  yesNo(v: CellValue, row: number, col: number, label: string, field: string): boolean | null {
    const r = parseYesNo(v);
    if (r.kind === 'ok') return r.value;
    if (r.kind === 'unknown') {
      const s = shown(v);
      const extra: { suggestion?: string; groupKey?: string } = { groupKey: 'unknown-category|' + field + '|' + s.toLowerCase() };
      if (r.suggestion) extra.suggestion = r.suggestion;
      this.add('unknown-category', row, col, v, { value: s, field: label, suggestion: r.suggestion || '' }, extra);
    }
    return null;
  }
}
