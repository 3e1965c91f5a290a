/**
 * fast-check arbitraries for register-like grids: cells drawn from the words real registers hold (the
 * schemas' header spellings, category labels and their variants, chi bộ and group titles, total and
 * column-number labels, dates in every form, counts, Vietnamese text in Unicode, NFD, TCVN3 and VNI)
 * mixed with noise, and the sheet furniture around them (merges, date formats, hidden rows, fonts, an
 * autofilter, an origin other than A1). `tableGrid` builds a header over typed columns so that the
 * random data reaches the rules and the figures, not only the header detection.
 */
import fc from 'fast-check';
import { CellValue, Grid, MergedRange } from '../../src/core/grid';
import { MEMBER_FIELDS } from '../../src/core/schema/members';
import { MEETING_FIELDS } from '../../src/core/schema/meetings';
import { UNIT_KEYS } from '../../src/core/schema/unitInfo';
import { EDUCATION, GENDER, MEETING_KIND, STATUS, THEORY } from '../../src/core/schema/categories';
import { encodeTcvn3 } from '../../src/core/text/tcvn3';
import { encodeVni } from '../../src/core/text/vni';

function spellings(table: { entries: { label: string; accepted?: string[]; variants?: string[] }[] }): string[] {
  const out: string[] = [];
  for (const e of table.entries) out.push(e.label, ...(e.accepted || []), ...(e.variants || []));
  return out;
}

const HEADER_WORDS: string[] = [];
for (const f of MEMBER_FIELDS.concat(MEETING_FIELDS)) for (const s of f.exact) HEADER_WORDS.push(s);
HEADER_WORDS.push('STT', 'TT', 'Số TT', 'Ghi chú', 'Xếp loại năm 2019', 'Xếp loại năm 2020', 'Trình độ', 'Ngày, tháng, năm sinh', 'Họ và tên *', 'Sinh ngày * (dd/mm/yyyy)');

const CATEGORY_WORDS = ([] as string[]).concat(spellings(GENDER), spellings(THEORY), spellings(EDUCATION), spellings(STATUS), spellings(MEETING_KIND), [
  'x',
  'X',
  'Có',
  'Không',
  'HTTNV',
  'HTXSNV',
  'Kinh',
  'Tày',
  'Công giáo',
  'Phật giáo',
]);

const CELL_NAMES = ['Chi bộ Văn phòng', 'Chi bộ Kỹ thuật', 'CB Văn phòng', 'chi bộ văn phòng', 'Chi bộ Trung tâm', 'Văn phòng Sở'];

const LAYOUT_WORDS = [
  'I. Chi bộ Văn phòng',
  'II. Văn phòng Sở',
  'A. ĐẢNG VIÊN CHÍNH THỨC',
  'Tháng 01/2020',
  'Quý I/2020',
  'Tổng cộng',
  'Cộng',
  'Tổng số: 66',
  'DANH SÁCH ĐẢNG VIÊN CHI BỘ KỸ THUẬT',
  'SỔ THEO DÕI SINH HOẠT CHI BỘ VĂN PHÒNG NĂM 2020',
  'Người lập biểu',
  'Vĩnh Yên, ngày 20 tháng 12 năm 2020',
  'T/M ĐẢNG ỦY',
  '(1)',
  '(2)',
  '(3)',
  'A',
  'B',
  '1',
  '2',
];

const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Hoàng Cường', 'Phạm Thị Dung', 'Đặng Quốc Gia', 'Ngô Thị Lan', 'Hồ Minh Khang', 'Lương Thị Thủy'];

const TEXT_DATES = [
  '22/02/2018',
  '2/2/2018',
  '30.04.2008',
  '05/03/75',
  '1/2/08',
  '2018-02-22',
  '31/02/2020',
  '00/00/0000',
  '13/13/2013',
  '03/2019',
  'tháng 3/2019',
  'T3/2019',
  '1975',
  '0',
  'ngày 22 tháng 02 năm 2018',
  '99/99/99',
  '29/02/1900',
  '31/12/9999',
  '12:00',
  '14h30',
  '15/17',
  '17 đồng chí',
  '1.234',
  '12,5',
  '-3',
  '043153',
  '012345678901',
  '30.000010',
];

