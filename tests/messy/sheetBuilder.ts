/**
 * A sheet described cell by cell (values, date and time cells, fonts, text-formatted cells, merges,
 * hidden rows, an autofilter), and the writing of such sheets into a real .xlsx workbook with exceljs,
 * in the 1900 or the 1904 date system. The messy workbooks are built with it.
 */
import * as ExcelJS from 'exceljs';
import { CellValue, MergedRange } from '../../src/core/grid';
import { CellKind } from './sampleSource';

/** One cell to write. A bare value is a plain cell. */
export interface CellSpec {
  v: CellValue;
  kind?: CellKind;
  /** Font name ("Times New Roman", ".VnTime", "VNI-Times"). */
  font?: string;
  /** Formatted as text ("@"), as templates format ID and date columns so Excel keeps what is typed. */
  text?: boolean;
}

export type Put = CellValue | CellSpec;

interface PlacedCell extends CellSpec {
  row: number;
  col: number;
}

function isSpec(x: Put): x is CellSpec {
  return x !== null && typeof x === 'object';
}

export class SheetBuilder {
  readonly name: string;
  readonly cells: PlacedCell[] = [];
  readonly merges: MergedRange[] = [];
  readonly hidden: number[] = [];
  /** The autofilter range (a filter button on each header cell), when the sheet has one. */
  autoFilter: MergedRange | null = null;
  /** The next row addRow writes to. */
  next = 1;

  constructor(name: string) {
    this.name = name;
  }

  put(row: number, col: number, x: Put): void {
    if (x === null || x === undefined) return;
    const spec: CellSpec = isSpec(x) ? x : { v: x };
    if (spec.v === null || spec.v === undefined) return;
    this.cells.push({ row: row, col: col, v: spec.v, kind: spec.kind, font: spec.font, text: spec.text });
  }

  /** Write `values` on the next row from column `col`; returns the row number. */
  addRow(values: Put[], col?: number): number {
    const row = this.next++;
    for (let i = 0; i < values.length; i++) this.put(row, (col || 1) + i, values[i]);
    return row;
  }

  skip(n?: number): void {
    this.next += n === undefined ? 1 : n;
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    this.merges.push({ top: top, left: left, bottom: bottom, right: right });
  }

  hide(row: number): void {
    this.hidden.push(row);
  }
}

export interface BookSpec {
  sheets: SheetBuilder[];
  date1904?: boolean;
}

const DAYS_1904 = 1462;

/** A 1900-system serial as the JS Date exceljs writes back to that serial. */
function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86400000));
}

function writeCell(cell: ExcelJS.Cell, spec: PlacedCell, date1904: boolean): void {
  if (spec.kind === 'date' && typeof spec.v === 'number') {
    // A 1904 workbook stores its own serials (as a Mac Excel file does); a 1900 one gets JS Dates.
    cell.value = date1904 ? spec.v - DAYS_1904 : serialToDate(spec.v);
    cell.numFmt = 'dd/mm/yyyy';
  } else if (spec.kind === 'time' && typeof spec.v === 'number') {
    cell.value = spec.v;
    cell.numFmt = 'hh:mm';
  } else {
    cell.value = spec.v as ExcelJS.CellValue;
    if (spec.text) cell.numFmt = '@';
  }
  if (spec.font) cell.font = { name: spec.font };
}

/** The workbook's bytes. */
export async function writeBook(book: BookSpec): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  if (book.date1904) wb.properties.date1904 = true;
  for (const s of book.sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const c of s.cells) writeCell(ws.getCell(c.row, c.col), c, !!book.date1904);
    for (const m of s.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
    for (const r of s.hidden) ws.getRow(r).hidden = true;
    if (s.autoFilter) {
      const f = s.autoFilter;
      ws.autoFilter = { from: { row: f.top, column: f.left }, to: { row: f.bottom, column: f.right } };
    }
  }
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
