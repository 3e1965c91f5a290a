/**
 * The head of each standard register sheet (title rows, header rows, merges) as plain grid rows, shared
 * by the sample workbook and the empty template.
 */
import { CellValue, MergedRange } from '../grid';
import { TemplateColumn, UNIT_TITLE } from './templateColumns';

export interface RegisterLayout {
  /** Rows from row 1 down to the last header row (or the column-number row). */
  rows: CellValue[][];
  merges: MergedRange[];
  titleRows: number[];
  headerRows: number[];
  /** The "(1) (2) (3)" row, when there is one. */
  numberRow: number | null;
  firstDataRow: number;
  columns: TemplateColumn[];
}

function emptyRow(width: number): CellValue[] {
  const r: CellValue[] = [];
  for (let i = 0; i < width; i++) r.push(null);
  return r;
}

function titleRow(text: string, width: number): CellValue[] {
  const r = emptyRow(width);
  r[0] = text;
  return r;
}

/**
 * Member list: title rows, a blank row, a two-row header ("Trình độ" merged over "Chuyên môn" and
 * "Lý luận chính trị", every other header merged down over both rows), then "(1)" "(2)" … .
 */
export function memberLayout(titles: string[], columns: TemplateColumn[]): RegisterLayout {
  const width = columns.length;
  const rows: CellValue[][] = [];
  const merges: MergedRange[] = [];
  const titleRows: number[] = [];
  for (let i = 0; i < titles.length; i++) {
    rows.push(titleRow(titles[i], width));
    titleRows.push(i + 1);
    merges.push({ top: i + 1, left: 1, bottom: i + 1, right: width });
  }
  rows.push(emptyRow(width));
  const top = rows.length + 1;
  const upper = emptyRow(width);
  const lower = emptyRow(width);
  const numbers = emptyRow(width);
  let c = 0;
  while (c < width) {
    const col = columns[c];
    numbers[c] = '(' + (c + 1) + ')';
    if (col.group) {
      let end = c;
      while (end + 1 < width && columns[end + 1].group === col.group) end++;
      upper[c] = col.group;
      merges.push({ top: top, left: c + 1, bottom: top, right: end + 1 });
      for (let k = c; k <= end; k++) {
        lower[k] = columns[k].header;
        numbers[k] = '(' + (k + 1) + ')';
      }
      c = end + 1;
    } else {
      upper[c] = col.header;
      merges.push({ top: top, left: c + 1, bottom: top + 1, right: c + 1 });
      c++;
    }
  }
  rows.push(upper, lower, numbers);
  return {
    rows: rows,
    merges: merges,
    titleRows: titleRows,
    headerRows: [top, top + 1],
    numberRow: top + 2,
    firstDataRow: top + 3,
    columns: columns,
  };
}

/** Meeting log: a title row, a blank row, a one-row header. */
export function meetingLayout(title: string, columns: TemplateColumn[]): RegisterLayout {
  const width = columns.length;
  const header = columns.map(function (c) {
    return c.header as CellValue;
  });
  return {
    rows: [titleRow(title, width), emptyRow(width), header],
    merges: [{ top: 1, left: 1, bottom: 1, right: width }],
    titleRows: [1],
    headerRows: [3],
    numberRow: null,
    firstDataRow: 4,
    columns: columns,
  };
}

/** Unit info: the title row, a blank row, then key–value rows. */
export function unitLayout(): RegisterLayout {
  return {
    rows: [[UNIT_TITLE, null], [null, null]],
    merges: [{ top: 1, left: 1, bottom: 1, right: 2 }],
    titleRows: [1],
    headerRows: [],
    numberRow: null,
    firstDataRow: 3,
    columns: [
      { header: 'Thông tin', width: 30, format: 'text' },
      { header: 'Giá trị', width: 70, format: 'text' },
    ],
  };
}
