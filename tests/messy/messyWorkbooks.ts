/**
 * Messy workbooks built from the people and meetings of the clean sample: the same registers laid out
 * the ways real offices keep them (legacy fonts, decomposed text, the national import file, one sheet per
 * chi bộ, several tables on a sheet, hidden and filtered rows, numbers and dates typed as text, the 1904
 * date system, merged group rows and headers, title/blank/total/numbering rows, columns reordered under
 * abbreviated headers, and several of these at once). Each is written as a real .xlsx through exceljs,
 * so the xlsx reader is exercised.
 */
import { CellValue } from '../../src/core/grid';
import { formatDate, fromSerial } from '../../src/core/dates';
import { FindingCode } from '../../src/core/findings';
import { SAMPLE_CELLS } from '../../src/core/sample/sampleRegisters';
import { encodeTcvn3 } from '../../src/core/text/tcvn3';
import { encodeVni } from '../../src/core/text/vni';
import { makePrng } from '../../src/core/sample/prng';
import { BookSpec, CellSpec, Put, SheetBuilder } from './sheetBuilder';
import { G, M, SampleSource, SourceCell, cellIndexOf, sampleSource } from './sampleSource';
import { IMPORT_LOW, IMPORT_MERGES, IMPORT_TOP } from '../core/reading/nationalImportColumns';

export interface MessyCase {
  id: string;
  /** What the workbook looks like, in a few words. */
  title: string;
  build(): BookSpec;
  /**
   * Figures that must equal the clean sample's: 'all', or all but those whose id starts with one of
   * `except` (the layout has no column for them), with the reason.
   */
  figures: 'all' | { except: string[]; why: string };
  /** Finding codes the layout must raise (and may raise although the clean sample does not). */
  expect: FindingCode[];
  /** Finding codes the clean sample raises that this layout cannot (the cells that gave them are gone). */
  drops?: FindingCode[];
  /** Why the people are not exactly the sample's, and why the figures are still equal. */
  peopleNote?: string;
  /** Member fields the layout has no column for (left out when records are compared). */
  absentFields?: string[];
}

// ---- cell forms ----

const TEXT_FONT = 'Times New Roman';

