/**
 * The sample registers: a realistic workbook of fictional people that reproduces every figure of the
 * seed report (Đảng bộ Sở Khoa học và Công nghệ, sơ kết 2018–2020): 66 members, 46 men and 20 women,
 * 26 cao cấp or cử nhân, 17 trung cấp, 23 thạc sĩ or above, 42 đại học, 1 trung cấp, 4 chi bộ, 6 admitted
 * in 2018–2020, every chi bộ meeting every month. Deterministic: a seeded generator, never Math.random.
 * The plan (who is what) is fixed here; the generator only fills in names, days and shuffles.
 */
import { CellValue, Grid, MergedRange } from '../grid';
import { addMonths, compareDates, dayNumber, SimpleDate, toSerial } from '../dates';
import { makePrng, Prng } from './prng';
import { uniqueName } from './vietnameseNames';
import { memberLayout, meetingLayout, RegisterLayout, unitLayout } from './registerLayout';
import { MEETING_SHEET, MEMBER_SHEET, meetingColumns, memberColumns, UNIT_KEYS, UNIT_SHEET } from './templateColumns';

const SEED = 20201231;

export const SAMPLE_CELLS = [
  'Chi bộ Văn phòng Sở',
  'Chi bộ Chi cục Tiêu chuẩn Đo lường Chất lượng',
  'Chi bộ Trung tâm Ứng dụng tiến bộ khoa học và công nghệ',
  'Chi bộ Quỹ Phát triển khoa học và công nghệ',
];
/** Members of each chi bộ active on 31/12/2020. */
const CELL_SIZES = [18, 17, 16, 15];

export const SAMPLE_PERIOD = { from: { y: 2018, m: 1, d: 1 }, to: { y: 2020, m: 12, d: 31 } };

const UNIT_VALUES: Record<string, string | number | SimpleDate> = {
  'Tên đảng bộ': 'Đảng bộ Sở Khoa học và Công nghệ',
  'Cấp ủy cấp trên': 'Đảng ủy Khối các cơ quan tỉnh',
  'Địa danh': 'Vĩnh Phúc',
  'Nhiệm kỳ': '2020-2025',
  'Số ủy viên Ban chấp hành': 5,
  'Số ủy viên Ủy ban kiểm tra': 3,
  'Tổng số CB-CC-VC-NLĐ': 93,
  'Kỳ báo cáo từ ngày': SAMPLE_PERIOD.from,
  'Kỳ báo cáo đến ngày': SAMPLE_PERIOD.to,
  'Tên văn bản được sơ kết':
    'Nghị quyết 03-NQ/ĐUK, ngày 22/02/2018 của BCH Đảng bộ Khối các cơ quan tỉnh về nâng cao chất lượng sinh hoạt chi bộ',
  'Số ký hiệu': 'Số 45-BC/ĐU',
  'Người ký': 'Trần Đức Khải',
};

/** How a date is written in its cell: a date cell (serial), or typed text in one of two real forms. */
type DateForm = 'serial' | 'dotted' | 'slashed';

interface Person {
  name: string;
  genderText: string;
  birth: SimpleDate;
  birthForm: DateForm;
  ethnicity: string;
  religion: string;
  admitted: SimpleDate;
  admittedForm: DateForm;
  official: SimpleDate | null;
  officialForm: DateForm;
  cell: number;
  cellText: string;
  education: string;
  theory: string;
  position: string | null;
  card: string | null;
  status: string;
  left: SimpleDate | null;
  rating: string | null;
  /** 0 bí thư, 1 phó bí thư, 2 chi ủy viên, 3 everyone else: the order of rows in a chi bộ. */
  rank: number;
}

function d(y: number, m: number, day: number): SimpleDate {
  return { y: y, m: m, d: day };
}

function pad(n: number, width: number): string {
  let s = String(n);
  while (s.length < width) s = '0' + s;
  return s;
}

function repeat(label: string, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(label);
  return out;
}