/** A header spelling, sometimes in capitals, folded, padded, or with notes in brackets. */
export const headerWord: fc.Arbitrary<string> = fc.tuple(fc.constantFrom(...HEADER_WORDS), fc.integer({ min: 0, max: 5 })).map(([w, how]) => {
  switch (how) {
    case 0:
      return w.toUpperCase();
    case 1:
      return '  ' + w + ' *';
    case 2:
      return w + ' (ghi rõ)';
    case 3:
      return w.normalize('NFD');
    default:
      return w;
  }
});

const vietnameseText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...NAMES, ...CELL_NAMES, ...CATEGORY_WORDS),
  fc.array(fc.constantFrom(...NAMES, ...CATEGORY_WORDS, ...LAYOUT_WORDS), { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' ')),
);

/** Text as typed in a legacy encoding or decomposed. */
const encodedText: fc.Arbitrary<string> = fc.tuple(vietnameseText, fc.constantFrom<'tcvn3' | 'tcvn3h' | 'vni' | 'nfd'>('tcvn3', 'tcvn3h', 'vni', 'nfd')).map(([t, enc]) => {
  if (enc === 'nfd') return t.normalize('NFD');
  if (enc === 'vni') return encodeVni(t);
  return encodeTcvn3(enc === 'tcvn3h' ? t.toUpperCase() : t, { upper: enc === 'tcvn3h' });
});

const numberValue: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -5, max: 100 }),
  fc.integer({ min: 1, max: 80000 }),
  fc.constantFrom(0, -0, 0.5, 0.999999, 1900, 1975, 2020, 2100, 60, 61, 1e21, -1e9, 43153, 0.5833333),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
);

/** Any cell value a host can deliver. */
export const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 3, arbitrary: headerWord },
  { weight: 4, arbitrary: vietnameseText },
  { weight: 2, arbitrary: encodedText },
  { weight: 2, arbitrary: fc.constantFrom(...LAYOUT_WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...TEXT_DATES) },
  { weight: 4, arbitrary: numberValue },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
);

export interface GridShape {
  originRow: number;
  originCol: number;
  rows: CellValue[][];
}

/** Merges, date cells, hidden rows, fonts and a filter laid over a grid's rows. */
function furnished(sheet: string, shape: GridShape, dateKeys?: string[]): fc.Arbitrary<Grid> {
  const height = Math.max(1, shape.rows.length);
  let width = 1;
  for (const r of shape.rows) width = Math.max(width, r.length);
  const r0 = shape.originRow;
  const c0 = shape.originCol;
  // Merges may reach past the grid (a host gives the merges that touch the range it read) and overlap.
  const merge: fc.Arbitrary<MergedRange> = fc
    .tuple(fc.integer({ min: 0, max: height }), fc.integer({ min: 0, max: width }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 6 }))
    .map(([r, c, dh, dw]) => ({ top: r0 + r, left: c0 + c, bottom: r0 + r + dh, right: c0 + c + dw }));
  const cellKey = fc.tuple(fc.integer({ min: 0, max: height - 1 }), fc.integer({ min: 0, max: width - 1 })).map(([r, c]) => r0 + r + ':' + (c0 + c));
  return fc
    .record({
      merges: fc.array(merge, { maxLength: 6 }),
      dates: fc.array(cellKey, { maxLength: 30 }),
      hidden: fc.array(fc.integer({ min: r0 - 1, max: r0 + height }), { maxLength: 6 }),
      fonts: fc.array(fc.tuple(cellKey, fc.constantFrom('.VnTime', '.VnTimeH', 'VNI-Times', 'Times New Roman', 'Arial')), { maxLength: 10 }),
      filter: fc.option(merge, { nil: undefined }),
      numberColumns: fc.boolean(),
    })
    .map((f) => {
      const dateCells = new Set<string>(f.dates.concat(dateKeys || []));
      // Whole date columns, as a template formats them.
      if (f.numberColumns)
        shape.rows.forEach((row, i) =>
          row.forEach((v, j) => {
            if (typeof v === 'number' && j % 3 === 0) dateCells.add(r0 + i + ':' + (c0 + j));
          }),
        );
      const grid: Grid = {
        sheet: sheet,
        rows: shape.rows,
        originRow: r0,
        originCol: c0,
        merges: f.merges,
        dateCells: dateCells,
        hiddenRows: new Set(f.hidden),
        fonts: new Map(f.fonts),
      };
      if (f.filter) grid.autoFilter = f.filter;
      return grid;
    });
}

