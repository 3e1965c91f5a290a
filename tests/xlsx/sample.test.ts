/**
 * The sample registers, counted straight from their cells (known columns, no engine): the people and
 * meetings the seed report's figures come from must be exactly there.
 */
import { CellValue, Grid, cellAt, isDateCell, lastRow } from '../../src/core/grid';
import { sampleGrids } from '../../src/core/sample/sampleRegisters';
import { SAMPLE_EXPECTED, SAMPLE_MEETING_ROWS, SAMPLE_MEMBER_ROWS } from '../../src/core/sample/sampleExpected';

const PERIOD_START = 43101; // 01/01/2018 as an Excel serial
const PERIOD_END = 44196; // 31/12/2020

function serialOf(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / 86400000 + 25569;
}

/** A member-list date cell as a serial: date cells, "30.04.2008", "12/5/1999"; a year alone gives 1 January. */
function dateOf(grid: Grid, row: number, col: number): number | null {
  const v = cellAt(grid, row, col);
  if (v === null || v === '') return null;
  if (typeof v === 'number') {
    if (isDateCell(grid, row, col)) return v;
    if (v >= 1900 && v <= 2100) return serialOf(v, 1, 1);
    throw new Error('number not in a date cell at ' + row + ':' + col);
  }
  const m = String(v).match(/^(\d{1,2})[./](\d{1,2})[./](\d{4})$/);
  if (!m) throw new Error('not a date: ' + v);
  return serialOf(+m[3], +m[2], +m[1]);
}

function text(v: CellValue): string {
  return v === null ? '' : String(v).trim().toLowerCase();
}

function theoryOf(v: CellValue): string {
  const t = text(v);
  if (t === 'cao cấp' || t === 'cc' || t === 'cử nhân') return 'advanced';
  if (t === 'trung cấp' || t === 'tc') return 'intermediate';
  if (t === 'sơ cấp') return 'elementary';
  if (t === 'chưa qua đào tạo') return 'none';
  return 'unknown:' + t;
}

function educationOf(v: CellValue): string {
  const t = text(v);
  if (t === 'tiến sĩ' || t === 'ts') return 'doctorate';
  if (t.indexOf('thạc s') === 0 || t === 'ths' || t.indexOf('th.s') === 0) return 'master';
  if (t === 'đại học' || t === 'đh' || t.indexOf('cử nhân') === 0 || t.indexOf('kỹ sư') === 0) return 'university';
  if (t === 'trung cấp') return 'intermediate';
  return 'unknown:' + t;
}

function tally(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  values.forEach(function (v) {
    out[v] = (out[v] || 0) + 1;
  });
  return out;
}

const grids = sampleGrids();
const unit = grids[0];
const members = grids[1];
const meetings = grids[2];
const FIRST_MEMBER_ROW = 8;
const FIRST_MEETING_ROW = 4;

interface Row {
  row: number;
  admitted: number;
  left: number | null;
}

function memberRows(): Row[] {
  const out: Row[] = [];
  for (let r = FIRST_MEMBER_ROW; r <= lastRow(members); r++) {
    out.push({ row: r, admitted: dateOf(members, r, 7)!, left: dateOf(members, r, 15) });
  }
  return out;
}

function activeOn(serial: number): Row[] {
  return memberRows().filter(function (m) {
    return m.admitted <= serial && (m.left === null || m.left > serial);
  });
}

const active = activeOn(PERIOD_END);
function column(col: number): CellValue[] {
  return active.map(function (m) {
    return cellAt(members, m.row, col);
  });
}