function plain(c: SourceCell): CellSpec {
  return { v: c.v, kind: c.kind };
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/** A date cell as typed text "dd/mm/yyyy" (or "dd/mm/yy"); anything else unchanged. */
function dateText(c: SourceCell, twoDigit?: boolean): CellSpec {
  if (c.kind !== 'date' || typeof c.v !== 'number') return plain(c);
  const t = formatDate(fromSerial(c.v));
  return { v: twoDigit ? t.slice(0, 6) + t.slice(8) : t, text: true };
}

/** A time cell as typed text: "14:00" or "14h00". */
function timeText(c: SourceCell, form: 'colon' | 'h'): CellSpec {
  if (c.kind !== 'time' || typeof c.v !== 'number') return plain(c);
  const minutes = Math.round(c.v * 1440);
  return { v: pad2(Math.floor(minutes / 60)) + (form === 'colon' ? ':' : 'h') + pad2(minutes % 60), text: true };
}

/** Has a capital with a tone mark (no code for it in a base TCVN3 font). */
function hasTonedCapital(s: string): boolean {
  return s !== s.toLowerCase() && /[\u00c0-\u00c3\u00c8-\u00ca\u00cc\u00cd\u00d2-\u00d5\u00d9\u00da\u00dd\u0128\u0168\u1ea0-\u1ef8]/.test(s);
}

export type TextForm = 'unicode' | 'tcvn3' | 'vni' | 'nfd';

/** A text cell in a legacy encoding with the font that draws it, or in decomposed Unicode. */
function encoded(spec: CellSpec, form: TextForm): CellSpec {
  if (typeof spec.v !== 'string' || form === 'unicode') return spec;
  const v = spec.v;
  if (form === 'nfd') return { ...spec, v: v.normalize('NFD'), font: TEXT_FONT };
  if (form === 'vni') return { ...spec, v: encodeVni(v), font: 'VNI-Times' };
  // Titles in capitals that need a toned capital were typed in the H font, as offices did.
  if (v === v.toUpperCase() && hasTonedCapital(v)) return { ...spec, v: encodeTcvn3(v, { upper: true }), font: '.VnTimeH' };
  return { ...spec, v: encodeTcvn3(v), font: '.VnTime' };
}

function upper(s: string): string {
  return s.toUpperCase();
}

// ---- standard blocks ----

const UNIT_TITLE = 'THÔNG TIN ĐƠN VỊ';
const MEMBER_TITLES = ['ĐẢNG BỘ SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'DANH SÁCH ĐẢNG VIÊN', '(Tính đến ngày 31/12/2020)'];
const MEETING_TITLE = 'SỔ THEO DÕI SINH HOẠT CHI BỘ NĂM 2018 - 2020';

interface BlockOptions {
  /** First column (default 1). */
  col?: number;
  /** How each cell is written (default: as the sample has it). */
  cell?: (c: SourceCell, field: number, row: SourceCell[]) => Put;
  /** How header and title texts are written. */
  text?: (s: string) => Put;
}

function textPut(o: BlockOptions, s: string): Put {
  return o.text ? o.text(s) : s;
}

function cellPut(o: BlockOptions, c: SourceCell, field: number, row: SourceCell[]): Put {
  return o.cell ? o.cell(c, field, row) : plain(c);
}

/** The unit-info block: a title, a blank row, key–value rows. */
function addUnit(b: SheetBuilder, src: SampleSource, o: BlockOptions): void {
  const col = o.col || 1;
  b.addRow([textPut(o, UNIT_TITLE)], col);
  b.skip();
  for (const u of src.unit) b.addRow([textPut(o, u.key), cellPut(o, u.value, -1, [])], col);
}

interface MemberListOptions extends BlockOptions {
  titles?: string[];
  /** Member rows to write (default all). */
  rows?: SourceCell[][];
  /** Sample columns to write, in order (default all). */
  fields?: number[];
  /** Header text of each sample column (default the sample's). */
  headers?: { [field: number]: string };
  /** Group labels over a two-row header (default: "Trình độ" over its two columns, as the sample). */
  groups?: boolean;
  numberRow?: 'parenthesised' | 'plain' | null;
}

/** A member list like the sample's: titles, a blank row, a (two-row) header, a column-number row, rows. */
function addMemberList(b: SheetBuilder, src: SampleSource, o: MemberListOptions): { header: number; first: number; last: number } {
  const col = o.col || 1;
  const fields = o.fields || src.memberHeaders.map((_h, i) => i);
  const titles = o.titles || MEMBER_TITLES;
  for (const t of titles) {
    const r = b.addRow([textPut(o, t)], col);
    b.merge(r, col, r, col + fields.length - 1);
  }
  if (titles.length) b.skip();
  const headerOf = (f: number) => (o.headers && o.headers[f]) || src.memberHeaders[f];
  const groups = o.groups !== false;
  const top = b.next;
  if (groups) {
    const upperRow: Put[] = [];
    const lowerRow: Put[] = [];
    for (let i = 0; i < fields.length; i++) {
      const g = src.memberGroups[fields[i]];
      if (g) {
        const first = i === 0 || src.memberGroups[fields[i - 1]] !== g;
        upperRow.push(first ? textPut(o, g) : null);
        lowerRow.push(textPut(o, headerOf(fields[i])));
        if (first) {
          let end = i;
          while (end + 1 < fields.length && src.memberGroups[fields[end + 1]] === g) end++;
          b.merge(top, col + i, top, col + end);
        }
      } else {
        upperRow.push(textPut(o, headerOf(fields[i])));
        lowerRow.push(null);
        b.merge(top, col + i, top + 1, col + i);
      }
    }
    b.addRow(upperRow, col);
    b.addRow(lowerRow, col);
  } else {
    b.addRow(
      fields.map((f) => textPut(o, headerOf(f))),
      col,
    );
  }
  const header = top;
  const numberRow = o.numberRow === undefined ? 'parenthesised' : o.numberRow;
  if (numberRow) b.addRow(fields.map((_f, i) => (numberRow === 'plain' ? i + 1 : '(' + (i + 1) + ')')), col);
  const rows = o.rows || src.members;
  const first = b.next;
  for (const row of rows) b.addRow(fields.map((f) => cellPut(o, row[f], f, row)), col);
  return { header: header, first: first, last: b.next - 1 };
}

interface MeetingLogOptions extends BlockOptions {
  title?: string | null;
  rows?: SourceCell[][];
  fields?: number[];
  headers?: { [field: number]: string };
}

/** A meeting log like the sample's: a title, a blank row, a one-row header, rows. */
function addMeetingLog(b: SheetBuilder, src: SampleSource, o: MeetingLogOptions): { header: number; first: number; last: number } {
  const col = o.col || 1;
  const fields = o.fields || src.meetingHeaders.map((_h, i) => i);
  const title = o.title === undefined ? MEETING_TITLE : o.title;
  if (title !== null) {
    const r = b.addRow([textPut(o, title)], col);
    b.merge(r, col, r, col + fields.length - 1);
    b.skip();
  }
  const header = b.addRow(
    fields.map((f) => textPut(o, (o.headers && o.headers[f]) || src.meetingHeaders[f])),
    col,
  );
  const first = b.next;
  for (const row of o.rows || src.meetings) b.addRow(fields.map((f) => cellPut(o, row[f], f, row)), col);
  return { header: header, first: first, last: b.next - 1 };
}

/** Block options that write every text in `form`, after `o` decided the cell. */
function encodedOptions(form: TextForm, o?: BlockOptions): BlockOptions {
  return {
    cell: (c, f, row) => {
      const base = o && o.cell ? o.cell(c, f, row) : plain(c);
      return base !== null && typeof base === 'object' ? encoded(base, form) : encoded({ v: base }, form);
    },
    text: (s) => encoded({ v: s }, form),
  };
}

/** The sample's three sheets in the standard layout, every text written in `form`. */
function standardBook(form: TextForm): BookSpec {
  const src = sampleSource();
  const opts = encodedOptions(form);
  const unit = new SheetBuilder('Thông tin đơn vị');
  addUnit(unit, src, opts);
  const members = new SheetBuilder('Danh sách đảng viên');
  addMemberList(members, src, opts);
  const meetings = new SheetBuilder('Sổ sinh hoạt chi bộ');
  addMeetingLog(meetings, src, opts);
  return { sheets: [unit, members, meetings] };
}

function unitSheet(src: SampleSource, o?: BlockOptions): SheetBuilder {
  const b = new SheetBuilder('Thông tin đơn vị');
  addUnit(b, src, o || {});
  return b;
}

function membersOfCell(src: SampleSource, cell: number): SourceCell[][] {
  return src.members.filter((r) => cellIndexOf(r[M.cell].v) === cell);
}

function meetingsOfCell(src: SampleSource, cell: number): SourceCell[][] {
  return src.meetings.filter((r) => cellIndexOf(r[G.cell].v) === cell);
}

/** Sample columns without the chi bộ column. */
function withoutCell(width: number, cellField: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < width; i++) if (i !== cellField) out.push(i);
  return out;
}

/** "Chi bộ Văn phòng Sở" -> "VĂN PHÒNG SỞ". */
function cellTitleName(cell: number): string {
  return upper(SAMPLE_CELLS[cell].replace(/^Chi bộ /, ''));
}

// ---- the national import file ----


/** "Trạng thái hoạt động" as the national database words it. */
function importStatus(sample: CellValue): string {
  switch (sample) {
    case 'Chuyển đi':
      return 'Đã chuyển sinh hoạt';
    case 'Miễn sinh hoạt':
      return 'Miễn sinh hoạt Đảng';
    case 'Từ trần':
      return 'Từ trần';
    default:
      return 'Đang sinh hoạt Đảng';
  }
}

function digits(rng: { int(a: number, b: number): number }, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(rng.int(0, 9));
  return s;
}

/** Departed members the import file adds: gone before 31/12/2020, so never counted. */
export const IMPORT_DEPARTED: { name: string; gender: string; birth: string; cell: number; admitted: string; official: string; status: string; left: string | null }[] = [
  { name: 'Phan Văn Quang', gender: 'Nam', birth: '14/02/1958', cell: 0, admitted: '03/02/1985', official: '03/02/1986', status: 'Đã chuyển sinh hoạt', left: '01/06/2018' },
  { name: 'Trương Thị Ngọc Hà', gender: 'Nữ', birth: '21/09/1979', cell: 1, admitted: '19/05/2006', official: '19/05/2007', status: 'Đã chuyển sinh hoạt', left: '15/10/2020' },
  { name: 'Lâm Văn Tùng', gender: 'Nam', birth: '07/07/1950', cell: 2, admitted: '02/09/1975', official: '02/09/1976', status: 'Từ trần', left: '30/11/2019' },
  // The status alone says he left: no leaving date was typed.
  { name: 'Đoàn Minh Trí', gender: 'Nam', birth: '11/11/1981', cell: 3, admitted: '26/03/2009', official: '26/03/2010', status: 'Đã chuyển sinh hoạt', left: null },
];

/** Card and personal ID numbers as the import file stores them: 12 digits as text, leading zeros kept. */
export interface ImportIds {
  /** Row (Excel) -> [personal ID, card number] as written. */
  rows: Map<number, [string, string | null]>;
}

function importFile(src: SampleSource, ids: ImportIds): SheetBuilder {
  const b = new SheetBuilder('File nhập liệu');
  const rng = makePrng(2025);
  b.addRow(IMPORT_TOP);
  b.addRow(IMPORT_LOW);
  IMPORT_MERGES.forEach((m) => b.merge(m.top, m.left, m.bottom, m.right));
  const t = (v: CellValue): Put => (v === null ? null : { v: v, text: true });
  const dateCell = (c: SourceCell): Put => (c.v === null ? null : c.kind === 'date' ? dateText(c) : t(String(c.v)));
  let n = 0;
  const write = (r: {
    name: CellValue;
    gender: CellValue;
    birth: Put;
    ethnicity: CellValue;
    religion: CellValue;
    card: CellValue;
    cell: CellValue;
    admitted: Put;
    official: Put;
    status: string;
    left: Put;
  }) => {
    n++;
    const personal = '0' + pad2(rng.int(1, 96)) + digits(rng, 9);
    const card = r.card === null ? null : String(r.card);
    // Old "dd.dddddd" numbers go in the column of numbers under decision 85; new ones in the 12-digit column.
    const oldCard = card !== null && card.indexOf('.') > 0;
    const row = b.addRow([
      t(String(n)),
      t(String(100000 + n)),
      r.name,
      null,
      r.gender,
      r.birth,
      r.ethnicity,
      r.religion,
      t(personal),
      oldCard ? null : t(card),
      card && !oldCard ? 'Đảng ủy Khối các cơ quan tỉnh' : null,
      null,
      oldCard ? t(card) : null,
      r.cell,
      'Việt Nam',
      'Vĩnh Phúc',
      'Phường Liên Bảo',
      'Số ' + rng.int(1, 200) + ', đường Kim Ngọc',
      'Việt Nam',
      'Phú Thọ',
      'Xã Tam Sơn',
      'Thôn ' + rng.int(1, 9),
      'Việt Nam',
      'Vĩnh Phúc',
      'Phường Khai Quang',
      'Số ' + rng.int(1, 200) + ', đường Lam Sơn',
      r.admitted,
      r.official,
      n % 5 === 0 ? t(digits(rng, 9)) : null,
      r.status,
      r.left,
      t('09' + digits(rng, 8)),
      null,
    ]);
    ids.rows.set(row, [personal, oldCard ? null : card]);
  };
  for (const m of src.members) {
    write({
      name: m[M.name].v,
      gender: m[M.gender].v,
      birth: dateCell(m[M.birth]),
      ethnicity: m[M.ethnicity].v,
      religion: m[M.religion].v,
      card: m[M.card].v,
      cell: m[M.cell].v,
      admitted: dateCell(m[M.admitted]),
      official: dateCell(m[M.official]),
      status: importStatus(m[M.status].v),
      left: dateCell(m[M.left]),
    });
  }
  for (const d of IMPORT_DEPARTED) {
    write({
      name: d.name,
      gender: d.gender,
      birth: t(d.birth),
      ethnicity: 'Kinh',
      religion: 'Không',
      card: '26' + digits(rng, 10),
      cell: SAMPLE_CELLS[d.cell],
      admitted: t(d.admitted),
      official: t(d.official),
      status: d.status,
      left: d.left === null ? null : t(d.left),
    });
  }
  return b;
}

// ---- the cases ----

/** Member rows (0-based) the hidden-rows case hides: active members of each chi bộ. */
export const HIDDEN_MEMBER_ROWS = [3, 20, 21, 45, 62];
/** Meeting rows (0-based) hidden by the filter. */
export const HIDDEN_MEETING_ROWS = [0, 1, 2, 50, 100, 150, 191];

export const IMPORT_IDS: ImportIds = { rows: new Map() };

export const MESSY_CASES: MessyCase[] = [
  {
    id: 'tcvn3',
    title: 'TCVN3 text in .VnTime and .VnTimeH fonts',
    build: () => standardBook('tcvn3'),
    figures: 'all',
    expect: ['legacy-encoded-text'],
  },
  {
    id: 'vni',
    title: 'VNI text in VNI-Times fonts',
    build: () => standardBook('vni'),
    figures: 'all',
    expect: ['legacy-encoded-text'],
  },
  {
    id: 'nfd',
    title: 'decomposed Unicode text (NFD)',
    build: () => standardBook('nfd'),
    figures: 'all',
    expect: ['decomposed-text'],
  },
  {
    id: 'national-import',
    title: 'the national database import file: 33 columns, grouped address header, IDs and dates as text, departed members',
    build: () => {
      const src = sampleSource();
      IMPORT_IDS.rows.clear();
      return { sheets: [unitSheet(src), importFile(src, IMPORT_IDS), standardMeetingSheet(src)] };
    },
    figures: {
      except: ['theory.', 'education.'],
      why: 'the import file has no columns for political theory or education',
    },
    // Theory and education cannot be counted, and the user is told so.
    expect: ['figure-not-computable'],
    // Old "dd.dddddd" card numbers sit in the column of numbers under decision 85, not the card column.
    drops: ['card-number-old-format'],
    absentFields: ['education', 'theory', 'card'],
    peopleNote:
      'Four departed members are added ("Đã chuyển sinh hoạt" or "Từ trần", three with a leaving date before 31/12/2020, one with none): they are not active at the period end, so no figure counts them.',
  },
  {
    id: 'sheet-per-cell',
    title: 'one member sheet and one meeting sheet per chi bộ, the chi bộ named in a title row or the sheet name',
    build: () => {
      const src = sampleSource();
      const sheets = [unitSheet(src)];
      for (let c = 0; c < SAMPLE_CELLS.length; c++) {
        // The first chi bộ is named only by its sheet ("CB Văn phòng Sở"); the others by a title row.
        const b = new SheetBuilder(c === 0 ? 'CB Văn phòng Sở' : 'ĐV chi bộ ' + (c + 1));
        addMemberList(b, src, {
          rows: membersOfCell(src, c),
          fields: withoutCell(src.memberHeaders.length, M.cell),
          titles: c === 0 ? ['DANH SÁCH ĐẢNG VIÊN'] : ['ĐẢNG BỘ SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'DANH SÁCH ĐẢNG VIÊN CHI BỘ ' + cellTitleName(c)],
        });
        sheets.push(b);
      }
      for (let c = 0; c < SAMPLE_CELLS.length; c++) {
        const b = new SheetBuilder('Sinh hoạt CB ' + (c + 1));
        addMeetingLog(b, src, {
          rows: meetingsOfCell(src, c),
          fields: withoutCell(src.meetingHeaders.length, G.cell),
          title: 'SỔ THEO DÕI SINH HOẠT CHI BỘ ' + cellTitleName(c) + ' NĂM 2018 - 2020',
        });
        sheets.push(b);
      }
      return { sheets: sheets };
    },
    figures: 'all',
    expect: [],
    drops: ['cell-name-variants'],
  },
  {
    id: 'stacked-tables',
    title: 'the unit info, the member list and the meeting log one under the other on one sheet',
    build: () => {
      const src = sampleSource();
      const b = new SheetBuilder('Sổ chi bộ');
      addUnit(b, src, {});
      b.skip(2);
      addMemberList(b, src, {});
      b.skip();
      addMeetingLog(b, src, {});
      return { sheets: [b] };
    },
    figures: 'all',
    expect: [],
  },
  {
    id: 'side-by-side',
    title: 'the member list and the meeting log side by side on one sheet',
    build: () => {
      const src = sampleSource();
      const b = new SheetBuilder('Sổ đảng viên');
      addMemberList(b, src, {});
      b.next = 1;
      addMeetingLog(b, src, { col: 18 });
      return { sheets: [unitSheet(src), b] };
    },
    figures: 'all',
    expect: [],
  },
  {
    id: 'cell-after-cell',
    title: "one chi bộ's table after another on one sheet, each with its own title row and header",
    build: () => {
      const src = sampleSource();
      const members = new SheetBuilder('Danh sách đảng viên');
      const meetings = new SheetBuilder('Sổ sinh hoạt');
      for (let c = 0; c < SAMPLE_CELLS.length; c++) {
        addMemberList(members, src, {
          rows: membersOfCell(src, c),
          fields: withoutCell(src.memberHeaders.length, M.cell),
          titles: ['DANH SÁCH ĐẢNG VIÊN CHI BỘ ' + cellTitleName(c)],
        });
        members.skip();
        addMeetingLog(meetings, src, {
          rows: meetingsOfCell(src, c),
          fields: withoutCell(src.meetingHeaders.length, G.cell),
          title: 'SỔ THEO DÕI SINH HOẠT CHI BỘ ' + cellTitleName(c),
        });
        meetings.skip(c % 2 === 0 ? 1 : 3);
      }
      return { sheets: [unitSheet(src), members, meetings] };
    },
    figures: 'all',
    expect: [],
    drops: ['cell-name-variants'],
  },
  {
    id: 'hidden-and-filtered',
    title: 'hidden rows and an active autofilter that hides rows',
    build: () => {
      const src = sampleSource();
      const members = new SheetBuilder('Danh sách đảng viên');
      const m = addMemberList(members, src, {});
      for (const i of HIDDEN_MEMBER_ROWS) members.hide(m.first + i);
      const meetings = new SheetBuilder('Sổ sinh hoạt chi bộ');
      const g = addMeetingLog(meetings, src, {});
      meetings.autoFilter = { top: g.header, left: 1, bottom: g.last, right: 14 };
      for (const i of HIDDEN_MEETING_ROWS) meetings.hide(g.first + i);
      return { sheets: [unitSheet(src), members, meetings] };
    },
    figures: 'all',
    expect: ['hidden-rows-counted'],
  },
  {
    id: 'text-numbers-and-dates',
    title: 'numbers, dates and times typed as text, some years with two digits',
    build: () => {
      const src = sampleSource();
      let k = 0;
      const cell = (c: SourceCell): Put => {
        if (c.kind === 'date') return dateText(c, ++k % 3 === 0);
        if (c.kind === 'time') return timeText(c, ++k % 2 === 0 ? 'colon' : 'h');
        if (typeof c.v === 'number') return { v: String(c.v), text: true };
        return plain(c);
      };
      const unit = new SheetBuilder('Thông tin đơn vị');
      addUnit(unit, src, { cell: (c) => (c.kind === 'date' ? dateText(c) : typeof c.v === 'number' ? { v: String(c.v), text: true } : plain(c)) });
      const members = new SheetBuilder('Danh sách đảng viên');
      addMemberList(members, src, { cell: cell });
      const meetings = new SheetBuilder('Sổ sinh hoạt chi bộ');
      addMeetingLog(meetings, src, { cell: cell });
      return { sheets: [unit, members, meetings] };
    },
    figures: 'all',
    expect: ['two-digit-year'],
  },
  {
    id: 'date-1904',
    title: "Excel's 1904 date system (a workbook made on a Mac)",
    build: () => ({ ...standardBook('unicode'), date1904: true }),
    figures: 'all',
    expect: [],
  },
  {
    id: 'merged-groups',
    title: 'merged group rows for each chi bộ, a two-row header with Nam | Nữ birth columns, the chi bộ merged down its meetings',
    build: () => {
      const src = sampleSource();
      const members = new SheetBuilder('DSĐV');
      const width = 15;
      const roman = ['I', 'II', 'III', 'IV'];
      members.addRow(['ĐẢNG BỘ SỞ KHOA HỌC VÀ CÔNG NGHỆ']);
      members.merge(1, 1, 1, width);
      members.addRow(['DANH SÁCH ĐẢNG VIÊN']);
      members.merge(2, 1, 2, width);
      members.skip();
      // STT | Họ và tên | Ngày, tháng, năm sinh (Nam | Nữ) | Dân tộc | Tôn giáo | Ngày vào Đảng | Ngày chính thức
      // | Trình độ (Chuyên môn | Lý luận chính trị) | Chức vụ | Số thẻ | Trạng thái | Ngày rời | Xếp loại
      const top = members.addRow([
        'STT', 'Họ và tên', 'Ngày, tháng, năm sinh', null, 'Dân tộc', 'Tôn giáo', 'Ngày vào Đảng', 'Ngày chính thức',
        'Trình độ', null, 'Chức vụ', 'Số thẻ đảng viên', 'Trạng thái', 'Ngày rời', 'Xếp loại năm 2020',
      ]);
      members.addRow([null, null, 'Nam', 'Nữ', null, null, null, null, 'Chuyên môn', 'Lý luận chính trị']);
      for (let c = 1; c <= width; c++) if (c !== 3 && c !== 4 && c !== 9 && c !== 10) members.merge(top, c, top + 1, c);
      members.merge(top, 3, top, 4);
      members.merge(top, 9, top, 10);
      let n = 0;
      for (let c = 0; c < SAMPLE_CELLS.length; c++) {
        const g = members.addRow([roman[c] + '. ' + upper(SAMPLE_CELLS[c])]);
        members.merge(g, 1, g, width);
        for (const r of membersOfCell(src, c)) {
          const male = String(r[M.gender].v).toLowerCase() === 'nam';
          members.addRow([
            ++n, r[M.name].v, male ? plain(r[M.birth]) : null, male ? null : plain(r[M.birth]), r[M.ethnicity].v, r[M.religion].v,
            plain(r[M.admitted]), plain(r[M.official]), r[M.education].v, r[M.theory].v, r[M.position].v, r[M.card].v, r[M.status].v,
            plain(r[M.left]), r[M.rating].v,
          ]);
        }
      }
      const meetings = new SheetBuilder('Sổ sinh hoạt chi bộ');
      const sorted = src.meetings.slice().sort((a, b) => cellIndexOf(a[G.cell].v) - cellIndexOf(b[G.cell].v));
      const g = addMeetingLog(meetings, src, { rows: sorted });
      let start = g.first;
      for (let i = 1; i <= sorted.length; i++) {
        if (i === sorted.length || cellIndexOf(sorted[i][G.cell].v) !== cellIndexOf(sorted[start - g.first][G.cell].v)) {
          // Only the top cell of a merge keeps its value.
          for (let r = start + 1; r < g.first + i; r++) removeCell(meetings, r, 2);
          meetings.merge(start, 2, g.first + i - 1, 2);
          start = g.first + i;
        }
      }
      return { sheets: [unitSheet(src), members, meetings] };
    },
    figures: 'all',
    expect: ['merged-cells-in-data'],
    drops: ['cell-name-variants', 'category-variant'],
  },
  {
    id: 'titles-blanks-totals',
    title: 'title rows, blank rows between chi bộ, a total row, a plain numbering row, month headings and a signature block',
    build: () => {
      const src = sampleSource();
      const members = new SheetBuilder('Danh sách đảng viên');
      const titles = ['ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH', 'ĐẢNG BỘ SỞ KHOA HỌC VÀ CÔNG NGHỆ', '', 'DANH SÁCH ĐẢNG VIÊN', '(Tính đến ngày 31/12/2020)'];
      addMemberList(members, src, { titles: titles, numberRow: 'plain', rows: [] });
      for (let c = 0; c < SAMPLE_CELLS.length; c++) {
        for (const r of membersOfCell(src, c)) members.addRow(r.map(plain));
        members.skip();
      }
      const total = members.addRow([null, 'Tổng cộng: ' + src.members.length + ' đồng chí']);
      members.merge(total, 2, total, 4);
      members.skip(2);
      members.addRow([null, null, null, null, null, null, null, null, null, null, 'Vĩnh Yên, ngày 31 tháng 12 năm 2020']);
      members.addRow([null, 'Người lập biểu', null, null, null, null, null, null, null, null, 'T/M ĐẢNG ỦY']);
      const meetings = new SheetBuilder('Sổ sinh hoạt chi bộ');
      meetings.addRow(['ĐẢNG BỘ SỞ KHOA HỌC VÀ CÔNG NGHỆ']);
      addMeetingLog(meetings, src, { rows: [] });
      let month = '';
      for (const r of src.meetings) {
        const d = fromSerial(r[G.date].v as number);
        const label = 'Tháng ' + pad2(d.m) + '/' + d.y;
        if (label !== month) {
          if (month) meetings.skip();
          month = label;
          meetings.addRow([label]);
        }
        meetings.addRow(r.map(plain));
      }
      meetings.skip();
      meetings.addRow(['Ghi chú: số liệu do các chi bộ báo cáo.']);
      return { sheets: [unitSheet(src), members, meetings] };
    },
    figures: 'all',
    expect: ['total-row-in-data'],
  },
  {
    id: 'reordered-abbreviated',
    title: 'columns in another order under abbreviated headers',
    build: () => {
      const src = sampleSource();
      const members = new SheetBuilder('DS');
      addMemberList(members, src, {
        titles: ['DANH SÁCH ĐẢNG VIÊN'],
        groups: false,
        numberRow: null,
        fields: [M.stt, M.card, M.name, M.cell, M.admitted, M.official, M.gender, M.birth, M.theory, M.education, M.ethnicity, M.religion, M.status, M.left, M.position, M.rating],
        headers: {
          [M.stt]: 'TT',
          [M.card]: 'Số thẻ',
          [M.name]: 'Họ tên',
          [M.cell]: 'CB',
          [M.admitted]: 'Ngày KN',
          [M.official]: 'Ngày CT',
          [M.gender]: 'Nam/Nữ',
          [M.birth]: 'Năm sinh',
          [M.theory]: 'LLCT',
          [M.education]: 'TĐCM',
          [M.ethnicity]: 'DT',
          [M.religion]: 'TG',
          [M.status]: 'Tình trạng',
          [M.left]: 'Ngày chuyển đi',
          [M.position]: 'Chức danh',
          [M.rating]: 'Xếp loại 2020',
        },
      });
      const meetings = new SheetBuilder('SH');
      addMeetingLog(meetings, src, {
        title: null,
        fields: [G.date, G.cell, G.present, G.total, G.exempt, G.absentExcused, G.absentUnexcused, G.kind, G.topic, G.start, G.end, G.resolution, G.superior],
        headers: {
          [G.date]: 'Ngày họp',
          [G.cell]: 'Tên chi bộ',
          [G.present]: 'Số ĐV có mặt',
          [G.total]: 'Tổng số ĐV',
          [G.exempt]: 'Miễn SH',
          [G.absentExcused]: 'Có lý do',
          [G.absentUnexcused]: 'Không lý do',
          [G.kind]: 'Loại',
          [G.topic]: 'Nội dung',
          [G.start]: 'Bắt đầu',
          [G.end]: 'Kết thúc',
          [G.resolution]: 'NQ/KL',
          [G.superior]: 'Cấp trên dự',
        },
      });
      return { sheets: [unitSheet(src), members, meetings] };
    },
    figures: 'all',
    expect: [],
  },
  {
    id: 'everything-at-once',
    title: 'one sheet in TCVN3: unit info, member list and meeting log one under the other, dates typed with two-digit years, rows hidden',
    build: () => {
      const src = sampleSource();
      const b = new SheetBuilder('Sổ chi bộ');
      const opts = encodedOptions('tcvn3', { cell: (c) => (c.kind === 'date' ? dateText(c, true) : plain(c)) });
      addUnit(b, src, opts);
      b.skip();
      const m = addMemberList(b, src, opts);
      b.skip(2);
      const g = addMeetingLog(b, src, opts);
      b.hide(m.first + 1);
      b.hide(g.last);
      return { sheets: [b] };
    },
    figures: 'all',
    expect: ['legacy-encoded-text', 'two-digit-year', 'hidden-rows-counted'],
  },
];

function standardMeetingSheet(src: SampleSource): SheetBuilder {
  const b = new SheetBuilder('Sổ sinh hoạt chi bộ');
  addMeetingLog(b, src, {});
  return b;
}

function removeCell(b: SheetBuilder, row: number, col: number): void {
  for (let i = b.cells.length - 1; i >= 0; i--) if (b.cells[i].row === row && b.cells[i].col === col) b.cells.splice(i, 1);
}