/** A grid of random cells (often ragged), 0 to 25 rows of 0 to 14 columns, anchored at A1 or further in. */
export function noiseGrid(sheet: string): fc.Arbitrary<Grid> {
  return fc
    .record({
      originRow: fc.constantFrom(1, 1, 1, 2, 7),
      originCol: fc.constantFrom(1, 1, 1, 3),
      rows: fc.array(fc.array(cellValue, { maxLength: 14 }), { maxLength: 25 }),
    })
    .chain((shape) => furnished(sheet, shape));
}

type ColumnKind = 'text' | 'name' | 'date' | 'category' | 'count' | 'cell' | 'time' | 'any';

/** What a column under a header word holds, roughly, so that rows parse often and fail sometimes. */
function kindOf(header: string): ColumnKind {
  const h = header.toLowerCase();
  if (/tên|họ/.test(h)) return 'name';
  if (/giờ|bắt đầu|kết thúc/.test(h)) return 'time';
  if (/ngày|sinh|thời gian|tháng/.test(h)) return 'date';
  if (/chi bộ|^cb$/.test(h)) return 'cell';
  if (/số|có mặt|vắng|miễn|dự|tổng/.test(h)) return 'count';
  if (/giới|trình độ|chuyên môn|lý luận|llct|trạng thái|tình trạng|hình thức|loại|nghị quyết|cấp trên/.test(h)) return 'category';
  return 'text';
}

function typedValue(kind: ColumnKind): fc.Arbitrary<CellValue> {
  const noise = { weight: 1, arbitrary: cellValue };
  switch (kind) {
    case 'name':
      return fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...NAMES) }, { weight: 1, arbitrary: encodedText }, noise);
    case 'date':
      return fc.oneof(
        // Mostly 2017-2021, the years of a report period; sometimes anywhere from 1954 to 2028.
        { weight: 5, arbitrary: fc.integer({ min: 42736, max: 44561 }) },
        { weight: 1, arbitrary: fc.integer({ min: 20000, max: 47000 }) },
        // Past the last day Excel shows, and a day that is only a time.
        { weight: 1, arbitrary: fc.constantFrom(2958465, 2958466, 3e6, 1e15, 1e21, 0.25, -1) },
        { weight: 3, arbitrary: fc.constantFrom(...TEXT_DATES) },
        { weight: 1, arbitrary: fc.integer({ min: 1940, max: 2030 }) },
        noise,
      );
    case 'time':
      return fc.oneof({ weight: 4, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) }, { weight: 2, arbitrary: fc.constantFrom('14:00', '8h30', '16g', '25:00') }, noise);
    case 'count':
      return fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 0, max: 40 }) }, { weight: 2, arbitrary: fc.constantFrom('17', '05', '15/17', '3 đồng chí', '1.234', '-1') }, noise);
    case 'category':
      return fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...CATEGORY_WORDS) }, noise);
    case 'cell':
      return fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...CELL_NAMES) }, noise);
    default:
      return fc.oneof({ weight: 2, arbitrary: vietnameseText }, noise, fc.constant(null));
  }
}