describe('sample workbook: sheets and head', () => {
  test('three sheets: unit info, member list, meeting log', () => {
    expect(grids.map((g) => g.sheet)).toEqual(['Thông tin đơn vị', 'Danh sách đảng viên', 'Sổ sinh hoạt chi bộ']);
  });

  test('the unit info holds the report head, with the period as date cells', () => {
    const kv: Record<string, CellValue> = {};
    for (let r = 1; r <= lastRow(unit); r++) kv[String(cellAt(unit, r, 1))] = cellAt(unit, r, 2);
    expect(cellAt(unit, 1, 1)).toBe('THÔNG TIN ĐƠN VỊ');
    expect(kv['Tên đảng bộ']).toBe('Đảng bộ Sở Khoa học và Công nghệ');
    expect(kv['Cấp ủy cấp trên']).toBe('Đảng ủy Khối các cơ quan tỉnh');
    expect(kv['Nhiệm kỳ']).toBe('2020-2025');
    expect(kv['Số ủy viên Ban chấp hành']).toBe(5);
    expect(kv['Số ủy viên Ủy ban kiểm tra']).toBe(3);
    expect(kv['Tổng số CB-CC-VC-NLĐ']).toBe(93);
    expect(kv['Kỳ báo cáo từ ngày']).toBe(PERIOD_START);
    expect(kv['Kỳ báo cáo đến ngày']).toBe(PERIOD_END);
    expect(kv['Số ký hiệu']).toBe('Số 45-BC/ĐU');
    expect(kv['Người ký']).not.toBe('Phạm Quang Nguyên');
  });

  test('the member list has a two-row header with "Trình độ" merged over two columns, then (1) (2) …', () => {
    expect(cellAt(members, 2, 1)).toBe('DANH SÁCH ĐẢNG VIÊN');
    expect(cellAt(members, 5, 2)).toBe('Họ và tên');
    expect(cellAt(members, 5, 10)).toBe('Trình độ');
    expect(cellAt(members, 6, 10)).toBe('Chuyên môn');
    expect(cellAt(members, 6, 11)).toBe('Lý luận chính trị');
    expect(cellAt(members, 6, 2)).toBeNull();
    expect(cellAt(members, 7, 1)).toBe('(1)');
    expect(members.merges).toContainEqual({ top: 5, left: 10, bottom: 5, right: 11 });
    expect(members.merges).toContainEqual({ top: 5, left: 2, bottom: 6, right: 2 });
    expect(cellAt(members, 8, 1)).toBe('01');
    expect(lastRow(members) - FIRST_MEMBER_ROW + 1).toBe(SAMPLE_MEMBER_ROWS);
  });

  test('the same workbook on every run, all text in NFC', () => {
    expect(sampleGrids()).toEqual(grids);
    for (const g of grids)
      for (const r of g.rows) for (const v of r) if (typeof v === 'string') expect(v).toBe(v.normalize('NFC'));
  });
});