// Category labels with their exact counts among the 66 members, spelling variants included.
const EDUCATION_PLAN: string[] = ([] as string[]).concat(
  ['Tiến sĩ', 'TS'],
  repeat('Thạc sĩ', 14),
  repeat('Thạc sỹ', 3),
  repeat('ThS', 3),
  ['Th.S Quản lý kinh tế'],
  repeat('Đại học', 30),
  repeat('Cử nhân Luật', 4),
  repeat('Kỹ sư điện', 3),
  repeat('Kỹ sư Công nghệ thông tin', 3),
  repeat('ĐH', 2),
  ['Trung cấp'],
);
/** Theory of the 60 members admitted before the period (the 6 admitted in it are planned one by one). */
const THEORY_PLAN_OLD: string[] = ([] as string[]).concat(
  repeat('Cao cấp', 20),
  repeat('CC', 4),
  repeat('Cử nhân', 2),
  repeat('Trung cấp', 14),
  repeat('TC', 3),
  repeat('Sơ cấp', 17),
);
const MALE_PLAN: string[] = ([] as string[]).concat(repeat('Nam', 42), repeat('nam', 4));
const FEMALE_PLAN: string[] = ([] as string[]).concat(repeat('Nữ', 17), repeat('nữ', 3));

/** A member slot: chi bộ index and position in it. */
interface Slot {
  cell: number;
  local: number;
}

/** Members admitted in the period: chi bộ, slot, admission date, theory. */
const ADMISSIONS: { at: Slot; admitted: SimpleDate; theory: string }[] = [
  { at: { cell: 0, local: 16 }, admitted: d(2018, 5, 15), theory: 'Sơ cấp' },
  { at: { cell: 1, local: 15 }, admitted: d(2018, 9, 3), theory: 'Chưa qua đào tạo' },
  { at: { cell: 2, local: 14 }, admitted: d(2019, 3, 19), theory: 'Chưa qua đào tạo' },
  { at: { cell: 1, local: 16 }, admitted: d(2019, 8, 22), theory: 'Chưa qua đào tạo' },
  { at: { cell: 0, local: 17 }, admitted: d(2020, 6, 18), theory: 'Chưa qua đào tạo' },
  { at: { cell: 2, local: 15 }, admitted: d(2020, 9, 25), theory: 'Chưa qua đào tạo' },
];
const EXEMPT: Slot = { cell: 0, local: 15 };
/** Counted: transferred away after the period end. */
const LEAVES_AFTER_PERIOD: Slot = { cell: 3, local: 14 };
const YEAR_ONLY_BIRTH: Slot[] = [
  { cell: 1, local: 5 },
  { cell: 3, local: 6 },
];
const TEXT_ADMISSION: { at: Slot; admitted: SimpleDate; form: DateForm }[] = [
  { at: { cell: 2, local: 7 }, admitted: d(2008, 4, 30), form: 'dotted' },
  { at: { cell: 0, local: 8 }, admitted: d(1999, 5, 12), form: 'slashed' },
];
const TEXT_BIRTH: { at: Slot; form: DateForm }[] = [
  { at: { cell: 1, local: 9 }, form: 'dotted' },
  { at: { cell: 3, local: 10 }, form: 'slashed' },
  { at: { cell: 2, local: 11 }, form: 'slashed' },
];
const TEXT_OFFICIAL: { at: Slot; form: DateForm }[] = [{ at: { cell: 0, local: 12 }, form: 'dotted' }];
const OLD_CARDS: Slot[] = [
  { cell: 0, local: 4 },
  { cell: 2, local: 5 },
  { cell: 3, local: 3 },
];
const ETHNIC_TAY: Slot[] = [
  { cell: 1, local: 6 },
  { cell: 3, local: 8 },
];
const CATHOLIC: Slot = { cell: 2, local: 9 };
const CELL_SPELLING_VARIANT: Slot = { cell: 0, local: 7 };
const PARTY_COMMITTEE: Slot[] = [
  { cell: 0, local: 3 },
  { cell: 1, local: 3 },
  { cell: 2, local: 3 },
];
const HTXSNV_COUNT = 10;

function isSlot(s: Slot, cell: number, local: number): boolean {
  return s.cell === cell && s.local === local;
}

function findSlot<T extends { at: Slot }>(list: T[], cell: number, local: number): T | null {
  for (let i = 0; i < list.length; i++) if (isSlot(list[i].at, cell, local)) return list[i];
  return null;
}

function anySlot(list: Slot[], cell: number, local: number): boolean {
  for (let i = 0; i < list.length; i++) if (isSlot(list[i], cell, local)) return true;
  return false;
}