/**
 * A table-like grid: title rows, a header of 2 to 12 header words (sometimes over a second header row
 * and a column-number row), then up to 30 rows whose columns hold what their header suggests, with
 * noise, blank rows, group-title and total rows mixed in; sometimes a second table under the first.
 */
export function tableGrid(sheet: string): fc.Arbitrary<Grid> {
  const table = fc.array(headerWord, { minLength: 2, maxLength: 12 }).chain((headers) =>
    fc.record({
      titles: fc.array(fc.constantFrom(...LAYOUT_WORDS, 'DANH SÁCH ĐẢNG VIÊN', null as unknown as string), { maxLength: 3 }),
      lower: fc.option(fc.array(fc.oneof(fc.constant(null), headerWord), { minLength: headers.length, maxLength: headers.length }), { nil: undefined }),
      numberRow: fc.boolean(),
      rows: fc.array(
        fc.oneof(
          { weight: 8, arbitrary: fc.tuple(...headers.map((h) => typedValue(kindOf(h)))) as fc.Arbitrary<CellValue[]> },
          { weight: 1, arbitrary: fc.constantFrom<CellValue[]>([], ['I. Chi bộ Văn phòng'], ['Tổng cộng', null, 12], [null, 'Cộng'], ['Tháng 01/2020']) },
        ),
        { maxLength: 30 },
      ),
      headers: fc.constant(headers),
    }),
  );
  return fc
    .record({
      first: table,
      second: fc.option(table, { nil: undefined }),
      originRow: fc.constantFrom(1, 1, 2),
      originCol: fc.constantFrom(1, 1, 2),
    })
    .chain((t) => {
      const rows: CellValue[][] = [];
      // Numbers in date and time columns are date-formatted cells, as Excel keeps typed dates.
      const dateKeys: string[] = [];
      for (const part of t.second ? [t.first, t.second] : [t.first]) {
        for (const title of part.titles) rows.push([title]);
        rows.push(part.headers.slice());
        if (part.lower) rows.push(part.lower.slice());
        if (part.numberRow) rows.push(part.headers.map((_h, i) => '(' + (i + 1) + ')'));
        for (const r of part.rows) {
          r.forEach((v, j) => {
            const kind = kindOf(part.headers[j] || '');
            if (typeof v === 'number' && (kind === 'date' || kind === 'time')) dateKeys.push(t.originRow + rows.length + ':' + (t.originCol + j));
          });
          rows.push(r.slice());
        }
        rows.push([]);
      }
      return furnished(sheet, { originRow: t.originRow, originCol: t.originCol, rows: rows }, dateKeys);
    });
}

/** A unit-info sheet of key–value rows, some values odd. */
export function unitGrid(sheet: string): fc.Arbitrary<Grid> {
  const keys = UNIT_KEYS.map((k) => k.keys[0]);
  return fc
    .array(fc.tuple(fc.constantFrom(...keys), fc.oneof(cellValue, fc.integer({ min: 0, max: 200 }), fc.constantFrom(...TEXT_DATES))), { maxLength: 14 })
    .chain((pairs) => furnished(sheet, { originRow: 1, originCol: 1, rows: ([['THÔNG TIN ĐƠN VỊ'], []] as CellValue[][]).concat(pairs.map((p) => [p[0], p[1]])) }));
}

/** A workbook: one to four sheets mixing tables, unit info and noise, with distinct names. */
export const workbookGrids: fc.Arbitrary<Grid[]> = fc
  .array(fc.constantFrom<'table' | 'unit' | 'noise'>('table', 'table', 'unit', 'noise'), { minLength: 1, maxLength: 4 })
  .chain((kinds) =>
    fc.tuple(
      ...kinds.map((k, i) => {
        const name = 'Trang ' + (i + 1);
        return k === 'table' ? tableGrid(name) : k === 'unit' ? unitGrid(name) : noiseGrid(name);
      }),
    ),
  );
