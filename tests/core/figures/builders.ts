/**
 * Records built directly for the figure and report tests (no reading involved): a member or a meeting
 * from the few fields a test cares about, with every column of the register present.
 */
import { SimpleDate } from '../../../src/core/dates';
import { MEMBER_COLUMNS } from '../rules/factories';
import {
  Dataset,
  DetectedTable,
  Meeting,
  MeetingField,
  Member,
  MemberField,
  UnitInfo,
  emptyUnitInfo,
} from '../../../src/core/records';
import { RuleContext } from '../../../src/core/rules/context';
import { RULESET_2018 } from '../../../src/core/rulesets';

export function d(day: number, month: number, year: number): SimpleDate {
  return { y: year, m: month, d: day };
}

export function year(y: number): SimpleDate {
  return { y: y, m: 1, d: 1, yearOnly: true };
}


let memberRow = 2;

/** A member of a register that has every column; `omit` drops columns the register does not have. */
export function member(p: Partial<Member>, omit?: MemberField[]): Member {
  const columns: Partial<Record<MemberField, string>> = Object.assign({}, MEMBER_COLUMNS);
  (omit || []).forEach(function (f) {
    delete columns[f];
  });
  const m: Member = {
    src: { sheet: 'Danh sách', row: memberRow++, columns: columns },
    name: 'Đảng viên',
    gender: null,
    birth: null,
    ethnicity: null,
    religion: null,
    admitted: null,
    official: null,
    cell: null,
    education: null,
    theory: null,
    position: null,
    cardNumber: null,
    status: null,
    leftDate: null,
    ratings: [],
    raw: {},
  };
  Object.assign(m, p);
  // The raw cell of each mapped column: a text when the typed field has a value, empty otherwise.
  (Object.keys(columns) as MemberField[]).forEach(function (f) {
    const v = (m as unknown as Record<string, unknown>)[f];
    m.raw[f] = v === null || v === undefined ? null : String(typeof v === 'object' ? JSON.stringify(v) : v);
  });
  return m;
}

const MEETING_COLUMNS: Record<MeetingField, string> = {
  cell: 'A',
  date: 'B',
  kind: 'C',
  total: 'D',
  exempt: 'E',
  present: 'F',
  absentExcused: 'G',
  absentUnexcused: 'H',
  start: 'I',
  end: 'J',
  hasResolution: 'K',
  superiorAttended: 'L',
  topic: 'M',
};

let meetingRow = 2;

export function meeting(p: Partial<Meeting>, omit?: MeetingField[]): Meeting {
  const columns: Partial<Record<MeetingField, string>> = Object.assign({}, MEETING_COLUMNS);
  (omit || []).forEach(function (f) {
    delete columns[f];
  });
  const m: Meeting = {
    src: { sheet: 'Sổ sinh hoạt', row: meetingRow++, columns: columns },
    cell: null,
    date: null,
    kind: 'regular',
    total: null,
    exempt: null,
    present: null,
    absentExcused: null,
    absentUnexcused: null,
    start: null,
    end: null,
    hasResolution: null,
    superiorAttended: null,
    topic: null,
    raw: {},
  };
  Object.assign(m, p);
  return m;
}

export function unit(p: Partial<UnitInfo>): UnitInfo {
  return Object.assign(emptyUnitInfo(), p);
}

export function table(sheet: string, kind: DetectedTable['kind']): DetectedTable {
  return { sheet: sheet, kind: kind, headerRows: [1], firstDataRow: 2, lastDataRow: 100, columns: {}, headerText: {}, score: 1 };
}

export function dataset(p: Partial<Dataset>): Dataset {
  return Object.assign({ members: [], meetings: [], unit: emptyUnitInfo(), tables: [] }, p);
}

export function context(from: SimpleDate, to: SimpleDate, today: SimpleDate): RuleContext {
  return { period: { from: from, to: to }, today: today, ruleset: RULESET_2018 };
}