/** A birth date so that the person was 20–35 (at least `minAge`) when admitted, within 1960–1996. */
function birthFor(rng: Prng, admitted: SimpleDate, minAge: number, maxAge: number): SimpleDate {
  const lo = Math.max(1960, admitted.y - maxAge);
  const hi = Math.min(1996, admitted.y - minAge);
  return d(rng.int(lo, hi), rng.int(1, 12), rng.int(1, 28));
}

function olderAdmission(rng: Prng, fromYear: number, toYear: number): SimpleDate {
  return d(rng.int(fromYear, toYear), rng.int(1, 12), rng.int(1, 28));
}

function newCard(rng: Prng, taken: Set<string>): string {
  for (;;) {
    const card = '26' + pad(rng.int(0, 99999), 5) + pad(rng.int(0, 99999), 5);
    if (!taken.has(card)) {
      taken.add(card);
      return card;
    }
  }
}

function oldCard(rng: Prng, taken: Set<string>): string {
  for (;;) {
    const card = pad(rng.int(10, 99), 2) + '.' + pad(rng.int(1, 999999), 6);
    if (!taken.has(card)) {
      taken.add(card);
      return card;
    }
  }
}

function planPeople(rng: Prng): Person[] {
  const names = new Set<string>();
  const cards = new Set<string>();
  const slots: Slot[] = [];
  for (let c = 0; c < CELL_SIZES.length; c++) for (let k = 0; k < CELL_SIZES[c]; k++) slots.push({ cell: c, local: k });

  const genders = rng.shuffle(MALE_PLAN.concat(FEMALE_PLAN));
  const education = rng.shuffle(EDUCATION_PLAN);
  const theoryOld = rng.shuffle(THEORY_PLAN_OLD);
  let theoryNext = 0;
  // Ratings of the 65 members who are not exempt: HTXSNV for a few, HTTNV for the rest.
  const excellent = new Set<number>(rng.shuffle(range(65)).slice(0, HTXSNV_COUNT));
  let rated = 0;

  const people: Person[] = [];
  for (let s = 0; s < slots.length; s++) {
    const c = slots[s].cell;
    const k = slots[s].local;
    const genderText = genders[s];
    const male = genderText.toLowerCase() === 'nam';
    const admission = findSlot(ADMISSIONS, c, k);
    const textAdmission = findSlot(TEXT_ADMISSION, c, k);
    const exempt = isSlot(EXEMPT, c, k);

    let admitted: SimpleDate;
    let birth: SimpleDate;
    if (admission) {
      admitted = admission.admitted;
      birth = birthFor(rng, admitted, 24, 30);
    } else if (exempt) {
      admitted = d(1986, rng.int(1, 12), rng.int(1, 28));
      birth = d(1961, rng.int(1, 12), rng.int(1, 28));
    } else if (textAdmission) {
      admitted = textAdmission.admitted;
      birth = birthFor(rng, admitted, 20, 35);
    } else if (anySlot(YEAR_ONLY_BIRTH, c, k)) {
      admitted = olderAdmission(rng, 1988, 1996);
      birth = { y: 1965, m: 1, d: 1, yearOnly: true };
    } else {
      admitted = olderAdmission(rng, 1985, 2017);
      birth = birthFor(rng, admitted, 20, 35);
    }
    const probationary = admitted.y === 2020;
    const official = probationary ? null : addMonths(admitted, 12);
    const textBirth = findSlot(TEXT_BIRTH, c, k);
    const textOfficial = findSlot(TEXT_OFFICIAL, c, k);

    let card: string | null = null;
    if (!probationary) card = anySlot(OLD_CARDS, c, k) ? oldCard(rng, cards) : newCard(rng, cards);

    let rating: string | null = null;
    if (!exempt) {
      rating = excellent.has(rated) ? 'HTXSNV' : 'HTTNV';
      rated++;
    }

    let position: string | null = null;
    if (k === 0) position = 'Bí thư chi bộ';
    else if (k === 1) position = 'Phó Bí thư';
    else if (k === 2) position = 'Chi ủy viên';
    else if (anySlot(PARTY_COMMITTEE, c, k)) position = 'Đảng ủy viên';

    const leavesAfter = isSlot(LEAVES_AFTER_PERIOD, c, k);
    people.push({
      name: uniqueName(rng, male, names),
      genderText: genderText,
      birth: birth,
      birthForm: textBirth ? textBirth.form : 'serial',
      ethnicity: anySlot(ETHNIC_TAY, c, k) ? 'Tày' : 'Kinh',
      religion: isSlot(CATHOLIC, c, k) ? 'Công giáo' : 'Không',
      admitted: admitted,
      admittedForm: textAdmission ? textAdmission.form : 'serial',
      official: official,
      officialForm: textOfficial ? textOfficial.form : 'serial',
      cell: c,
      cellText: isSlot(CELL_SPELLING_VARIANT, c, k) ? 'Chi bộ Văn Phòng Sở' : SAMPLE_CELLS[c],
      education: education[s],
      theory: admission ? admission.theory : theoryOld[theoryNext++],
      position: position,
      card: card,
      status: exempt ? 'Miễn sinh hoạt' : probationary ? 'Dự bị' : leavesAfter ? 'Chuyển đi' : 'Đang sinh hoạt',
      left: leavesAfter ? d(2021, 3, 15) : null,
      rating: rating,
      rank: k < 3 ? k : 3,
    });
  }

  // People on the list who are not counted on 31/12/2020.
  const gone: { cell: number; status: string; left: SimpleDate }[] = [
    { cell: 0, status: 'Từ trần', left: d(2018, 8, 7) },
    { cell: 2, status: 'Chuyển đi', left: d(2019, 9, 16) },
    { cell: 3, status: 'Chuyển đi', left: d(2019, 5, 20) },
  ];
  for (let i = 0; i < gone.length; i++) {
    const male = rng.next() < 0.7;
    const admitted = olderAdmission(rng, 1985, 2012);
    people.push({
      name: uniqueName(rng, male, names),
      genderText: male ? 'Nam' : 'Nữ',
      birth: birthFor(rng, admitted, 20, 35),
      birthForm: 'serial',
      ethnicity: 'Kinh',
      religion: 'Không',
      admitted: admitted,
      admittedForm: 'serial',
      official: addMonths(admitted, 12),
      officialForm: 'serial',
      cell: gone[i].cell,
      cellText: SAMPLE_CELLS[gone[i].cell],
      education: i === 1 ? 'Thạc sĩ' : 'Đại học',
      theory: i === 0 ? 'Trung cấp' : 'Sơ cấp',
      position: null,
      card: newCard(rng, cards),
      status: gone[i].status,
      left: gone[i].left,
      rating: null,
      rank: 3,
    });
  }
  // Admitted after the period: still probationary, no card.
  const lateAdmitted = d(2021, 3, 10);
  people.push({
    name: uniqueName(rng, false, names),
    genderText: 'Nữ',
    birth: d(1995, rng.int(1, 12), rng.int(1, 28)),
    birthForm: 'serial',
    ethnicity: 'Kinh',
    religion: 'Không',
    admitted: lateAdmitted,
    admittedForm: 'serial',
    official: null,
    officialForm: 'serial',
    cell: 1,
    cellText: SAMPLE_CELLS[1],
    education: 'Đại học',
    theory: 'Chưa qua đào tạo',
    position: null,
    card: null,
    status: 'Dự bị',
    left: null,
    rating: null,
    rank: 3,
  });

  // Rows: by chi bộ, the chi ủy first, then by admission date.
  return people.slice().sort(function (a, b) {
    return a.cell - b.cell || a.rank - b.rank || compareDates(a.admitted, b.admitted);
  });
}