describe('sample workbook: the members the seed figures count', () => {
  test('66 active on 31/12/2020, 46 men and 20 women', () => {
    expect(active.length).toBe(SAMPLE_EXPECTED['members.total']);
    expect(tally(column(3).map(text))).toEqual({ nam: 46, nữ: 20 });
  });

  test('political theory: 26 cao cấp or cử nhân, 17 trung cấp, 18 sơ cấp, 5 untrained', () => {
    expect(tally(column(11).map(theoryOf))).toEqual({ advanced: 26, intermediate: 17, elementary: 18, none: 5 });
  });

  test('education: 2 doctors + 21 masters (23 thạc sĩ or above), 42 university, 1 trung cấp', () => {
    expect(tally(column(10).map(educationOf))).toEqual({ doctorate: 2, master: 21, university: 42, intermediate: 1 });
  });

  test('4 chi bộ of 18, 17, 16 and 15 members (one name written in another case)', () => {
    const byCell = tally(column(9).map(text));
    expect(Object.keys(byCell).length).toBe(4);
    expect(Object.values(byCell).sort((a, b) => b - a)).toEqual([18, 17, 16, 15]);
    expect(column(9)).toContain('Chi bộ Văn Phòng Sở');
  });

  test('6 admitted in 2018–2020, two a year; the two of 2020 still probationary with no card', () => {
    const admitted = memberRows().filter((m) => m.admitted >= PERIOD_START && m.admitted <= PERIOD_END);
    expect(admitted.length).toBe(6);
    const years = admitted.map((m) => new Date((m.admitted - 25569) * 86400000).getUTCFullYear());
    expect(tally(years.map(String))).toEqual({ '2018': 2, '2019': 2, '2020': 2 });
    const probationary = active.filter((m) => dateOf(members, m.row, 8) === null);
    expect(probationary.length).toBe(2);
    for (const m of probationary) {
      expect(cellAt(members, m.row, 14)).toBe('Dự bị');
      expect(cellAt(members, m.row, 13)).toBeNull();
    }
  });

  test('the people not counted: two moved away in 2019, one died in 2018, one admitted in 2021', () => {
    const activeRows = active.map((m) => m.row);
    const notCounted = memberRows().filter((m) => activeRows.indexOf(m.row) < 0);
    expect(notCounted.map((m) => cellAt(members, m.row, 14)).sort()).toEqual(['Chuyển đi', 'Chuyển đi', 'Dự bị', 'Từ trần']);
    expect(memberRows().filter((m) => m.left !== null && m.left > PERIOD_END).length).toBe(1);
  });

  test('1 exempt, 2 Tày, 1 Catholic among the 66', () => {
    expect(column(14).filter((v) => v === 'Miễn sinh hoạt').length).toBe(1);
    expect(tally(column(5).map(String))).toEqual({ Kinh: 64, Tày: 2 });
    expect(tally(column(6).map(String))).toEqual({ Không: 65, 'Công giáo': 1 });
  });

  test('dates are coherent: admitted at 18 or older, official exactly 12 months after admission', () => {
    for (const m of memberRows()) {
      const birthCell = cellAt(members, m.row, 4);
      const birth = new Date((dateOf(members, m.row, 4)! - 25569) * 86400000);
      const adm = new Date((m.admitted - 25569) * 86400000);
      const yearOnly = typeof birthCell === 'number' && !isDateCell(members, m.row, 4);
      // A year-only birth may be as late as 31/12 of that year.
      const eighteen = yearOnly
        ? Date.UTC(birth.getUTCFullYear() + 18, 11, 31)
        : Date.UTC(birth.getUTCFullYear() + 18, birth.getUTCMonth(), birth.getUTCDate());
      expect(adm.getTime()).toBeGreaterThanOrEqual(eighteen);
      const official = dateOf(members, m.row, 8);
      if (official !== null) {
        const o = new Date((official - 25569) * 86400000);
        expect([o.getUTCFullYear(), o.getUTCMonth(), o.getUTCDate()]).toEqual([adm.getUTCFullYear() + 1, adm.getUTCMonth(), adm.getUTCDate()]);
      }
    }
  });

  test('realistic spellings and typed dates are present', () => {
    const all = (col: number) => memberRows().map((m) => cellAt(members, m.row, col));
    expect(all(3)).toEqual(expect.arrayContaining(['Nam', 'nam', 'Nữ', 'nữ']));
    expect(all(10)).toEqual(
      expect.arrayContaining(['Thạc sỹ', 'ThS', 'Th.S Quản lý kinh tế', 'TS', 'Cử nhân Luật', 'Kỹ sư điện', 'ĐH']),
    );
    expect(all(11)).toEqual(expect.arrayContaining(['CC', 'Cử nhân', 'TC']));
    expect(all(7)).toEqual(expect.arrayContaining(['30.04.2008', '12/5/1999']));
    expect(all(4).filter((v) => v === 1965).length).toBe(2);
  });

  test('card numbers: unique, 12 digits, three on the old dd.dddddd form', () => {
    const cards = memberRows()
      .map((m) => cellAt(members, m.row, 13))
      .filter((v) => v !== null) as string[];
    expect(new Set(cards).size).toBe(cards.length);
    expect(cards.filter((c) => /^\d{2}\.\d{6}$/.test(c)).length).toBe(3);
    expect(cards.filter((c) => !/^\d{12}$/.test(c) && !/^\d{2}\.\d{6}$/.test(c))).toEqual([]);
  });

  test('ratings for 2020: HTXSNV at most a fifth of HTTNV, the exempt member unrated', () => {
    const r = tally(column(16).map((v) => String(v)));
    expect(r.HTTNV + r.HTXSNV).toBe(65);
    expect(r.HTXSNV).toBeLessThanOrEqual(0.2 * r.HTTNV);
    const exempt = active.filter((m) => cellAt(members, m.row, 14) === 'Miễn sinh hoạt')[0];
    expect(cellAt(members, exempt.row, 16)).toBeNull();
  });
});

