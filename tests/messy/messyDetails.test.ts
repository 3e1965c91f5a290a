/**
 * What each messy layout shows beyond the figures: the tables found on a sheet and the chi bộ each one
 * names, the findings that tell the user about hidden rows, two-digit years, merges and total rows, ID
 * and card numbers kept as text, the departed members of the import file, and the 1904 date system.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze, Analysis } from '../../src/core/analyze';
import { Finding } from '../../src/core/findings';
import { cellAt, Grid } from '../../src/core/grid';
import { isActiveOn } from '../../src/core/membership';
import { toSerial } from '../../src/core/dates';
import { readWorkbookBuffer, WorkbookGrids } from '../../src/hosts/xlsx/readWorkbook';
import { loadAnalysis } from '../../src/cli/loadAnalysis';
import { coreEngine } from '../../src/cli/engine';
import { HIDDEN_MEETING_ROWS, HIDDEN_MEMBER_ROWS, IMPORT_DEPARTED, IMPORT_IDS, MESSY_CASES } from './messyWorkbooks';
import { BookSpec, writeBook } from './sheetBuilder';

const TODAY = { y: 2026, m: 11, d: 27 };
const PERIOD_END = { y: 2020, m: 12, d: 31 };

interface Read {
  spec: BookSpec;
  bytes: Buffer;
  book: WorkbookGrids;
  a: Analysis;
}

async function readCase(id: string): Promise<Read> {
  const c = MESSY_CASES.filter((x) => x.id === id)[0];
  const spec = c.build();
  const bytes = await writeBook(spec);
  const book = await readWorkbookBuffer(bytes, id + '.xlsx');
  return { spec: spec, bytes: bytes, book: book, a: analyze(book.grids, { date1904: book.date1904, today: TODAY }) };
}

function ofCode(a: Analysis, code: Finding['code']): Finding[] {
  return a.findings.filter((f) => f.code === code);
}

function tables(a: Analysis): string[] {
  return a.dataset.tables.map((t) => [t.sheet, t.kind, t.headerRows.join('+'), t.firstDataRow + '-' + t.lastDataRow, t.sheetCell || ''].join(' '));
}

describe('several tables on one sheet', () => {
  test('unit info, member list and meeting log one under the other: three tables, each ending where the next begins', async () => {
    const { a } = await readCase('stacked-tables');
    // Unit keys in rows 3-14; two blank rows; member titles 17-19, blank 20, header 21-22, numbers 23,
    // 70 members 24-93; a blank row, the log's title 95, blank 96, header 97, 192 meetings 98-289.
    expect(tables(a)).toEqual(['Sổ chi bộ unit  3-14 ', 'Sổ chi bộ members 21+22 24-93 ', 'Sổ chi bộ meetings 97 98-289 ']);
    expect(a.dataset.unit.staffTotal).toBe(93);
  });

  test('side by side, split by an empty column: the log to the right keeps its own columns', async () => {
    const { a } = await readCase('side-by-side');
    expect(tables(a).slice(1)).toEqual(['Sổ đảng viên members 5+6 8-77 ', 'Sổ đảng viên meetings 3 4-195 ']);
    const log = a.dataset.tables[2];
    expect(log.columns).toMatchObject({ cell: 'S', date: 'T', present: 'X' });
  });

  test("one chi bộ's table after another: each table has the chi bộ of its own title row", async () => {
    const { a } = await readCase('cell-after-cell');
    const members = a.dataset.tables.filter((t) => t.kind === 'members');
    expect(members.map((t) => [t.headerRows[0], t.lastDataRow, t.sheetCell])).toEqual([
      [3, 24, 'Chi bộ Văn phòng sở'],
      [28, 48, 'Chi bộ Chi cục tiêu chuẩn đo lường chất lượng'],
      [52, 71, 'Chi bộ Trung tâm ứng dụng tiến bộ khoa học và công nghệ'],
      [75, 93, 'Chi bộ Quỹ phát triển khoa học và công nghệ'],
    ]);
    // The next table's title row (two rows above its header) is not part of the table before it.
    for (let i = 1; i < members.length; i++) expect(members[i - 1].lastDataRow).toBeLessThan(members[i].headerRows[0] - 2);
    expect(a.dataset.tables.filter((t) => t.kind === 'meetings').map((t) => t.sheetCell)).toEqual(members.map((t) => t.sheetCell));
  });

  test('one sheet per chi bộ: the chi bộ comes from the title row, or from the sheet name "CB Văn phòng Sở"', async () => {
    const { a } = await readCase('sheet-per-cell');
    const named = a.dataset.tables.filter((t) => t.kind === 'members').map((t) => [t.sheet, t.sheetCell]);
    expect(named).toEqual([
      ['CB Văn phòng Sở', 'Chi bộ Văn phòng Sở'],
      ['ĐV chi bộ 2', 'Chi bộ Chi cục tiêu chuẩn đo lường chất lượng'],
      ['ĐV chi bộ 3', 'Chi bộ Trung tâm ứng dụng tiến bộ khoa học và công nghệ'],
      ['ĐV chi bộ 4', 'Chi bộ Quỹ phát triển khoa học và công nghệ'],
    ]);
  });
});

describe('hidden rows and an active filter', () => {
  let r: Read;
  beforeAll(async () => {
    r = await readCase('hidden-and-filtered');
  });

  test('the reader gives the hidden rows and the filter range', () => {
    const members = r.book.grids[1];
    const meetings = r.book.grids[2];
    expect(Array.from(members.hiddenRows!).sort((x, y) => x - y)).toEqual(HIDDEN_MEMBER_ROWS.map((i) => 8 + i));
    expect(members.autoFilter).toBeUndefined();
    expect(meetings.autoFilter).toEqual({ top: 3, left: 1, bottom: 195, right: 14 });
    expect(meetings.hiddenRows!.size).toBe(HIDDEN_MEETING_ROWS.length);
  });

  test('hidden records are counted, and one finding per sheet says how many, from which row, and that a filter is on', () => {
    const hidden = ofCode(r.a, 'hidden-rows-counted');
    expect(hidden.map((f) => [f.sheet, f.row, f.column, f.severity])).toEqual([
      ['Danh sách đảng viên', 11, null, 'info'],
      ['Sổ sinh hoạt chi bộ', 4, null, 'info'],
    ]);
    expect(hidden[0].message).toBe(
      'Trang "Danh sách đảng viên" có 5 dòng dữ liệu đang bị ẩn, từ dòng 11; các dòng này vẫn được tính vào số liệu.',
    );
    expect(hidden[1].message).toBe(
      'Trang "Sổ sinh hoạt chi bộ" có 7 dòng dữ liệu đang bị ẩn (trang đang bật bộ lọc), từ dòng 4; các dòng này vẫn được tính vào số liệu.',
    );
    const hiddenMembers = r.a.dataset.members.filter((m) => r.book.grids[1].hiddenRows!.has(m.src.row));
    expect(hiddenMembers.length).toBe(5);
    for (const m of hiddenMembers) expect(isActiveOn(m, PERIOD_END)).toBe(true);
    expect(r.a.figures['members.total']).toBe(66);
  });

  test('a hidden row that holds no record (a blank row) is not reported', () => {
    const grid: Grid = { ...r.book.grids[1], hiddenRows: new Set([4]) };
    const a = analyze([r.book.grids[0], grid, r.book.grids[2]], { today: TODAY });
    expect(ofCode(a, 'hidden-rows-counted').map((f) => f.sheet)).toEqual(['Sổ sinh hoạt chi bộ']);
  });
});

describe('the national import file', () => {
  let r: Read;
  beforeAll(async () => {
    r = await readCase('national-import');
  });

  test('personal ID and card numbers stay 12-digit text, leading zeros kept, through the reader and the core', () => {
    const grid = r.book.grids[1];
    expect(IMPORT_IDS.rows.size).toBe(74);
    let withCard = 0;
    for (const [row, [personal, card]] of IMPORT_IDS.rows) {
      expect(personal).toMatch(/^0\d{11}$/);
      expect(cellAt(grid, row, 9)).toBe(personal);
      if (card === null) continue;
      expect(card).toMatch(/^\d{12}$/);
      const m = r.a.dataset.members.filter((x) => x.src.row === row)[0];
      expect(m.cardNumber).toBe(card);
      withCard++;
    }
    // 74 people on the list: 3 probationary members have no card, 3 have old ones in the column of decision 85.
    expect(withCard).toBe(74 - 3 - 3);
    expect(ofCode(r.a, 'card-number-format')).toEqual([]);
  });

  test('the departed members are read with their status and are not counted at the period end', () => {
    const departed = r.a.dataset.members.filter((m) => IMPORT_DEPARTED.some((d) => d.name === m.name));
    expect(departed.map((m) => [m.status, m.leftDate ? m.leftDate.y : null])).toEqual([
      ['transferred', 2018],
      ['transferred', 2020],
      ['deceased', 2019],
      ['transferred', null],
    ]);
    for (const m of departed) expect(isActiveOn(m, PERIOD_END)).toBe(false);
    expect(r.a.figures['members.total']).toBe(66);
  });
});

describe('text instead of numbers and dates', () => {
  test('each date typed with a two-digit year gives one hint with its four-digit reading', async () => {
    const r = await readCase('text-numbers-and-dates');
    let typed = 0;
    for (const s of r.spec.sheets) for (const c of s.cells) if (typeof c.v === 'string' && /^\d\d\/\d\d\/\d\d$/.test(c.v)) typed++;
    const hints = ofCode(r.a, 'two-digit-year');
    expect(typed).toBeGreaterThan(50);
    expect(hints.length).toBe(typed);
    for (const f of hints) {
      const v = String(f.value);
      // 05/03/75 -> 05/03/1975; the sample's dates run from 1960 to 2021.
      expect(f.suggestion).toBe(v.slice(0, 6) + (+v.slice(6) >= 50 ? '19' : '20') + v.slice(6));
    }
  });
});

describe("Excel's 1904 date system", () => {
  test('the reader says so, a date cell holds its 1904 serial, and the core reads the same calendar dates', async () => {
    const r = await readCase('date-1904');
    expect(r.book.date1904).toBe(true);
    const members = r.book.grids[1];
    const first = r.a.dataset.members[0];
    expect(cellAt(members, first.src.row, 4)).toBe(toSerial(first.birth!, true));
    // Read as if in the 1900 system, every serial date moves by 4 years and a day: the flag matters.
    const wrong = analyze(r.book.grids, { date1904: false, today: TODAY });
    expect(wrong.dataset.members[0].birth!.y).toBe(first.birth!.y - 4);
  });
});

describe('merged cells and layout rows', () => {
  test('a chi bộ merged down its meetings gives each meeting the chi bộ and one warning per merge', async () => {
    const { a } = await readCase('merged-groups');
    expect(ofCode(a, 'merged-cells-in-data').map((f) => [f.sheet, f.row, f.column])).toEqual([
      ['Sổ sinh hoạt chi bộ', 4, 'B'],
      ['Sổ sinh hoạt chi bộ', 52, 'B'],
      ['Sổ sinh hoạt chi bộ', 100, 'B'],
      ['Sổ sinh hoạt chi bộ', 148, 'B'],
    ]);
    expect(a.dataset.meetings.every((g) => g.cell !== null)).toBe(true);
  });

  test('the total row is reported once and not counted; month headings and the signature block are not records', async () => {
    const { a } = await readCase('titles-blanks-totals');
    expect(ofCode(a, 'total-row-in-data').map((f) => [f.sheet, f.row, f.column])).toEqual([['Danh sách đảng viên', 84, 'B']]);
    expect(a.dataset.members.length).toBe(70);
    expect(a.dataset.meetings.length).toBe(192);
  });
});

describe('through the command line', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'so-ket-messy-'));
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test.each(['date-1904', 'stacked-tables'])('%s: loadAnalysis reads the file as the core does', async (id) => {
    const r = await readCase(id);
    const file = path.join(dir, id + '.xlsx');
    fs.writeFileSync(file, r.bytes);
    const loaded = await loadAnalysis(id + '.xlsx', dir, { from: null, to: null }, { ...coreEngine, today: () => TODAY });
    expect(loaded.analysis.figures).toEqual(r.a.figures);
    expect(loaded.analysis.figures['members.total']).toBe(66);
  });
});
