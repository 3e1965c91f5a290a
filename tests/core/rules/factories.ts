/**
 * Small builders for typed records, with sensible defaults and a `src` (sheet, row, column letters), so
 * that tests can say where each finding must point.
 */
import { CellValue } from '../../../src/core/grid';
import { formatDate, Period, SimpleDate } from '../../../src/core/dates';
import { Dataset, DetectedTable, Meeting, MeetingField, Member, MemberField, emptyUnitInfo } from '../../../src/core/records';
import { RuleContext } from '../../../src/core/rules/context';
import { RULESET_2018, RuleSet } from '../../../src/core/rulesets';

export const MEMBER_SHEET = 'Danh sách đảng viên';
export const MEETING_SHEET = 'Sổ sinh hoạt';

export const MEMBER_COLUMNS: Record<MemberField, string> = {
  name: 'B',
  gender: 'C',
  birth: 'D',
  ethnicity: 'E',
  religion: 'F',
  admitted: 'G',
  official: 'H',
  cell: 'I',
  education: 'J',
  theory: 'K',
  position: 'L',
  cardNumber: 'M',
  status: 'N',
  leftDate: 'O',
  rating: 'P',
};

export const MEETING_COLUMNS: Record<MeetingField, string> = {
  cell: 'B',
  date: 'C',
  kind: 'D',
  total: 'E',
  exempt: 'F',
  present: 'G',
  absentExcused: 'H',
  absentUnexcused: 'I',
  start: 'J',
  end: 'K',
  hasResolution: 'L',
  superiorAttended: 'M',
  topic: 'N',
};

/** "22/02/2018" -> a full date; "1975" -> a year-only date. */
export function d(text: string): SimpleDate {
  const parts = text.split('/');
  if (parts.length === 1) return { y: +parts[0], m: 1, d: 1, yearOnly: true };
  return { y: +parts[2], m: +parts[1], d: +parts[0] };
}

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'];
const GIVEN = ['Văn An', 'Thị Bình', 'Đức Cường', 'Thị Dung', 'Minh Đức', 'Thu Hà', 'Quang Huy', 'Thị Lan', 'Văn Nam', 'Thị Thủy'];

/** A distinct name for each row number below 80. */
export function nameForRow(row: number): string {
  return SURNAMES[row % SURNAMES.length] + ' ' + GIVEN[Math.floor(row / SURNAMES.length) % GIVEN.length];
}

function rawOf(v: unknown): CellValue | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'object') return formatDate(v as SimpleDate);
  return v as CellValue;
}

let nextMemberRow = 5;

export type MemberInit = Partial<Omit<Member, 'src'>> & { row?: number; sheet?: string; columns?: Partial<Record<MemberField, string>> };

/**
 * An official member in good standing: born 15/05/1980, admitted 10/03/2010, official 10/03/2011, Chi bộ
 * Văn phòng, a 12-digit card made from the row. Raw values are the typed forms of the values.
 */
export function member(init: MemberInit = {}): Member {
  const row = init.row !== undefined ? init.row : nextMemberRow++;
  const m: Member = {
    src: { sheet: init.sheet || MEMBER_SHEET, row: row, columns: init.columns || MEMBER_COLUMNS },
    name: nameForRow(row),
    gender: 'male',
    birth: d('15/05/1980'),
    ethnicity: 'Kinh',
    religion: null,
    admitted: d('10/03/2010'),
    official: d('10/03/2011'),
    cell: 'Chi bộ Văn phòng',
    education: 'university',
    theory: 'intermediate',
    position: null,
    cardNumber: String(100000000000 + row),
    status: null,
    leftDate: null,
    ratings: [],
    raw: {},
  };
  const keys = Object.keys(init) as (keyof MemberInit)[];
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k === 'row' || k === 'sheet' || k === 'columns' || k === 'raw') continue;
    (m as unknown as Record<string, unknown>)[k] = init[k];
  }
  const fields = Object.keys(MEMBER_COLUMNS) as MemberField[];
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i];
    if (f === 'rating' || f === 'gender' || f === 'education' || f === 'theory' || f === 'status') continue;
    const raw = rawOf((m as unknown as Record<string, unknown>)[f]);
    if (raw !== undefined) m.raw[f] = raw;
  }
  if (init.raw) Object.assign(m.raw, init.raw);
  return m;
}

let nextMeetingRow = 5;

export type MeetingInit = Partial<Omit<Meeting, 'src'>> & { row?: number; sheet?: string; columns?: Partial<Record<MeetingField, string>> };

/**
 * A good thường kỳ meeting of Chi bộ Văn phòng on 10/01/2019: 10 members, all present, 14:00–16:00,
 * resolution recorded.
 */
export function meeting(init: MeetingInit = {}): Meeting {
  const row = init.row !== undefined ? init.row : nextMeetingRow++;
  const m: Meeting = {
    src: { sheet: init.sheet || MEETING_SHEET, row: row, columns: init.columns || MEETING_COLUMNS },
    cell: 'Chi bộ Văn phòng',
    date: d('10/01/2019'),
    kind: 'regular',
    total: 10,
    exempt: 0,
    present: 10,
    absentExcused: 0,
    absentUnexcused: 0,
    start: 14 * 60,
    end: 16 * 60,
    hasResolution: true,
    superiorAttended: null,
    topic: null,
    raw: {},
  };
  const keys = Object.keys(init) as (keyof MeetingInit)[];
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k === 'row' || k === 'sheet' || k === 'columns' || k === 'raw') continue;
    (m as unknown as Record<string, unknown>)[k] = init[k];
  }
  const fields: MeetingField[] = ['cell', 'date', 'total', 'exempt', 'present', 'absentExcused', 'absentUnexcused', 'topic'];
  for (let i = 0; i < fields.length; i++) {
    const raw = rawOf((m as unknown as Record<string, unknown>)[fields[i]]);
    if (raw !== undefined) m.raw[fields[i]] = raw;
  }
  if (init.raw) Object.assign(m.raw, init.raw);
  return m;
}

function table(sheet: string, kind: 'members' | 'meetings', columns: Record<string, string>): DetectedTable {
  return { sheet: sheet, kind: kind, headerRows: [4], firstDataRow: 5, lastDataRow: 200, columns: columns, headerText: {}, score: 1 };
}

/** A dataset with the two registers detected on their usual sheets. */
export function dataset(members: Member[], meetings: Meeting[], opts?: { noMeetingLog?: boolean }): Dataset {
  const tables = [table(MEMBER_SHEET, 'members', MEMBER_COLUMNS)];
  if (!(opts && opts.noMeetingLog)) tables.push(table(MEETING_SHEET, 'meetings', MEETING_COLUMNS));
  return { members: members, meetings: meetings, unit: emptyUnitInfo(), tables: tables };
}

/** Period 01/01/2019–31/12/2020, checked on 15/03/2021, under the 2018 rule set, unless told otherwise. */
export function context(over?: { from?: string; to?: string; today?: string; ruleset?: RuleSet }): RuleContext {
  const o = over || {};
  const period: Period = { from: d(o.from || '01/01/2019'), to: d(o.to || '31/12/2020') };
  return { period: period, today: d(o.today || '15/03/2021'), ruleset: o.ruleset || RULESET_2018 };
}