function range(n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(i);
  return out;
}

/** Write a date into a row: a serial in a date cell, or typed text. */
function putDate(row: CellValue[], col: number, rowNumber: number, date: SimpleDate | null, form: DateForm, dateCells: Set<string>): void {
  if (!date) return;
  if (date.yearOnly) {
    row[col - 1] = date.y;
    return;
  }
  if (form === 'dotted') row[col - 1] = pad(date.d, 2) + '.' + pad(date.m, 2) + '.' + date.y;
  else if (form === 'slashed') row[col - 1] = date.d + '/' + date.m + '/' + date.y;
  else {
    row[col - 1] = toSerial(date);
    dateCells.add(rowNumber + ':' + col);
  }
}

function buildMemberSheet(people: Person[]): { grid: Grid; layout: RegisterLayout } {
  const columns = memberColumns(2020);
  const layout = memberLayout(
    ['ĐẢNG BỘ SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'DANH SÁCH ĐẢNG VIÊN', '(Tính đến ngày 31/12/2020)'],
    columns,
  );
  const rows = layout.rows.map(function (r) {
    return r.slice();
  });
  const dateCells = new Set<string>();
  for (let i = 0; i < people.length; i++) {
    const p = people[i];
    const rowNumber = layout.firstDataRow + i;
    const row: CellValue[] = [];
    for (let c = 0; c < columns.length; c++) row.push(null);
    row[0] = pad(i + 1, 2);
    row[1] = p.name;
    row[2] = p.genderText;
    putDate(row, 4, rowNumber, p.birth, p.birthForm, dateCells);
    row[4] = p.ethnicity;
    row[5] = p.religion;
    putDate(row, 7, rowNumber, p.admitted, p.admittedForm, dateCells);
    putDate(row, 8, rowNumber, p.official, p.officialForm, dateCells);
    row[8] = p.cellText;
    row[9] = p.education;
    row[10] = p.theory;
    row[11] = p.position;
    row[12] = p.card;
    row[13] = p.status;
    putDate(row, 15, rowNumber, p.left, 'serial', dateCells);
    row[15] = p.rating;
    rows.push(row);
  }
  return {
    grid: { sheet: MEMBER_SHEET, rows: rows, originRow: 1, originCol: 1, merges: layout.merges.slice(), dateCells: dateCells },
    layout: layout,
  };
}

const THEMES = [
  'Chuyên đề: Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'Chuyên đề: Nâng cao chất lượng sinh hoạt chi bộ theo Nghị quyết 03-NQ/ĐUK',
  'Chuyên đề: Phòng, chống suy thoái về tư tưởng chính trị, đạo đức, lối sống',
  'Chuyên đề: Ứng dụng tiến bộ khoa học và công nghệ vào sản xuất và đời sống',
  'Chuyên đề: Cải cách hành chính và ứng dụng công nghệ thông tin trong cơ quan',
  'Chuyên đề: Trách nhiệm nêu gương của cán bộ, đảng viên',
  'Chuyên đề: Tăng cường công tác kiểm tra, giám sát và kỷ luật của Đảng',
  'Chuyên đề: Quán triệt Nghị quyết Đại hội Đảng bộ các cấp nhiệm kỳ 2020-2025',
];

interface PlannedMeeting {
  cell: number;
  date: SimpleDate;
  thematic: boolean;
  topic: string;
}

/** Monday–Friday days from the 5th to the 25th of a month. */
function weekdays(y: number, m: number): number[] {
  const out: number[] = [];
  for (let day = 5; day <= 25; day++) {
    // dayNumber 0 = Thursday 01/01/1970
    const dow = (((dayNumber(d(y, m, day)) + 4) % 7) + 7) % 7; // 0 = Sunday
    if (dow >= 1 && dow <= 5) out.push(day);
  }
  return out;
}

function planMeetings(rng: Prng): PlannedMeeting[] {
  const out: PlannedMeeting[] = [];
  let theme = 0;
  for (let y = SAMPLE_PERIOD.from.y; y <= SAMPLE_PERIOD.to.y; y++) {
    for (let q = 0; q < 4; q++) {
      for (let c = 0; c < SAMPLE_CELLS.length; c++) {
        const regularDays: number[] = [];
        for (let mi = 0; mi < 3; mi++) {
          const m = q * 3 + mi + 1;
          const day = rng.pick(weekdays(y, m));
          regularDays.push(day);
          out.push({ cell: c, date: d(y, m, day), thematic: false, topic: 'Sinh hoạt thường kỳ tháng ' + pad(m, 2) + '/' + y });
        }
        const mi = rng.int(1, 2);
        const m = q * 3 + mi + 1;
        const days = weekdays(y, m).filter(function (x) {
          return Math.abs(x - regularDays[mi]) >= 2;
        });
        out.push({ cell: c, date: d(y, m, rng.pick(days)), thematic: true, topic: THEMES[(theme + c) % THEMES.length] });
      }
      theme++;
    }
  }
  return out.sort(function (a, b) {
    return compareDates(a.date, b.date) || a.cell - b.cell;
  });
}

/** Meetings with an unexcused absence, a 75-minute session, no resolution: disjoint, by row index. */
const UNEXCUSED_MEETINGS = 10;
const SHORT_MEETINGS = 10;
const NO_RESOLUTION_MEETINGS = 4;

function buildMeetingSheet(people: Person[], rng: Prng): { grid: Grid; layout: RegisterLayout } {
  const columns = meetingColumns();
  const layout = meetingLayout('SỔ THEO DÕI SINH HOẠT CHI BỘ NĂM 2018 - 2020', columns);
  const rows = layout.rows.map(function (r) {
    return r.slice();
  });
  const dateCells = new Set<string>();
  const meetings = planMeetings(rng);
  const order = rng.shuffle(range(meetings.length));
  const unexcused = new Set<number>(order.slice(0, UNEXCUSED_MEETINGS));
  const short = new Set<number>(order.slice(UNEXCUSED_MEETINGS, UNEXCUSED_MEETINGS + SHORT_MEETINGS));
  const noResolution = new Set<number>(
    order.slice(UNEXCUSED_MEETINGS + SHORT_MEETINGS, UNEXCUSED_MEETINGS + SHORT_MEETINGS + NO_RESOLUTION_MEETINGS),
  );
  for (let i = 0; i < meetings.length; i++) {
    const mt = meetings[i];
    const rowNumber = layout.firstDataRow + i;
    let total = 0;
    let exempt = 0;
    for (let j = 0; j < people.length; j++) {
      const p = people[j];
      if (p.cell !== mt.cell || compareDates(p.admitted, mt.date) > 0) continue;
      if (p.left && compareDates(p.left, mt.date) <= 0) continue;
      total++;
      if (p.status === 'Miễn sinh hoạt') exempt++;
    }
    const r = rng.next();
    let excused = r < 0.4 ? 0 : r < 0.8 ? 1 : 2;
    const absentUnexcused = unexcused.has(i) ? 1 : 0;
    if (absentUnexcused) excused = Math.min(excused, 1);
    const start = rng.next() < 0.8 ? 14 * 60 : 8 * 60;
    const end = start + (short.has(i) ? 75 : 120);
    const row: CellValue[] = [
      i + 1,
      SAMPLE_CELLS[mt.cell],
      toSerial(mt.date),
      mt.thematic ? 'Chuyên đề' : 'Thường kỳ',
      total,
      exempt,
      total - exempt - excused - absentUnexcused,
      excused,
      absentUnexcused,
      start / 1440,
      end / 1440,
      noResolution.has(i) ? 'Không' : 'Có',
      i % 6 === 5 ? 'x' : null,
      mt.topic,
    ];
    dateCells.add(rowNumber + ':3');
    dateCells.add(rowNumber + ':10');
    dateCells.add(rowNumber + ':11');
    rows.push(row);
  }
  return {
    grid: { sheet: MEETING_SHEET, rows: rows, originRow: 1, originCol: 1, merges: layout.merges.slice(), dateCells: dateCells },
    layout: layout,
  };
}

function buildUnitSheet(): { grid: Grid; layout: RegisterLayout } {
  const layout = unitLayout();
  const rows = layout.rows.map(function (r) {
    return r.slice();
  });
  const dateCells = new Set<string>();
  for (let i = 0; i < UNIT_KEYS.length; i++) {
    const key = UNIT_KEYS[i].key;
    const v = UNIT_VALUES[key];
    const rowNumber = layout.firstDataRow + i;
    if (typeof v === 'object') {
      rows.push([key, toSerial(v)]);
      dateCells.add(rowNumber + ':2');
    } else {
      rows.push([key, v]);
    }
  }
  const merges: MergedRange[] = layout.merges.slice();
  return { grid: { sheet: UNIT_SHEET, rows: rows, originRow: 1, originCol: 1, merges: merges, dateCells: dateCells }, layout: layout };
}

/** The three sample sheets with the layout each was built from (for styling when written to a file). */
export function sampleSheets(): { grid: Grid; layout: RegisterLayout }[] {
  const rng = makePrng(SEED);
  const people = planPeople(rng);
  return [buildUnitSheet(), buildMemberSheet(people), buildMeetingSheet(people, rng)];
}

/** The sample registers (unit info, member list, meeting log) that reproduce the seed report's figures. */
export function sampleGrids(): Grid[] {
  return sampleSheets().map(function (s) {
    return s.grid;
  });
}