describe('sample workbook: the meeting log', () => {
  const rows: number[] = [];
  for (let r = FIRST_MEETING_ROW; r <= lastRow(meetings); r++) rows.push(r);
  const num = (r: number, c: number) => cellAt(meetings, r, c) as number;

  test('192 meetings: a thường kỳ meeting of every chi bộ in each of the 36 months, a chuyên đề each quarter', () => {
    expect(rows.length).toBe(SAMPLE_MEETING_ROWS);
    const regular = new Set<string>();
    const thematic = new Set<string>();
    for (const r of rows) {
      const date = new Date((num(r, 3) - 25569) * 86400000);
      const cell = String(cellAt(meetings, r, 2)).toLowerCase();
      const kind = cellAt(meetings, r, 4);
      if (kind === 'Thường kỳ') regular.add(cell + '|' + date.getUTCFullYear() + '-' + date.getUTCMonth());
      if (kind === 'Chuyên đề') thematic.add(cell + '|' + date.getUTCFullYear() + '-' + Math.floor(date.getUTCMonth() / 3));
      const day = date.getUTCDate();
      expect(day).toBeGreaterThanOrEqual(5);
      expect(day).toBeLessThanOrEqual(25);
      expect([0, 6]).not.toContain(date.getUTCDay());
    }
    expect(regular.size).toBe(4 * 36);
    expect(thematic.size).toBe(4 * 12);
  });

  test('attendance adds up, and the total is the chi bộ members on that day by the list', () => {
    const all = memberRows();
    for (const r of rows) {
      expect(num(r, 7) + num(r, 8) + num(r, 9)).toBe(num(r, 5) - num(r, 6));
      const cell = String(cellAt(meetings, r, 2)).toLowerCase();
      const day = num(r, 3);
      const onList = all.filter(
        (m) => String(cellAt(members, m.row, 9)).toLowerCase() === cell && m.admitted <= day && (m.left === null || m.left > day),
      );
      expect(num(r, 5)).toBe(onList.length);
      expect(num(r, 7) / (num(r, 5) - num(r, 6))).toBeGreaterThan(0.85);
    }
  });

  test('quality inputs as planned: 10 unexcused absences, 10 sessions of 75 minutes, 4 without resolution, "x" one in six', () => {
    let unexcused = 0;
    let short = 0;
    let noResolution = 0;
    let superior = 0;
    let belowQuality = 0;
    for (const r of rows) {
      const minutes = Math.round((num(r, 11) - num(r, 10)) * 1440);
      expect([75, 120]).toContain(minutes);
      const bad = [num(r, 9) > 0, minutes < 90, cellAt(meetings, r, 12) === 'Không'];
      if (bad[0]) unexcused++;
      if (bad[1]) short++;
      if (bad[2]) noResolution++;
      if (bad.some(Boolean)) belowQuality++;
      if (cellAt(meetings, r, 13) === 'x') superior++;
    }
    expect([unexcused, short, noResolution, superior]).toEqual([10, 10, 4, 32]);
    expect(1 - belowQuality / rows.length).toBeCloseTo(SAMPLE_EXPECTED['meetings.qualityShare'], 10);
  });
});
